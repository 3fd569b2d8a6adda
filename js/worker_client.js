/**
 * A handle on one app's Python worker (a small proxy, as shinylive does).
 *
 * Each <gradio-lite> on a page gets its own worker and so its own Pyodide: a
 * hang or crash in one app leaves the others running. Clients are started
 * early by main.js (prewarm, one per element) and handed to the apps in order;
 * they share the page's compiled wasm and snapshot (js/boot_share.js). The worker
 * is started from a same-origin blob that imports worker.js by its full URL,
 * so lite.js also works when served from another origin than the page.
 *
 * A call still pending after LONG_RUN_MS makes the client report "busy" to its
 * listeners (the element shows a Stop button); restart() terminates the worker
 * and starts a fresh one. Worker error/messageerror events report "dead", and so
 * do a `fatal` message (Python exited or crashed, js/worker_health.js) and an idle
 * worker that stops answering the heartbeat (js/heartbeat.js); a dead worker is
 * terminated. Where the page is cross-origin isolated, stop() first interrupts Python
 * in place (js/run_interrupt.js) and restarts only if that did not end the run.
 */
import * as protocol from "./protocol.js";
import { Heartbeat } from "./heartbeat.js";
import { shareBoot } from "./boot_share.js";
import { RunInterrupt } from "./run_interrupt.js";

const prewarmed = [];
const WORKER_URL = new URL("./worker.js", import.meta.url).href;
export const LONG_RUN_MS = 2500;

export class WorkerClient {
  /**
   * Starts `count` workers booting before any app asks for one: main.js passes the number
   * of <gradio-lite> elements already in the document, so they boot side by side while the
   * page's own modules still load, instead of each starting when its element does.
   */
  static prewarm(count = 1) {
    while (prewarmed.length < count) prewarmed.push(new WorkerClient(WORKER_URL));
    return prewarmed[0];
  }

  /** A worker for one app: a prewarmed one if still unclaimed, else a new one. */
  static forApp() {
    const client = prewarmed.find((c) => !c.claimed) || new WorkerClient(WORKER_URL);
    client.claimed = true;
    return client;
  }

  constructor(workerUrl) {
    this.workerUrl = workerUrl;
    this.pending = new Map();
    this.running = new Set(); // Gradio frontend submissions not yet complete (g6-submit ids)
    this.g6Listeners = new Set();
    this.sessionStates = new Map(); // "appId\nsessionHash" -> gr.State values kept for a restart
    this.progressListeners = new Set();
    this.stateListeners = new Set();
    this.lastProgress = null;
    this.busyTimer = null;
    this.interrupter = RunInterrupt.create(); // null: not cross-origin isolated
    this.start();
  }

  start() {
    const workerUrl = this.workerUrl;
    const source = `import ${JSON.stringify(workerUrl)};`;
    const blobUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    // `LITEBLOCKS_SNAPSHOT = false` on the page: boot without the snapshot (js/boot.js).
    // `LITEBLOCKS_NO_JSPI = true`: behave as an engine without JSPI (Safari today), for tests.
    // `LITEBLOCKS_SHARED_BOOT = false`: each worker compiles and gunzips for itself (js/boot_share.js).
    const snapshot = globalThis.LITEBLOCKS_SNAPSHOT !== false;
    const shared = globalThis.LITEBLOCKS_SHARED_BOOT !== false;
    const name = ["liteblocks", !snapshot && "no-snapshot", globalThis.LITEBLOCKS_NO_JSPI === true && "no-jspi",
      shared && "shared-boot"].filter(Boolean).join(" ");
    const worker = new Worker(blobUrl, { type: "module", name });
    this.worker = worker;
    if (shared) shareBoot(worker, snapshot);
    this.interrupter?.attach(worker);
    const dead = (message) => {
      if (this.worker !== worker || this.dead) return;
      this.dead = true;
      this.heartbeat.stop();
      worker.terminate(); // a Pyodide that died cannot be used again; a hung one would spin on
      const error = { type: "WorkerError", message };
      this.failAll(error);
      this.emit("dead", error);
    };
    this.dead = false;
    this.heartbeat = new Heartbeat(worker, () => this.pending.size + this.running.size === 0,
      () => dead("it stopped answering"));
    worker.onmessage = (e) => {
      if (this.worker !== worker) return;
      this.heartbeat.heardFrom(e.data?.type === "reply");
      if (e.data?.type === "fatal") dead(String(e.data.message));
      else this.receive(e.data);
    };
    worker.onerror = (e) => { e.preventDefault?.(); dead(e.message || "The Python worker stopped unexpectedly."); };
    worker.onmessageerror = () => dead("The Python worker sent a message that could not be read.");
  }

  /**
   * Stop where possible without a restart: true when Python was interrupted and the run in
   * flight ended within a second (the worker, its globals and State are kept); false when
   * the caller must restart() (no isolation, or the run did not end).
   */
  async interruptRun() {
    if (!this.interrupter || this.pending.size + this.running.size === 0) return false;
    return this.interrupter.stop();
  }

  /** Terminates the worker (ending any run, even a tight loop) and starts a fresh one. */
  restart(reason = { type: "Stopped", message: "The run was stopped." }) {
    const old = this.worker;
    this.worker = null;
    this.heartbeat.stop();
    old.terminate();
    this.failAll(reason);
    this.lastProgress = null;
    this.start();
  }

  /** `listener(kind, detail)`: kind is "busy" (a call runs long), "idle" or "dead". */
  onState(listener) {
    this.stateListeners.add(listener);
    return () => this.stateListeners.delete(listener);
  }

  emit(kind, detail) {
    for (const listener of this.stateListeners) listener(kind, detail);
  }

  watchBusy() {
    clearTimeout(this.busyTimer);
    if (this.pending.size + this.running.size === 0) {
      if (this.busy) { this.busy = false; this.emit("idle"); }
      return;
    }
    if (!this.busy) {
      this.busyTimer = setTimeout(() => {
        if (this.pending.size + this.running.size > 0) { this.busy = true; this.emit("busy"); }
      }, LONG_RUN_MS);
    }
  }

  /** Sends a request and resolves with the worker's result (rejects with an ErrorInfo). */
  call(type, fields) {
    const msg = protocol.request(type, fields);
    return new Promise((resolve, reject) => {
      this.pending.set(msg.id, { resolve, reject });
      this.worker.postMessage(msg);
      this.watchBusy();
    });
  }

  /**
   * The transport js/frontend/client.js runs over for one app: g6-submit/g6-cancel go to the
   * worker tagged with `appId`; g6-* answers come back to `subscribe`rs.
   */
  transport(appId) {
    return {
      send: (msg, transfer = []) => {
        if (msg.type === protocol.G6.SUBMIT) { this.running.add(msg.id); this.watchBusy(); }
        this.worker?.postMessage({ ...msg, appId }, transfer);
      },
      subscribe: (fn) => { this.g6Listeners.add(fn); return () => this.g6Listeners.delete(fn); },
    };
  }

  /** Calls `listener(progress)` for each boot/install stage; replays the latest one. */
  onProgress(listener) {
    this.progressListeners.add(listener);
    if (this.lastProgress) listener(this.lastProgress);
    return () => this.progressListeners.delete(listener);
  }

  receive(msg) {
    if (!msg || typeof msg !== "object") return;
    if (msg.type === "reply") {
      const waiter = this.pending.get(msg.id);
      if (!waiter) return;
      this.pending.delete(msg.id);
      this.watchBusy();
      this.interrupter?.ended();
      if (msg.ok) waiter.resolve(msg.result);
      else waiter.reject(msg.error);
    } else if (typeof msg.type === "string" && msg.type.startsWith("g6-")) {
      if (msg.type === protocol.G6.STATUS && (msg.stage === "complete" || msg.stage === "error")) {
        this.running.delete(msg.id);
        this.watchBusy();
        this.interrupter?.ended();
      }
      for (const listener of this.g6Listeners) listener(msg);
    } else if (msg.type === "session-states") {
      this.sessionStates.set(`${msg.appId}\n${msg.sessionHash}`, msg.states);
    } else if (msg.type === "progress") {
      this.lastProgress = msg;
      for (const listener of this.progressListeners) listener(msg);
    } else if (msg.type === "notice") {
      globalThis.dispatchEvent?.(new CustomEvent("liteblocks:notice", { detail: msg }));
    } else if (msg.type === "log") {
      (console[msg.level] || console.log)(msg.message);
    }
  }

  failAll(error) {
    const waiters = [...this.pending.values()];
    const runs = [...this.running];
    this.pending.clear();
    this.running.clear();
    for (const id of runs) {
      for (const listener of this.g6Listeners) listener({ type: protocol.G6.STATUS, id, stage: "error", message: error.message, visible: false });
    }
    this.watchBusy();
    for (const waiter of waiters) waiter.reject(error);
  }
}
