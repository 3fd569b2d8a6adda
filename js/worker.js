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
import { writeUploads, attachFileBytes } from "./worker_files.js";
import { answersHealth } from "./worker_health.js";
import { acceptInterrupts } from "./run_interrupt.js";

const post = (msg, transfer) => self.postMessage(msg, transfer || []);
const log = (level, message) => post(protocol.log(level, message));
const booted = bootPython((stage, message) => post(protocol.progress(stage, message)), log);
const clearInterrupt = acceptInterrupts(booted); // a Stop that came after its run never hits the next
const syncs = new Map(); // appId -> GlobalSync
const queued = new Map(); // appId -> requests received but not yet started
const cancelled = new Set(); // Gradio frontend submissions asked to stop (g6-cancel)

/**
 * Calls a sync Python entry point that runs app code. Where Python can suspend
 * (JSPI, js/runtime_choices.js) it is entered through a promising call, so
 * `time.sleep` in module code or a state callback waits without blocking the
 * worker; async entry points (dispatch, ...) are promising already.
 */
const enter = (py, fn, ...args) => (py.suspend ? fn.callPromising(...args) : fn(...args));

const toKeep = new Map(); // sessions whose State may have changed since

/**
 * After an event, queue a look at the session's gr.State values: the page keeps the latest
 * copy, so a worker restarted by Stop or a crash starts from the values after the last
 * completed event. It runs in turn after the reply went out, so it does not delay the click.
 */
function keepStates(appId, sessionHash) {
  const key = `${appId}\n${sessionHash}`;
  if (toKeep.has(key)) return;
  toKeep.set(key, [appId, sessionHash]);
  serial(async () => {
    const py = await booted;
    toKeep.delete(key);
    const json = py.runtime.session_states(appId, sessionHash, true);
    if (json === "null") return; // the same values as posted last time (an event that only read them)
    post({ type: "session-states", appId, sessionHash, states: JSON.parse(json) });
  }).catch((err) => log("warn", `LiteBlocks: could not keep the session's State values: ${err}`));
}

let queue = Promise.resolve();
/** Runs `task` after every task queued before it. */
function serial(task) {
  const run = queue.then(task).finally(clearInterrupt);
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
      result.g6 = JSON.parse(py.runtime.g6_config(msg.appId));
      result.transfer = attachFileBytes(py.pyodide, result.g6.components);
      result.g6Theme = py.runtime.g6_theme_css(msg.appId);
    }
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
        JSON.stringify(msg.browserState || {}), msg.runLoad !== false, JSON.stringify(msg.states || {}))));
  },
  async "end-session"(py, msg) {
    return syncs.get(msg.appId).endSession(msg.sessionHash, async () => JSON.parse(
      await py.runtime.end_session(msg.appId, msg.sessionHash)));
  },
};

/**
 * One dependency run for Gradio's frontend (js/frontend/client.js): every yield goes out as a
 * g6-data as it comes; a g6-cancel that arrives meanwhile (while Python waits) stops it at the
 * next yield. Ends with exactly one g6-status "complete" or "error" for the submission id.
 */
async function g6Submit(py, msg) {
  const id = msg.id;
  keepStates(msg.appId, msg.session);
  const logs = (entries) => { for (const l of entries || []) post({ type: protocol.G6.LOG, id, ...l }); };
  const emit = (chunkJson) => {
    const chunk = JSON.parse(chunkJson);
    if (chunk.progress) {
      post({ type: protocol.G6.STATUS, id, stage: "pending", progress_data: chunk.progress });
      return cancelled.has(id);
    }
    logs(chunk.log);
    // As Gradio's client does for each process_generating: status "generating" (the output shows
    // its value with a pulsing border instead of the pending spinner), then the data.
    post({ type: protocol.G6.STATUS, id, stage: "generating" });
    post({ type: protocol.G6.DATA, id, data: chunk.data }, attachFileBytes(py.pyodide, chunk.data));
    return cancelled.has(id);
  };
  if (cancelled.delete(id)) { // stopped before its turn came
    post({ type: protocol.G6.STATUS, id, stage: "complete" });
    return;
  }
  const fail = (err) => post({ type: protocol.G6.STATUS, id, stage: "error", message: protocol.toErrorInfo(err).message,
                                visible: true, duration: null });
  const answer = (result) => {
    logs(result.log);
    if (result.validation) { // a validator rejected an input: Gradio marks each input with its message
      post({ type: protocol.G6.STATUS, id, stage: "error", message: result.validation, visible: false });
      return;
    }
    if (result.error) {
      post({ type: protocol.G6.STATUS, id, stage: "error", message: result.error.message, visible: result.error.visible ?? true,
             title: result.error.title, duration: result.error.duration ?? 10, browser_state: result.browser_state });
      return;
    }
    // One message per run: a function's outputs (and what a gr.render drew) ride on its "complete";
    // the client adapter hands them to the frontend as Gradio's data, render and complete events.
    post({ type: protocol.G6.STATUS, id, stage: "complete", changed_state_ids: result.changed,
           browser_state: result.browser_state, data: result.data ?? undefined,
           render_config: result.render_config ?? undefined },
         result.data ? attachFileBytes(py.pyodide, result.data) : undefined);
  };
  try {
    const sync = syncs.get(msg.appId);
    if (!sync) throw new Error(`No app "${msg.appId}" is loaded.`);
    const out = await sync.runEvent(async () => JSON.parse(await py.runtime.process_api(
      msg.appId, msg.session, msg.fn_index, JSON.stringify(msg.data ?? []),
      JSON.stringify(msg.event_data ?? null), emit)), {}, JSON.stringify({ fn_index: msg.fn_index }));
    // A Later is answered once the batch's global changes are committed, without holding up the queue.
    if (out instanceof Later) out.promise.then(answer, fail);
    else answer(out);
  } catch (err) {
    fail(err);
  } finally {
    cancelled.delete(id);
  }
}

/** Files from the page into the worker's file system; not queued behind a running event. */
async function upload(msg) {
  try {
    const py = await booted;
    post({ type: protocol.G6.UPLOADED, id: msg.id, paths: writeUploads(py.pyodide, msg.files, msg.upload_id) });
  } catch (err) {
    post({ type: protocol.G6.UPLOADED, id: msg.id, error: protocol.toErrorInfo(err).message });
  }
}

/** Runs `task` in the serial queue, counted as queued for `appId` until it starts. */
function inTurn(appId, task) {
  queued.set(appId, (queued.get(appId) || 0) + 1);
  return serial(() => { queued.set(appId, queued.get(appId) - 1); return task(); });
}

self.onmessage = (e) => {
  const msg = e.data;
  if (answersHealth(msg)) return; // heartbeat: answered at once, even while a run is queued
  if (protocol.isG6(msg)) {
    if (msg.type === protocol.G6.CANCEL) cancelled.add(msg.id);
    else if (msg.type === protocol.G6.UPLOAD) upload(msg);
    else inTurn(msg.appId, async () => g6Submit(await booted, msg));
    return;
  }
  if (!protocol.isRequest(msg)) {
    log("warn", "LiteBlocks worker ignored a malformed message");
    return;
  }
  inTurn(msg.appId, async () => {
    try {
      const py = await booted;
      if (msg.type !== "load-app" && !syncs.has(msg.appId)) throw new Error(`No app "${msg.appId}" is loaded.`);
      const out = await handlers[msg.type](py, msg);
      if (out instanceof Later) { // answered once its global changes are committed, without holding up the queue
        out.promise.then((value) => post(protocol.reply(msg.id, value)), (err) => post(protocol.replyError(msg.id, err)));
      } else {
        const transfer = out?.transfer;
        if (transfer) delete out.transfer;
        post(protocol.reply(msg.id, out), transfer);
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
