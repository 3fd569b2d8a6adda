"""Stop on a handler in a tight loop, then the next click (issue 12.2), on Gradio's frontend:
interrupt (cross-origin isolated page: Python interrupted in place, js/run_interrupt.js) vs
restart (any other page: the worker is terminated and the app reloaded in a fresh one).

Measured: Stop clicked -> the next click's answer is on the page, median of RUNS, in a fresh
context each run.
"""
from __future__ import annotations

import statistics

from . import Row

RUNS = 5
APP = """
import gradio as gr
def spin():
    while True:
        pass
with gr.Blocks() as demo:
    n = gr.Number(0, label="N")
    gr.Button("Add").click(lambda n: n + 1, n, n)
    gr.Button("Spin").click(spin, None, None)
"""
NOTICE = {"interrupt": "Stopped: the run was interrupted", "restart": "Stopped: the app was restarted"}


def stop_ms(lab, url: str, way: str) -> float:
    ctx = lab.browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(url)
        lab.wait_ready(page)
        assert page.evaluate("crossOriginIsolated") == (way == "interrupt")
        page.get_by_role("button", name="Spin").click()
        stop = page.get_by_role("button", name="Stop")
        stop.wait_for(timeout=20_000)
        started = page.evaluate("performance.now()")
        stop.click()
        page.get_by_text(NOTICE[way]).wait_for(timeout=60_000)
        page.get_by_role("button", name="Add").click()
        page.wait_for_function("() => document.querySelector('input[type=number]')?.value === '1'",
                               timeout=60_000)
        return page.evaluate("performance.now()") - started
    finally:
        ctx.close()


def run(lab) -> list[Row]:
    url = lab.app_url(APP)
    urls = {"interrupt": lab.isolated(url), "restart": url}
    times = {way: [] for way in urls}
    for _ in range(RUNS):
        for way, u in urls.items():
            times[way].append(stop_ms(lab, u, way))
    med = {way: statistics.median(v) for way, v in times.items()}
    return [
        Row(f"Stop -> next click answered, interrupt (isolated page, median of {RUNS})", med["interrupt"], "ms"),
        Row(f"Stop -> next click answered, restart (median of {RUNS})", med["restart"], "ms", "target <= 2000"),
    ]
