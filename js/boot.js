/**
 * Starts Pyodide inside the worker and imports our runtime.
 *
 * Pyodide's core comes from the site (build_info.js names where), and our own
 * pyodide-lock.json lists the wheels we ship beside it, so no request ever
 * leaves the site's origin.
 */
import { PYODIDE_CORE_PATH } from "./build_info.js";

export const PYODIDE_CORE_URL = new URL(PYODIDE_CORE_PATH, import.meta.url).href;
export const LOCK_FILE_URL = new URL("./pyodide/pyodide-lock.json", import.meta.url).href;

/**
 * @param {(stage: string, message: string) => void} onProgress
 * @param {(level: string, message: string) => void} onLog
 * @returns {Promise<{pyodide: any, runtime: any, bridge: any}>}
 */
export async function bootPython(onProgress, onLog) {
  onProgress("python", "Loading Python…");
  const { loadPyodide } = await import(PYODIDE_CORE_URL + "pyodide.mjs");
  const pyodide = await loadPyodide({
    indexURL: PYODIDE_CORE_URL,
    lockFileURL: LOCK_FILE_URL,
    stdout: (line) => console.log(line),
    stderr: (line) => onLog("error", line),
  });
  onProgress("install", "Installing LiteBlocks…");
  await pyodide.loadPackage("liteblocks", { messageCallback: () => {}, errorCallback: (m) => onLog("warn", m) });
  const runtime = pyodide.pyimport("liteblocks.runtime");
  runtime.install_gradio_alias();
  const bridge = pyodide.pyimport("liteblocks.global_bridge");
  return { pyodide, runtime, bridge };
}
