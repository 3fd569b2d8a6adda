/**
 * Boot work done once per page and shared by every app's worker (issue 12.7).
 *
 * Why: each <gradio-lite> has its own worker and Pyodide (a crash stays in its
 * app), but compiling the 9.6 MB pyodide.asm.wasm and gunzipping the boot
 * snapshot are the same work for each, and five apps on two cores paid it five
 * times. The page compiles the wasm once (WebAssembly.compileStreaming) and
 * gunzips the snapshot once, from the moment the first worker starts, and posts
 * each worker the compiled WebAssembly.Module (shared, not copied: workers are
 * in the page's agent cluster) and a copy of the snapshot bytes. Each worker
 * still instantiates its own memory and interpreter, so apps stay isolated;
 * the page keeps both for later workers (a restart after Stop or a crash).
 *
 * Page -> worker `{"type": "boot-share", "wasm": Module | null}` and
 * `{"type": "boot-share", "snapshot": Uint8Array | null}` (docs/protocol.md);
 * null: the page could not, the worker fetches that file itself as before.
 * Off with `globalThis.LITEBLOCKS_SHARED_BOOT = false` (js/worker_client.js
 * then leaves "shared-boot" out of the worker's name).
 */
import { WASM_URL, SNAPSHOT_URL, fetchSnapshot } from "./boot_files.js";

let shared = null;

/** Page side: starts the shared work (once) and posts its results to `worker` as each is ready. */
export function shareBoot(worker, withSnapshot) {
  shared ??= { wasm: WebAssembly.compileStreaming(fetch(WASM_URL)).catch(() => null) };
  if (withSnapshot) shared.snapshot ??= fetchSnapshot(SNAPSHOT_URL).catch(() => null);
  shared.wasm.then((wasm) => worker.postMessage({ type: "boot-share", wasm }));
  shared.snapshot?.then((snapshot) => worker.postMessage({ type: "boot-share", snapshot }));
}

/**
 * Worker side: `{wasm, snapshot}` promises of what the page shares (each null if it could
 * not). Must be called before js/worker.js sets `onmessage`: this listener comes first and
 * keeps boot-share messages from it.
 */
export function receiveBoot() {
  let gotWasm, gotSnapshot;
  const got = { wasm: new Promise((r) => { gotWasm = r; }), snapshot: new Promise((r) => { gotSnapshot = r; }) };
  self.addEventListener("message", (e) => {
    if (e.data?.type !== "boot-share") return;
    e.stopImmediatePropagation();
    if ("wasm" in e.data) gotWasm(e.data.wasm);
    if ("snapshot" in e.data) gotSnapshot(e.data.snapshot);
  });
  return got;
}

/**
 * Worker side, around loadPyodide: Pyodide's own wasm loader (its `instantiateWasm`, which
 * also supplies two imports of its own) fetches pyodide.asm.wasm and instantiates it with
 * `WebAssembly.instantiateStreaming`. This answers that fetch with an empty response and that
 * call with an instance of the page's module, once each; if the page had no module, the
 * real file is fetched then. Returns a function that undoes both.
 */
export function instantiateShared(modulePromise) {
  const realFetch = globalThis.fetch;
  const realInstantiate = WebAssembly.instantiateStreaming;
  const undo = () => {
    globalThis.fetch = realFetch;
    WebAssembly.instantiateStreaming = realInstantiate;
  };
  let stubbed = false;
  globalThis.fetch = function (input, init) {
    if (!stubbed && String(input?.url ?? input) === WASM_URL) {
      stubbed = true;
      globalThis.fetch = realFetch;
      return Promise.resolve(new Response(null));
    }
    return realFetch.apply(this, arguments);
  };
  WebAssembly.instantiateStreaming = async (source, imports) => {
    undo();
    const module = await modulePromise;
    if (!module) return realInstantiate(stubbed ? realFetch(WASM_URL) : source, imports);
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  return undo;
}
