"""gr.Interface in the browser: the classic greet demo renders its labelled
boxes and Submit button, and runs the function."""
from playwright.sync_api import expect

from browser_helpers import open_app

GREET = """
import gradio as gr

def greet(name):
    return "Hello " + name + "!"

demo = gr.Interface(fn=greet, inputs="text", outputs="text", title="Greeter")
demo.launch()
"""


def test_greet_interface(context, lite_site):
    page = open_app(context, lite_site.app_url(GREET))
    expect(page.get_by_role("heading", name="Greeter")).to_be_visible()
    page.get_by_label("name").fill("Ann")
    page.get_by_role("button", name="Submit").click()
    expect(page.get_by_label("output")).to_have_value("Hello Ann!")
    page.get_by_role("button", name="Clear").click()
    expect(page.get_by_label("name")).to_have_value("")
    expect(page.get_by_label("output")).to_have_value("")
