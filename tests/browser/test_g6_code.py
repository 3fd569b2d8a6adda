"""gr.Code on Gradio's frontend (our CodeMirror 6 component, js/components/code), driven as a person
does: code a handler returns is shown highlighted and read-only, text typed into an interactive
Code reaches its .input/.change handlers, focus and blur fire, copy and download give the text."""
import re

import pytest
from playwright.sync_api import expect

from browser_helpers import ROOT, open_app
from test_g6_axe import RUN as AXE_RUN

APP = '''
import gradio as gr

CODE = """def greet(name):
    return "Hello " + name  # say hello
"""

with gr.Blocks() as demo:
    src = gr.Code("", language="python", label="Source", interactive=True)
    typed = gr.Textbox(label="Typed")
    inputs = gr.Textbox(label="Inputs")
    where = gr.Textbox(label="Where")
    out = gr.Code(language="python", label="Generated", interactive=False)  # also an input of out.change
    size = gr.Number(label="Lines")
    src.change(lambda s: s, src, typed)
    src.input(lambda s: f"input {len(s)}", src, inputs, trigger_mode="always_last")  # "once" drops keys
    src.focus(lambda: "focused", None, where)
    src.blur(lambda: "blurred", None, where)
    gr.Button("Make").click(lambda: CODE, None, out)
    out.change(lambda s: len(s.splitlines()), out, size)
    gr.Button("As JSON").click(lambda: gr.Code('{"a": [1, true, null]}', language="json"), None, out)
'''


def _editor(page, label):
    return page.get_by_role("textbox", name=label, exact=True)


def test_handler_output_is_highlighted_and_read_only(context, lite_site):
    errors = []
    context.on("weberror", lambda e: errors.append(str(e.error)))
    page = open_app(context, lite_site.app_url(APP))
    page.get_by_role("button", name="Make").click()
    out = _editor(page, "Generated")
    expect(out).to_contain_text('def greet(name):')
    expect(out).to_have_attribute("contenteditable", "false")  # an output: read-only
    expect(page.get_by_label("Lines", exact=True)).to_have_value("2")  # change fired for Python's value
    keyword = out.locator(".tok-keyword", has_text=re.compile(r"^def$"))
    expect(keyword).to_be_visible(timeout=15_000)  # the Python pack loads lazily
    colours = keyword.evaluate("(k) => [getComputedStyle(k).color, getComputedStyle(k.closest('.cm-line')).color]")
    assert colours[0] != colours[1], colours  # the keyword has its own colour
    expect(out.locator(".tok-comment", has_text="# say hello")).to_have_css("font-style", "italic")
    expect(page.locator(".cm-lineNumbers").first).to_be_visible()
    page.get_by_role("button", name="As JSON").click()
    expect(out).to_have_attribute("data-language", "json", timeout=15_000)
    expect(out.locator(".tok-bool", has_text="true")).to_be_visible()
    assert errors == []


def test_typing_reaches_change_and_input_handlers(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    src = _editor(page, "Source")
    expect(src).to_have_attribute("contenteditable", "true")
    src.click()
    expect(page.get_by_label("Where", exact=True)).to_have_value("focused")
    page.keyboard.type("x = 1")
    expect(page.get_by_label("Typed", exact=True)).to_have_value("x = 1")
    expect(page.get_by_label("Inputs", exact=True)).to_have_value("input 5")
    page.keyboard.press("Tab")  # Tab leaves the editor (no keyboard trap)
    expect(page.get_by_label("Where", exact=True)).to_have_value("blurred")
    assert page.evaluate("document.activeElement.closest('.cm-editor')") is None


def test_copy_and_download_buttons(context, lite_site):
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = open_app(context, lite_site.app_url(APP))
    page.get_by_role("button", name="Make").click()
    expect(_editor(page, "Generated")).to_contain_text("def greet")
    block = page.locator(".block").filter(has=_editor(page, "Generated"))
    block.get_by_role("button", name="Copy").click()
    expect(block.get_by_role("button", name="Copied")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()").startswith("def greet(name):")
    with page.expect_download() as download:
        block.get_by_role("button", name="Download").click()
    assert download.value.suggested_filename == "file.py"
    assert open(download.value.path()).read() == 'def greet(name):\n    return "Hello " + name  # say hello'


TOOLBAR_APP = '''
import gradio as gr

with gr.Blocks() as demo:
    shout = gr.Button("Shout")
    code = gr.Code("print('hi')", language="python", label="Snippet", buttons=["copy", shout])
    loud = gr.Textbox(label="Loud")
    shout.click(lambda s: s.upper(), code, loud)
'''


def test_a_button_in_the_toolbar_runs_its_handler(context, lite_site):
    page = open_app(context, lite_site.app_url(TOOLBAR_APP))
    block = page.locator(".block").filter(has=_editor(page, "Snippet"))
    expect(block.get_by_role("button", name="Download")).to_have_count(0)  # buttons= replaces the defaults
    block.get_by_role("button", name="Shout").click()
    expect(page.get_by_label("Loud", exact=True)).to_have_value("PRINT('HI')")


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_no_serious_axe_violations(context, lite_site, theme):
    page = open_app(context, lite_site.app_url(APP, f'theme="{theme}"'))
    page.get_by_role("button", name="Make").click()
    expect(_editor(page, "Generated").locator(".tok-keyword").first).to_be_visible(timeout=15_000)
    page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    assert page.evaluate(AXE_RUN) == []


LANGUAGES_APP = '''
import gradio as gr

with gr.Blocks() as demo:
    for lang in gr.Code.languages:
        gr.Code("if x: # 1", language=lang, label=f"L {lang}")
'''


def test_every_language_pack_loads(context, lite_site):
    warnings = []
    page = context.new_page()
    page.on("console", lambda m: warnings.append(m.text) if "could not load language" in m.text else None)
    page.goto(lite_site.app_url(LANGUAGES_APP))
    expect(page.locator(".cm-content")).to_have_count(29, timeout=60_000)
    # each pack (all but None) marks its editor with its language once loaded
    page.wait_for_timeout(3000)
    missing = page.evaluate("""[...document.querySelectorAll('.cm-content')].filter(c => !c.dataset.language)
        .map(c => c.getAttribute('aria-label'))""")
    assert missing == ["L None"], missing
    assert warnings == []
