"""gr.Chatbot in the browser: the classic respond(message, history) app, Markdown
rendered safely, one history per tab."""
from playwright.sync_api import expect

from browser_helpers import open_app

CLASSIC = """
import gradio as gr
def respond(message, history):
    history = history + [{"role": "user", "content": message}, {"role": "assistant", "content": "You said: " + message}]
    return "", history
with gr.Blocks() as demo:
    chatbot = gr.Chatbot(type="messages", placeholder="Say **something**")
    msg = gr.Textbox(label="Message")
    msg.submit(respond, [msg, chatbot], [msg, chatbot])
demo.launch()
"""


def send(page, text):
    box = page.get_by_label("Message")
    box.fill(text)
    box.press("Enter")


def test_classic_chat_renders_markdown_and_appends(context, lite_site):
    page = open_app(context, lite_site.app_url(CLASSIC))
    log = page.get_by_role("log", name="Chatbot")
    expect(log.locator(".lb-chat-placeholder strong")).to_have_text("something")
    send(page, "hi **there**")
    messages = log.locator(".lb-chat-message")
    expect(messages).to_have_count(2)
    expect(log.locator(".lb-chat-user .lb-chat-content")).to_have_text("hi there")
    expect(log.locator(".lb-chat-assistant .lb-chat-content")).to_have_text("You said: hi there")
    expect(log.locator(".lb-chat-assistant strong")).to_have_text("there")
    expect(page.get_by_label("Message")).to_have_value("")
    expect(log.locator(".lb-chat-placeholder")).to_have_count(0)
    # User and assistant bubbles look different.
    user_bg, bot_bg = (messages.nth(i).evaluate("e => getComputedStyle(e).backgroundColor") for i in (0, 1))
    assert user_bg != bot_bg

    send(page, "second")
    expect(messages).to_have_count(4)
    expect(messages.nth(3)).to_contain_text("You said: second")
    expect(messages.nth(0)).to_contain_text("hi there")


def test_chat_scrolls_to_the_newest_message(context, lite_site):
    page = open_app(context, lite_site.app_url(CLASSIC.replace('placeholder="Say **something**"', "height=160")))
    log = page.get_by_role("log", name="Chatbot")
    for i in range(4):
        send(page, f"line {i} with more text to make the log overflow")
        expect(log.locator(".lb-chat-message")).to_have_count(2 * (i + 1))
    page.wait_for_timeout(100)
    gap = log.evaluate("e => e.scrollHeight - e.scrollTop - e.clientHeight")
    assert log.evaluate("e => e.scrollHeight > e.clientHeight")
    assert gap < 5


def test_html_in_messages_is_not_executed(context, lite_site):
    page = open_app(context, lite_site.app_url(CLASSIC))
    send(page, '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>done')
    log = page.get_by_role("log", name="Chatbot")
    expect(log.locator(".lb-chat-assistant")).to_contain_text("done")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.pwned") is None
    assert log.locator("script").count() == 0
    assert log.locator("[onerror]").count() == 0


def test_each_tab_has_its_own_chat(context, lite_site):
    url = lite_site.app_url(CLASSIC)
    first = open_app(context, url)
    send(first, "only here")
    expect(first.get_by_role("log", name="Chatbot").locator(".lb-chat-message")).to_have_count(2)
    second = open_app(context, url)
    log2 = second.get_by_role("log", name="Chatbot")
    expect(log2.locator(".lb-chat-placeholder")).to_be_visible()
    expect(log2.locator(".lb-chat-message")).to_have_count(0)
    send(second, "mine")
    expect(log2.locator(".lb-chat-message")).to_have_count(2)
    expect(log2).not_to_contain_text("only here")
    expect(first.get_by_role("log", name="Chatbot").locator(".lb-chat-message")).to_have_count(2)
