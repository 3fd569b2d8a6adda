"""How many Gradio demo apps run here (issue 13's measure): load each app in a real browser,
click its first button, and count the apps that load and survive the click.

Usage:
    python tools/demo_survey.py DEMOS_DIR [--only NAME ...] [--json OUT] [--media-assets DIR]

DEMOS_DIR holds one folder per demo with its run.py (e.g. `demo/` of a gradio-app/gradio checkout;
the demos are not part of this repository). An app "works" when it loads without an error, and
after a click on its first enabled button (if it has one) the page shows no error toast, no load
error and no uncaught page error within a few seconds. Extra files beside run.py are given to the
app; demos that need packages other than gradio are reported as "needs <pkg>" and not counted.
`--media-assets` (gradio/media_assets of the same checkout) answers gradio.media's fetches from
Gradio's repository locally, as a machine online would get them.
"""
from __future__ import annotations

import argparse
import ast
import html
import json
import sys
import sys as _sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_sys.path.insert(0, str(ROOT))
_sys.path.insert(0, str(ROOT / "py"))
from tools.bench.lab import Lab  # noqa: E402

STDLIB = set(getattr(sys, "stdlib_module_names", ())) | {"gradio", "__future__"}
ERRORS = """() => {
  const el = document.querySelector('gradio-lite');
  const load = el.querySelector('.lb-load-error');
  const toasts = [...document.querySelectorAll('.toast-body.error, .lb-toast-error')].map(t => t.textContent.trim());
  const missing = [...document.querySelectorAll('.lb-fallback-note code')].map(c => c.textContent);
  return { load: load ? load.textContent.trim().slice(0, 300) : null, toasts, missing };
}"""


def foreign_imports(source: str) -> list[str]:
    """Top-level packages a demo imports beyond the standard library and gradio."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return sorted(n for n in names if n not in STDLIB)


def app_files(folder: Path) -> dict[str, str]:
    files = {"app.py": (folder / "run.py").read_text()}
    for extra in folder.glob("*.py"):
        if extra.name != "run.py":
            files[extra.name] = extra.read_text()
    return files


def try_app(lab, files: dict[str, str], media: Path | None = None) -> dict:
    parts = [f'<gradio-file name="{n}"{" entrypoint" if n == "app.py" else ""}>{html.escape(s)}</gradio-file>'
             for n, s in files.items()]
    url = lab.page_url(f"<gradio-lite>{''.join(parts)}</gradio-lite>")
    ctx = lab.browser.new_context()
    if media is not None:
        from liteblocks.media import MEDIA_URL

        def local(route):
            path = media / route.request.url.removeprefix(MEDIA_URL + "/")
            if path.is_file():
                route.fulfill(status=200, body=path.read_bytes())
            else:
                route.fulfill(status=404, body="not found")
        ctx.route(MEDIA_URL + "/**", local)
    page = ctx.new_page()
    page_errors: list[str] = []
    page.on("pageerror", lambda e: page_errors.append(str(e)[:200]))
    try:
        page.goto(url)
        # ready, or a load error shown (which never sets data-ready)
        page.wait_for_function("() => { const e = document.querySelector('gradio-lite');"
                               " return e && (e.dataset.ready !== undefined || e.querySelector('.lb-load-error')); }",
                               timeout=30_000)
        page.wait_for_timeout(1000)
        got = page.evaluate(ERRORS)
        if not got["load"]:
            # the app's own first visible button (not the footer's, not an inactive tab's)
            button = page.locator(".lb-mount main button:visible:not([disabled]):not([role=tab]):not([tabindex='-1'])").first
            if button.count():
                button.click(timeout=5_000)
                page.wait_for_timeout(3000)
                got = page.evaluate(ERRORS)
    except Exception as exc:  # noqa: BLE001 - a survey records every failure
        got = {"load": f"{type(exc).__name__}: {str(exc)[:200]}", "toasts": [], "missing": []}
    finally:
        ctx.close()
    got["page_errors"] = page_errors
    got["ok"] = not got["load"] and not got["toasts"] and not page_errors and not got["missing"]
    return got


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("demos", type=Path)
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--media-assets", type=Path)
    args = ap.parse_args(argv)
    folders = sorted(p for p in args.demos.iterdir() if (p / "run.py").exists())
    if args.only:
        folders = [p for p in folders if p.name in args.only]
    results: dict[str, dict] = {}
    with Lab() as lab:
        for folder in folders:
            files = app_files(folder)
            needs = foreign_imports("\n".join(files.values()))
            local = {Path(n).stem for n in files}
            needs = [n for n in needs if n not in local]
            if needs:
                results[folder.name] = {"needs": needs}
                print(f"{folder.name:40s} needs {', '.join(needs)}", flush=True)
                continue
            v = results[folder.name] = try_app(lab, files, args.media_assets)
            line = "ok" if v["ok"] else (v["load"] or v["toasts"] or v["page_errors"] or v["missing"])
            print(f"{folder.name:40s} {str(line)[:220]}", flush=True)
    runnable = [v for v in results.values() if "needs" not in v]
    ok = sum(1 for v in runnable if v["ok"])
    print(f"{ok}/{len(runnable)} runnable demos work ({100 * ok / max(1, len(runnable)):.0f} %); "
          f"{len(results) - len(runnable)} need other packages")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
