"""Boot-to-interactive and first-visit bytes, with and without the boot snapshot (issue 7).

Three ways, interleaved round by round so machine load hits them alike, each run
in a fresh browser context (empty HTTP cache, a cold start):
  snapshot  the cart example, worker restored from v/<hash>/snapshot.bin.gz
  plain     the cart example with `LITEBLOCKS_SNAPSHOT = false` (boot + install + import)
  bare      a module worker that only runs Pyodide's own loadPyodide()
Time = navigation start -> <gradio-lite data-ready> (bare: -> loadPyodide resolved).
Bytes = every response body as the server sent it (gzip where served so), counted
by tools/serve.py for one fresh visit. One warm-up round first (server gzip cache).
"""
from __future__ import annotations

import statistics

from .. import serve, site
from . import Row

RUNS = 5
READY_PROBE = """
new MutationObserver((_, obs) => {
  const el = document.querySelector('gradio-lite');
  if (el && el.dataset.ready !== undefined && window.__lbReady === undefined) {
    window.__lbReady = performance.now(); obs.disconnect();
  }
}).observe(document, {subtree: true, attributes: true, attributeFilter: ['data-ready']});
"""
NO_SNAPSHOT = "globalThis.LITEBLOCKS_SNAPSHOT = false;"


def bare_page(lab) -> str:
    core = f"{lab.base}/pyodide/{site.pyodide_version()}/"
    runtime = (lab.dist / "lite.js").read_text().split('import "./', 1)[1].split("main.js")[0]
    lock = f"{lab.base}/{runtime}pyodide/pyodide-lock.json"  # dist/ ships our lock, not Pyodide's
    worker = (f"import {{ loadPyodide }} from '{core}pyodide.mjs';"
              f"await loadPyodide({{ indexURL: '{core}', lockFileURL: '{lock}' }}); postMessage('ready');")
    name = "bench-bare-pyodide.html"
    (lab.pages / name).write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>bare</title>"
        "<link rel='icon' href='data:,'></head><body><script type='module'>"
        f"const src = {worker!r};"
        "const w = new Worker(URL.createObjectURL(new Blob([src], {type: 'text/javascript'})), {type: 'module'});"
        "w.onmessage = () => { window.__lbReady = performance.now(); };"
        "</script></body></html>")
    return f"{lab.base}/_pages/{name}"


def one_run(lab, url: str, init: str) -> tuple[float, int, str]:
    """(ms to interactive, bytes sent, boot mode) for one cold visit."""
    ctx = lab.browser.new_context()
    ctx.add_init_script(init)
    console: list[str] = []
    page = ctx.new_page()
    page.on("console", lambda m: console.append(m.text))
    serve.sent_log = sent = []
    try:
        page.goto(url)
        page.wait_for_function("() => window.__lbReady !== undefined", timeout=180_000)
        ms = page.evaluate("window.__lbReady")
    finally:
        serve.sent_log = None
        ctx.close()
    mode = next((line.rsplit("boot: ", 1)[1].rstrip(")") for line in console if "(boot: " in line), "bare")
    return ms, sum(n for path, n in sent if not path.startswith("/_pages/")), mode


def run(lab) -> list[Row]:
    from pathlib import Path
    cart = (Path(site.ROOT) / "examples" / "cart.py").read_text()
    urls = {"snapshot": (lab.app_url(cart), READY_PROBE),
            "plain": (lab.app_url(cart), NO_SNAPSHOT + READY_PROBE),
            "bare": (bare_page(lab), "")}
    times: dict[str, list[float]] = {k: [] for k in urls}
    sizes: dict[str, int] = {}
    for round_ in range(RUNS + 1):
        for way, (url, init) in urls.items():
            ms, sent, mode = one_run(lab, url, init)
            if way != "bare" and mode != way:
                raise RuntimeError(f"{way} run booted as {mode!r}: is the snapshot built?")
            if round_:  # round 0 warms the server's gzip cache
                times[way].append(ms)
                sizes[way] = sent
    med = {k: statistics.median(v) for k, v in times.items()}
    rows = [Row(f"boot to interactive, cart, {k} (median of {RUNS})", v, "ms") for k, v in med.items()]
    rows.append(Row("boot snapshot / bare Pyodide boot", med["snapshot"] / med["bare"], "x", "target <= 0.35"))
    rows.append(Row("boot plain / bare Pyodide boot", med["plain"] / med["bare"], "x"))
    for k, v in sizes.items():
        rows.append(Row(f"first-visit bytes (as served, gzip), {k}", v / 1e6, "MB"))
    rows.append(Row("first-visit bytes, snapshot - bare Pyodide", (sizes["snapshot"] - sizes["bare"]) / 1e6, "MB",
                    "target <= 7 MB"))
    rows.append(Row("first-visit bytes, plain - bare Pyodide", (sizes["plain"] - sizes["bare"]) / 1e6, "MB"))
    return rows
