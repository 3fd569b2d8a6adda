/**
 * Global state across tabs: an app's module-level variables, shared by every
 * tab that runs the same app (js/global_store.js keeps the record).
 *
 * - Events of the app run while this tab holds the Web Lock "<prefix>:write"
 *   (unless their handlers can reach no shared variable: bridge.scope). On
 *   getting it the tab catches up from IndexedDB (the stored head says which
 *   variables changed since its own), runs the Python handlers, and before
 *   letting go stores the numbered change sets (only the changed variables)
 *   and broadcasts them on a BroadcastChannel. Other tabs apply them in order
 *   and resynchronise from IndexedDB on a gap or a foreign epoch. Events
 *   already queued here run in the same hold (a batch: js/global_lock.js),
 *   which makes contention cheap; they are answered once it is committed.
 * - A tab that starts while another tab of the app is alive (it holds
 *   "<prefix>:tab:<id>") takes the current values; otherwise the app starts
 *   from its module's own values, as a restarted server would.
 * - Page sessions (js/global_sessions.js): each holds "<prefix>:session:<hash>". The
 *   leader (holder of "<prefix>:leader") runs demo.unload for sessions whose
 *   lock is gone (their tab closed or crashed), exactly once: the session's
 *   registry entry is removed in the same write that publishes the changes.
 */
import * as store from "./global_store.js";
import { Batch, LOCK_TIMEOUT_MS, hold, randomId } from "./global_lock.js";
import { sessionMethods } from "./global_sessions.js";
import { notice, now } from "./protocol.js";

const SWEEP_MS = 1000;
const MAX_BATCH = 32;
const MAX_BATCH_MS = 20;
const PEER_WAIT_MS = 1000;

export class ConflictError extends Error {}

export class GlobalSync {
  /**
   * @param {object} py  {bridge: liteblocks.state.global_bridge, runtime: liteblocks.runtime}
   * @param {string} appId  the app's id in this worker
   * @param {string} ns  the app's identity (same code => same ns)
   * @param {(task: () => Promise<any>) => Promise<any>} serial  the worker's one-at-a-time queue
   * @param {(level: string, message: string) => void} log
   * @param {(msg: object) => void} post  sends a notice to the page
   * @param {() => boolean} hasQueued  whether more requests of this app wait in the queue
   */
  constructor(py, appId, ns, serial, log, post = () => {}, hasQueued = () => false) {
    Object.assign(this, { py, appId, ns, serial, log, post, hasQueued });
    this.inbox = [];
    this.prefix = `liteblocks:${ns}`;
    this.enabled = false;
    this.sessions = new Map(); // hash -> release() of its session lock
    this.batch = null;
    this.closed = false;
  }

  /** Starts tracking; call right after the app module ran, inside the serial queue. */
  async init() {
    this.peerWaiters = [];
    const info = JSON.parse(this.py.bridge.attach(this.appId));
    this.warn(info.warnings);
    if (!info.shared.length || !globalThis.navigator?.locks || !globalThis.indexedDB) return;
    this.enabled = true;
    this.channel = new BroadcastChannel(this.prefix);
    this.channel.onmessage = (e) => this.onMessage(e.data);
    const release = await this.writeLock();
    try {
      const alive = await this.othersAlive();
      // Alone, the app starts from its module's values (as a restarted server would).
      let rec = alive ? await store.readState(this.ns) : null;
      if (rec && !this.tryLoad(rec)) rec = null;
      if (!rec && alive) {
        // Stored record missing or damaged: ask a live tab for its values.
        const peer = await this.askPeers();
        if (peer && this.tryLoad(peer)) {
          rec = peer;
          await this.writeSnapshot();
          this.log("warn", "LiteBlocks: the stored global state was missing or damaged; restored it from another tab");
        }
      }
      if (!rec) {
        if (alive) {
          this.log("warn", "LiteBlocks: no open tab could supply this app's global values; starting from the app's defaults");
          this.post(notice("global-reset", { appId: this.appId }));
        }
        this.epoch = randomId();
        await this.writeSnapshot({ clear: true });
      }
      this.releaseTab = await hold(`${this.prefix}:tab:${randomId()}`);
    } finally {
      release();
    }
    navigator.locks.request(`${this.prefix}:leader`, () => {
      if (this.closed) return null;
      this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
      return new Promise((resolve) => { this.resignLeader = resolve; });
    });
  }

  writeLock() {
    return hold(`${this.prefix}:write`, LOCK_TIMEOUT_MS,
      () => this.log("warn", "LiteBlocks: another tab of this app held the global lock too long; took it over"));
  }

  async othersAlive() {
    const { held } = await navigator.locks.query();
    return held.some((l) => l.name.startsWith(`${this.prefix}:tab:`));
  }

  load(rec) {
    if (rec.keep) { // only the variables that changed since this tab's head
      if (!Array.isArray(rec.keep)) throw new Error("bad name list");
      this.py.bridge.load_changed(this.appId, rec.head, JSON.stringify(rec.keep), rec.vars);
    } else {
      this.py.bridge.load(this.appId, rec.head, rec.vars);
    }
    this.epoch = rec.epoch;
  }

  /** Loads a stored record; false (with a console warning) when it is damaged. */
  tryLoad(rec) {
    if (!store.wellFormed(rec, true)) {
      this.log("warn", "LiteBlocks: discarded a stored global-state record of the wrong shape");
      return false;
    }
    try {
      this.load(rec);
      return true;
    } catch (err) {
      this.log("warn", `LiteBlocks: discarded a corrupt stored global-state record (${err})`);
      return false;
    }
  }

  /** [[name, JSON text]] of committed values (all of them by default). */
  texts(names = JSON.parse(this.py.bridge.shared_names(this.appId))) {
    return names.map((n) => [n, this.py.bridge.committed_text(this.appId, n)]).filter(([, t]) => typeof t === "string");
  }

  /** Writes every committed value (a fresh epoch, or rebuilding lost data). */
  async writeSnapshot(sessions = {}) {
    await store.commit(this.ns, { epoch: this.epoch, head: this.py.bridge.head(this.appId), full: true,
      all: () => this.texts() }, sessions);
  }

  /** Asks the app's other tabs over the BroadcastChannel for their committed values. */
  askPeers() {
    return new Promise((resolve) => {
      const timer = setTimeout(() => { this.peerWaiters = this.peerWaiters.filter((w) => w !== done); resolve(null); },
        PEER_WAIT_MS);
      const done = (rec) => { clearTimeout(timer); resolve(rec); };
      this.peerWaiters.push(done);
      this.channel.postMessage({ v: 1, kind: "want-state", ns: this.ns });
    });
  }

  /** Brings this tab up to the head recorded in IndexedDB (under the write lock). */
  async catchUp() {
    if (this.inbox.length) await this.drain(); // changes already delivered: cheaper than a reload
    const head = await store.readHead(this.ns);
    const mine = this.py.bridge.head(this.appId);
    if (store.wellFormed(head) && (head.epoch !== this.epoch || head.head > mine)) {
      const rec = await store.readState(this.ns, { since: mine, epoch: this.epoch });
      if (this.tryLoad(rec)) return;
    } else if (store.wellFormed(head) && head.head === mine) {
      return;
    } else if (head !== undefined && !store.wellFormed(head)) {
      this.log("warn", "LiteBlocks: discarded a stored global-state head of the wrong shape");
    }
    // Record missing (site data cleared, storage evicted), damaged, or behind
    // this tab (rewritten by a tab that had missed changes): this tab is live
    // and up to date as far as it knows, so it writes all its values back.
    await this.writeSnapshot();
    this.log("warn", "LiteBlocks: the stored global state was missing or damaged; rewrote it from this tab");
  }

  /**
   * Runs `fn` (a Python entry point, called from the serial queue) as one
   * atomic step for shared variables; `sessions` changes the registry with it.
   * `eventJson` (a front-end event) lets an event that can reach no shared
   * variable skip the lock. Returns the result, or a Later when the batch is
   * still open: the event is answered only once its changes are committed.
   */
  async runEvent(fn, sessions = {}, eventJson = null) {
    if (!this.enabled) return fn();
    if (eventJson !== null) {
      const names = JSON.parse(this.py.bridge.scope(this.appId, eventJson));
      if (Array.isArray(names) && !names.length) {
        await this.flush().catch(() => {}); // a long lock-free event must not keep other tabs waiting
        return fn();
      }
    }
    if (!this.batch) {
      try {
        await this.openBatch();
      } catch (err) {
        if (eventJson !== null) this.py.bridge.scope(this.appId, ""); // the event will not run
        throw err;
      }
    }
    const batch = this.batch;
    let result;
    try {
      result = await fn();
      this.collect(batch, sessions);
    } catch (err) {
      await this.flush().catch(() => {});
      throw err;
    }
    // Keep the lock for the app's requests already queued here, up to a cap, then publish.
    if (++batch.count >= MAX_BATCH || now() - batch.started > MAX_BATCH_MS || !this.hasQueued()) {
      await this.flush();
      return result;
    }
    // Once the batch holds a change, answers wait for its commit: if a later,
    // long event of the batch has it rejected, nothing already answered is lost.
    return batch.answer(result);
  }

  async openBatch() {
    const release = await this.writeLock();
    const batch = this.batch = new Batch(release, now());
    try {
      await this.catchUp();
      batch.base = { epoch: this.epoch, head: this.py.bridge.head(this.appId) };
    } catch (err) {
      this.batch = null;
      release();
      batch.reject(err);
      throw err;
    }
  }

  /** Numbers the event's change set (if any) and notes registry changes. */
  collect(batch, sessions) {
    const out = this.py.bridge.take_changes(this.appId);
    const parsed = out ? JSON.parse(out) : null;
    if (parsed) this.warn(parsed.warnings);
    const seq = this.py.bridge.head(this.appId) + 1;
    if (parsed?.changes) this.py.bridge.sent(this.appId, seq);
    batch.add(seq, parsed?.changes, sessions);
  }

  /**
   * Stores the batch in IndexedDB (only the variables it changed), then
   * broadcasts it, then lets go of the lock; settles `batch.committed`.
   */
  async flush() {
    const batch = this.batch;
    if (!batch) return;
    this.batch = null;
    try {
      await this.store(batch);
      batch.resolve();
    } catch (err) {
      batch.reject(err);
      throw err;
    } finally {
      batch.release();
    }
  }

  async store(batch) {
    const sessions = batch.registry();
    if (!batch.changes.length) {
      if (sessions.put.length || sessions.remove.length) await store.commit(this.ns, {}, sessions);
      return;
    }
    const { set, del } = batch.touched();
    const head = batch.changes[batch.changes.length - 1].seq;
    try {
      await store.commit(this.ns, { epoch: this.epoch, head, set: this.texts(set), del, all: () => this.texts() },
        sessions, batch.base);
    } catch (err) {
      if (!(err instanceof store.CommitConflict)) throw err;
      // Another tab took the lock from this one (an event ran too long) and
      // committed meanwhile: the batch's changes are dropped, its values
      // replaced by the stored ones, and its events fail visibly.
      this.py.bridge.discard(this.appId);
      await this.resync({ since: batch.base.head, extra: [...set, ...del] });
      throw new ConflictError("An event ran too long and another tab of the app changed the shared "
        + "(global) values meanwhile, so this event's changes to them were discarded. Please try again.");
    }
    const sets = batch.changes.map(({ seq, changes }) => [seq, changes]);
    this.channel.postMessage({ v: 1, kind: "changes", ns: this.ns, epoch: this.epoch, sets, sentAt: now() });
  }

  onMessage(msg) {
    const valid = msg && typeof msg === "object" && msg.v === 1 && msg.ns === this.ns;
    if (valid && msg.kind === "want-state") {
      if (this.epoch) this.serial(async () => this.channel.postMessage({ v: 1, kind: "state", ns: this.ns,
        epoch: this.epoch, head: this.py.bridge.head(this.appId), vars: this.py.bridge.snapshot_text(this.appId) }));
      return;
    }
    if (valid && msg.kind === "state") {
      const waiters = this.peerWaiters || [];
      this.peerWaiters = [];
      for (const w of waiters) w(msg);
      return;
    }
    if (valid && msg.kind === "bye") {
      if (this.sweeper) setTimeout(() => this.sweep(), 50);
      return;
    }
    const wellFormed = valid && msg.kind === "changes" && typeof msg.epoch === "string"
      && Array.isArray(msg.sets) && msg.sets.length > 0
      && msg.sets.every((s) => Array.isArray(s) && s.length === 2 && Number.isInteger(s[0]) && s[0] > 0
        && s[1] && typeof s[1] === "object");
    if (!wellFormed) {
      this.log("warn", "LiteBlocks: ignored a malformed message between tabs");
      return;
    }
    // Messages that arrive while Python is busy are applied together, in one call.
    this.inbox.push(msg);
    if (this.inbox.length === 1) this.serial(() => this.drain());
  }

  async drain() {
    const messages = this.inbox;
    if (!messages.length) return;
    this.inbox = [];
    const sets = [];
    let resync = false;
    for (const msg of messages) {
      if (msg.epoch !== this.epoch) resync = true;
      else sets.push(...msg.sets);
    }
    if (sets.length) {
      const status = JSON.parse(this.py.bridge.receive_many(this.appId, JSON.stringify(sets)));
      if (status.missing) resync = true;
    }
    if (resync) await this.resync();
    const appliedAt = now();
    for (const msg of messages) {
      const last = msg.sets[msg.sets.length - 1][0];
      this.post(notice("global-applied", { appId: this.appId, seq: last, count: msg.sets.length, sentAt: Number(msg.sentAt) || 0, appliedAt }));
    }
  }

  /**
   * Reloads from IndexedDB after a gap or a bad message (the variables changed
   * since this tab's head), or after a rejected commit (`since` the base it
   * started from, plus the variables it had changed: `extra`).
   */
  async resync({ since = this.py.bridge.head(this.appId), extra = null } = {}) {
    const rec = await store.readState(this.ns, { since, epoch: this.epoch, extra: extra || [] });
    if (store.wellFormed(rec, true) && (extra || rec.epoch !== this.epoch || rec.head > this.py.bridge.head(this.appId))) {
      this.tryLoad(rec);
    }
  }

  warn(messages) {
    for (const m of messages || []) this.log("warn", `LiteBlocks: ${m}`);
  }

  /** Stops syncing (the app is re-run or removed). Call from the serial queue. */
  async close() {
    this.closed = true;
    clearInterval(this.sweeper);
    await this.flush();
    this.resignLeader?.();
    this.releaseTab?.();
    for (const release of this.sessions.values()) release();
    this.channel?.close();
    this.py.bridge.detach(this.appId);
  }
}

Object.assign(GlobalSync.prototype, sessionMethods);
