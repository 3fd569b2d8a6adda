/**
 * The IndexedDB record of each app's shared variables, read and written only
 * under the app's Web Lock. It is what makes the lock safe against the
 * BroadcastChannel race: a tab granted the lock reads the head sequence here
 * and so knows it has every earlier change before its handler runs.
 *
 * Stores (format 2): "heads" ns -> {epoch, head, names: {name: version}} (the
 * version is the sequence number that last changed the name); "vars"
 * [ns, name] -> {epoch, ver, text} (one variable's value as JSON text), so a
 * commit writes only what changed; "sessions" [ns, hash] -> {ns, hash, request}
 * (page sessions whose unload is owed). Format 1 kept the whole record in
 * "state" ns -> {epoch, head, vars}; such a record is still read (its head has
 * no `names`) and replaced by format 2 at the next commit.
 */
const DB_NAME = "liteblocks-global";
const DB_VERSION = 2;
const STORES = ["heads", "vars", "state", "sessions"];
let dbPromise = null;

function open() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        for (const name of ["heads", "vars", "state"]) {
          if (!db.objectStoreNames.contains(name)) db.createObjectStore(name);
        }
        if (!db.objectStoreNames.contains("sessions")) {
          db.createObjectStore("sessions", { keyPath: ["ns", "hash"] }).createIndex("ns", "ns");
        }
      };
      req.onsuccess = () => {
        const db = req.result;
        // Site data being cleared (deleteDatabase) must not wait for this tab:
        // close, and reopen (recreating the stores) on the next access.
        db.onversionchange = () => { db.close(); dbPromise = null; };
        db.onclose = () => { dbPromise = null; };
        resolve(db);
      };
      req.onerror = () => { dbPromise = null; reject(req.error); };
    });
  }
  return dbPromise;
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error("IndexedDB transaction aborted"));
  });
}

function result(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

const ofApp = (ns) => IDBKeyRange.bound([ns, ""], [ns, "\uffff"]);

export class CommitConflict extends Error {}

/** Whether a stored head/state record has the shape this code writes. */
export function wellFormed(rec, withVars = false) {
  return !!rec && typeof rec === "object" && typeof rec.epoch === "string" && Number.isInteger(rec.head)
    && rec.head >= 0 && (!withVars || typeof rec.vars === "string");
}

/** A format-2 head: per-name versions, none beyond the head. */
function versioned(head) {
  const names = wellFormed(head) && head.names;
  return !!names && typeof names === "object" && !Array.isArray(names)
    && Object.values(names).every((v) => Number.isInteger(v) && v >= 0 && v <= head.head);
}

export async function readHead(ns) {
  const db = await open();
  return result(db.transaction("heads", "readonly").objectStore("heads").get(ns));
}

/**
 * The stored values, read in one transaction: {epoch, head, vars: JSON text}.
 * With `since` (this tab's head in `epoch`) only names changed after it, or
 * listed in `extra`, are read, and `keep` lists every stored name (the others
 * were deleted). Undefined when nothing is stored; a record failing
 * wellFormed() when what is stored is damaged.
 */
export async function readState(ns, { since = -1, epoch = null, extra = [] } = {}) {
  const db = await open();
  const tx = db.transaction(["heads", "vars", "state"], "readonly");
  const head = await result(tx.objectStore("heads").get(ns));
  if (!versioned(head)) {
    if (head !== undefined && !wellFormed(head)) return { damaged: true };
    return result(tx.objectStore("state").get(ns)); // format 1, or nothing
  }
  const partial = since >= 0 && head.epoch === epoch;
  const names = Object.keys(head.names);
  const wanted = partial ? names.filter((n) => head.names[n] > since || extra.includes(n)) : names;
  const recs = await Promise.all(wanted.map((n) => result(tx.objectStore("vars").get([ns, n]))));
  const parts = [];
  for (let i = 0; i < wanted.length; i++) {
    const rec = recs[i];
    if (!rec || rec.epoch !== head.epoch || rec.ver !== head.names[wanted[i]] || typeof rec.text !== "string") {
      return { damaged: true };
    }
    parts.push(`${JSON.stringify(wanted[i])}:${rec.text}`);
  }
  return { epoch: head.epoch, head: head.head, vars: `{${parts.join(",")}}`, ...(partial ? { keep: names } : {}) };
}

/**
 * Commits in one transaction: the head, the variables that changed and the
 * session registry. `set` is [[name, text]] and `del` names, written as the
 * change since the stored head; when that head is missing, malformed, of
 * format 1 or of another epoch, or `full` is true, every variable is written
 * instead (`all()` gives [[name, text]]). `expect` ({epoch, head}) makes it a
 * compare-and-set: the transaction is aborted, and CommitConflict thrown,
 * unless the stored head is still the one this tab caught up to (a missing or
 * malformed head counts as a match: the tab is rewriting lost data).
 * Without `head` only the registry is written.
 * @param {{put?: Array<{hash: string, request: object}>, remove?: string[], clear?: boolean}} sessions
 */
export async function commit(ns, { epoch, head, set = [], del = [], all = null, full = false }, sessions = {}, expect = null) {
  const db = await open();
  const tx = db.transaction(STORES, "readwrite", { durability: "relaxed" });
  const finished = done(tx);
  finished.catch(() => {});
  const registry = tx.objectStore("sessions");
  if (sessions.clear) registry.delete(ofApp(ns));
  for (const entry of sessions.put || []) registry.put({ ns, ...entry });
  for (const hash of sessions.remove || []) registry.delete([ns, hash]);
  if (head !== undefined) {
    const heads = tx.objectStore("heads");
    const vars = tx.objectStore("vars");
    const cur = await result(heads.get(ns));
    if (expect && wellFormed(cur) && (cur.epoch !== expect.epoch || cur.head !== expect.head)) {
      tx.abort();
      await finished.catch(() => {});
      throw new CommitConflict(`stored head ${cur.head} (epoch ${cur.epoch}), expected ${expect.head}`);
    }
    let names;
    if (!full && versioned(cur) && cur.epoch === epoch) {
      names = { ...cur.names };
      for (const name of del) {
        delete names[name];
        vars.delete([ns, name]);
      }
    } else {
      names = {};
      set = all();
      vars.delete(ofApp(ns));
      tx.objectStore("state").delete(ns);
    }
    for (const [name, text] of set) {
      names[name] = head;
      vars.put({ epoch, ver: head, text }, [ns, name]);
    }
    heads.put({ epoch, head, names }, ns);
  }
  await finished;
}

export async function readSessions(ns) {
  const db = await open();
  return result(db.transaction("sessions", "readonly").objectStore("sessions").index("ns").getAll(ns));
}

export async function hasSession(ns, hash) {
  const db = await open();
  return (await result(db.transaction("sessions", "readonly").objectStore("sessions").count([ns, hash]))) > 0;
}
