"""gr.Timer in the browser: ticks update the page, and an update can stop it."""
import re

from playwright.sync_api import expect

from browser_helpers import open_app

APP = """
import gradio as gr

with gr.Blocks() as demo:
    timer = gr.Timer(0.2)
    n = gr.Number(label="Ticks", value=0)
    timer.tick(lambda x: x + 1, n, n)
    gr.Button("Stop").click(lambda: gr.Timer(active=False), None, timer)

demo.launch()
"""


def test_timer_ticks_then_stops(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    ticks = page.get_by_label("Ticks")
    expect(ticks).to_have_value(re.compile(r"^([3-9]|\d\d+)$"), timeout=20_000)
    page.get_by_role("button", name="Stop").click()
    page.wait_for_timeout(500)
    stopped_at = ticks.input_value()
    page.wait_for_timeout(1000)
    expect(ticks).to_have_value(stopped_at)
