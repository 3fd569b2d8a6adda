/**
 * One page session of one app: the bridge between DOM events and Python.
 *
 * A click goes: components.js calls ctx.fire(id, "click") -> send() queues an
 * "event" request with the values the user changed since the last event ->
 * worker.js -> runtime.dispatch() in Python -> RESULT -> applyResult() puts
 * the updates into the DOM and shows errors. Events of a session run in order.
 */
import { renderApp } from "./render.js";
import { showMessages } from "./messages.js";
import { requestInfo } from "./protocol.js";

function newSessionHash() {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (b) => b.toString(36).padStart(2, "0")).join("").slice(0, 11);
}

export class AppSession {
  /**
   * @param {import("./worker_client.js").WorkerClient} client
   * @param {string} appId
   * @param {object} config  CONFIG from load_app
   * @param {HTMLElement} mount  where the app is rendered
   * @param {HTMLElement} messages  where errors and notices go
   * @param {Array<object>} bridges  optional {beforeStart(session), afterResult(result, session)}
   */
  constructor(client, appId, config, mount, messages, bridges = []) {
    this.client = client;
    this.appId = appId;
    this.config = config;
    this.mount = mount;
    this.messages = messages;
    this.bridges = bridges;
    this.sessionHash = newSessionHash();
    this.dirty = new Set();
    this.queue = Promise.resolve();
    this.running = 0;
    this.ended = false;
    this.started = Promise.resolve();
    this.timers = new Set();
    this.view = renderApp(mount, config, {
      prefix: `lb-${appId}`,
      timer: (id, props) => this.timer(id, props),
      edited: (id) => this.edited(id),
      fire: (id, name) => this.fire(id, name),
    });
  }

  listens(id, name) {
    return (this.config.listeners[String(id)] || []).includes(name);
  }

  /**
   * A gr.Timer: fires "tick" every `value` seconds while `active`; a tick is
   * skipped while the previous one is still running, so ticks never pile up.
   */
  timer(id, props) {
    const state = { value: 1, active: true, handle: null, running: false };
    const restart = () => {
      clearInterval(state.handle);
      state.handle = null;
      if (!state.active || !(state.value > 0) || this.ended || !this.listens(id, "tick")) return;
      state.handle = setInterval(() => {
        if (state.running || this.ended) return;
        state.running = true;
        this.send(id, "tick").finally(() => { state.running = false; });
      }, state.value * 1000);
    };
    const handle = {
      set(p) {
        if ("value" in p) state.value = Number(p.value);
        if ("active" in p) state.active = p.active !== false;
        restart();
      },
      stop() { clearInterval(state.handle); },
    };
    this.timers.add(handle);
    handle.set(props);
    return handle;
  }

  /** The user changed a component's value. */
  edited(id) {
    this.dirty.add(String(id));
    for (const name of ["input", "change"]) if (this.listens(id, name)) this.send(id, name);
  }

  /** The user did something (click, submit, blur...) on a component. */
  fire(id, name) {
    if (this.listens(id, name)) this.send(id, name);
  }

  /**
   * Starts the session in Python (load events run there) and shows its result.
   * Events the user fires meanwhile are sent only after it, and applied after it.
   */
  start() {
    let opened;
    this.started = new Promise((resolve) => { opened = resolve; });
    return this.enqueue(async () => {
      const extra = {};
      try {
        for (const bridge of this.bridges) Object.assign(extra, await bridge.beforeStart?.(this));
        return this.client.call("start-session", {
          appId: this.appId, sessionHash: this.sessionHash, request: requestInfo(location),
          browserState: extra.browserState || {}, states: this.states || {},
        });
      } finally {
        opened();
      }
    });
  }

  /** The worker is gone (restart): nothing to end there. */
  abandon() {
    this.ended = true;
    for (const timer of this.timers) timer.stop();
  }

  /** Ends the session: demo.unload handlers run and its values are dropped. */
  end() {
    if (this.ended) return Promise.resolve();
    this.ended = true;
    for (const timer of this.timers) timer.stop();
    return this.client.call("end-session", { appId: this.appId, sessionHash: this.sessionHash }).catch(() => {});
  }

  send(target, event) {
    return this.enqueue(async () => {
      await this.started;
      return this.client.call("event", {
        appId: this.appId, sessionHash: this.sessionHash,
        event: { target: Number(target), event, data: this.takeDirty() },
      });
    });
  }

  takeDirty() {
    const data = {};
    for (const id of this.dirty) {
      const c = this.view.components.get(id);
      if (c?.get) data[id] = c.get();
    }
    this.dirty.clear();
    return data;
  }

  /**
   * Sends a request now (the worker runs them in order, so requests pipeline)
   * and applies its result after every earlier one.
   */
  enqueue(call) {
    if (this.ended) return Promise.resolve();
    this.setBusy(+1);
    const reply = call();
    const run = this.queue.then(async () => {
      try {
        this.applyResult(await reply);
      } catch (error) {
        if (this.ended) return; // the worker was stopped or restarted: the element reports it
        showMessages(this.messages, [{ kind: "error", title: "Error", message: error?.message || String(error) }]);
      } finally {
        this.setBusy(-1);
      }
    });
    this.queue = run;
    return run;
  }

  applyResult(result) {
    if (!result) return;
    this.view.apply(result.updates);
    showMessages(this.messages, [
      ...(result.errors || []).map((e) => ({ kind: "error", ...e })),
      ...(result.info || []),
    ]);
    for (const bridge of this.bridges) bridge.afterResult?.(result, this);
  }

  setBusy(delta) {
    this.running += delta;
    this.mount.toggleAttribute("aria-busy", this.running > 0);
  }
}
