"""ColorPicker, DateTime, HighlightedText, Walkthrough and event validators on Gradio's frontend,
driven as a person does: values reach the handler as Gradio gives them, a rejected input is
marked with its message and the handler does not run."""
from playwright.sync_api import expect

from browser_helpers import open_app

GRADIO = ""  # no attribute needed: every app is drawn by Gradio's frontend

APP = """
import gradio as gr

def check(age):
    return gr.validate(age is not None and age >= 18, "Must be an adult")

with gr.Blocks() as demo:
    with gr.Walkthrough(selected=0) as walk:
        with gr.Step("Pick", id=0):
            color = gr.ColorPicker("#ff0000", label="Colour")
            when = gr.DateTime("2024-01-01 10:00:00", label="When", type="string")
            seen = gr.Textbox(label="Seen")
            gr.Button("Show").click(lambda c, w: f"{c} at {w}", [color, when], seen)
            gr.Button("Next step").click(lambda: gr.Walkthrough(selected=1), None, walk)
        with gr.Step("Check", id=1):
            age = gr.Number(label="Age")
            verdict = gr.Textbox(label="Verdict")
            gr.Button("Verify").click(lambda a: f"ok {int(a)}", age, verdict, validator=check)
            spans = gr.HighlightedText(label="Spans", combine_adjacent=True)
            gr.Button("Mark").click(lambda: [("hello", "greeting"), (" world", None)], None, spans)
    gr.ColorPicker()  # no value, no label: Gradio draws it (black); it must not break the page
    gr.DateTime()
"""


def test_values_steps_and_validation(context, lite_site):
    errors = []
    context.on("weberror", lambda e: errors.append(str(e.error)))
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    page.get_by_role("button", name="Show").click()
    expect(page.get_by_label("Seen", exact=True)).to_have_value("#ff0000 at 2024-01-01 10:00:00")
    expect(page.get_by_label("Age", exact=True)).to_be_hidden()
    page.get_by_role("button", name="Next step").click()
    age = page.get_by_label("Age", exact=True)
    expect(age).to_be_visible()
    age.fill("12")
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_text("Must be an adult")).to_be_visible()
    expect(page.get_by_label("Verdict", exact=True)).to_have_value("")
    age.fill("30")
    page.get_by_role("button", name="Verify").click()
    expect(page.get_by_label("Verdict", exact=True)).to_have_value("ok 30")
    expect(page.get_by_text("Must be an adult")).to_be_hidden()
    page.get_by_role("button", name="Mark").click()
    expect(page.get_by_text("hello")).to_be_visible()
    expect(page.get_by_text("greeting")).to_be_visible()
    assert errors == []


SIDEBAR_APP = """
import gradio as gr

with gr.Blocks() as demo:
    with gr.Sidebar(label="Settings") as side:
        level = gr.Slider(0, 10, value=3, step=1, label="Level")
    gr.Markdown("# Main area")
    shown = gr.Textbox(label="Shown")
    log = gr.Textbox(label="Log")
    level.change(lambda v: f"level {v}", level, shown)
    side.collapse(lambda: "collapsed", None, log)
    side.expand(lambda: "expanded", None, log)
"""


def test_sidebar_opens_closes_and_makes_room(context, lite_site):
    page = open_app(context, lite_site.app_url(SIDEBAR_APP))
    panel = page.get_by_role("complementary", name="Settings")
    toggle = page.get_by_role("button", name="Toggle Sidebar")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    level = page.get_by_label("number input for Level")
    expect(level).to_be_visible()
    # open on a desktop: the app's content starts beside the panel, not under it
    assert page.get_by_label("Shown").bounding_box()["x"] >= panel.bounding_box()["x"] + panel.bounding_box()["width"]
    level.fill("7")
    level.press("Enter")
    expect(page.get_by_label("Shown")).to_have_value("level 7")
    toggle.click()
    expect(page.get_by_label("Log")).to_have_value("collapsed")
    expect(level).to_be_hidden()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    assert page.get_by_label("Shown").bounding_box()["x"] < 50  # the room is given back
    toggle.click()
    expect(page.get_by_label("Log")).to_have_value("expanded")
    expect(level).to_have_value("7")  # its values kept while closed


HTML_EVENTS_APP = """
import gradio as gr

with gr.Blocks() as demo:
    stars = gr.HTML("<button id='star'>Rate 5</button>",
                    js_on_load="element.querySelector('#star').addEventListener('click', () => trigger('rate'))")
    plain = gr.HTML("<p>Plain block</p>")
    out = gr.Textbox(label="Out")
    stars.rate(lambda: "rated", None, out)
    plain.click(lambda: "clicked", None, out)
"""


def test_html_custom_events_from_js_on_load_and_default_click(context, lite_site):
    page = open_app(context, lite_site.app_url(HTML_EVENTS_APP))
    page.get_by_role("button", name="Rate 5").click()
    expect(page.get_by_label("Out")).to_have_value("rated")
    page.get_by_text("Plain block").click()  # Gradio's default js_on_load triggers click
    expect(page.get_by_label("Out")).to_have_value("clicked")


HTML_CONTAINER_APP = """
import gradio as gr

with gr.Blocks() as demo:
    with gr.HTML(html_template="<section><h2>Card title</h2>@children</section>"):
        name = gr.Textbox(label="Inside")
        out = gr.Textbox(label="Echo")
        gr.Button("Echo it").click(lambda s: s, name, out)
"""


def test_html_as_a_container_draws_its_children_in_the_template(context, lite_site):
    page = open_app(context, lite_site.app_url(HTML_CONTAINER_APP))
    heading = page.get_by_role("heading", name="Card title")
    expect(heading).to_be_visible()
    inside = page.get_by_label("Inside")
    assert inside.bounding_box()["y"] > heading.bounding_box()["y"]  # where @children stands
    inside.fill("hello")
    page.get_by_role("button", name="Echo it").click()
    expect(page.get_by_label("Echo")).to_have_value("hello")
