/**
 * The module Web Worker: one Pyodide for every <gradio-lite> on the page.
 *
 * It routes protocol requests (js/protocol.js) to py/liteblocks/runtime.py and
 * runs them one at a time, in arrival order, so Python never sees two events
 * interleaved. Apps whose module has shared variables are wrapped by
 * js/global_sync.js so those variables are shared with the app's other tabs.
 */
import * as protocol from "./protocol.js";
import { bootPython } from "./boot.js";
import { GlobalSync } from "./global_sync.js";
import { Later } from "./global_lock.js";
import { installRequirements } from "./requirements.js";

const post = (msg) => self.postMessage(msg);
const log = (level, message) => post(protocol.log(level, message));
const booted = bootPython((stage, message) => post(protocol.progress(stage, message)), log);
const syncs = new Map(); // appId -> GlobalSync
const queued = new Map(); // appId -> requests received but not yet started

/**
 * Calls a sync Python entry point that runs app code. Where Python can suspend
 * (JSPI, js/runtime_choices.js) it is entered through a promising call, so
 * `time.sleep` in module code or a state callback waits without blocking the
 * worker; async entry points (dispatch, ...) are promising already.
 */
const enter = (py, fn, ...args) => (py.suspend ? fn.callPromising(...args) : fn(...args));

let queue = Promise.resolve();
/** Runs `task` after every task queued before it. */
function serial(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

const handlers = {
  async "load-app"(py, msg) {
    await syncs.get(msg.appId)?.close();
    syncs.delete(msg.appId);
    if (msg.requirements?.length) {
      post(protocol.progress("install", `Installing ${msg.requirements.join(", ")}…`));
      const failed = await installRequirements(py.pyodide, msg.requirements);
      if (failed) return failed;
    }
    post(protocol.progress("app", "Starting the app…"));
    const result = JSON.parse(await enter(py, py.runtime.load_app, msg.appId, JSON.stringify(msg.files), msg.entrypoint));
    result.waits = py.suspend ? "suspend" : "block";
    if (result.ok) {
      const sync = new GlobalSync(py, msg.appId, msg.appKey || msg.appId, serial, log, post,
        () => (queued.get(msg.appId) || 0) > 0);
      await sync.init();
      syncs.set(msg.appId, sync);
    }
    return result;
  },
  async "start-session"(py, msg) {
    return syncs.get(msg.appId).startSession(msg.sessionHash, msg.request, async () => JSON.parse(
      await py.runtime.start_session(msg.appId, msg.sessionHash, JSON.stringify(msg.request),
        JSON.stringify(msg.browserState || {}))));
  },
  async event(py, msg) {
    const event = JSON.stringify(msg.event);
    return syncs.get(msg.appId).runEvent(async () => JSON.parse(
      await py.runtime.dispatch(msg.appId, msg.sessionHash, event)), {}, event);
  },
  async "end-session"(py, msg) {
    return syncs.get(msg.appId).endSession(msg.sessionHash, async () => JSON.parse(
      await py.runtime.end_session(msg.appId, msg.sessionHash)));
  },
};

self.onmessage = (e) => {
  const msg = e.data;
  if (!protocol.isRequest(msg)) {
    log("warn", "LiteBlocks worker ignored a malformed message");
    return;
  }
  queued.set(msg.appId, (queued.get(msg.appId) || 0) + 1);
  serial(async () => {
    queued.set(msg.appId, queued.get(msg.appId) - 1);
    try {
      const py = await booted;
      if (msg.type !== "load-app" && !syncs.has(msg.appId)) throw new Error(`No app "${msg.appId}" is loaded.`);
      const out = await handlers[msg.type](py, msg);
      if (out instanceof Later) { // answered once its global changes are committed, without holding up the queue
        out.promise.then((value) => post(protocol.reply(msg.id, value)), (err) => post(protocol.replyError(msg.id, err)));
      } else {
        post(protocol.reply(msg.id, out));
      }
    } catch (err) {
      post(protocol.replyError(msg.id, err));
    }
  });
};

// State time_to_live is checked once a second while the page is open.
setInterval(() => {
  serial(async () => { const py = await booted; return enter(py, py.runtime.tick); })
    .catch((err) => log("error", `LiteBlocks: state expiry check failed: ${err}`));
}, 1000);
