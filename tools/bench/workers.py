"""One worker per app (issue 12, points 2 and 7): boot of 1 vs 5 apps, restart after Stop.

Boot: navigation start -> every <gradio-lite> data-ready, in a fresh context
(cold HTTP cache) each run, interleaved round by round with the same pages where
each worker compiles the wasm and gunzips the snapshot itself
(`LITEBLOCKS_SHARED_BOOT = false`, as before js/boot_share.js). Restart: click Stop on a handler stuck in a loop ->
the app's restart notice is shown and the app answers a click again.
"""
from __future__ import annotations

import html
import statistics

from . import Row

RUNS = 5
APP = """
import gradio as gr
def spin():
    while True:
        pass
def bump(n):
    return n + 1
with gr.Blocks() as demo:
    n = gr.Number(0, label="N")
    gr.Button("Add").click(bump, n, n)
    gr.Button("Spin").click(spin, None, None)
demo.launch()
"""
ALL_READY = ("() => { const els = [...document.querySelectorAll('gradio-lite')];"
             " return els.length && els.every(e => e.dataset.ready !== undefined); }")


UNSHARED = "globalThis.LITEBLOCKS_SHARED_BOOT = false;"


def boot_ms(lab, url: str, init: str = "") -> float:
    ctx = lab.browser.new_context()
    ctx.add_init_script(init)
    try:
        page = ctx.new_page()
        page.goto(url)
        page.wait_for_function(ALL_READY, timeout=180_000)
        return page.evaluate("performance.now()")
    finally:
        ctx.close()


def restart_ms(lab, url: str) -> float:
    ctx = lab.browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(url)
        page.wait_for_function(ALL_READY, timeout=180_000)
        page.get_by_role("button", name="Spin").click()
        stop = page.get_by_role("button", name="Stop")
        stop.wait_for(timeout=20_000)
        started = page.evaluate("performance.now()")
        stop.click()
        page.get_by_text("Stopped: the app was restarted").wait_for(timeout=60_000)
        page.get_by_role("button", name="Add").click()
        page.wait_for_function("() => document.querySelector('input[type=number]')?.value === '1'",
                               timeout=60_000)
        return page.evaluate("performance.now()") - started
    finally:
        ctx.close()


def run(lab) -> list[Row]:
    app = f"<gradio-lite>{html.escape(APP)}</gradio-lite>"
    one, five = lab.page_url(app), lab.page_url(app * 5)
    ways = {("1", "shared"): (one, ""), ("5", "shared"): (five, ""),
            ("1", "unshared"): (one, UNSHARED), ("5", "unshared"): (five, UNSHARED)}
    times = {k: [] for k in ways}
    for round_ in range(RUNS + 1):
        for k, (url, init) in ways.items():
            ms = boot_ms(lab, url, init)
            if round_:
                times[k].append(ms)
    med = {k: statistics.median(v) for k, v in times.items()}
    restart = statistics.median(restart_ms(lab, one) for _ in range(RUNS))
    rows = []
    for way in ("shared", "unshared"):
        rows += [
            Row(f"boot to interactive, 1 app, {way} boot (median of {RUNS})", med["1", way], "ms"),
            Row(f"boot to interactive, 5 apps, {way} boot (median of {RUNS})", med["5", way], "ms"),
            Row(f"boot 5 apps / 1 app, {way} boot", med["5", way] / med["1", way], "x",
                "target <= 1.5" if way == "shared" else ""),
        ]
    rows.append(Row(f"Stop -> app answers a click again (median of {RUNS})", restart, "ms", "target <= 2000"))
    return rows
