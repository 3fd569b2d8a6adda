"""Rendering: labels tied to inputs, real buttons, sanitised Markdown/HTML,
user text shown as text, updates, and messages (issue 2)."""
from playwright.sync_api import expect

from browser_helpers import open_app

WIDGETS = """
import gradio as gr

with gr.Blocks() as demo:
    gr.Markdown("# Title\\n<img src=x onerror=\\"window.pwned=1\\"> **bold** <script>window.pwned=2</script>")
    gr.HTML("<b id='ok'>fine</b><img src=x onerror=\\"window.authored=1\\">")  # the author's HTML, as in Gradio
    with gr.Row():
        name = gr.Textbox(label="Name", placeholder="Your name")
        age = gr.Slider(0, 100, value=30, step=1, label="Age")
    color = gr.Dropdown(["red", "green"], value="red", label="Color")
    size = gr.Radio(["S", "M", "L"], value="M", label="Size")
    agree = gr.Checkbox(label="Agree")
    out = gr.Textbox(label="Summary")
    hidden = gr.Markdown("Secret panel", visible=False)
    info_btn = gr.Button("Notify")

    def summary(n, a, c, s, g):
        return f"{n}|{a}|{c}|{s}|{g}", gr.update(visible=g)

    gr.Button("Summarise", variant="primary").click(summary, [name, age, color, size, agree], [out, hidden])
    name.submit(lambda n: "submitted " + n, name, out)

    def notify():
        gr.Info("Heads up")
        gr.Warning("Careful")
        return "notified"

    info_btn.click(notify, None, out)

demo.launch()
"""


def test_widgets_are_labelled_and_drive_handlers(context, lite_site):
    page = open_app(context, lite_site.app_url(WIDGETS))
    page.get_by_label("Name").fill("<b>Ann</b>")
    page.get_by_label("Color").click()
    page.get_by_role("option", name="green").click()
    page.get_by_label("L", exact=True).check()
    page.get_by_label("Agree").check()
    page.get_by_label("number input for Age").fill("42")
    page.get_by_role("button", name="Summarise").click()
    expect(page.get_by_label("Summary")).to_have_value("<b>Ann</b>|42|green|L|True")
    expect(page.get_by_text("Secret panel")).to_be_visible()
    page.get_by_label("Name").press("Enter")
    expect(page.get_by_label("Summary")).to_have_value("submitted <b>Ann</b>")


def test_markdown_and_html_are_sanitised(context, lite_site):
    page = open_app(context, lite_site.app_url(WIDGETS))
    expect(page.get_by_role("heading", name="Title")).to_be_visible()
    expect(page.locator("strong", has_text="bold")).to_be_visible()
    expect(page.locator("#ok")).to_have_text("fine")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.pwned") is None
    md = page.locator("gradio-lite .prose").first
    assert md.locator("script").count() == 0 and md.locator("[onerror]").count() == 0


def test_every_input_has_an_accessible_name(context, lite_site):
    page = open_app(context, lite_site.app_url(WIDGETS))
    unnamed = page.evaluate("""() => [...document.querySelectorAll('gradio-lite input, gradio-lite select, gradio-lite textarea')]
        .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label')).map(el => el.outerHTML)""")
    assert unnamed == []
    assert page.evaluate("() => [...document.querySelectorAll('gradio-lite [onclick], gradio-lite div[role=button]')].length") == 0


def test_info_and_warning_are_shown(context, lite_site):
    page = open_app(context, lite_site.app_url(WIDGETS))
    page.get_by_role("button", name="Notify").click()
    expect(page.get_by_role("status").filter(has_text="Heads up")).to_be_visible()
    expect(page.get_by_role("status").filter(has_text="Careful")).to_be_visible()


def test_exception_at_import_shows_message_and_line(context, lite_site):
    page = open_app(context, lite_site.app_url("import gradio as gr\nx = 1\nraise ValueError('bad config')\n"))
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("ValueError")
    expect(alert).to_contain_text("bad config")
    expect(alert).to_contain_text("line 3")


def test_unexpected_exception_shows_generic_error_and_app_keeps_working(context, lite_site):
    app = """
import gradio as gr

with gr.Blocks() as demo:
    n = gr.Number(label="N", value=1)
    gr.Button("Divide").click(lambda x: x / 0, n, n)
    gr.Button("Double").click(lambda x: x * 2, n, n)

demo.launch()
"""
    page = open_app(context, lite_site.app_url(app))
    page.get_by_role("button", name="Divide").click()
    # as on a Gradio server: the output shows "Error" and no toast opens (the traceback is in the console)
    expect(page.locator("gradio-lite").get_by_text("Error", exact=True)).to_be_visible()
    page.wait_for_timeout(300)
    expect(page.get_by_role("button", name="Close")).to_have_count(0)
    page.get_by_role("button", name="Double").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("2")
    assert any("ZeroDivisionError" in m for m in context.console_messages)
