"""The boot snapshot: Python's memory after importing LiteBlocks, made at build time.

Why: a plain Pyodide boot (start the interpreter, install our wheel, import
liteblocks) takes seconds; restoring a memory snapshot skips all of it. This
step runs tools/make_snapshot.mjs under Node with the pinned npm `pyodide` (the
same build the browser gets), after installing our wheel and importing every
liteblocks submodule plus the stdlib modules apps commonly use, and writes

  v/<hash>/snapshot.bin.gz   the snapshot, gzip -9 (the worker gunzips it with
                             DecompressionStream, so any static host serves it
                             compressed without Content-Encoding tricks)
  v/<hash>/snapshot.json     metadata the worker checks before using it:
                             pyodide_version, build_id, size, packages[].sha256
                             (our wheel's hash), gzip_size, imports, ...

The snapshot holds no JavaScript object (make_snapshot.mjs refuses any but
plain globalThis paths); js/boot.js wires the page after restoring.

Incremental: the result is cached in build/snapshot/<key>/ where key covers the
Pyodide version and core files, our wheel, the import list, the code run and
make_snapshot.mjs; an unchanged build just copies it (milliseconds).
`LITEBLOCKS_SNAPSHOT=off python build.py` builds without a snapshot (the page
then boots plainly, with one console warning).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

from .digest import sha256_file

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "snapshot"
MAKER = ROOT / "tools" / "make_snapshot.mjs"
CHOICES = ROOT / "js" / "runtime_choices.js"  # imported by the maker
FILE = "snapshot.bin.gz"
META = "snapshot.json"

# Stdlib modules apps commonly use (the examples, Gradio demos): imported before
# snapshotting so an app's `import` is a dict lookup. The stdlib zip is still
# mounted after restore, so anything not listed here imports normally.
STDLIB = [
    "random", "string", "time", "json", "re", "math", "datetime", "collections", "itertools",
    "functools", "dataclasses", "typing", "asyncio", "copy", "inspect", "traceback", "hashlib",
    "textwrap",
]
# Measured (gzip, free memory zeroed): liteblocks alone 5.51 MB; with the list above
# ~5.6 MB; adding enum, statistics, decimal, fractions, uuid, csv, logging, pathlib, difflib
# and 20 more 6.12 MB, which costs more download time than the imports it saves.
# Run after the imports: the gradio alias, so `import gradio` is instant too.
RUN = "from liteblocks import runtime\nruntime.install_gradio_alias()\n"


def log(msg: str) -> None:
    print(f"[snapshot] {msg}", flush=True)


def liteblocks_modules(wheel: Path) -> list[str]:
    """Every module of the liteblocks package in `wheel` (files are not in the snapshot,
    so a submodule not imported before snapshotting could not be imported after)."""
    mods = []
    with zipfile.ZipFile(wheel) as z:
        for name in z.namelist():
            if name.startswith("liteblocks/") and name.endswith(".py"):
                mod = name[:-3].replace("/", ".")
                mods.append(mod[: -len(".__init__")] if mod.endswith(".__init__") else mod)
    return sorted(mods, key=lambda m: (m.count("."), m))


def imports_for(wheel: Path) -> list[str]:
    return liteblocks_modules(wheel) + STDLIB


def _key(pyodide_dir: Path, wheel: Path, imports: list[str]) -> str:
    h = hashlib.sha256()
    for part in [sha256_file(MAKER), sha256_file(CHOICES), json.dumps(imports), RUN, wheel.name, sha256_file(wheel)]:
        h.update(part.encode() + b"\0")
    for name in ["pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]:
        h.update(sha256_file(pyodide_dir / name).encode())
    return h.hexdigest()[:16]


def make(pyodide_dir: Path, lock: Path, wheel: Path, vdir: Path) -> Path | None:
    """Makes (or reuses) the snapshot for `wheel` and writes it into `vdir`; returns its path."""
    for name in (FILE, META):
        (vdir / name).unlink(missing_ok=True)
    if os.environ.get("LITEBLOCKS_SNAPSHOT", "").lower() in {"off", "0", "no", "false"}:
        log("LITEBLOCKS_SNAPSHOT=off: no boot snapshot in this build")
        return None
    imports = imports_for(wheel)
    key = _key(pyodide_dir, wheel, imports)
    cached = CACHE / key
    if not (cached / META).exists():
        started = time.time()
        tmp = CACHE / f"{key}.tmp{os.getpid()}"
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        # The lock and wheel go beside each other, as make_snapshot.mjs expects.
        shutil.copy2(wheel, tmp / wheel.name)
        shutil.copy2(lock, tmp / "pyodide-lock.json")
        cmd = ["node", str(MAKER), "--pyodide-dir", str(pyodide_dir), "--lock", str(tmp / "pyodide-lock.json"),
               "--packages", "liteblocks", "--imports", ",".join(imports), "--run", RUN,
               "--out", str(tmp / "snapshot.bin"), "--gzip", "--quiet"]
        log("making the boot snapshot with Node (about 10 s)…")
        subprocess.run(cmd, check=True, cwd=ROOT)
        meta = json.loads((tmp / "snapshot.bin.json").read_text())
        meta["files"] = {"gzip": FILE}
        meta["wheel"] = {"file_name": wheel.name, "sha256": sha256_file(wheel)}
        (tmp / META).write_text(json.dumps(meta, indent=1) + "\n")
        (tmp / "snapshot.bin.json").unlink()
        (tmp / "pyodide-lock.json").unlink()
        (tmp / wheel.name).unlink()
        try:
            tmp.rename(cached)
        except OSError:  # a concurrent build made it first
            shutil.rmtree(tmp, ignore_errors=True)
        for old in CACHE.iterdir():  # keep the newest snapshot (and others' builds in progress)
            if old.name != key and time.time() - old.stat().st_mtime > 600:
                shutil.rmtree(old, ignore_errors=True)
        log(f"made in {time.time() - started:.1f} s: {meta['size'] / 1e6:.1f} MB, "
            f"gzip {meta['gzip_size'] / 1e6:.2f} MB, {meta['modules']} modules")
    shutil.copy2(cached / "snapshot.bin.gz", vdir / FILE)
    shutil.copy2(cached / META, vdir / META)
    return vdir / FILE


def build_step(vdir: Path, pyodide_dir: Path) -> Path | None:
    """The hook tools/site.py build() calls once v/<hash>/ is complete."""
    wheels = sorted((vdir / "pyodide").glob("liteblocks-*.whl"))
    if not wheels:
        raise FileNotFoundError(f"no liteblocks wheel in {vdir / 'pyodide'}")
    return make(pyodide_dir, vdir / "pyodide" / "pyodide-lock.json", wheels[-1], vdir)
