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

const post = (msg) => self.postMessage(msg);
const log = (level, message) => post(protocol.log(level, message));
const booted = bootPython((stage, message) => post(protocol.progress(stage, message)), log);
const syncs = new Map(); // appId -> GlobalSync

let queue = Promise.resolve();
/** Runs `task` after every task queued before it. */
function serial(task) {
  const run = queue.then(task);
  queue = run.catch(() => {});
  return run;
}

/**
 * Installs an app's <gradio-requirements>: wheels shipped in the site (listed
 * in our lock file) first, then micropip (which asks PyPI) for the rest.
 * Returns a load error naming what failed, or null.
 */
async function installRequirements(py, requirements) {
  post(protocol.progress("install", `Installing ${requirements.join(", ")}…`));
  try {
    // Fast path: a plain name (or name==version) the lock file ships needs no micropip.
    const shipped = py.pyodide.lockfile?.packages || {};
    const inLock = (req) => {
      const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:==\s*([^\s;,]+))?$/.exec(req.trim());
      const entry = m && shipped[m[1].toLowerCase().replace(/[-_.]+/g, "-")];
      return entry && (!m[2] || m[2] === entry.version) ? entry.name : null;
    };
    const local = requirements.map(inLock).filter(Boolean);
    const rest = requirements.filter((r) => !inLock(r));
    const errors = [];
    if (local.length) await py.pyodide.loadPackage(local, { messageCallback: () => {}, errorCallback: (e) => errors.push(e) });
    if (errors.length) throw new Error(errors.join("\n"));
    if (!rest.length) return null;
    await py.pyodide.loadPackage("micropip", { messageCallback: () => {} });
    await py.pyodide.pyimport("micropip").install(rest);
    return null;
  } catch (err) {
    const lines = String(err?.message ?? err).trim().split("\n");
    const reason = lines[lines.length - 1].replace(/^\w+(Error|Exception): /, "");
    return { ok: false, error: { type: "RequirementError",
      message: `Could not install the requirements (${requirements.join(", ")}): ${reason}` } };
  }
}

const handlers = {
  async "load-app"(py, msg) {
    await syncs.get(msg.appId)?.close();
    syncs.delete(msg.appId);
    if (msg.requirements?.length) {
      const failed = await installRequirements(py, msg.requirements);
      if (failed) return failed;
    }
    post(protocol.progress("app", "Starting the app…"));
    const result = JSON.parse(py.runtime.load_app(msg.appId, JSON.stringify(msg.files), msg.entrypoint));
    if (result.ok) {
      const sync = new GlobalSync(py, msg.appId, msg.appKey || msg.appId, serial, log, post);
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
    return syncs.get(msg.appId).runEvent(async () => JSON.parse(
      await py.runtime.dispatch(msg.appId, msg.sessionHash, JSON.stringify(msg.event))));
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
  serial(async () => {
    try {
      const py = await booted;
      if (msg.type !== "load-app" && !syncs.has(msg.appId)) throw new Error(`No app "${msg.appId}" is loaded.`);
      post(protocol.reply(msg.id, await handlers[msg.type](py, msg)));
    } catch (err) {
      post(protocol.replyError(msg.id, err));
    }
  });
};

// State time_to_live is checked once a second while the page is open.
setInterval(() => {
  serial(async () => (await booted).runtime.tick())
    .catch((err) => log("error", `LiteBlocks: state expiry check failed: ${err}`));
}, 1000);
