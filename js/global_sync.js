/**
 * Global state across tabs: an app's module-level variables, shared by every
 * tab that runs the same app (js/global_store.js keeps the record).
 *
 * - Each event of the app runs under the Web Lock "<prefix>:write". Under it
 *   the tab catches up from IndexedDB, runs the Python handlers, then writes
 *   the numbered change set to IndexedDB and broadcasts it on a
 *   BroadcastChannel; other tabs apply change sets in sequence order and
 *   resynchronise from IndexedDB when they see a gap or a foreign epoch.
 * - A tab that starts while another tab of the app is alive (it holds
 *   "<prefix>:tab:<id>") takes the current values; otherwise the app starts
 *   from its module's own values, as a restarted server would.
 * - Each page session holds "<prefix>:session:<hash>" while it lives. The
 *   leader (holder of "<prefix>:leader") runs demo.unload for sessions whose
 *   lock is gone (their tab closed or crashed), exactly once: the session's
 *   registry entry is removed in the same step that publishes the changes.
 */
import * as store from "./global_store.js";
import { notice, now } from "./protocol.js";

const SWEEP_MS = 1000;

function randomId() {
  return Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("");
}

function hold(name) {
  /** Requests a lock held until the returned release() is called; resolves once granted. */
  return new Promise((granted) => {
    let release;
    const held = new Promise((r) => { release = r; });
    navigator.locks.request(name, () => { granted(release); return held; });
  });
}

export class GlobalSync {
  /**
   * @param {object} py  {bridge: liteblocks.global_bridge, runtime: liteblocks.runtime}
   * @param {string} appId  the app's id in this worker
   * @param {string} ns  the app's identity (same code => same ns)
   * @param {(task: () => Promise<any>) => Promise<any>} serial  the worker's one-at-a-time queue
   * @param {(level: string, message: string) => void} log
   * @param {(msg: object) => void} post  sends a notice to the page
   */
  constructor(py, appId, ns, serial, log, post = () => {}) {
    this.py = py;
    this.appId = appId;
    this.ns = ns;
    this.prefix = `liteblocks:${ns}`;
    this.serial = serial;
    this.log = log;
    this.post = post;
    this.enabled = false;
    this.sessions = new Map(); // hash -> release() of its session lock
    this.closed = false;
  }

  /** Starts tracking; call right after the app module ran, inside the serial queue. */
  async init() {
    const info = JSON.parse(this.py.bridge.attach(this.appId));
    this.warn(info.warnings);
    if (!info.shared.length || !globalThis.navigator?.locks || !globalThis.indexedDB) return;
    this.enabled = true;
    this.channel = new BroadcastChannel(this.prefix);
    this.channel.onmessage = (e) => this.onMessage(e.data);
    await navigator.locks.request(`${this.prefix}:write`, async () => {
      const rec = await store.readState(this.ns);
      if (rec && await this.othersAlive()) {
        this.load(rec);
      } else {
        this.epoch = randomId();
        const snap = JSON.parse(this.py.bridge.snapshot(this.appId));
        await store.writeState(this.ns, { epoch: this.epoch, head: snap.head, vars: JSON.stringify(snap.vars) },
          { clearSessions: true });
      }
      this.releaseTab = await hold(`${this.prefix}:tab:${randomId()}`);
    });
    navigator.locks.request(`${this.prefix}:leader`, () => {
      if (this.closed) return null;
      this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
      return new Promise((resolve) => { this.resignLeader = resolve; });
    });
  }

  async othersAlive() {
    const { held } = await navigator.locks.query();
    return held.some((l) => l.name.startsWith(`${this.prefix}:tab:`));
  }

  load(rec) {
    this.epoch = rec.epoch;
    this.py.bridge.load(this.appId, rec.head, rec.vars);
  }

  /** Brings this tab up to the head recorded in IndexedDB (call under the write lock). */
  async catchUp() {
    const head = await store.readHead(this.ns);
    if (head && (head.epoch !== this.epoch || head.head > this.py.bridge.head(this.appId))) {
      this.load(await store.readState(this.ns));
    }
  }

  /**
   * Runs `fn` (a Python entry point) as one atomic step for shared variables.
   * `registry` optionally changes the session registry in the same write.
   */
  async runEvent(fn, registry = {}) {
    if (!this.enabled) return fn();
    return navigator.locks.request(`${this.prefix}:write`, async () => {
      await this.catchUp();
      const result = await fn();
      await this.publish(registry);
      return result;
    });
  }

  /** Takes the event's change set from Python, stores it, then broadcasts it. */
  async publish(registry) {
    const out = this.py.bridge.take_changes(this.appId);
    const parsed = out ? JSON.parse(out) : null;
    if (parsed) this.warn(parsed.warnings);
    if (parsed?.changes) {
      const seq = this.py.bridge.head(this.appId) + 1;
      this.py.bridge.sent(this.appId, seq);
      const snap = JSON.parse(this.py.bridge.snapshot(this.appId));
      await store.writeState(this.ns, { epoch: this.epoch, head: seq, vars: JSON.stringify(snap.vars) }, registry);
      this.channel.postMessage({ v: 1, kind: "change", ns: this.ns, epoch: this.epoch, seq, changes: parsed.changes, sentAt: now() });
    } else if (registry.sessionPut || registry.sessionDelete) {
      await store.writeState(this.ns, {}, registry);
    }
  }

  onMessage(msg) {
    const valid = msg && typeof msg === "object" && msg.v === 1 && msg.ns === this.ns;
    if (valid && msg.kind === "bye") {
      if (this.sweeper) setTimeout(() => this.sweep(), 50);
      return;
    }
    if (!valid || msg.kind !== "change" || typeof msg.epoch !== "string" || !Number.isInteger(msg.seq)
        || msg.seq < 1 || !msg.changes || typeof msg.changes !== "object") {
      this.log("warn", "LiteBlocks: ignored a malformed message between tabs");
      return;
    }
    this.serial(async () => {
      if (msg.epoch !== this.epoch) return this.resync();
      const status = JSON.parse(this.py.bridge.receive(this.appId, msg.seq, JSON.stringify(msg.changes)));
      if (status.missing) await this.resync();
      this.post(notice("global-applied", { appId: this.appId, seq: msg.seq, sentAt: Number(msg.sentAt) || 0, appliedAt: now() }));
    });
  }

  /** Reloads the whole record from IndexedDB (after a gap or a bad message). */
  async resync() {
    const rec = await store.readState(this.ns);
    if (rec && (rec.epoch !== this.epoch || rec.head > this.py.bridge.head(this.appId))) this.load(rec);
  }

  /** A page session starts: hold its lock, register it, run load events atomically. */
  async startSession(hash, request, fn) {
    if (!this.enabled) return fn();
    this.sessions.set(hash, await hold(`${this.prefix}:session:${hash}`));
    return this.runEvent(fn, { sessionPut: { hash, request } });
  }

  /** A page session ends here: its unload runs once, unless the leader already ran it. */
  async endSession(hash, fn) {
    if (!this.enabled) return fn();
    const result = await navigator.locks.request(`${this.prefix}:write`, async () => {
      if (!await store.hasSession(this.ns, hash)) return null;
      await this.catchUp();
      const out = await fn();
      await this.publish({ sessionDelete: hash });
      return out;
    });
    this.sessions.get(hash)?.();
    this.sessions.delete(hash);
    if (!this.sessions.size) { // the page is going: a tab opened next must not wait for us
      this.releaseTab?.();
      this.releaseTab = null;
    }
    this.channel.postMessage({ v: 1, kind: "bye", ns: this.ns });
    return result;
  }

  /** Leader only: run demo.unload for sessions whose tab has gone. */
  sweep() {
    return this.serial(async () => {
      const [entries, { held }] = await Promise.all([store.readSessions(this.ns), navigator.locks.query()]);
      const alive = new Set(held.map((l) => l.name));
      for (const entry of entries) {
        if (alive.has(`${this.prefix}:session:${entry.hash}`) || this.sessions.has(entry.hash)) continue;
        await navigator.locks.request(`${this.prefix}:write`, async () => {
          if (!await store.hasSession(this.ns, entry.hash)) return;
          await this.catchUp();
          const out = JSON.parse(await this.py.runtime.run_unload(this.appId, entry.hash, JSON.stringify(entry.request)));
          for (const e of out.errors || []) this.log("error", `LiteBlocks: unload handler failed: ${e.message}`);
          await this.publish({ sessionDelete: entry.hash });
        });
      }
    }).catch((err) => this.log("error", `LiteBlocks: session sweep failed: ${err}`));
  }

  warn(messages) {
    for (const m of messages || []) this.log("warn", `LiteBlocks: ${m}`);
  }

  /** Stops syncing (the app is re-run or removed). */
  close() {
    this.closed = true;
    clearInterval(this.sweeper);
    this.resignLeader?.();
    this.releaseTab?.();
    for (const release of this.sessions.values()) release();
    this.channel?.close();
    this.py.bridge.detach(this.appId);
  }
}
