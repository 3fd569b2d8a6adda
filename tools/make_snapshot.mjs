#!/usr/bin/env node
// tools/make_snapshot.mjs — build a Pyodide memory snapshot for fast worker boot (issue 7).
//
// Usage (Node >= 20, ESM):
//   node tools/make_snapshot.mjs --pyodide-dir DIR --lock LOCKFILE \
//       [--packages liteblocks[,other]] [--wheel-dir DIR] [--imports mod1,mod2] \
//       [--run "python code"] [--run-file FILE.py] --out FILE [--gzip] [--quiet]
//
//   DIR        holds pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip
//              (the npm `pyodide` package contents; the SAME files must be served to the browser).
//   LOCKFILE   pyodide-lock.json listing the extra wheels (py3-none-any) found in --wheel-dir
//              (default: the lock file's directory). Every requested package (and its
//              dependencies) must be present locally: the script refuses to reach the CDN.
//   --out FILE writes FILE (raw snapshot), FILE.json (metadata) and, with --gzip, FILE.gz.
//
// Exit status is non-zero on any failure (missing wheel, import error, unserializable JS state).
//
// ---------------------------------------------------------------------------------------------
// FACTS (verified with pyodide 314.0.7 in Node 20 + headless Chromium module worker; see the
// issue-7 report for timings).  Pyodide's snapshot code: src/js/snapshot.ts, api.ts, pyodide.ts.
//
// Making:
//  * pyodide.makeMemorySnapshot() throws unless loadPyodide() got `_makeSnapshot: true`
//    ("Can only use pyodide.makeMemorySnapshot if the _makeSnapshot option is passed...").
//    With that flag `js` globals are wrapped in a recording Proxy so JsProxies that are plain
//    *paths* from globalThis (e.g. `js.console.log`) can be serialized as ["console","log"]
//    and re-resolved against the worker's globalThis at load time.
//  * The snapshot is: 48-byte header [u32 magic 0x706e7300, u32 headerLen, u32 jsonLen, u32 0,
//    8*u32 BUILD_ID (sha256 of pyodide.asm.mjs+wasm)], JSON {hiwireKeys, immortalKeys}, then a
//    raw copy of the whole wasm linear memory (HEAP8).  Only wasm memory is saved: the
//    Emscripten file system (MEMFS lives in JS) and every JS object are NOT.
//  * What must not be in the snapshot: any live JsProxy whose target is not reachable by a
//    property path from globalThis (objects created in JS / by `js.Object.new()`, results of
//    `await js.fetch(...)`, PyProxies handed to JS, create_proxy/create_once_callable,
//    pending Futures/asyncio tasks tied to JS timers, event listeners ...).  makeSnapshot's
//    serializeHiwireState() walks the hiwire table and throws
//    "Can't serialize object at index N" (unless a `serializer` is passed) — we turn that into a
//    readable error.  Even path-like proxies are resolved against the *browser worker's*
//    globalThis (a Node-only path such as `js.process` becomes null) — so do NOT `import js` /
//    `from pyodide.ffi import ...` JS objects at snapshot time; do that after restore.
//    The script runs gc.collect() before snapshotting so dead proxies are dropped.
//  * Random state is frozen: if `random`/`tempfile`/`uuid` are imported before the snapshot,
//    every restored worker starts with the SAME PRNG state and the same str-hash secret.
//    Call `random.seed()` after restore if that matters (os.urandom works after restore).
//
// Loading (browser module worker):
//  * loadPyodide({indexURL, lockFileURL, _loadSnapshot: bytes /* Uint8Array|ArrayBuffer|Promise */})
//    `_makeSnapshot` is NOT needed at load time.  The wasm + stdlib zip are still fetched from
//    indexURL (the snapshot replaces only the interpreter startup, not the downloads).
//  * indexURL must serve the very same pyodide build: restoreSnapshot() compares BUILD_ID
//    and throws `Error("Snapshot build id mismatch\nexpected: ...\ngot     : ...")`; a
//    non-snapshot file throws "Snapshot has invalid magic number".  Both happen inside
//    loadPyodide() before the heap is overwritten, so `await loadPyodide(...)` simply rejects
//    and the worker can call loadPyodide() again without `_loadSnapshot` (plain boot).
//    Cheap pre-check (no 6 MB download): compare FILE.json `pyodide_version` (and `build_id`)
//    with `version` exported by pyodide.mjs before fetching the snapshot.
//  * python_stdlib.zip must be byte-identical (zipimport's directory cache lives in the
//    snapshot; FILE.json has `stdlib_sha256`).  lockFileURL does NOT have to match: the
//    lock file is read fresh (JS side) at load time; it only matters for later loadPackage().
//  * sys.modules, module globals, sys.path, os.environ and `sys.modules["gradio"] = liteblocks`
//    style aliases are all in wasm memory -> preserved; imported modules are available
//    instantly.  The `env` option of loadPyodide is ignored for os.environ after restore
//    (os.environ is the snapshotted dict).  finalizeSetup() re-inserts "" at sys.path[0]
//    on every boot, so a restored sys.path starts with "" twice (harmless).
//  * Packages installed before the snapshot: their *imported* modules work without
//    loadPackage (code objects are in memory), but their FILES are gone (MEMFS is rebuilt
//    from scratch: only the stdlib zip + empty site-packages + $HOME).  So lazy imports of
//    not-yet-imported submodules, importlib.resources / data files, importlib.metadata and
//    `pyodide.loadedPackages` (empty, it is a JS object) do NOT survive.  Therefore:
//    import every submodule the app needs at build time (--imports) and, if files are needed,
//    call `await pyodide.loadPackage([...])` after restore (re-extracts the wheel; already
//    imported modules stay as they are) — that also refills pyodide.loadedPackages.
//  * The worker should pass the same `stdout/stderr` callbacks as usual: streams are
//    re-initialized after restore (finalizeSetup -> initializeStreams).
// ---------------------------------------------------------------------------------------------

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { dirname, resolve, join, basename } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

function usage(msg) {
  if (msg) console.error(`make_snapshot: ${msg}`);
  console.error(
    "usage: node tools/make_snapshot.mjs --pyodide-dir DIR --lock LOCKFILE " +
      "[--packages a,b] [--wheel-dir DIR] [--imports m1,m2] [--run CODE] [--run-file F] " +
      "--out FILE [--gzip] [--quiet]",
  );
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { packages: [], imports: [], run: "", gzip: false, quiet: false };
  const list = (v) => v.split(",").map((s) => s.trim()).filter(Boolean);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      if (i + 1 >= argv.length) usage(`missing value for ${a}`);
      return argv[++i];
    };
    switch (a) {
      case "--pyodide-dir": opts.pyodideDir = resolve(val()); break;
      case "--lock": opts.lock = resolve(val()); break;
      case "--packages": opts.packages.push(...list(val())); break;
      case "--wheel-dir": opts.wheelDir = resolve(val()); break;
      case "--imports": opts.imports.push(...list(val())); break;
      case "--run": opts.run += val() + "\n"; break;
      case "--run-file": opts.run += readFileSync(val(), "utf8") + "\n"; break;
      case "--out": opts.out = resolve(val()); break;
      case "--gzip": opts.gzip = true; break;
      case "--quiet": opts.quiet = true; break;
      case "-h": case "--help": usage();
      default: usage(`unknown argument ${a}`);
    }
  }
  if (!opts.pyodideDir) usage("--pyodide-dir is required");
  if (!opts.out) usage("--out is required");
  if (opts.packages.length && !opts.lock) usage("--packages needs --lock");
  if (opts.lock && !opts.wheelDir) opts.wheelDir = dirname(opts.lock);
  return opts;
}

const sha256 = (buf) => createHash("sha256").update(buf).digest("hex");
const PY_IDENT = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

// Snapshot header layout (pyodide src/js/snapshot.ts): u32[0]=magic, u32[4..12]=BUILD_ID.
export const SNAPSHOT_MAGIC = 0x706e7300;
export function snapshotBuildId(bytes) {
  const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset, 12);
  if (u32[0] !== SNAPSHOT_MAGIC) return null;
  return Array.from(u32.subarray(4, 12), (x) => x.toString(16).padStart(8, "0")).join("");
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const log = opts.quiet ? () => {} : (...a) => console.error("[make_snapshot]", ...a);
  const t0 = performance.now();

  for (const f of ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]) {
    if (!existsSync(join(opts.pyodideDir, f))) usage(`${f} not found in ${opts.pyodideDir}`);
  }
  const pyodideMjs = readFileSync(join(opts.pyodideDir, "pyodide.mjs"), "utf8");
  const buildId = (pyodideMjs.match(/BUILD_ID:"([0-9a-f]{64})"/) || [])[1] || null;

  // Resolve the requested packages + dependencies from the lock file and check all wheels are
  // local (Node's loadPackage would otherwise silently download from the jsDelivr CDN).
  let lockText = null, lock = null;
  const pkgInfo = [];
  if (opts.lock) {
    lockText = readFileSync(opts.lock);
    lock = JSON.parse(lockText.toString("utf8"));
    const seen = new Set();
    const visit = (name) => {
      const key = name.toLowerCase().replace(/[-_.]+/g, "-");
      const entry = lock.packages[name] ?? lock.packages[key] ??
        Object.values(lock.packages).find((p) => p.name.toLowerCase().replace(/[-_.]+/g, "-") === key);
      if (!entry) throw new Error(`package '${name}' is not in ${opts.lock}`);
      if (seen.has(entry.name)) return;
      seen.add(entry.name);
      for (const d of entry.depends || []) visit(d);
      if (/^[a-z]+:\/\//i.test(entry.file_name)) throw new Error(`${entry.name}: remote file_name ${entry.file_name} not allowed`);
      const file = resolve(opts.wheelDir, entry.file_name);
      if (!existsSync(file)) throw new Error(`${entry.name}: wheel ${file} not found (refusing to use the CDN)`);
      const digest = sha256(readFileSync(file));
      if (entry.sha256 && entry.sha256 !== digest) throw new Error(`${entry.name}: sha256 mismatch for ${file}: lock ${entry.sha256}, file ${digest}`);
      pkgInfo.push({ name: entry.name, version: entry.version, file_name: entry.file_name, sha256: digest });
    };
    for (const p of opts.packages) visit(p);
  }
  for (const m of opts.imports) if (!PY_IDENT.test(m)) usage(`bad module name '${m}'`);

  const { loadPyodide, version } = await import(pathToFileURL(join(opts.pyodideDir, "pyodide.mjs")).href);
  const out = [];
  const pyodide = await loadPyodide({
    indexURL: opts.pyodideDir + "/",
    ...(opts.lock ? { lockFileURL: opts.lock, packageBaseUrl: opts.wheelDir + "/" } : {}),
    _makeSnapshot: true, // required, otherwise makeMemorySnapshot() throws
    stdout: (s) => { out.push(s); if (!opts.quiet) console.error("[py]", s); },
    stderr: (s) => { out.push(s); console.error("[py:err]", s); },
  });
  log(`pyodide ${version} booted in ${(performance.now() - t0).toFixed(0)} ms`);

  if (pkgInfo.length) {
    const errors = [];
    await pyodide.loadPackage(opts.packages, {
      messageCallback: (m) => log(m),
      errorCallback: (m) => { errors.push(m); console.error("[loadPackage]", m); },
      checkIntegrity: true,
    });
    if (errors.length) throw new Error(`loadPackage failed: ${errors.join("; ")}`);
    const loaded = Object.keys(pyodide.loadedPackages);
    for (const p of pkgInfo) {
      if (!loaded.includes(p.name)) throw new Error(`package ${p.name} was not loaded`);
    }
    // pyodide.loadedPackages is hiwire slot 6 and serializeHiwireState() insists it is still
    // JSON-equal to {} ("Unexpected hiwire entry at index 6"). It is JS-only bookkeeping that
    // is not restored anyway, so empty it.
    for (const k of loaded) delete pyodide.loadedPackages[k];
  }

  // Import modules one by one for readable errors, then run the optional code.
  for (const m of opts.imports) {
    try {
      pyodide.runPython(`import importlib; importlib.import_module(${JSON.stringify(m)})`);
    } catch (e) {
      throw new Error(`import ${m} failed:\n${e.message}`);
    }
  }
  if (opts.run.trim()) {
    try {
      await pyodide.runPythonAsync(opts.run);
    } catch (e) {
      throw new Error(`--run code failed:\n${e.message}`);
    }
  }
  // Drop unreachable objects (and the JsProxies they hold) before the hiwire table is walked.
  const modules = JSON.parse(pyodide.runPython(`
import gc, sys, json
gc.collect()
json.dumps(sorted(sys.modules))`));
  const jsTouched = ["js"].filter((m) => modules.includes(m));

  let snap;
  try {
    snap = pyodide.makeMemorySnapshot();
  } catch (e) {
    throw new Error(
      `makeMemorySnapshot failed: ${e.message}\n` +
        "Hint: the Python state holds a JS object (JsProxy) that cannot be serialized. Do not " +
        "import `js`, call JS APIs, create proxies or start asyncio tasks/timers in --imports/--run.",
    );
  }
  const snapBuildId = snapshotBuildId(snap);
  if (buildId && snapBuildId !== buildId) throw new Error(`snapshot build id ${snapBuildId} != pyodide.mjs ${buildId}`);

  writeFileSync(opts.out, snap);
  const gz = gzipSync(snap, { level: 9 });
  if (opts.gzip) writeFileSync(opts.out + ".gz", gz);
  const meta = {
    format: 1,
    pyodide_version: version,
    build_id: snapBuildId,
    python: lock?.info?.python ?? null,
    stdlib_sha256: sha256(readFileSync(join(opts.pyodideDir, "python_stdlib.zip"))),
    lock_file: opts.lock ? basename(opts.lock) : null,
    lock_sha256: lockText ? sha256(lockText) : null,
    packages: pkgInfo,
    imports: opts.imports,
    run_sha256: opts.run.trim() ? sha256(opts.run) : null,
    size: snap.length,
    gzip_size: gz.length,
    sha256: sha256(snap),
    files: { raw: basename(opts.out), gzip: opts.gzip ? basename(opts.out) + ".gz" : null },
    warnings: jsTouched.length ? [`sys.modules contains ${jsTouched.join(", ")} (JS proxies re-resolved by path at load time)`] : [],
  };
  writeFileSync(opts.out + ".json", JSON.stringify(meta, null, 2) + "\n");
  log(`wrote ${opts.out} (${(snap.length / 1e6).toFixed(1)} MB, gzip ${(gz.length / 1e6).toFixed(1)} MB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const w of meta.warnings) log("warning:", w);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(`make_snapshot: ${e?.stack || e}`);
    process.exit(1);
  },
);
