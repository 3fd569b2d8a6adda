/**
 * The files a worker boots from, and how the snapshot is fetched: one place for
 * the worker (js/boot.js) and the page, which fetches them once for all its
 * apps (js/boot_share.js).
 */
import { PYODIDE_CORE_PATH } from "./build_info.js";

export const PYODIDE_CORE_URL = new URL(PYODIDE_CORE_PATH, import.meta.url).href;
/** Pyodide asks for `indexURL + "pyodide.asm.wasm"`: the same string. */
export const WASM_URL = PYODIDE_CORE_URL + "pyodide.asm.wasm";
export const LOCK_FILE_URL = new URL("./pyodide/pyodide-lock.json", import.meta.url).href;
export const SNAPSHOT_META_URL = new URL("./snapshot.json", import.meta.url).href;
/** The snapshot's fixed name (tools/snapshot.py FILE): fetched at once, beside its metadata. */
export const SNAPSHOT_URL = new URL("./snapshot.bin.gz", import.meta.url).href;

/**
 * Snapshot bytes, gunzipped while they download (the size is checked by the worker).
 * A host that sends the .gz file with `Content-Encoding: gzip` has the browser gunzip it
 * already: then the bytes do not start with gzip's magic and are taken as they are.
 */
export async function fetchSnapshot(url, signal) {
  const res = await fetch(url, { signal });
  if (!res.ok || !res.body) throw new Error(`${url} answered ${res.status}`);
  const reader = res.body.getReader();
  let first = await reader.read();
  while (!first.done && first.value.byteLength < 2) {
    const more = await reader.read();
    first = more.done ? first : { done: false, value: concat(first.value, more.value) };
    if (more.done) break;
  }
  const head = first.done ? new Uint8Array(0) : first.value;
  const body = new ReadableStream({
    start(controller) { if (head.byteLength) controller.enqueue(head); },
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) controller.close(); else controller.enqueue(value);
    },
    cancel(reason) { return reader.cancel(reason); },
  });
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const stream = gzipped ? body.pipeThrough(new DecompressionStream("gzip")) : body;
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concat(a, b) {
  const out = new Uint8Array(a.byteLength + b.byteLength);
  out.set(a);
  out.set(b, a.byteLength);
  return out;
}
