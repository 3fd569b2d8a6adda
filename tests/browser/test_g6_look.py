"""What a Gradio user sees on Gradio's frontend (issue 16, "how to know"): tabs are ARIA tabs used
by keyboard, a running handler shows its elapsed time on its outputs, toasts sit at the top right
and go after their duration (or when closed), outputs are read-only, and Rows wrap on a phone."""
import re

from playwright.sync_api import expect

from browser_helpers import open_app, toast

APP = """
import time
import gradio as gr

def slow(x):
    time.sleep(1.5)
    gr.Info("Shouted", duration=1)
    gr.Warning("Stays until closed", duration=None)
    return x.upper()

with gr.Blocks() as demo:
    with gr.Tabs():
        with gr.Tab("First"):
            with gr.Row():
                left = gr.Textbox(label="Left")
                right = gr.Textbox(label="Right")
        with gr.Tab("Second"):
            gr.Markdown("Second tab body")
    out = gr.Textbox(label="Shout")
    gr.Button("Go").click(slow, left, out)
"""


def test_tabs_are_aria_tabs_driven_by_keyboard(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    tabs = page.get_by_role("tablist").get_by_role("tab")
    expect(tabs).to_have_count(2)
    first, second = page.get_by_role("tab", name="First"), page.get_by_role("tab", name="Second")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Second tab body")).to_be_hidden()
    first.focus()
    page.keyboard.press("Tab")
    expect(second).to_be_focused()
    page.keyboard.press("Enter")
    expect(second).to_have_attribute("aria-selected", "true")
    expect(page.get_by_text("Second tab body")).to_be_visible()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Space")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(page.get_by_label("Left")).to_be_visible()


def test_running_handler_shows_elapsed_time_then_toasts_come_and_go(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    expect(page.get_by_label("Shout")).not_to_be_editable()  # an output only: read-only, as in Gradio
    page.get_by_label("Left").fill("hi")
    page.get_by_role("button", name="Go").click()
    # Gradio's status tracker over the output while it runs: seconds counting up
    expect(page.get_by_test_id("status-tracker").get_by_text(re.compile(r"^\s*\d+\.\ds\s*$"))).to_be_visible(timeout=5_000)
    expect(page.get_by_label("Shout")).to_have_value("HI", timeout=10_000)
    expect(page.get_by_test_id("status-tracker").get_by_text(re.compile(r"^\s*\d+\.\ds\s*$"))).to_have_count(0)
    info, warning = toast(page, "Shouted"), toast(page, "Stays until closed")
    expect(info).to_be_visible()
    box, width = info.bounding_box(), page.viewport_size["width"]
    assert box["y"] < 100 and box["x"] + box["width"] > width - 60  # top right
    expect(info).to_have_count(0, timeout=5_000)  # duration=1: gone by itself
    page.wait_for_timeout(500)
    expect(warning).to_be_visible()  # duration=None: stays
    warning.get_by_role("button", name="Close", exact=True).click()
    expect(warning).to_have_count(0)


def test_rows_wrap_on_a_narrow_screen(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    left, right = page.get_by_label("Left"), page.get_by_label("Right")
    assert left.bounding_box()["y"] == right.bounding_box()["y"]  # side by side on a desktop
    page.set_viewport_size({"width": 300, "height": 800})
    page.wait_for_timeout(300)
    assert right.bounding_box()["y"] > left.bounding_box()["y"] + left.bounding_box()["height"]  # stacked
