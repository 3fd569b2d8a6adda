"""Apps drawn by Gradio 6's own frontend (renderer="gradio"), run by our worker (issue 16.3):
clicks, generators streaming yield by yield, cancels=, gr.State across events, demo.load,
errors and gr.Info as Gradio's toasts."""
from playwright.sync_api import expect

from browser_helpers import open_app

GRADIO = 'renderer="gradio"'

APP = """
import time
import gradio as gr

def count(n):
    for i in range(int(n)):
        time.sleep(0.4)
        yield f"tick {i}"

def add(x, total):
    total = total + x
    return total, total

def fail():
    raise gr.Error("That went wrong")

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    greeting = gr.Textbox(label="Greeting")
    greet = gr.Button("Greet")
    n = gr.Number(5, label="Steps")
    stream = gr.Textbox(label="Stream")
    go = gr.Button("Go")
    stop = gr.Button("Stop it")
    total = gr.State(0)
    shown = gr.Number(label="Total")
    plus = gr.Button("Add")
    loaded = gr.Textbox(label="Loaded")
    bad = gr.Button("Fail")
    greet.click(lambda s: f"Hello, {s}!", name, greeting).then(lambda: gr.Info("greeted"))
    run = go.click(count, n, stream)
    stop.click(None, None, None, cancels=[run])
    plus.click(add, [n, total], [shown, total])
    demo.load(lambda: "yes", None, loaded)
    bad.click(fail)
"""


def textbox(page, label):
    return page.get_by_label(label, exact=True)


def test_click_then_toast_and_load(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    expect(textbox(page, "Loaded")).to_have_value("yes", timeout=10_000)
    textbox(page, "Name").fill("Ada")
    page.get_by_role("button", name="Greet").click()
    expect(textbox(page, "Greeting")).to_have_value("Hello, Ada!")
    expect(page.get_by_text("greeted")).to_be_visible()


def test_generator_streams_and_cancels(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    page.get_by_role("button", name="Go").click()
    expect(textbox(page, "Stream")).to_have_value("tick 0", timeout=5_000)
    expect(textbox(page, "Stream")).to_have_value("tick 1", timeout=5_000)
    page.get_by_role("button", name="Stop it").click()
    page.wait_for_timeout(1500)
    assert textbox(page, "Stream").input_value() in ("tick 1", "tick 2")


def test_state_and_errors(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_label("Total")).to_have_value("5")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_label("Total")).to_have_value("10")
    page.get_by_role("button", name="Fail").click()
    expect(page.get_by_text("That went wrong")).to_be_visible()
