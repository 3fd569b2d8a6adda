#!/usr/bin/env node
// tools/make_snapshot.mjs — build a Pyodide memory snapshot for fast worker boot (issue 7).
//
// Usage (Node >= 20, ESM):
//   node tools/make_snapshot.mjs --pyodide-dir DIR --out FILE
//       [--lock LOCKFILE --packages liteblocks[,other] [--wheel-dir DIR]]
//       [--imports mod1,mod2] [--run "python code"] [--run-file F.py] [--env K=V]...
//       [--gzip] [--allow-js] [--no-scrub] [--quiet]
//
//   --pyodide-dir  holds pyodide.mjs, pyodide.asm.mjs, pyodide.asm.wasm, python_stdlib.zip (the
//                  npm `pyodide` package). The browser must be served the SAME build.
//   --lock         pyodide-lock.json listing extra wheels (py3-none-any) that sit in --wheel-dir
//                  (default: the lock file's directory). Requested packages + their `depends`
//                  must all be local and match the lock's sha256 (the CDN is never used).
//   --imports      modules imported (one by one, with readable errors) before snapshotting.
//   --run          Python run with runPythonAsync after the imports (top-level await ok);
//                  repeatable; --run-file reads the code from a file.
//   --env          bake an environment variable into os.environ (repeatable).
//   --out FILE     writes FILE (raw snapshot), FILE.json (metadata) and with --gzip FILE.gz.
//   --no-scrub     keep free heap/stack bytes as they are (default: zeroed, ~20% smaller gzip).
//   --allow-js     do not fail when the snapshot holds JsProxies of Node-only globals (see below).
// FILE.json: {format, pyodide_version, build_id, python, modules, stdlib_sha256, lock_file,
//   lock_sha256, packages:[{name,version,file_name,sha256}], imports, run_sha256, size,
//   gzip_size, sha256, files:{raw,gzip}, js_paths, warnings}.  Exit status != 0 on any failure.
//
// ---------------------------------------------------------------------------------------------
// FACTS (checked with pyodide 314.0.7, Node 20 and a headless-Chromium module worker; sources:
// pyodide src/js/pyodide.ts, snapshot.ts, api.ts as shipped in pyodide.mjs / pyodide.asm.mjs).
//
// Making a snapshot
//  * loadPyodide({_makeSnapshot: true}) is REQUIRED; without it makeMemorySnapshot() throws
//    "Can only use pyodide.makeMemorySnapshot if the _makeSnapshot option is passed...".
//    The flag wraps `js` globals in a recording Proxy so a JsProxy that is a plain property
//    path from globalThis (js.Math, js.setTimeout) is stored as a path and re-resolved at load.
//  * File format: 48-byte header = u32 magic 0x706e7300, u32 header+json length, u32 json
//    length, u32 0, 8 x u32 BUILD_ID (hash of pyodide.asm.mjs+wasm, also a literal in
//    pyodide.mjs); then JSON {hiwireKeys, immortalKeys}; then a raw copy of the wasm linear
//    memory (30 MiB after a default boot).  JS objects and the Emscripten FS (MEMFS lives in
//    JS) are NOT in it.
//  * serializeHiwireState() checks the JS-reference (hiwire) table: slots 0-6 must be
//    [null, globals, public API, API, scheduleCallback, API, {}] and every other live slot must be
//    a globals path / API / abortSignalAny; otherwise "Can't serialize object at index N"
//    (e.g. `js.Object.new()`, fetch results, create_proxy, pending asyncio/JS timers).
//    Slot 6 is pyodide.loadedPackages: after loadPackage() it is no longer JSON-equal to {}
//    and snapshotting fails with "Unexpected hiwire entry at index 6" -> this script empties
//    loadedPackages before snapshotting (it is JS-only state and is not restored anyway).
//  * Paths are resolved against the *worker's* globalThis: a Node-only object (`js.process`)
//    silently becomes null.  `import js` / `from js import setTimeout` at import time (micropip
//    does this) is fine; the script lists surviving paths in FILE.json `js_paths` and fails on
//    Node-only globals (process, Buffer, require, setImmediate, ...; override: --allow-js).
//    Best practice: do not create JS objects/proxies before the snapshot; do it after restore.
//  * Frozen state: os.environ, sys.executable (set here to the browser value
//    "./this.program"), the str-hash secret and the PRNG state of an imported `random` are
//    identical in every restored worker -> call random.seed() after restore if it matters.
//
// Loading in a browser module worker
//  * loadPyodide({indexURL, lockFileURL?, stdout, stderr, _loadSnapshot: bytesOrPromise}).
//    `_makeSnapshot` is not needed.  _loadSnapshot may be a Promise<Uint8Array|ArrayBuffer>,
//    so the download overlaps the wasm download/compile.  pyodide.asm.wasm and
//    python_stdlib.zip are still fetched from indexURL; the snapshot only skips interpreter
//    start-up and the imports.
//  * indexURL itself may differ from the build machine; the BUILD must match:
//    other build -> loadPyodide rejects with Error("Snapshot build id mismatch\nexpected: ..
//    \ngot     : .."); not a snapshot (e.g. an HTML 404 page) -> "Snapshot has invalid magic
//    number"; a truncated file passes both checks and dies later ("null function" trap), so
//    compare the byte length with FILE.json `size` first.  In all cases the promise rejects
//    and a second plain loadPyodide() in the same worker works.  Cheapest check, before any
//    download: FILE.json pyodide_version === `version` exported by pyodide.mjs.
//  * python_stdlib.zip must be the same file (zipimport's index is in the snapshot;
//    FILE.json stdlib_sha256).  lockFileURL need NOT match: the lock is read fresh at load time
//    and only matters for later loadPackage() calls.
//  * Preserved: sys.modules (imported modules usable instantly), module globals, __main__
//    globals from --run, builtins, sys.path edits, os.environ edits, aliases such as
//    sys.modules["gradio"] = liteblocks.  The loadPyodide `env` option has no effect on
//    os.environ after restore.  pyodide re-inserts "" at sys.path[0] on every boot, so a
//    restored sys.path starts ['', '', ...] (harmless).  WebLoop/asyncio, pyfetch work.
//  * NOT preserved: files.  site-packages is empty after restore, so for packages installed
//    at build time: modules imported at build time work; not-yet-imported submodules,
//    package data (importlib.resources), importlib.metadata and pyodide.loadedPackages
//    (= {}) do not; a package only *loaded* (e.g. micropip) is not importable.  Either import
//    everything needed here, or call `await pyodide.loadPackage([...])` after restore
//    (re-extracts the wheels, refills loadedPackages; already-imported modules stay).
// ---------------------------------------------------------------------------------------------

import { createHash } from "node:crypto";
import { readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { dirname, resolve, join, basename } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { makeNeutral } from "../js/runtime_choices.js";

function usage(msg) {
  if (msg) console.error(`make_snapshot: ${msg}`);
  console.error(
    "usage: node tools/make_snapshot.mjs --pyodide-dir DIR [--lock LOCKFILE " +
      "--packages a,b [--wheel-dir DIR]] [--imports m1,m2] [--run CODE] [--run-file F] " +
      "[--env K=V] --out FILE [--gzip] [--allow-js] [--no-scrub] [--quiet]",
  );
  process.exit(msg ? 2 : 0);
}

function parseArgs(argv) {
  const opts = { packages: [], imports: [], run: "", gzip: false, quiet: false, allowJs: false, scrub: true, env: {} };
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
      case "--allow-js": opts.allowJs = true; break;
      case "--no-scrub": opts.scrub = false; break;
      case "--env": {
        const kv = val(), eq = kv.indexOf("=");
        if (eq < 1) usage(`--env expects KEY=VALUE, got '${kv}'`);
        opts.env[kv.slice(0, eq)] = kv.slice(eq + 1);
        break;
      }
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
const SNAPSHOT_MAGIC = 0x706e7300;
const NODE_ONLY_GLOBALS = ["process", "Buffer", "global", "require", "module", "exports",
  "__filename", "__dirname", "setImmediate", "clearImmediate"];
function snapshotHiwireKeys(bytes) {
  const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset, 12);
  const json = new TextDecoder().decode(bytes.subarray(48, 48 + u32[2]));
  return JSON.parse(json).hiwireKeys;
}
function snapshotBuildId(bytes) {
  const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset, 12);
  if (u32[0] !== SNAPSHOT_MAGIC) return null;
  return Array.from(u32.subarray(4, 12), (x) => x.toString(16).padStart(8, "0")).join("");
}

// Zeroes free memory the snapshot would otherwise carry: every free heap chunk (malloc'd
// with the footprint pinned, so the heap cannot grow, zeroed, then freed) and the C stack
// below the stack pointer (no wasm frame is live while JS runs here).
function scrubFreeMemory(M) {
  const limit = M._malloc_footprint_limit();
  M._malloc_set_footprint_limit(M._malloc_footprint());
  const held = [];
  let heap = 0;
  try {
    for (let size = 1 << 24; size >= 64; size >>= 1) {
      for (let p = M._malloc(size); p; p = M._malloc(size)) {
        const n = M._malloc_usable_size(p);
        M.HEAPU8.fill(0, p, p + n);
        heap += n;
        held.push(p);
      }
    }
  } finally {
    for (const p of held) M._free(p);
    M._malloc_set_footprint_limit(limit);
  }
  const end = M._emscripten_stack_get_end(), cur = M._emscripten_stack_get_current() - 1024;
  if (cur > end) M.HEAPU8.fill(0, end, cur);
  return { heap, stack: Math.max(0, cur - end) };
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
    // sys.executable and $_ are baked into the snapshot: use the browser's value, not Node's argv[1].
    _sysExecutable: "./this.program",
    // os.environ is baked into the snapshot too (the browser's `env` option is ignored on restore).
    env: { ...opts.env },
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
  const state = JSON.parse(pyodide.runPython(`
import gc, sys, json
gc.collect()
json.dumps({"modules": sorted(sys.modules), "python": sys.version.split()[0]})`));

  // A serializer that only records what cannot be stored gives a readable error instead of
  // "Can't serialize object at index N".
  const bad = [];
  const describe = (o) =>
    o === pyodide ? "the pyodide API object (pyodide_js)"
      : typeof o === "function" ? `JS function ${o.name || "<anonymous>"}`
      : `JS ${o?.constructor?.name || typeof o}`;
  // Zero the heap's free space and the unused C stack: stale bytes there are never read
  // after restore but cost ~1.2 MB of the gzip size (6.8 -> 5.5 MB for liteblocks).
  // Engine-dependent start-up choices: write the neutral ones (js/runtime_choices.js).
  const runtimeChoices = makeNeutral(pyodide);
  const scrubbed = opts.scrub ? scrubFreeMemory(pyodide._module) : null;
  if (scrubbed) log(`zeroed ${(scrubbed.heap / 1e6).toFixed(1)} MB of free heap, ${(scrubbed.stack / 1e6).toFixed(1)} MB of stack`);
  let snap;
  try {
    snap = pyodide.makeMemorySnapshot({ serializer: (o) => (bad.push(describe(o)), null) });
  } catch (e) {
    throw new Error(`makeMemorySnapshot failed: ${e.message}`);
  }
  if (bad.length) {
    throw new Error(
      `Python state holds JsProxies that cannot be snapshotted: ${bad.join(", ")}.\n` +
        "Only JS objects reachable by a property path from globalThis survive. Do not create JS " +
        "objects/proxies, start JS timers or import modules that grab pyodide_js attributes " +
        "(e.g. micropip) before the snapshot; do that after restore.",
    );
  }
  const snapBuildId = snapshotBuildId(snap);
  // JsProxies that survive are stored as property paths from globalThis; check they also exist
  // in a browser worker (Node-only globals would silently become null after restore).
  const jsPaths = snapshotHiwireKeys(snap).filter((k) => k && k.path).map((k) => k.path.join("."));
  const nodeOnly = jsPaths.filter((p) => NODE_ONLY_GLOBALS.includes(p.split(".")[0]));
  if (nodeOnly.length && !opts.allowJs) {
    throw new Error(
      `the snapshot references Node-only JS objects (${nodeOnly.join(", ")}); they would be null ` +
        "in the browser worker. Touch JS only after restore (or pass --allow-js).",
    );
  }
  if (buildId && snapBuildId !== buildId) throw new Error(`snapshot build id ${snapBuildId} != pyodide.mjs ${buildId}`);

  writeFileSync(opts.out, snap);
  const gz = gzipSync(snap, { level: 9 });
  if (opts.gzip) writeFileSync(opts.out + ".gz", gz);
  const meta = {
    format: 1,
    pyodide_version: version,
    build_id: snapBuildId,
    python: state.python,
    modules: state.modules.length,
    stdlib_sha256: sha256(readFileSync(join(opts.pyodideDir, "python_stdlib.zip"))),
    lock_file: opts.lock ? basename(opts.lock) : null,
    lock_sha256: lockText ? sha256(lockText) : null,
    packages: pkgInfo,
    imports: opts.imports,
    run_sha256: opts.run.trim() ? sha256(opts.run) : null,
    scrubbed,
    size: snap.length,
    gzip_size: gz.length,
    sha256: sha256(snap),
    files: { raw: basename(opts.out), gzip: opts.gzip ? basename(opts.out) + ".gz" : null },
    runtime_choices: runtimeChoices,
    js_paths: jsPaths,
    warnings: nodeOnly.map((p) => `Node-only JS object in snapshot: ${p}`),
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
