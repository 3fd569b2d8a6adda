"""Embedding (issue 5): boot-to-interactive for 1 app and for 5 apps on one page
(target: 5 apps <= 1.3x one app), and what a requirement shipped as a wheel costs.

Boot-to-interactive: from navigation start to the last <gradio-lite> on the
page firing lite-ready (its app rendered and its session started), in a fresh
browser context each time (empty HTTP cache). Median of RUNS, variants alternated.
"""
from __future__ import annotations

import html
import statistics
import tempfile
from pathlib import Path

from . import Row
from .. import export, serve

RUNS = 5
APP = """
import gradio as gr

with gr.Blocks() as demo:
    n = gr.State(0)
    shown = gr.Number(label="Count {i}")
    def bump(n):
        return n + 1, n + 1
    gr.Button("Bump {i}").click(bump, n, [n, shown])

demo.launch()
"""
WITH_SIX = "import six\n" + APP
# Capture-phase listener: lite-ready does not bubble, but the document still sees it.
TIMER = ("<script>window.__ready = []; document.addEventListener('lite-ready',"
         " () => window.__ready.push(performance.now()), true);</script>")


def boot_ms(lab, pages: list[tuple[str, int]]) -> list[float]:
    """Median boot-to-interactive of each (url, number of apps), measured in alternation
    so that load from other work on the machine hits every variant alike."""
    times: list[list[float]] = [[] for _ in pages]
    for _ in range(RUNS):
        for i, (url, apps) in enumerate(pages):
            ctx = lab.browser.new_context()
            try:
                page = ctx.new_page()
                page.goto(url)
                page.wait_for_function(f"() => window.__ready && window.__ready.length >= {apps}", timeout=180_000)
                times[i].append(max(page.evaluate("window.__ready")))
            finally:
                ctx.close()
    return [statistics.median(t) for t in times]


def exported_app(code: str, requirements: str | None, tmp: Path) -> Path:
    (tmp / "app.py").write_text(code)
    req = None
    if requirements:
        req = tmp / "requirements.txt"
        req.write_text(requirements)
    out = tmp / "site"
    export.export([tmp / "app.py"], out, req)
    index = out / "index.html"
    index.write_text(index.read_text().replace("</head>", TIMER + "</head>"))
    return out


def run(lab) -> list[Row]:
    apps = lambda n: "".join(f"<gradio-lite>{html.escape(APP.format(i=i))}</gradio-lite>" for i in range(n))
    one, five = boot_ms(lab, [(lab.page_url(apps(1), head=TIMER), 1), (lab.page_url(apps(5), head=TIMER), 5)])
    rows = [Row("embed: boot-to-interactive, 1 app", one, "ms"),
            Row("embed: boot-to-interactive, 5 apps on one page", five, "ms"),
            Row("embed: 5 apps / 1 app", five / one, "x", "target <= 1.3")]
    with tempfile.TemporaryDirectory(prefix="lb-bench-export-") as tmp:
        plain_dir, six_dir = Path(tmp, "plain"), Path(tmp, "six")
        plain_dir.mkdir()
        six_dir.mkdir()
        plain = exported_app(APP.format(i=0), None, plain_dir)
        with_six = exported_app(WITH_SIX.format(i=0), "six\n", six_dir)
        server, base = serve.serve_in_thread(Path(tmp), mounts={"/plain/": plain, "/six/": with_six})
        try:
            without, shipped = boot_ms(lab, [(f"{base}/plain/", 1), (f"{base}/six/", 1)])
        finally:
            server.shutdown()
    rows += [Row("embed: export boot, no requirements", without, "ms"),
             Row("embed: export boot, requirement `six` shipped as a wheel", shipped, "ms"),
             Row("embed: cost of the shipped requirement (wheel from the lock file)", shipped - without, "ms")]
    return rows
