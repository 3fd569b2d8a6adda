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


TABBED = """
import gradio as gr

hello = gr.Interface(lambda name: "Hello " + name, "text", "text")
bye = gr.Interface(lambda name: "Bye " + name, gr.Textbox(label="Who"), "text")
demo = gr.TabbedInterface([hello, bye], ["Hello World", "Bye World"], title="Greetings")
"""


def test_tabbed_interface_runs_each_interface_in_its_tab(context, lite_site):
    page = open_app(context, lite_site.app_url(TABBED))
    expect(page.get_by_role("heading", name="Greetings")).to_be_visible()
    shown = page.get_by_role("tabpanel")  # the selected tab's panel only
    shown.get_by_label("name").fill("Ada")
    shown.get_by_role("button", name="Submit").click()
    expect(shown.get_by_label("output")).to_have_value("Hello Ada")
    page.get_by_role("tab", name="Bye World").click()
    shown.get_by_label("Who").fill("Bob")
    shown.get_by_role("button", name="Submit").click()
    expect(shown.get_by_label("output")).to_have_value("Bye Bob")
