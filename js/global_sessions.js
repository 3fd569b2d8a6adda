/**
 * Page sessions of an app across its tabs (methods of GlobalSync, js/global_sync.js).
 * Each page session holds "<prefix>:session:<hash>" while it lives and is
 * registered in IndexedDB; the leader tab runs demo.unload for sessions whose
 * lock is gone (their tab closed or crashed), exactly once: the registry entry
 * is removed in the same commit as the unload's changes.
 */
import * as store from "./global_store.js";
import { hold, settled } from "./global_lock.js";

export const sessionMethods = {
  /** Whether the session still owes its unload (pending batch changes count). */
  async registered(hash) {
    return this.batch?.registers(hash) ?? store.hasSession(this.ns, hash);
  },

  /** A page session starts: hold its lock, register it, run load events atomically. */
  async startSession(hash, request, fn) {
    if (!this.enabled) return fn();
    this.sessions.set(hash, await hold(`${this.prefix}:session:${hash}`));
    return this.runEvent(fn, { put: { hash, request } });
  },

  /** A page session ends here: its unload runs once, unless the leader already ran it. */
  async endSession(hash, fn) {
    if (!this.enabled) return fn();
    if (!this.batch) await this.openBatch();
    const result = await this.registered(hash) ? await this.runEvent(fn, { remove: hash }) : null;
    await this.flush();
    this.sessions.get(hash)?.();
    this.sessions.delete(hash);
    if (!this.sessions.size) { // the page is going: a tab opened next must not wait for us
      this.releaseTab?.();
      this.releaseTab = null;
    }
    this.channel.postMessage({ v: 1, kind: "bye", ns: this.ns });
    return settled(result);
  },

  /** Leader only: run demo.unload for sessions whose tab has gone. */
  sweep() {
    return this.serial(async () => {
      const [entries, { held }] = await Promise.all([store.readSessions(this.ns), navigator.locks.query()]);
      const alive = new Set(held.map((l) => l.name));
      const outs = [];
      for (const entry of entries) {
        if (alive.has(`${this.prefix}:session:${entry.hash}`) || this.sessions.has(entry.hash)) continue;
        if (!this.batch) await this.openBatch();
        if (!await this.registered(entry.hash)) continue;
        outs.push(await this.runEvent(async () => JSON.parse(
          await this.py.runtime.run_unload(this.appId, entry.hash, JSON.stringify(entry.request))), { remove: entry.hash }));
      }
      await this.flush();
      for (const { errors } of await Promise.all(outs.map(settled))) {
        for (const e of errors || []) this.log("error", `LiteBlocks: unload handler failed: ${e.message}`);
      }
    }).catch((err) => this.log("error", `LiteBlocks: session sweep failed: ${err}`));
  },
};
