"""One worker per app (issue 12, points 2 and 7): boot of 1 vs 5 apps, restart after Stop.

Boot: navigation start -> every <gradio-lite> data-ready, in a fresh context
(cold HTTP cache) each run. Restart: click Stop on a handler stuck in a loop ->
the app's restart notice is shown and the app answers a click again.
"""
from __future__ import annotations

import html
import statistics

from . import Row

RUNS = 3
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


def boot_ms(lab, url: str) -> float:
    ctx = lab.browser.new_context()
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
    times = {"1": [], "5": []}
    for round_ in range(RUNS + 1):
        for k, url in (("1", one), ("5", five)):
            ms = boot_ms(lab, url)
            if round_:
                times[k].append(ms)
    med = {k: statistics.median(v) for k, v in times.items()}
    restart = statistics.median(restart_ms(lab, one) for _ in range(RUNS))
    return [
        Row(f"boot to interactive, 1 app (median of {RUNS})", med["1"], "ms"),
        Row(f"boot to interactive, 5 apps, one worker each (median of {RUNS})", med["5"], "ms"),
        Row("boot 5 apps / 1 app", med["5"] / med["1"], "x", "target <= 1.5"),
        Row(f"Stop -> app answers a click again (median of {RUNS})", restart, "ms", "target <= 2000"),
    ]
