/**
 * The page <-> worker protocol: every message either side sends, in one place.
 *
 * Messages are plain JSON-able objects. Requests carry an `id`; the worker
 * answers each with exactly one `reply` of the same id. Python is reached only
 * through py/liteblocks/runtime.py, whose results are JSON text (see
 * docs/protocol.md for the RESULT and CONFIG shapes).
 *
 * @typedef {{type: "load-app", id: number, appId: string, files: Object<string,string>,
 *            entrypoint: string, requirements: string[]}} LoadAppRequest
 * @typedef {{type: "start-session", id: number, appId: string, sessionHash: string,
 *            request: RequestInfo, browserState: Object<string, *>}} StartSessionRequest
 * @typedef {{type: "end-session", id: number, appId: string, sessionHash: string}} EndSessionRequest
 * @typedef {LoadAppRequest|StartSessionRequest|EndSessionRequest} WorkerRequest
 *
 * @typedef {{type: "reply", id: number, ok: true, result: *}
 *         | {type: "reply", id: number, ok: false, error: ErrorInfo}} Reply
 * @typedef {{type: "progress", stage: "python"|"install"|"app", message: string}} Progress
 * @typedef {{type: "log", level: "warn"|"error"|"info", message: string}} Log
 * @typedef {{type: "notice", kind: "global-applied", appId: string, seq: number, count: number,
 *            sentAt: number, appliedAt: number}} Notice  (another tab's change sets up to `seq` reached this worker)
 * @typedef {{type: "fatal", message: string}} Fatal  (Python exited or crashed: the worker is dead)
 * @typedef {{type: "pong", seq: number}} Pong  (answers the page's heartbeat {type: "ping", seq})
 * @typedef {Reply|Progress|Log|Notice|Fatal|Pong} WorkerMessage
 * @typedef {{type: "interrupt-buffer", buffer: SharedArrayBuffer}} InterruptBuffer  (page -> worker, once per
 *            worker, only where the page is cross-origin isolated: js/run_interrupt.js)
 *
 * @typedef {{url: string, query_params: Object<string,string>, headers: Object<string,string>,
 *            client: {host: string}}} RequestInfo
 * @typedef {{type: string, message: string, line?: number, traceback?: string}} ErrorInfo
 */

/** Gradio frontend messages: see docs/protocol.md and js/frontend/client.js. */
export const G6 = Object.freeze({ SUBMIT: "g6-submit", CANCEL: "g6-cancel", STATUS: "g6-status",
  DATA: "g6-data", LOG: "g6-log", UPLOAD: "g6-upload", UPLOADED: "g6-uploaded" });

/** True for a g6-submit/g6-cancel/g6-upload from the page (ids are the frontend's submission ids). */
export function isG6(msg) {
  return !!msg && [G6.SUBMIT, G6.CANCEL, G6.UPLOAD].includes(msg.type) && Number.isInteger(msg.id)
    && typeof msg.appId === "string";
}

/** Page -> worker: the shared buffer through which Stop interrupts Python (js/run_interrupt.js). */
export const INTERRUPT_BUFFER = "interrupt-buffer";

export const REQUEST_TYPES = ["load-app", "start-session", "end-session"];

let nextId = 1;

/** Builds a request with a fresh id. */
export function request(type, fields) {
  return { type, id: nextId++, ...fields };
}

export function reply(id, result) {
  return { type: "reply", id, ok: true, result };
}

export function replyError(id, error) {
  return { type: "reply", id, ok: false, error: toErrorInfo(error) };
}

export function progress(stage, message) {
  return { type: "progress", stage, message };
}

export function log(level, message) {
  return { type: "log", level, message };
}

export function notice(kind, fields) {
  return { type: "notice", kind, ...fields };
}

/** Milliseconds since the epoch, sub-millisecond and comparable across tabs and workers. */
export function now() {
  return performance.timeOrigin + performance.now();
}

/** Normalises anything thrown into an ErrorInfo. */
export function toErrorInfo(error) {
  if (error && typeof error === "object" && typeof error.message === "string" && error.type) {
    return error;
  }
  const message = error && error.message ? String(error.message) : String(error);
  return { type: (error && error.name) || "Error", message };
}

/** True when `msg` has the shape of a worker request (guards against stray messages). */
export function isRequest(msg) {
  return !!msg && typeof msg === "object" && REQUEST_TYPES.includes(msg.type) && Number.isInteger(msg.id);
}

/** Request info for gr.Request, read from the page's location. */
export function requestInfo(location) {
  const url = new URL(location.href);
  return {
    url: url.href,
    query_params: Object.fromEntries(url.searchParams.entries()),
    headers: { "user-agent": globalThis.navigator ? navigator.userAgent : "" },
    client: { host: "browser" },
  };
}
