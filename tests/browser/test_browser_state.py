"""gr.BrowserState in localStorage, encrypted (issue 4)."""
from playwright.sync_api import expect

from browser_helpers import IDLE, example, open_app, wait_ready

NOTE_APP = """
import gradio as gr

with gr.Blocks() as demo:
    note = gr.Textbox(label="Note")
    saved = gr.BrowserState("", storage_key="my-notes", secret="s3cret-pass")
    note.change(lambda text: text, note, saved)
    demo.load(lambda text: text, saved, note)

demo.launch()
"""


def reload(page):
    page.reload()
    wait_ready(page)


def type_and_save(page, text):
    """Types `text` in Note and waits for its encrypted write (a fresh IV: every write differs),
    after the app's own load events have settled."""
    page.wait_for_function(IDLE)
    page.wait_for_timeout(300)
    before = page.evaluate("() => localStorage.getItem('my-notes')")
    page.get_by_label("Note").fill(text)
    page.wait_for_function("(b) => localStorage.getItem('my-notes') !== b", arg=before, timeout=15_000)


def test_guide_example_survives_reload(context, lite_site):
    page = open_app(context, lite_site.app_url(example("browser_state")))
    page.get_by_role("button", name="Generate Randomly").click()
    expect(page.get_by_text("Saved to local storage at")).to_be_visible()
    user = page.get_by_label("Username").input_value()
    password = page.get_by_label("Password").input_value()
    assert len(user) == 10 and len(password) == 10
    stored = page.evaluate("() => Object.values(localStorage).join('\\n')")
    assert user not in stored and password not in stored  # encrypted, not plain text
    reload(page)
    expect(page.get_by_label("Username")).to_have_value(user)
    expect(page.get_by_label("Password")).to_have_value(password)


def test_new_browser_context_starts_empty(browser, lite_site):
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(lite_site.app_url(example("browser_state")))
        wait_ready(page)
        expect(page.get_by_label("Username")).to_have_value("")
    finally:
        ctx.close()


def test_fixed_key_note_survives_reload_and_edits(context, lite_site):
    page = open_app(context, lite_site.app_url(NOTE_APP))
    type_and_save(page, "buy <b>milk</b>")
    reload(page)
    expect(page.get_by_label("Note")).to_have_value("buy <b>milk</b>")
    # The same key and secret in an edited app still read the note.
    edited = open_app(context, lite_site.app_url(NOTE_APP.replace('label="Note"', 'label="Note", lines=1')))
    expect(edited.get_by_label("Note")).to_have_value("buy <b>milk</b>")


def test_falsy_value_persists(context, lite_site):
    page = open_app(context, lite_site.app_url(NOTE_APP))
    type_and_save(page, "something")
    type_and_save(page, "")
    reload(page)
    expect(page.get_by_label("Note")).to_have_value("")


def test_two_apps_are_isolated(context, lite_site):
    app_a = example("browser_state")
    app_b = app_a.replace("Generate Randomly", "Make Random")
    a = open_app(context, lite_site.app_url(app_a))
    a.get_by_role("button", name="Generate Randomly").click()
    expect(a.get_by_text("Saved to local storage at")).to_be_visible()
    b = open_app(context, lite_site.app_url(app_b))
    expect(b.get_by_label("Username")).to_have_value("")


def test_tampered_storage_falls_back_to_default(context, lite_site):
    page = open_app(context, lite_site.app_url(NOTE_APP))
    page.get_by_label("Note").fill("hello")
    page.wait_for_function("() => localStorage.getItem('my-notes') !== null")
    page.wait_for_timeout(300)
    page.evaluate("() => { const v = localStorage.getItem('my-notes');"
                  " localStorage.setItem('my-notes', v.slice(0, -6) + (v.endsWith('AAAAAA') ? 'BBBBBB' : 'AAAAAA')); }")
    reload(page)
    expect(page.get_by_label("Note")).to_have_value("")
    page.get_by_label("Note").fill("works again")
    page.wait_for_timeout(300)
    reload(page)
    expect(page.get_by_label("Note")).to_have_value("works again")
    assert any("could not be read" in m for m in context.console_messages)
