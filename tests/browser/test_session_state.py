"""Session state in the browser (issue 3): per-tab values, session hash, reloads, errors."""
from playwright.sync_api import expect

from browser_helpers import example, open_app, wait_ready

HASH_APP = """
import gradio as gr

def who(request: gr.Request):
    return request.session_hash, request.query_params.get("q", "")

def bump(n):
    return n + 1, n + 1

def fail(n):
    raise gr.Error("Cannot do that: n=" + str(n))

with gr.Blocks() as demo:
    session = gr.Textbox(label="Session")
    query = gr.Textbox(label="Query")
    n = gr.State(0)
    shown = gr.Number(label="N")
    gr.Button("Bump").click(bump, n, [n, shown])
    gr.Button("Fail").click(fail, n, n)
    demo.load(who, None, [session, query])

demo.launch()
"""


def test_session_hash_counter_counts_per_tab(context, lite_site):
    url = lite_site.app_url(example("session_counter"))
    one = open_app(context, url)
    expect(one.get_by_label("Status")).to_have_value("Session initialized!")
    for _ in range(3):
        one.get_by_role("button", name="Increment Counter").click()
    expect(one.get_by_label("Counter Value")).to_have_value("3")
    two = open_app(context, url)
    two.get_by_role("button", name="Increment Counter").click()
    expect(two.get_by_label("Counter Value")).to_have_value("1")
    one.get_by_role("button", name="Increment Counter").click()
    expect(one.get_by_label("Counter Value")).to_have_value("4")


def test_reload_starts_new_session_with_fresh_defaults(context, lite_site):
    page = open_app(context, lite_site.app_url(HASH_APP) + "?q=hello")
    expect(page.get_by_label("Query")).to_have_value("hello")
    first_hash = page.get_by_label("Session").input_value()
    assert first_hash
    page.get_by_role("button", name="Bump").click()
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("2")
    page.reload()
    wait_ready(page)
    expect(page.get_by_label("Session")).not_to_have_value(first_hash)
    expect(page.get_by_label("Session")).not_to_have_value("")
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")


def test_handler_error_shows_message_and_keeps_state(context, lite_site):
    page = open_app(context, lite_site.app_url(HASH_APP))
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")
    page.get_by_role("button", name="Fail").click()
    expect(page.get_by_role("status").filter(has_text="Cannot do that: n=1")).to_be_visible()  # Gradio's toast
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("2")
