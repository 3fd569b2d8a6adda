"""Apps on one page are isolated (issue 12, point 7): own worker, own globals."""
import html

from playwright.sync_api import expect

from browser_helpers import open_app

HANG = """
import gradio as gr
SECRET = "from-hang"

def spin():
    while True:
        pass

def peek():
    import sys
    return str(sorted(k for k in sys.modules if k.startswith("app") or "other" in k))

with gr.Blocks() as demo:
    gr.Button("Hang").click(spin, None, None)
demo.launch()
"""

OTHER = """
import gradio as gr
import builtins

def bump(n):
    return n + 1

def peek():
    return str(getattr(builtins, "LEAK", "none"))

with gr.Blocks() as demo:
    n = gr.Number(0, label="Count")
    seen = gr.Textbox(label="Seen")
    gr.Button("Add").click(bump, n, n)
    gr.Button("Peek").click(peek, None, seen)
demo.launch()
"""

LEAKER = """
import gradio as gr
import builtins
builtins.LEAK = "leaked"
gr.Markdown = None
with gr.Blocks() as demo:
    pass
demo.launch()
"""


def lite(code):
    return f"<gradio-lite>{html.escape(code)}</gradio-lite>"


def test_a_hung_app_leaves_the_other_running(context, lite_site):
    page = open_app(context, lite_site.page_url(lite(HANG) + lite(OTHER)))
    page.get_by_role("button", name="Hang").click()
    expect(page.get_by_role("button", name="Stop")).to_be_visible(timeout=10_000)
    page.get_by_role("button", name="Add").click()
    expect(page.get_by_label("Count")).to_have_value("1")
    page.get_by_role("button", name="Stop").click()
    expect(page.get_by_text("Stopped: the app was restarted")).to_be_visible(timeout=30_000)


def test_apps_cannot_see_each_others_interpreter(context, lite_site):
    page = open_app(context, lite_site.page_url(lite(LEAKER) + lite(OTHER)))
    page.get_by_role("button", name="Peek").click()
    expect(page.get_by_label("Seen")).to_have_value("none")
