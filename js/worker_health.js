/**
 * Worker side of the health check (issue 12.4): tells the page when Python died.
 *
 * Why: when Python calls `os._exit(1)`, or a wasm trap happens (ctypes reading
 * a bad address, `os.abort()`), Pyodide throws inside its own call wrapper and
 * marks itself unusable ("Pyodide already exited"), but the worker's event loop
 * keeps running and no `error` event reaches the page; an async entry point
 * (dispatch) then never settles, so the page would wait forever. Pyodide calls
 * its `on_fatal` hook first, so the worker says `fatal` from there. A worker
 * whose event loop stopped answers no `ping`: the page's heartbeat
 * (js/heartbeat.js) catches that one. Messages: docs/protocol.md "Worker health".
 */

const post = (msg) => self.postMessage(msg);

/** What a fatal error means, in a few words for the page. */
export function describeFatal(err) {
  if (typeof err?.status === "number") return `Python exited with status ${err.status}`;
  const what = err?.message ? `${err.name || "Error"}: ${err.message}` : String(err);
  return `Python crashed (${what.split("\n")[0]})`;
}

/** Posts `fatal` once, when Pyodide gives up (the hook is Pyodide's internal `_api.on_fatal`). */
export function watchFatal(pyodide) {
  const api = pyodide._api;
  if (!api) return;
  const previous = api.on_fatal;
  let told = false;
  api.on_fatal = (err) => {
    if (!told) post({ type: "fatal", message: describeFatal(err) });
    told = true;
    previous?.(err);
  };
}

/** Answers a heartbeat `ping` at once (not in the serial queue); true when `msg` was one. */
export function answersHealth(msg) {
  if (msg?.type !== "ping") return false;
  post({ type: "pong", seq: msg.seq });
  return true;
}
