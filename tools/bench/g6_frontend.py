"""Gradio 6 frontend (issue 16): first-load bytes of a plain Blocks app and the Vite build time.

Bytes: every JS and CSS file the browser fetches from /frontend/ while mounting the gradio 6.31
config in tests/fixtures/g6/greet.json (textbox, button, textbox), each gzipped at level 9 from
dist/ and summed (target <= 150 KB). Build time: a cold Vite build of js/frontend/ into a scratch
folder, wall clock (target <= 60 s on 2 cores).
"""
from __future__ import annotations

import gzip
import json
import subprocess
import tempfile
import time
from pathlib import Path

from . import Row
from .. import site

FIXTURE = site.ROOT / "tests" / "fixtures" / "g6" / "greet.json"
PAGE = """<!doctype html><html lang='en'><head><meta charset='utf-8'><title>g6</title></head>
<body><div id='app'></div><script type='module'>
import { mountGradio } from '/frontend/frontend.js';
await mountGradio(document.getElementById('app'), %s, { send() {}, subscribe() {} });
window.mounted = true;
</script></body></html>"""


def first_load_bytes(lab) -> tuple[float, float]:
    (lab.pages / "g6_bench.html").write_text(PAGE % FIXTURE.read_text())
    ctx = lab.browser.new_context()
    page = ctx.new_page()
    urls: list[str] = []
    page.on("request", lambda r: urls.append(r.url))
    page.goto(f"{lab.base}/_pages/g6_bench.html")
    page.wait_for_function("() => window.mounted === true", timeout=60_000)
    page.wait_for_timeout(1000)
    ctx.close()
    js = css = 0
    for url in set(urls):
        path = url.split(lab.base, 1)[-1].split("?")[0]
        if not path.startswith("/frontend/"):
            continue
        size = len(gzip.compress((lab.dist / path.lstrip("/")).read_bytes(), 9))
        if path.endswith(".js"):
            js += size
        elif path.endswith(".css"):
            css += size
    return js / 1024, css / 1024


def build_seconds() -> float:
    with tempfile.TemporaryDirectory(prefix="lb-vite-") as tmp:
        started = time.perf_counter()
        subprocess.run([str(site.NODE_MODULES / ".bin" / "vite"), "build", "--config",
                        str(site.FRONTEND_SRC / "vite.config.mjs"), "--outDir", str(Path(tmp) / "frontend"),
                        "--emptyOutDir"], cwd=site.ROOT, check=True, capture_output=True)
        return time.perf_counter() - started


def run(lab) -> list[Row]:
    js, css = first_load_bytes(lab)
    return [Row("g6 frontend: plain Blocks first load JS (gzip)", js, "KB"),
            Row("g6 frontend: plain Blocks first load CSS (gzip)", css, "KB"),
            Row("g6 frontend: plain Blocks first load JS+CSS (gzip)", js + css, "KB", "<= 150"),
            Row("g6 frontend: Vite build, cold", build_seconds(), "s", "<= 60")]
