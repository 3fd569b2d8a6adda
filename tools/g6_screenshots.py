"""Side-by-side screenshots of one app drawn by real gradio 6.31 and by our Gradio 6 frontend build.

    python3 tools/g6_screenshots.py tests/fixtures/g6/gradio_only/components.py [out_dir]

Serves the app with the reference venv (LITEBLOCKS_GRADIO_PYTHON, default /work/gradio-ref/bin/python),
takes its config (get_config_file()) and its theme.css from that server, mounts the config with
dist/frontend/ (build it first: python3 build.py) behind a transport that answers nothing, and writes
<name>.gradio.png and <name>.ours.png (1000 px wide, full page). The theme CSS is borrowed for the
comparison only: our build does not ship Gradio's generated theme variables yet.
"""
from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = os.environ.get("LITEBLOCKS_GRADIO_PYTHON", "/work/gradio-ref/bin/python")
CHROMIUM = os.environ.get("LITEBLOCKS_CHROMIUM", "/usr/bin/chromium")
GRADIO_PORT, OURS_PORT = 7871, 7872

PAGE = """<!doctype html><html lang='en'><head><meta charset='utf-8'><link rel='icon' href='data:,'>
<link rel='stylesheet' href='/theme.css'></head><body>
<div id='app' class='gradio-container' style='max-width: 704px; margin: 16px auto'></div><script type='module'>
import { mountGradio } from '/frontend/frontend.js';
await mountGradio(document.getElementById('app'), %s, { send() {}, subscribe() { return () => {}; } });
window.mounted = true;
</script></body></html>"""


def serve_gradio(app: Path) -> subprocess.Popen:
    code = (f"import runpy; runpy.run_path({str(app)!r})['demo'].launch(server_port={GRADIO_PORT})")
    proc = subprocess.Popen([PYTHON, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(120):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{GRADIO_PORT}/config", timeout=1)
            return proc
        except OSError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("gradio did not start")


def config_of(app: Path) -> str:
    code = ("import json, runpy, gradio as gr; gr.context.Context.id = 0; "
            f"d = runpy.run_path({str(app)!r})['demo']; print(json.dumps(d.get_config_file(), default=str))")
    return subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, check=True).stdout


def main() -> None:
    app = Path(sys.argv[1]).resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "g6-screenshots")
    out.mkdir(parents=True, exist_ok=True)
    site = out / "site"
    site.mkdir(exist_ok=True)
    (site / "index.html").write_text(PAGE % config_of(app))
    gradio = serve_gradio(app)
    try:
        (site / "theme.css").write_bytes(urllib.request.urlopen(f"http://127.0.0.1:{GRADIO_PORT}/theme.css").read())

        class Handler(http.server.SimpleHTTPRequestHandler):
            def translate_path(self, path):
                if path.startswith("/frontend/"):
                    return str(ROOT / "dist" / path.lstrip("/").split("?")[0])
                return super().translate_path(path)

            def log_message(self, *args):
                pass

        server = http.server.ThreadingHTTPServer(("127.0.0.1", OURS_PORT),
                                                 functools.partial(Handler, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        from playwright.sync_api import sync_playwright
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
            for name, url, ready in (("gradio", f"http://127.0.0.1:{GRADIO_PORT}/", "document.querySelector('.block')"),
                                     ("ours", f"http://127.0.0.1:{OURS_PORT}/", "window.mounted")):
                page = browser.new_page(viewport={"width": 1000, "height": 800})
                page.goto(url)
                page.wait_for_function(f"() => {ready}", timeout=60_000)
                page.wait_for_timeout(1500)
                page.screenshot(path=str(out / f"{app.stem}.{name}.png"), full_page=True)
            browser.close()
        server.shutdown()
    finally:
        gradio.terminate()
    print("wrote", out / f"{app.stem}.gradio.png", out / f"{app.stem}.ours.png")


if __name__ == "__main__":
    main()
