/**
 * One page session of one app drawn by Gradio 6's own frontend.
 *
 * A click goes: @gradio/core's dependency manager -> js/frontend/client.js submit() ->
 * g6-submit over WorkerClient.transport() -> worker.js g6Submit -> runtime.process_api in
 * Python -> g6-log/g6-status back (a function's outputs ride on "complete"; a generator's
 * yields come as g6-data) -> the frontend updates its components and runs the .then/.change
 * cascade itself (Gradio's split: the browser keeps values, Python keeps State).
 * The session is created in Python first (State defaults, restored BrowserState); the frontend
 * then dispatches the load events itself, as on a Gradio server.
 */
import { requestInfo, G6 } from "./protocol.js";

const FRONTEND_URL = new URL("../../frontend/frontend.js", import.meta.url).href;
let frontend = null;
/** The frontend's entry module, fetched once per page (started early, beside Python's boot). */
export function loadFrontend() {
  frontend ??= import(FRONTEND_URL);
  return frontend;
}

function newSessionHash() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("").slice(0, 11);
}

export class G6Session {
  /**
   * @param {import("./worker_client.js").WorkerClient} client
   * @param {string} appId
   * @param {object} config  Gradio 6 config (runtime.g6_config)
   * @param {HTMLElement} mount  where the app is drawn
   * @param {Array<object>} bridges  optional {beforeStart(session), afterResult(result, session)}
   * @param {{themeMode?: string, ownsPage?: boolean}} options  passed to mountGradio
   */
  constructor(client, appId, config, mount, bridges = [], options = {}) {
    this.options = options;
    this.client = client;
    this.appId = appId;
    this.config = config;
    this.mount = mount;
    this.bridges = bridges;
    this.sessionHash = newSessionHash();
    this.ended = false;
    this.view = null;
  }

  async start() {
    const extra = {};
    for (const bridge of this.bridges) Object.assign(extra, await bridge.beforeStart?.(this));
    await this.client.call("start-session", {
      appId: this.appId, sessionHash: this.sessionHash, request: requestInfo(location),
      browserState: extra.browserState || {}, states: this.states || {}, runLoad: false,
    });
    const base = this.client.transport(this.appId);
    const running = new Set(); // submissions in flight: the mount is aria-busy meanwhile
    const busy = () => this.mount.toggleAttribute("aria-busy", running.size > 0);
    const transport = {
      send: (msg, transfer) => {
        if (msg.type === G6.SUBMIT) { running.add(msg.id); busy(); }
        base.send(msg, transfer);
      },
    };
    const saving = new Map(); // submission id -> BrowserState write: its end waits for it
    this.unsubscribe = base.subscribe((msg) => {
      if (msg.type !== G6.STATUS || (msg.stage !== "complete" && msg.stage !== "error")) return;
      if (msg.browser_state && this.bridges.length) {
        saving.set(msg.id, Promise.all(this.bridges.map((bridge) =>
          bridge.afterResult?.({ browser_state: msg.browser_state })))
          .then((failures) => failures.find(Boolean)));
      }
      running.delete(msg.id);
      busy();
    });
    // A write the browser refuses (quota) fails that event with Gradio's error toast.
    transport.subscribe = (fn) => base.subscribe((msg) => {
      const write = msg.type === G6.STATUS && saving.get(msg.id);
      if (!write) return fn(msg);
      saving.delete(msg.id);
      write.then((failure) => fn(failure && msg.stage === "complete"
        ? { ...msg, stage: "error", message: failure, title: "BrowserState not saved", visible: true, duration: null }
        : msg));
    });
    const { mountGradio } = await loadFrontend();
    this.view = await mountGradio(this.mount, this.config, transport, {
      ...this.options, session: this.sessionHash, version: `lb-${this.appId}`,
    });
  }

  /** Takes the UI down; the worker is gone (restart), so there is nothing to end there. */
  abandon() {
    this.ended = true;
    this.unsubscribe?.();
    this.view?.unmount();
    this.view = null;
  }

  /** Ends the session: demo.unload handlers run, its values are dropped, the UI is unmounted. */
  end() {
    if (this.ended) return Promise.resolve();
    this.abandon();
    return this.client.call("end-session", { appId: this.appId, sessionHash: this.sessionHash }).catch(() => {});
  }
}
