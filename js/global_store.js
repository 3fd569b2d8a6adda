/**
 * The IndexedDB record of each app's shared variables, read and written only
 * under the app's Web Lock. It is what makes the lock safe against the
 * BroadcastChannel race: a tab granted the lock reads the head sequence here
 * and so knows it has every earlier change before its handler runs.
 *
 * Stores: "heads" ns -> {epoch, head}; "state" ns -> {epoch, head, vars (JSON text)};
 * "sessions" [ns, hash] -> {ns, hash, request} (page sessions whose unload is owed).
 */
const DB_NAME = "liteblocks-global";
const DB_VERSION = 1;
let dbPromise = null;

function open() {
  if (!dbPromise) {
    dbPromise = new Promise((resolve, reject) => {
      const req = indexedDB.open(DB_NAME, DB_VERSION);
      req.onupgradeneeded = () => {
        const db = req.result;
        db.createObjectStore("heads");
        db.createObjectStore("state");
        db.createObjectStore("sessions", { keyPath: ["ns", "hash"] }).createIndex("ns", "ns");
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

export async function readHead(ns) {
  const db = await open();
  return result(db.transaction("heads", "readonly").objectStore("heads").get(ns));
}

export async function readState(ns) {
  const db = await open();
  return result(db.transaction("state", "readonly").objectStore("state").get(ns));
}

/**
 * Writes head and state (when `vars` is given) and changes the session
 * registry, all in one transaction.
 * @param {{put?: Array<{hash: string, request: object}>, remove?: string[], clear?: boolean}} sessions
 */
export class CommitConflict extends Error {}

/** Whether a stored head/state record has the shape this code writes. */
export function wellFormed(rec, withVars = false) {
  return !!rec && typeof rec === "object" && typeof rec.epoch === "string" && Number.isInteger(rec.head)
    && rec.head >= 0 && (!withVars || typeof rec.vars === "string");
}

/**
 * `expect` ({epoch, head}) makes the write a compare-and-set: the transaction
 * is aborted, and CommitConflict thrown, unless the stored head is still the
 * one this tab caught up to (a missing or malformed head record counts as a
 * match: the tab is rewriting lost data).
 */
export async function writeState(ns, { epoch, head, vars }, sessions = {}, expect = null) {
  const db = await open();
  const tx = db.transaction(["heads", "state", "sessions"], "readwrite", { durability: "relaxed" });
  let conflict = null;
  if (expect) {
    const req = tx.objectStore("heads").get(ns);
    req.onsuccess = () => {
      const cur = req.result;
      if (wellFormed(cur) && (cur.epoch !== expect.epoch || cur.head !== expect.head)) {
        conflict = new CommitConflict(`stored head ${cur.head} (epoch ${cur.epoch}), expected ${expect.head}`);
        tx.abort();
      }
    };
  }
  if (vars !== undefined) {
    tx.objectStore("heads").put({ epoch, head }, ns);
    tx.objectStore("state").put({ epoch, head, vars }, ns);
  }
  const registry = tx.objectStore("sessions");
  if (sessions.clear) registry.delete(IDBKeyRange.bound([ns, ""], [ns, "\uffff"]));
  for (const entry of sessions.put || []) registry.put({ ns, ...entry });
  for (const hash of sessions.remove || []) registry.delete([ns, hash]);
  try {
    await done(tx);
  } catch (err) {
    throw conflict || err;
  }
}

export async function readSessions(ns) {
  const db = await open();
  return result(db.transaction("sessions", "readonly").objectStore("sessions").index("ns").getAll(ns));
}

export async function hasSession(ns, hash) {
  const db = await open();
  return (await result(db.transaction("sessions", "readonly").objectStore("sessions").count([ns, hash]))) > 0;
}
