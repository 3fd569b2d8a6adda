/**
 * The page's one handle on the Python worker (a small proxy, as shinylive does).
 *
 * Every <gradio-lite> on a page shares one worker and so one Pyodide. The
 * worker is started from a same-origin blob that imports worker.js by its full
 * URL, so lite.js also works when served from another origin than the page.
 */
import * as protocol from "./protocol.js";

let shared = null;

export class WorkerClient {
  /** The page-wide client, created on first use. */
  static shared() {
    if (!shared) shared = new WorkerClient(new URL("./worker.js", import.meta.url).href);
    return shared;
  }

  constructor(workerUrl) {
    const source = `import ${JSON.stringify(workerUrl)};`;
    const blobUrl = URL.createObjectURL(new Blob([source], { type: "text/javascript" }));
    // `LITEBLOCKS_SNAPSHOT = false` on the page: boot without the snapshot (js/boot.js).
    // `LITEBLOCKS_NO_JSPI = true`: behave as an engine without JSPI (Safari today), for tests.
    const name = ["liteblocks", globalThis.LITEBLOCKS_SNAPSHOT === false && "no-snapshot",
      globalThis.LITEBLOCKS_NO_JSPI === true && "no-jspi"].filter(Boolean).join(" ");
    this.worker = new Worker(blobUrl, { type: "module", name });
    this.pending = new Map();
    this.progressListeners = new Set();
    this.lastProgress = null;
    this.worker.onmessage = (e) => this.receive(e.data);
    this.worker.onerror = (e) => this.failAll({ type: "WorkerError", message: e.message || "The Python worker failed to start." });
  }

  /** Sends a request and resolves with the worker's result (rejects with an ErrorInfo). */
  call(type, fields) {
    const msg = protocol.request(type, fields);
    return new Promise((resolve, reject) => {
      this.pending.set(msg.id, { resolve, reject });
      this.worker.postMessage(msg);
    });
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
      if (msg.ok) waiter.resolve(msg.result);
      else waiter.reject(msg.error);
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
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
