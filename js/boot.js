/**
 * Starts Pyodide inside the worker and imports our runtime.
 *
 * Pyodide's core comes from the site (build_info.js names where), and our own
 * pyodide-lock.json lists the wheels we ship beside it, so no request ever
 * leaves the site's origin.
 *
 * Boot snapshot (issue 7): when this runtime ships snapshot.bin.gz (made by
 * tools/snapshot.py after importing liteblocks), Python's memory is restored
 * from it instead of booting, which skips interpreter start-up, installing our
 * wheel and the imports. snapshot.json is checked first (Pyodide version, our
 * wheel's hash as listed in our lock file, byte size); if the snapshot is
 * missing, stale or fails to load, the worker boots plainly and logs ONE
 * warning. The snapshot holds no JavaScript object, so everything that talks
 * to JS (stdout, the bridges, the runtime proxies) is wired after restoring.
 * The page turns it off with `globalThis.LITEBLOCKS_SNAPSHOT = false` before
 * the first <gradio-lite> starts (js/worker_client.js names the worker so).
 */
import { PYODIDE_CORE_URL, LOCK_FILE_URL, SNAPSHOT_META_URL, SNAPSHOT_URL, fetchSnapshot } from "./boot_files.js";
import { receiveBoot, instantiateShared } from "./boot_share.js";
import { chooseForEngine, watchRestore } from "./runtime_choices.js";
import { watchFatal } from "./worker_health.js";

/**
 * How the last boot went, for tests and the bench: mode "snapshot" | "plain" | "fallback";
 * `suspend`: whether `time.sleep` and `run_sync` can suspend Python here (JSPI), else they block.
 */
export const bootInfo = { mode: null, reason: null, ms: null, suspend: false };

const snapshotWanted = () => !String(self.name || "").includes("no-snapshot");
/** The page's compiled wasm and gunzipped snapshot (js/boot_share.js), when it shares them. */
const share = String(self.name || "").includes("shared-boot") ? receiveBoot() : null;
/** Test hook (js/worker_client.js): hide JSPI from Pyodide, as on an engine without it. */
if (String(self.name || "").includes("no-jspi")) {
  delete WebAssembly.Suspending;
  delete WebAssembly.promising;
}

async function fetchJson(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

/** Checks snapshot.json against this Pyodide and our lock file; returns the snapshot's URL. */
async function checkSnapshot(metaPromise, version) {
  const [meta, lock] = await Promise.all([metaPromise, fetchJson(LOCK_FILE_URL)]);
  if (meta.format !== 1 || !meta.files?.gzip || !meta.size) throw new Error("snapshot.json has an unknown format");
  if (meta.pyodide_version !== version) {
    throw new Error(`snapshot was made by Pyodide ${meta.pyodide_version}, this is ${version}`);
  }
  const ours = (meta.packages || []).find((p) => p.name === "liteblocks");
  const shipped = lock.packages?.liteblocks;
  if (!ours || !shipped || ours.sha256 !== shipped.sha256) {
    throw new Error("snapshot was made from another liteblocks wheel than this runtime ships");
  }
  if (new URL(meta.files.gzip, SNAPSHOT_META_URL).href !== SNAPSHOT_URL) throw new Error("snapshot.json names another file");
  return { size: meta.size, choices: meta.runtime_choices };
}

/**
 * @param {(stage: string, message: string) => void} onProgress
 * @param {(level: string, message: string) => void} onLog
 * @returns {Promise<{pyodide: any, runtime: any, bridge: any}>}
 */
export async function bootPython(onProgress, onLog) {
  const started = performance.now();
  onProgress("python", "Loading Python…");
  const metaPromise = snapshotWanted() ? fetchJson(SNAPSHOT_META_URL) : null;
  // The snapshot downloads in parallel with its metadata and Pyodide's own files; a
  // metadata mismatch aborts the download.
  const download = new AbortController();
  const ownBytes = () => fetchSnapshot(SNAPSHOT_URL, download.signal);
  const bytesPromise = metaPromise && (share ? share.snapshot.then((b) => b ?? ownBytes()) : ownBytes());
  metaPromise?.catch(() => {}); // reported below, not as unhandled rejections
  bytesPromise?.catch(() => {});
  const { loadPyodide, version } = await import(PYODIDE_CORE_URL + "pyodide.mjs");
  const options = {
    indexURL: PYODIDE_CORE_URL,
    lockFileURL: LOCK_FILE_URL,
    stdout: (line) => console.log(line),
    stderr: (line) => onLog("error", line),
  };
  /** loadPyodide, instantiating the page's compiled module when it shares one. */
  const load = async (config) => {
    const undo = share ? instantiateShared(share.wasm) : () => {};
    try { return await loadPyodide(config); } finally { undo(); }
  };
  let pyodide = null;
  if (metaPromise) {
    let choices = null;
    // The engine's own trampoline choice, read just before the snapshot overwrites it.
    const restore = watchRestore(() => choices?.trampoline_slot);
    try {
      // Pyodide fetches and compiles its WebAssembly while the snapshot arrives and is checked.
      const checked = (async () => {
        const snap = await checkSnapshot(metaPromise, version);
        const bytes = await bytesPromise;
        if (bytes.byteLength !== snap.size) throw new Error(`snapshot is ${bytes.byteLength} bytes, expected ${snap.size}`);
        choices = snap.choices;
        return bytes;
      })();
      pyodide = await load({ ...options, _loadSnapshot: checked });
      restore.stop();
      bootInfo.suspend = chooseForEngine(pyodide, choices, restore.value);
      // Restored state is identical in every tab: reseed what must differ.
      pyodide.runPython("import random as _r; _r.seed(); del _r");
      bootInfo.mode = "snapshot";
    } catch (err) {
      restore.stop();
      download.abort();
      pyodide = null;
      bootInfo.mode = "fallback";
      bootInfo.reason = String(err?.message || err).split("\n")[0];
      onLog("warn", `LiteBlocks: boot snapshot not used (${bootInfo.reason}); starting Python without it.`);
    }
  } else {
    bootInfo.mode = "plain";
  }
  if (!pyodide) {
    pyodide = await load(options);
    bootInfo.suspend = Boolean(pyodide._module.jspiSupported);
    onProgress("install", "Installing LiteBlocks…");
    await pyodide.loadPackage("liteblocks", { messageCallback: () => {}, errorCallback: (m) => onLog("warn", m) });
  }
  watchFatal(pyodide); // os._exit or a wasm trap: the page hears `fatal` (js/worker_health.js)
  const runtime = pyodide.pyimport("liteblocks.runtime");
  runtime.install_gradio_alias();
  const bridge = pyodide.pyimport("liteblocks.state.global_bridge");
  bootInfo.ms = Math.round(performance.now() - started);
  onLog("debug", `LiteBlocks: Python ready in ${bootInfo.ms} ms (boot: ${bootInfo.mode})`);
  return { pyodide, runtime, bridge, suspend: bootInfo.suspend };
}
