"""`python build.py export`: a self-contained static site for one app.

Requirements are resolved now, at build time: pure-Python wheels for Pyodide's
Python are downloaded with pip, shipped in the site and listed in its Pyodide
lock file, so the browser never asks PyPI for them.
"""
from __future__ import annotations

import hashlib
import html
import shutil
import subprocess
import sys
from pathlib import Path

from . import site


class ExportError(SystemExit):
    """A problem the user must fix; printed without a traceback."""


def read_requirements(path: Path | None) -> list[str]:
    if not path:
        return []
    lines = [line.split("#", 1)[0].strip() for line in path.read_text().splitlines()]
    return [line for line in lines if line and not line.startswith("-")]


def resolve_wheels(requirements: list[str]) -> list[Path]:
    """Downloads pure-Python wheels (with dependencies) for `requirements`."""
    if not requirements:
        return []
    key = hashlib.sha256("\n".join(sorted(requirements)).encode()).hexdigest()[:16]
    dest = site.BUILD / "export-wheels" / key
    done = dest / ".complete"
    if not done.exists():
        for req in requirements:  # one at a time, so an error names the requirement
            try:
                site.download_wheels([req], dest)
            except subprocess.CalledProcessError:
                raise ExportError(
                    f"error: requirement {req!r} has no pure-Python wheel (py3-none-any) for Python "
                    f"{site.PY_TARGET} that pip can find, or it does not exist. Pyodide can only install "
                    "pure-Python wheels from a requirements file.") from None
        done.write_text("\n".join(requirements))
    wheels = sorted(dest.glob("*.whl"))
    for w in wheels:
        if not w.name.endswith("-none-any.whl"):
            raise ExportError(f"error: {w.name} is not a pure-Python wheel")
    return wheels


def app_page(files: dict[str, str], entrypoint: str, requirements: list[str], title: str,
             favicon: str | None = None) -> str:
    parts = []
    for name, source in files.items():
        flag = " entrypoint" if name == entrypoint else ""
        parts.append(f'<gradio-file name="{html.escape(name)}"{flag}>{html.escape(source)}</gradio-file>')
    if requirements:
        parts.append(f"<gradio-requirements>{html.escape(chr(10).join(requirements))}</gradio-requirements>")
    icon = f'\n  <link rel="icon" href="./{html.escape(favicon)}">' if favicon else ""
    return f"""<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{html.escape(title)}</title>{icon}
  <link rel="stylesheet" href="./lite.css">
  <script type="module" src="./lite.js"></script>
  <style>body {{ margin: 0; }} gradio-lite {{ display: block; box-sizing: border-box; min-height: 100vh; padding: 16px; }}</style>
</head>
<body>
<gradio-lite>
{chr(10).join(parts)}
</gradio-lite>
</body>
</html>
"""


TITLE_PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from liteblocks import runtime
files = json.loads(sys.stdin.read())
result = json.loads(runtime.load_app("export", json.dumps(files["files"]), files["entrypoint"]))
app = runtime.get_app("export") if result.get("ok") else None
print(json.dumps({"title": getattr(app.blocks, "title", "") if app else "",
                  "favicon": getattr(app.blocks, "favicon_path", None) if app else None}))
"""


def app_facts(files: dict[str, str], entrypoint: str, fallback: str) -> tuple[str, str | None]:
    """The app's Blocks(title=) and launch(favicon_path=), read by running it under this Python with
    our runtime (it is pure Python); the entrypoint's name and no icon when that fails (e.g. its
    requirements are not installed here)."""
    import json
    try:
        out = subprocess.run([sys.executable, "-c", TITLE_PROBE, str(site.ROOT / "py")], text=True,
                             input=json.dumps({"files": files, "entrypoint": entrypoint}),
                             capture_output=True, timeout=60, check=True).stdout.strip().splitlines()
        facts = json.loads(out[-1]) if out else {}
    except (subprocess.SubprocessError, OSError, ValueError):
        return fallback, None
    title = facts.get("title") or ""
    return (title if title and title != "Gradio" else fallback), facts.get("favicon")


def copy_favicon(favicon: str | None, base: Path, out: Path) -> str | None:
    """launch(favicon_path=) as a file beside the exported page (relative paths from the app's
    folder, as Gradio reads them from where the app runs); None when there is none."""
    if not favicon or favicon.startswith(("http://", "https://")):
        return None
    path = Path(favicon) if Path(favicon).is_absolute() else base / favicon
    if not path.is_file():
        site.log(f"warning: favicon_path {favicon!r} not found beside the app; exported without it")
        return None
    name = "favicon" + path.suffix.lower()
    shutil.copyfile(path, out / name)
    return name


def app_name(path: Path, base: Path) -> str:
    """A file's name inside the app: relative to the entrypoint's folder (so packages keep their path)."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.name


def export(paths: list[Path], out: Path, requirements_file: Path | None) -> Path:
    if not paths:
        raise ExportError("error: name the app's entrypoint file, e.g. `python build.py export app.py --out site/`")
    for p in paths:
        if not p.is_file():
            raise ExportError(f"error: {p} does not exist")
    if requirements_file and not requirements_file.is_file():
        raise ExportError(f"error: {requirements_file} does not exist")
    requirements = read_requirements(requirements_file)
    wheels = resolve_wheels(requirements)
    site.build(out=out, extra_wheels=wheels, home=False)
    files = {app_name(p, paths[0].parent): p.read_text() for p in paths}
    entrypoint = app_name(paths[0], paths[0].parent)
    title, favicon = app_facts(files, entrypoint, paths[0].stem)
    icon = copy_favicon(favicon, paths[0].parent, out)
    (out / "index.html").write_text(app_page(files, entrypoint, requirements, title, icon))
    site.log(f"exported {paths[0].name} to {out} ({len(wheels)} requirement wheels)")
    return out


def main(args) -> int:
    try:
        export([Path(p) for p in args.files], Path(args.out), Path(args.requirements) if args.requirements else None)
    except ExportError as err:
        print(err.code if isinstance(err.code, str) else err, file=sys.stderr)
        return 2
    return 0
