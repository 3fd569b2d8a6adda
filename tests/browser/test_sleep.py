"""time.sleep really waits, without busy-waiting, wherever app code runs (issue 12.1).

A JS interval set up from Python counts how often the worker's event loop ran
during the sleep: a suspended wait lets it run (~20 times a second), a busy-wait
would leave it at zero.
"""
import re

from playwright.sync_api import expect

from browser_helpers import open_app

APP = """
import time
import gradio as gr
import js
from pyodide.ffi import create_proxy

def measured_sleep(seconds):
    count = [0]
    beat = create_proxy(lambda: count.__setitem__(0, count[0] + 1))
    handle = js.setInterval(beat, 50)
    started = time.time()
    time.sleep(seconds)
    elapsed = time.time() - started
    js.clearInterval(handle)
    beat.destroy()
    return f"slept {elapsed:.2f} s, worker ran {count[0]} times"

AT_IMPORT = measured_sleep(0.4)

def gen():
    for i in range(3):
        time.sleep(0.3)
        yield f"step {i}"

with gr.Blocks() as demo:
    module = gr.Textbox(label="Module", value=AT_IMPORT)
    loaded = gr.Textbox(label="Load")
    out = gr.Textbox(label="Out")
    steps = gr.Textbox(label="Steps")
    ticked = gr.Textbox(label="Tick")
    timer = gr.Timer(0.5)
    gr.Button("Sleep").click(lambda: measured_sleep(1.0), None, out)
    gr.Button("Generate").click(gen, None, steps)
    timer.tick(lambda: (measured_sleep(0.3), gr.Timer(active=False)), None, [ticked, timer])
    demo.load(lambda: measured_sleep(0.3), None, loaded)

demo.launch()
"""

SLEPT = re.compile(r"slept (\d+\.\d+) s, worker ran (\d+) times")


def _check(text: str, at_least: float) -> None:
    m = SLEPT.fullmatch(text)
    assert m, text
    assert float(m.group(1)) >= at_least - 0.02, text
    assert int(m.group(2)) >= 2, f"the worker was blocked during the sleep: {text}"


def test_sleep_suspends_in_module_load_handler_timer_and_generator(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    assert page.evaluate("() => document.body.innerText").count("cannot pause Python") == 0
    _check(page.get_by_label("Module").input_value(), 0.4)
    expect(page.get_by_label("Load")).to_have_value(SLEPT, timeout=10_000)
    _check(page.get_by_label("Load").input_value(), 0.3)
    expect(page.get_by_label("Tick")).to_have_value(SLEPT, timeout=10_000)
    _check(page.get_by_label("Tick").input_value(), 0.3)

    page.get_by_role("button", name="Sleep").click()
    expect(page.get_by_label("Out")).to_have_value(SLEPT, timeout=10_000)
    _check(page.get_by_label("Out").input_value(), 1.0)

    started = page.evaluate("() => performance.now()")
    page.get_by_role("button", name="Generate").click()
    expect(page.get_by_label("Steps")).to_have_value("step 2", timeout=10_000)
    took = page.evaluate("() => performance.now()") - started
    assert took >= 850, f"three 0.3 s sleeps took {took:.0f} ms"


BLOCKING = """
import time
import gradio as gr

def nap():
    started = time.time()
    time.sleep(0.5)
    return f"{time.time() - started:.1f}"

with gr.Blocks() as demo:
    out = gr.Textbox(label="Out")
    gr.Button("Nap").click(nap, None, out)

demo.launch()
"""


def test_without_jspi_sleep_blocks_and_the_page_says_so_once(context, lite_site):
    context.add_init_script("globalThis.LITEBLOCKS_NO_JSPI = true")
    page = open_app(context, lite_site.page_url(
        f"<gradio-lite>{BLOCKING}</gradio-lite><gradio-lite>{BLOCKING}</gradio-lite>"))
    page.wait_for_function("() => document.querySelectorAll('gradio-lite[data-ready]').length === 2", timeout=60_000)
    expect(page.get_by_text("This browser cannot pause Python")).to_have_count(1)
    page.get_by_role("button", name="Nap").first.click()
    out = page.get_by_label("Out").first
    expect(out).to_have_value(re.compile(r"\d+\.\d"), timeout=10_000)
    assert float(out.input_value()) >= 0.5  # waited (busy), not skipped
