"""Builds dist/: the static site (home page, lite.js/lite.css) and the versioned runtime.

Layout of dist/:
  index.html, examples/       the home page (gallery + playground)
  lite.js, lite.css           the two stable URLs an embedding page names (short cache)
  v/<hash>/                   this build's runtime: our JS modules, pyodide/
                              (our lock file + wheels); <hash> covers all of it, so a
                              new deploy never mixes old and new files in one page
  pyodide/<version>/          Pyodide's core files from the pinned npm package
  frontend/                   Gradio 6's frontend (it draws every app, issue 16), built by Vite from
                              the pinned npm packages: frontend.js (stable entry) + hashed chunks,
                              one chunk per component, loaded when a config names the component
Every step is skipped when its inputs have not changed, so a rebuild takes seconds.
"""
from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path

from .digest import sha256_file

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"
WHEELS = BUILD / "wheels"
NODE_MODULES = ROOT / "node_modules"
PYODIDE_NPM = NODE_MODULES / "pyodide"
PYODIDE_CORE_FILES = ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"]
MICROPIP = "micropip==0.11.1"
PY_TARGET = "3.14"


def log(msg: str) -> None:
    print(f"[build] {msg}", flush=True)


def tree_hash(paths: list[Path]) -> str:
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(str(p.relative_to(ROOT)).encode())
        h.update(sha256_file(p).encode())
    return h.hexdigest()


def run(cmd: list[str], **kw) -> None:
    log(" ".join(cmd))
    subprocess.run(cmd, check=True, **kw)


def ensure_npm() -> None:
    """npm ci when package-lock.json changed since the last install."""
    stamp = NODE_MODULES / ".liteblocks-stamp"
    want = sha256_file(ROOT / "package-lock.json")
    if stamp.exists() and stamp.read_text() == want and PYODIDE_NPM.exists():
        return
    run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT)
    stamp.write_text(want)


def pyodide_version() -> str:
    return json.loads((PYODIDE_NPM / "package.json").read_text())["version"]


def download_wheels(requirements: list[str], dest: Path, no_deps: bool = False) -> list[Path]:
    """pip download of pure-Python wheels for Pyodide's Python; returns the wheel paths."""
    dest.mkdir(parents=True, exist_ok=True)
    before = set(dest.glob("*.whl"))
    cmd = [sys.executable, "-m", "pip", "download", "--only-binary=:all:", "--python-version", PY_TARGET,
           "--implementation", "py", "--abi", "none", "--platform", "any", "-d", str(dest), "-q"]
    if no_deps:
        cmd.append("--no-deps")
    run(cmd + requirements)
    return sorted(set(dest.glob("*.whl")) | before)


def ensure_micropip() -> Path:
    found = sorted(WHEELS.glob("micropip-*.whl"))
    if found:
        return found[-1]
    download_wheels([MICROPIP], WHEELS, no_deps=True)
    return sorted(WHEELS.glob("micropip-*.whl"))[-1]


def ensure_liteblocks_wheel() -> Path:
    """pip wheel of py/, rebuilt only when a source file changed."""
    sources = [p for p in (ROOT / "py").rglob("*") if p.is_file() and "__pycache__" not in p.parts
               and ".egg-info" not in str(p) and p.suffix in {".py", ".toml", ".cfg", ".txt", ".md"}]
    want = tree_hash(sources)
    stamp = WHEELS / "liteblocks.srchash"
    found = sorted(WHEELS.glob("liteblocks-*.whl"))
    if found and stamp.exists() and stamp.read_text() == want:
        return found[-1]
    for old in found:
        old.unlink()
    WHEELS.mkdir(parents=True, exist_ok=True)
    tmp = BUILD / "pywheel-src"
    shutil.rmtree(tmp, ignore_errors=True)
    shutil.copytree(ROOT / "py", tmp, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build"))
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(WHEELS), str(tmp)])
    shutil.rmtree(tmp, ignore_errors=True)
    stamp.write_text(want)
    return sorted(WHEELS.glob("liteblocks-*.whl"))[-1]


def wheel_entry(path: Path) -> dict:
    """One pyodide-lock.json package entry for a py3-none-any wheel."""
    name, version = path.name.split("-")[:2]
    import zipfile
    with zipfile.ZipFile(path) as z:
        tops = {n.split("/")[0] for n in z.namelist() if "/" in n and not n.split("/")[0].endswith((".dist-info", ".data"))}
        tops |= {n[:-3] for n in z.namelist() if "/" not in n and n.endswith(".py")}
        depends = []
        meta = next(n for n in z.namelist() if n.endswith(".dist-info/METADATA"))
        for line in z.read(meta).decode().splitlines():
            if line.startswith("Requires-Dist:") and "extra ==" not in line:
                dep = line.split(":", 1)[1].split(";")[0].strip()
                depends.append(normalize(dep.split("(")[0].split("[")[0].split("<")[0].split(">")[0]
                                         .split("=")[0].split("!")[0].split("~")[0].strip()))
    return {"name": normalize(name), "version": version, "file_name": path.name, "install_dir": "site",
            "sha256": sha256_file(path), "package_type": "package", "imports": sorted(tops),
            "depends": depends, "unvendored_tests": False, "shared_library": False}


def normalize(name: str) -> str:
    return name.lower().replace("_", "-").replace(".", "-")


def write_lock(wheels: list[Path], dest: Path) -> None:
    info = json.loads((PYODIDE_NPM / "pyodide-lock.json").read_text())["info"]
    packages = {}
    for w in wheels:
        entry = wheel_entry(w)
        packages[entry["name"]] = entry
    for entry in packages.values():  # a dependency we do not ship would fail in the browser: drop it loudly
        missing = [d for d in entry["depends"] if d not in packages]
        if missing:
            log(f"warning: {entry['name']} depends on {missing}, which are not shipped")
            entry["depends"] = [d for d in entry["depends"] if d in packages]
    dest.write_text(json.dumps({"info": info, "packages": packages}, indent=1, sort_keys=True))


def copy_if_changed(src: Path, dst: Path) -> None:
    if dst.exists() and dst.stat().st_size == src.stat().st_size and sha256_file(dst) == sha256_file(src):
        return
    dst.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(src, dst)


def runtime_files(extra_wheels: list[Path]) -> dict[str, Path]:
    """Relative path inside v/<hash>/ -> source file."""
    files = {f"{p.name}": p for p in (ROOT / "js").glob("*.js")}
    for w in [ensure_micropip(), ensure_liteblocks_wheel(), *extra_wheels]:
        files[f"pyodide/{w.name}"] = w
    return files


FRONTEND_SRC = ROOT / "js" / "frontend"
COMPONENTS_SRC = ROOT / "js" / "components"  # our own Gradio components (issue 16 point 4)


def build_frontend(out: Path) -> Path:
    """Vite build of js/frontend/ and js/components/ into build/frontend/ (skipped when its inputs are
    unchanged), copied to out/frontend/. Runs node_modules' own vite (installed by ensure_npm from package-lock.json)."""
    cache = BUILD / "frontend"
    inputs = [p for src in (FRONTEND_SRC, COMPONENTS_SRC) for p in src.rglob("*") if p.is_file()] + [
        ROOT / "package-lock.json", ROOT / "js" / "protocol.js"]
    want = tree_hash(inputs)
    stamp = BUILD / "frontend.srchash"
    if not (stamp.exists() and stamp.read_text() == want and (cache / "frontend.js").exists()):
        run([str(NODE_MODULES / ".bin" / "vite"), "build", "--config", str(FRONTEND_SRC / "vite.config.mjs"),
             "--outDir", str(cache), "--emptyOutDir"], cwd=ROOT)
        manifest = json.loads((cache / ".vite" / "manifest.json").read_text())
        entry = next(v["file"] for v in manifest.values() if v.get("isEntry"))
        css = sorted({c for v in manifest.values() if v.get("isEntry") for c in v.get("css", [])})
        (cache / "frontend.js").write_text(
            "/* LiteBlocks: stable entry of the Gradio frontend build; the chunks it names are hashed. */\n"
            + "".join(f"{{const l=document.createElement('link');l.rel='stylesheet';"
                      f"l.href=new URL({json.dumps('./' + c)},import.meta.url).href;document.head.append(l);}}\n" for c in css)
            + f"export * from {json.dumps('./' + entry)};\n")
        stamp.write_text(want)
    dest = out / "frontend"
    wanted = {p.relative_to(cache) for p in cache.rglob("*") if p.is_file()}
    if dest.exists():
        for old in [p for p in dest.rglob("*") if p.is_file() and p.relative_to(dest) not in wanted]:
            old.unlink()
    for rel in wanted:
        copy_if_changed(cache / rel, dest / rel)
    return dest


def build(out: Path | None = None, extra_wheels: list[Path] | None = None, home: bool = True) -> Path:
    """Builds the site into `out` (default dist/) and returns the runtime dir v/<hash>/."""
    out = out or ROOT / "dist"
    ensure_npm()
    version = pyodide_version()
    files = runtime_files(extra_wheels or [])
    core_dir = out / "pyodide" / version
    for name in PYODIDE_CORE_FILES:
        copy_if_changed(PYODIDE_NPM / name, core_dir / name)
    build_hash = tree_hash(list(files.values()))[:12]
    vdir = out / "v" / build_hash
    for rel, src in files.items():
        copy_if_changed(src, vdir / rel)
    write_lock([vdir / r for r in files if r.endswith(".whl")], vdir / "pyodide" / "pyodide-lock.json")
    from . import snapshot  # issue 7: the boot snapshot, v/<hash>/snapshot.bin.gz (+ .json)
    snapshot.build_step(vdir, core_dir)
    (vdir / "build_info.js").write_text(
        f"/** Written by build.py. */\nexport const BUILD = {json.dumps(build_hash)};\n"
        f"export const PYODIDE_VERSION = {json.dumps(version)};\n"
        f"export const PYODIDE_CORE_PATH = {json.dumps(f'../../pyodide/{version}/')};\n")
    for old in (out / "v").iterdir():
        if old.name != build_hash:
            shutil.rmtree(old)
    (out / "lite.js").write_text(
        f"/* LiteBlocks loader: the stable URL pages embed; the runtime it names is immutable. */\n"
        f"import \"./v/{build_hash}/main.js\";\n")
    copy_if_changed(ROOT / "js" / "lite.css", out / "lite.css")
    if home:
        copy_if_changed(ROOT / "index.html", out / "index.html")
        for ex in (ROOT / "examples").glob("*"):
            copy_if_changed(ex, out / "examples" / ex.name)
    build_frontend(out)
    log(f"built {out} (runtime v/{build_hash}, Pyodide {version})")
    return vdir
