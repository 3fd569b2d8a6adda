/**
 * The two engine-dependent choices Pyodide makes once at interpreter start, made
 * neutral in the boot snapshot and redone for the running engine after restore.
 *
 * Why (issue 12.1): the snapshot is made under Node, where Pyodide picks the
 * `run_sync` stub that raises "WebAssembly stack switching not supported" and
 * CPython's JavaScript call trampoline. Restoring the snapshot's memory in a
 * browser brings both back, so `time.sleep` fails even where the engine has
 * JSPI; fixing only `run_sync` is fatal ("SuspendError"), since JSPI cannot
 * suspend through the JavaScript trampoline's frames. So:
 *  - tools/make_snapshot.mjs writes the neutral choices (the raising stub, the
 *    JS trampoline: both valid on every engine) and records where they live;
 *  - js/boot.js notes the trampoline this engine's start-up picked before the
 *    snapshot overwrites it, and after restore calls `chooseForEngine`.
 * Both places are read from Pyodide's own exports (`_PyRuntime`, the
 * trampoline offset, the function table, `run_sync`'s PyMethodDef), and each
 * is checked before it is written; a mismatch throws, and boot.js then boots
 * without the snapshot.
 * Used in Node (the snapshot maker) and in the worker: no browser-only APIs.
 */

/** Address of CPython's trampoline pointer (0 means: the JavaScript trampoline). */
export function trampolineSlot(M) {
  return M.__PyRuntime + M.HEAP32[M.__PyEM_EMSCRIPTEN_TRAMPOLINE_OFFSET >>> 2];
}

/** Table indexes of both run_sync implementations, in one pass over the function table. */
function runSyncIndexes(M) {
  const table = M.wasmTable;
  let real = -1, stub = -1;
  for (let i = 0; i < table.length && (real < 0 || stub < 0); i++) {
    const fn = table.get(i);
    if (fn === M._run_sync) real = i;
    else if (fn === M._run_sync_not_supported) stub = i;
  }
  if (real < 0 || stub < 0) throw new Error("a run_sync implementation is not in the function table");
  return { real, stub };
}

/** `pyodide.ffi.run_sync`'s method slot and the table indexes of both implementations. */
function runSyncMethod(pyodide) {
  const M = pyodide._module;
  const obj = pyodide.runPython("id(__import__('pyodide.ffi', fromlist=['run_sync']).run_sync)");
  const def = M.HEAPU32[(obj + 8) >>> 2]; // PyCFunctionObject.m_ml (after the 8-byte object head)
  if (M.UTF8ToString(M.HEAPU32[def >>> 2]) !== "run_sync") throw new Error("run_sync's method table has another layout");
  const slot = (def + 4) >>> 2; // PyMethodDef.ml_meth
  const { real, stub } = runSyncIndexes(M);
  if (![real, stub].includes(M.HEAPU32[slot])) throw new Error("run_sync points at neither implementation");
  return { M, slot, real, stub };
}

/** In the snapshot maker: the choices valid on every engine; returns what to record. */
export function makeNeutral(pyodide) {
  const { M, slot, stub } = runSyncMethod(pyodide);
  M.HEAPU32[slot] = stub;
  const trampoline = trampolineSlot(M);
  M.HEAP32[trampoline >>> 2] = 0;
  return { trampoline_slot: trampoline, run_sync: "stub", trampoline: "js" };
}

/**
 * After restore: this engine's own choices. `trampoline` is the pointer this
 * engine's start-up wrote before the snapshot replaced memory (null if not seen).
 * Returns true when `time.sleep` and `run_sync` can suspend here.
 */
export function chooseForEngine(pyodide, recorded, trampoline) {
  const M = pyodide._module;
  if (!recorded || recorded.run_sync !== "stub") throw new Error("the snapshot does not record neutral choices");
  if (trampolineSlot(M) !== recorded.trampoline_slot) throw new Error("the trampoline slot moved");
  const { slot, real, stub } = runSyncMethod(pyodide);
  if (trampoline == null) throw new Error("the engine's trampoline choice was not seen");
  M.HEAP32[recorded.trampoline_slot >>> 2] = trampoline;
  // JSPI cannot suspend through the JS trampoline (trampoline 0): keep the stub there.
  const canSuspend = Boolean(M.jspiSupported) && trampoline !== 0;
  M.HEAPU32[slot] = canSuspend ? real : stub;
  if (!canSuspend) M.jspiSupported = false; // async calls from JS then take the plain path
  return canSuspend;
}

/**
 * Watches for the snapshot restore (one large HEAP8.set at offset 0) and reads the
 * trampoline pointer this engine chose just before it is overwritten.
 * `slotOf()` returns the recorded slot address once the snapshot's metadata is in.
 */
export function watchRestore(slotOf) {
  const original = Int8Array.prototype.set;
  const seen = { value: null, stop() { Int8Array.prototype.set = original; } };
  Int8Array.prototype.set = function (src, offset) {
    const addr = slotOf();
    if (seen.value === null && addr && !offset && src && src.length > addr + 4 &&
        this.byteOffset === 0 && this.buffer.byteLength >= src.length) {
      seen.value = new Int32Array(this.buffer, addr, 1)[0];
    }
    return original.apply(this, arguments);
  };
  return seen;
}
