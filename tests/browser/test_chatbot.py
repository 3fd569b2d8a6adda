"""gr.Chatbot on Gradio's frontend: the classic respond(message, history) app, Markdown
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
    box = page.get_by_label("Message", exact=True)
    box.fill(text)
    box.press("Enter")


def log(page):
    return page.get_by_role("log", name="chatbot conversation")


def messages(page):
    return log(page).locator("[data-testid=user], [data-testid=bot]")


def test_classic_chat_renders_markdown_and_appends(context, lite_site):
    page = open_app(context, lite_site.app_url(CLASSIC))
    placeholder = page.locator("gradio-lite").get_by_text("something")
    expect(placeholder).to_have_js_property("tagName", "STRONG")
    send(page, "hi **there**")
    expect(messages(page)).to_have_count(2)
    expect(log(page).locator("[data-testid=user]")).to_have_text("hi there")
    expect(log(page).locator("[data-testid=bot]")).to_have_text("You said: hi there")
    expect(log(page).locator("[data-testid=bot] strong")).to_have_text("there")
    expect(page.get_by_label("Message", exact=True)).to_have_value("")
    expect(placeholder).to_have_count(0)
    # User and assistant bubbles look different.
    user_bg, bot_bg = (log(page).locator(f".{who}.message").first.evaluate("e => getComputedStyle(e).backgroundColor")
                       for who in ("user", "bot"))
    assert user_bg != bot_bg

    send(page, "second")
    expect(messages(page)).to_have_count(4)
    expect(messages(page).nth(3)).to_contain_text("You said: second")
    expect(messages(page).nth(0)).to_contain_text("hi there")


def test_chat_scrolls_to_the_newest_message(context, lite_site):
    page = open_app(context, lite_site.app_url(CLASSIC.replace('placeholder="Say **something**"', "height=200")))
    for i in range(4):
        send(page, f"line {i} with more text to make the log overflow")
        expect(messages(page)).to_have_count(2 * (i + 1))
    page.wait_for_timeout(300)
    gap = log(page).evaluate("e => e.scrollHeight - e.scrollTop - e.clientHeight")
    assert log(page).evaluate("e => e.scrollHeight > e.clientHeight")
    assert gap < 5


def test_html_in_messages_is_not_executed(context, lite_site):
    page = open_app(context, lite_site.app_url(CLASSIC))
    send(page, '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>done')
    expect(log(page).locator("[data-testid=bot]")).to_contain_text("done")
    page.wait_for_timeout(300)
    assert page.evaluate("() => window.pwned") is None
    assert log(page).locator("script").count() == 0
    assert log(page).locator("[onerror]").count() == 0


def test_each_tab_has_its_own_chat(context, lite_site):
    url = lite_site.app_url(CLASSIC)
    first = open_app(context, url)
    send(first, "only here")
    expect(messages(first)).to_have_count(2)
    second = open_app(context, url)
    expect(second.locator("gradio-lite").get_by_text("something")).to_be_visible()
    expect(messages(second)).to_have_count(0)
    send(second, "mine")
    expect(messages(second)).to_have_count(2)
    expect(log(second)).not_to_contain_text("only here")
    expect(messages(first)).to_have_count(2)
