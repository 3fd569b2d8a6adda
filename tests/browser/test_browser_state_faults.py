"""gr.BrowserState values that cannot be stored (issue 12.8), on Gradio's frontend: too deep,
not JSON, over the browser's storage quota. Each fails its own event with an error toast, the
value stored before is kept, and the next event works."""
from playwright.sync_api import expect

from browser_helpers import IDLE, open_app, wait_ready

GRADIO = ""  # no attribute needed: every app is drawn by Gradio's frontend

APP = """
import gradio as gr

def deep():
    v = "bottom"
    for _ in range(300):
        v = [v]
    return v

with gr.Blocks() as demo:
    note = gr.Textbox(label="Note")
    saved = gr.BrowserState("", storage_key="faulty-notes", secret="s3cret")
    shown = gr.Textbox(label="Saved")
    gr.Button("Save").click(lambda t: (t, t), note, [saved, shown])
    gr.Button("Too deep").click(lambda: (deep(), "deep"), None, [saved, shown])
    gr.Button("Not JSON").click(lambda: ({1, 2}, "set"), None, [saved, shown])
    gr.Button("Too big").click(lambda: ("x" * 6_000_000, "big"), None, [saved, shown])
    gr.Button("Medium").click(lambda: ("m" * 200_000, "medium"), None, [saved, shown])
    gr.Button("Read").click(lambda v: v if isinstance(v, str) and len(v) < 100 else f"len {len(v)}", saved, shown)
    demo.load(lambda v: v, saved, note)
"""

STORED = "() => localStorage.getItem('faulty-notes')"


def type_note(page, text):
    """demo.load can answer just after the page looks idle and put the stored note back over what
    was typed (its answer changes nothing visible): type until the text stays."""
    box = page.get_by_label("Note", exact=True)
    for _ in range(20):
        box.fill(text)
        page.wait_for_timeout(300)
        if box.input_value() == text:
            return


def test_unstorable_values_fail_their_event_and_keep_the_stored_one(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    page.wait_for_function(IDLE)  # demo.load has written the note
    type_note(page, "kept")
    before = page.evaluate(STORED)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Saved", exact=True)).to_have_value("kept")
    # this Save's own encrypted write (a fresh IV: every write differs), not an earlier one
    page.wait_for_function(f"(old) => ({STORED})() !== old", arg=before)
    stored = page.evaluate(STORED)
    for button, words in (("Too deep", "nested more than 254 levels"), ("Not JSON", "can only hold JSON"),
                          ("Too big", "too big for the browser's storage")):
        page.get_by_role("button", name=button).click()
        expect(page.get_by_text(words)).to_be_visible()
        page.wait_for_timeout(300)
        assert page.evaluate(STORED) == stored, button
        page.get_by_role("button", name="Read").click()
        expect(page.get_by_label("Saved", exact=True)).to_have_value("kept")
    page.reload()
    expect(page.get_by_label("Note", exact=True)).to_have_value("kept", timeout=30_000)


def test_a_write_over_the_quota_fails_its_event_and_the_next_one_works(context, lite_site):
    page = context.new_page()
    # The browser's storage is nearly full: values above 100 000 characters do not fit.
    page.add_init_script("const set = Storage.prototype.setItem; Storage.prototype.setItem = function (k, v) {"
                         " if (String(v).length > 100000) throw new DOMException('full', 'QuotaExceededError');"
                         " return set.call(this, k, v); };")
    page.goto(lite_site.app_url(APP, GRADIO))
    wait_ready(page)
    page.wait_for_function(IDLE)
    type_note(page, "kept")
    before = page.evaluate(STORED)
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Saved", exact=True)).to_have_value("kept")
    # this Save's own encrypted write (a fresh IV: every write differs), not an earlier one
    page.wait_for_function(f"(old) => ({STORED})() !== old", arg=before)
    stored = page.evaluate(STORED)
    page.get_by_role("button", name="Medium").click()
    expect(page.get_by_text("The browser refused to save this app's BrowserState (QuotaExceededError")).to_be_visible()
    assert page.evaluate(STORED) == stored
    page.get_by_label("Note", exact=True).fill("again")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_label("Saved", exact=True)).to_have_value("again")
    page.wait_for_function(f"(old) => ({STORED})() !== old", arg=stored)
    page.reload()
    expect(page.get_by_label("Note", exact=True)).to_have_value("again", timeout=30_000)
