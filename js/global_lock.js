/**
 * The app's write lock and what one hold of it gathers (js/global_sync.js):
 * the change sets and session-registry changes of the events run in the hold,
 * committed together, and the answers of those events, which wait for that
 * commit (a later event of the hold whose commit is rejected must not take an
 * earlier, already answered change with it).
 */

// A tab that holds the write lock longer than this (hung handler, frozen or
// dead worker) has the lock taken from it; its late commit is then rejected
// by the compare-and-set on the stored head (js/global_store.js).
export const LOCK_TIMEOUT_MS = globalThis.LITEBLOCKS_LOCK_TIMEOUT_MS || 3000;

export function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Requests a lock held until the returned release() is called; resolves once granted. */
export function hold(name, timeoutMs = 0, onSteal = null) {
  return new Promise((granted, failed) => {
    let release;
    const held = new Promise((r) => { release = r; });
    const grant = () => { granted(release); return held; };
    if (!timeoutMs) {
      navigator.locks.request(name, grant).catch(() => {});
      return;
    }
    navigator.locks.request(name, { signal: AbortSignal.timeout(timeoutMs) }, grant).catch((err) => {
      if (err?.name !== "TimeoutError" && err?.name !== "AbortError") {
        failed(err);
        return;
      }
      onSteal?.();
      // The holder is hung or dead: take the lock over. Its own request's
      // promise rejects; its commit, if it ever comes, fails the head check.
      navigator.locks.request(name, { steal: true }, grant).catch(() => {});
    });
  });
}

/** An answer that comes once the event's batch is committed (js/worker.js replies then). */
export class Later {
  constructor(promise) { this.promise = promise; }
}

/** The value, or the promise of a Later. */
export const settled = (out) => (out instanceof Later ? out.promise : out);

/** One hold of the write lock and the events run in it. */
export class Batch {
  constructor(release, started) {
    Object.assign(this, { release, started, count: 0, changes: [], put: new Map(), remove: new Set(), base: null });
    this.committed = new Promise((resolve, reject) => Object.assign(this, { resolve, reject }));
    this.committed.catch(() => {}); // nobody may be waiting
  }

  /** Notes one event's numbered change set (or null) and its registry change. */
  add(seq, changes, sessions = {}) {
    if (changes) this.changes.push({ seq, changes });
    if (sessions.put) this.put.set(sessions.put.hash, sessions.put);
    if (sessions.remove) {
      this.put.delete(sessions.remove);
      this.remove.add(sessions.remove);
    }
  }

  /** true/false when this batch registers/removes the session, else undefined. */
  registers(hash) {
    if (this.remove.has(hash)) return false;
    return this.put.has(hash) ? true : undefined;
  }

  registry() {
    return { put: [...this.put.values()], remove: [...this.remove] };
  }

  /** The names the batch's change sets leave set and deleted, in order. */
  touched() {
    const set = new Set();
    const del = new Set();
    for (const { changes } of this.changes) {
      for (const name of Object.keys(changes.set)) { set.add(name); del.delete(name); }
      for (const name of changes.del) { del.add(name); set.delete(name); }
    }
    return { set: [...set], del: [...del] };
  }

  /** The answer to an event run in the batch: at once, or once committed if it holds a change. */
  answer(result) {
    return this.changes.length ? new Later(this.committed.then(() => result)) : result;
  }
}
