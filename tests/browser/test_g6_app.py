"""Apps drawn by Gradio 6's own frontend, run by our worker (issue 16.3):
clicks, generators streaming yield by yield, cancels=, gr.State across events, demo.load,
errors and gr.Info as Gradio's toasts."""
from playwright.sync_api import expect

from browser_helpers import open_app

GRADIO = ""  # no attribute needed: every app is drawn by Gradio's frontend

APP = """
import time
import gradio as gr

def count(n):
    for i in range(int(n)):
        yield f"tick {i}"
        time.sleep(0.5)

def add(x, total):
    total = total + x
    return total, total

def fail():
    raise gr.Error("That went wrong")

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    greeting = gr.Textbox(label="Greeting")
    greet = gr.Button("Greet")
    n = gr.Number(12, label="Steps")
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
    stopped_at = textbox(page, "Stream").input_value()
    page.wait_for_timeout(1500)
    assert textbox(page, "Stream").input_value() == stopped_at != "tick 11"


def test_state_and_errors(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_label("Total")).to_have_value("12")
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_label("Total")).to_have_value("24")
    page.get_by_role("button", name="Fail").click()
    expect(page.get_by_text("That went wrong")).to_be_visible()


SLOW = """
import time
import gradio as gr

def work(progress=gr.Progress()):
    progress(0.5, desc="Halfway there")
    time.sleep(1.5)
    return "finished"

def spin():
    while True:
        pass

with gr.Blocks() as demo:
    out = gr.Textbox(label="Result")
    gr.Button("Work").click(work, None, out)
    gr.Button("Spin").click(spin, None, out)
    gr.Button("Echo").click(lambda: "echo", None, out)
    clicks = gr.State(0)
    gr.Button("Count").click(lambda c: (c + 1, f"count {c + 1}"), clicks, [clicks, out])
"""


def test_progress_and_stop_a_hung_handler_keeps_state(context, lite_site):
    page = open_app(context, lite_site.app_url(SLOW, GRADIO))
    page.get_by_role("button", name="Work").click()
    expect(page.get_by_text("Halfway there")).to_be_visible(timeout=5_000)
    expect(textbox(page, "Result")).to_have_value("finished", timeout=5_000)
    for n in (1, 2):
        page.get_by_role("button", name="Count").click()
        expect(textbox(page, "Result")).to_have_value(f"count {n}")
    page.get_by_role("button", name="Spin").click()
    page.get_by_role("button", name="Stop", exact=True).click(timeout=10_000)
    expect(page.get_by_text("Stopped: the app was restarted in a fresh worker.")).to_be_visible(timeout=10_000)
    page.get_by_role("button", name="Echo").click()
    expect(textbox(page, "Result")).to_have_value("echo", timeout=10_000)
    page.get_by_role("button", name="Count").click()  # gr.State is what it was before the hang
    expect(textbox(page, "Result")).to_have_value("count 3")


def test_title_sets_the_document_title_only_on_an_untitled_page(context, lite_site):
    import html as _html
    code = 'import gradio as gr\nwith gr.Blocks(title="Ledger") as demo:\n    gr.Textbox(label="Amount")\n'
    (lite_site.pages / "untitled.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><link rel='stylesheet' href='/lite.css'>"
        "<script type='module' src='/lite.js'></script></head><body>"
        f"<gradio-lite {GRADIO}>{_html.escape(code)}</gradio-lite></body></html>")
    page = open_app(context, f"{lite_site.base}/_pages/untitled.html")
    expect(page).to_have_title("Ledger")
    titled = open_app(context, lite_site.app_url(code, GRADIO))
    expect(titled.get_by_label("Amount")).to_be_visible()
    assert titled.title() == "test"  # the page's own title wins


IFACE = """
import gradio as gr

def greet(name, intensity):
    return "Hello, " + name + "!" * int(intensity)

demo = gr.Interface(fn=greet, inputs=["text", gr.Slider(1, 5, value=2, step=1)], outputs=["text"])
"""


def test_interface_submit_clear_and_flag(context, lite_site):
    page = open_app(context, lite_site.app_url(IFACE, GRADIO))
    page.get_by_label("name", exact=True).fill("Ada")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output", exact=True)).to_have_value("Hello, Ada!!")
    page.get_by_role("button", name="Flag").click()
    expect(page.get_by_role("button", name="Saving...")).to_be_visible()
    expect(page.get_by_role("button", name="Flag")).to_be_enabled(timeout=5_000)
    page.get_by_role("button", name="Clear").click()  # in the browser, by Gradio's JS clear
    expect(page.get_by_label("name", exact=True)).to_have_value("")
    expect(page.get_by_label("output", exact=True)).to_have_value("")
