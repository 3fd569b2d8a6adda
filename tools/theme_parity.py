"""Theme parity: every variable of every built-in theme, computed in Chromium, our page vs Gradio's.

Usage:
    python tools/theme_parity.py [--ref PYTHON] [--port N]

Starts real gradio 6.31 (the reference venv, default /work/gradio-ref/bin/python) serving one app per
built-in theme, reads each semantic variable's computed value on its page (light and dark, via
?__theme=), installs our theme.css for the same theme with js/frontend/theme.js on a page of our
own, reads the same variables there and prints matches per theme and mode. Exit status 1 on any
difference. Without the reference venv it prints a message and exits 0 (CI has none); the unit and
browser tests use the recorded fixtures in tests/fixtures/themes/ instead.
"""
from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in ("py", "tests/browser", "tests/fixtures/themes"):
    sys.path.insert(0, str(ROOT / extra))

READ = """([sel, names]) => { const s = getComputedStyle(document.querySelector(sel));
  return Object.fromEntries(names.map((n) => [n, s.getPropertyValue('--' + n).trim()])); }"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--ref", default="/work/gradio-ref/bin/python")
    ap.add_argument("--port", type=int, default=7990)
    args = ap.parse_args()
    if not Path(args.ref).exists():
        print(f"no reference interpreter at {args.ref}: nothing compared")
        return 0
    from browser_helpers import CHROMIUM, CHROMIUM_ARGS
    from liteblocks import themes
    from playwright.sync_api import sync_playwright
    from record import BUILT_IN
    from record_server import SERVER

    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", PYTHONWARNINGS="ignore")
    proc = subprocess.Popen([args.ref, "-c", SERVER, ",".join(BUILT_IN), str(args.port)],
                            stdout=subprocess.PIPE, text=True, env=env)
    theme_js = (ROOT / "js" / "frontend" / "theme.js").read_text().replace("export function", "function")
    failed = 0
    try:
        assert proc.stdout.readline().strip() == "ready", "gradio did not start"
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            gradio, ours = browser.new_page(), browser.new_page()
            ours.set_content("<div id='app'></div>")
            ours.add_script_tag(content=theme_js + "\nwindow.installTheme = installTheme;")
            for i, name in enumerate(BUILT_IN):
                css = themes.theme_css(getattr(themes, name)())
                names = [k for k in re.findall(r"^  --([\w-]+):", css.split(":root.dark")[0], re.M)
                         if k not in ("name", "custom-css")]
                for mode in ("light", "dark"):
                    gradio.goto(f"http://127.0.0.1:{args.port + i}/?__theme={mode}")
                    gradio.wait_for_selector(".gradio-container button", timeout=30_000)
                    want = gradio.evaluate(READ, [".gradio-container", names])
                    ours.evaluate("([c, m]) => window.installTheme(document.getElementById('app'), c, m)", [css, mode])
                    got = ours.evaluate(READ, ["#app", names])
                    bad = [(k, want[k], got[k]) for k in names if want[k] != got[k]]
                    failed += bool(bad)
                    print(f"{name}/{mode}: {len(names) - len(bad)}/{len(names)} variables match", *bad[:5])
            browser.close()
    finally:
        proc.kill()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
