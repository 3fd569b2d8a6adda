"""gr.Chatbot: every history format normalises to Gradio 6.31's messages (content as a list of
text/file/component parts); handlers get a fresh copy in their declared format."""

import pytest

import gradio as gr

CLASSIC = """
import gradio as gr

def respond(message, history):
    history = history + [{"role": "user", "content": message},
                         {"role": "assistant", "content": "You said: " + message}]
    return "", history

with gr.Blocks() as demo:
    chatbot = gr.Chatbot(type="messages")
    msg = gr.Textbox(label="Message")
    msg.submit(respond, [msg, chatbot], [msg, chatbot])
demo.launch()
"""

WITH_STATE = """
import gradio as gr

changes = []

def respond(message, history):
    history.append({"role": "user", "content": message})
    history.append(gr.ChatMessage(role="assistant", content="echo " + message))
    return "", history, history

with gr.Blocks() as demo:
    history = gr.State([])
    chatbot = gr.Chatbot(label="Talk")
    msg = gr.Textbox(label="Message")
    msg.submit(respond, [msg, history], [msg, chatbot, history])
    chatbot.change(lambda h: changes.append(len(h)), chatbot, None)
demo.launch()
"""


def msg(role, content):
    return {"role": role, "content": content}


def shown(role, text, metadata=None, options=None):
    """A message as Gradio 6.31 normalises it."""
    return {"role": role, "metadata": metadata, "content": [{"text": text, "type": "text"}], "options": options}


def test_messages_normalise_and_default_to_empty():
    bot = gr.Chatbot(type="messages")
    assert bot.value == []
    assert bot.postprocess(None) == []
    value = [msg("user", "  hi\n"), gr.ChatMessage(role="assistant", content="hello", metadata={"title": "t"})]
    assert bot.postprocess(value) == [shown("user", "hi"), shown("assistant", "hello", {"title": "t"}, [])]


def test_chatmessage_like_objects_and_content_blocks():
    class Like:
        role = "assistant"
        content = [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]

    # an object with role/content is read like a message; a message with no content is dropped (as 6.31)
    assert gr.Chatbot().postprocess([Like(), {"role": "user", "content": None}]) == [
        {"role": "assistant", "metadata": None, "options": None,
         "content": [{"text": "a", "type": "text"}, {"text": "b", "type": "text"}]}]


def test_tuples_are_shown_as_messages_and_handed_back_as_pairs():
    bot = gr.Chatbot(type="tuples")
    value = bot.postprocess([["hi", "hello"], ("more", None), [None, "extra"]])
    assert value == [shown("user", "hi"), shown("assistant", "hello"), shown("user", "more"), shown("assistant", "extra")]
    assert bot.preprocess(value) == [["hi", "hello"], ["more", "extra"]]
    assert bot.preprocess(bot.postprocess([["a", "b"], [None, "c"]])) == [["a", "b"], [None, "c"]]


def test_messages_preprocess_is_a_fresh_copy():
    bot = gr.Chatbot(value=[msg("user", "x")])
    got = bot.preprocess(bot.value)
    got.append(msg("assistant", "y"))
    got[0]["content"][0]["text"] = "changed"
    assert bot.value == [shown("user", "x")]


def test_bad_values_raise():
    with pytest.raises(ValueError):
        gr.Chatbot(type="pairs")
    with pytest.raises(ValueError):
        gr.Chatbot().postprocess([{"role": "robot", "content": "x"}])
    with pytest.raises(gr.Error):
        gr.Chatbot().postprocess(["just text"])
    with pytest.raises(gr.Error):
        gr.Chatbot().postprocess("not a list")


def test_config_props(harness):
    app = harness.app("""
import gradio as gr
with gr.Blocks() as demo:
    c = gr.Chatbot([["q", "a"]], type="tuples", label="Chat", height=300, placeholder="**Ask**",
                   show_label=False, elem_id="chat", elem_classes="x")
""")
    spec = app.config["components"][app.id_of(app.module.c)]
    assert spec["type"] == "chatbot"
    props = spec["props"]
    assert props["value"] == [shown("user", "q"), shown("assistant", "a")]
    assert (props["label"], props["height"], props["placeholder"], props["show_label"]) == ("Chat", 300, "**Ask**", False)
    assert (props["elem_id"], props["elem_classes"], props["visible"]) == ("chat", ["x"], True)


def test_classic_pattern_without_state(harness):
    app = harness.app(CLASSIC)
    bot, box = app.module.chatbot, app.module.msg
    app.start("a")
    app.start("b")
    out = app.send("a", box, "submit", {box: "hi **there**"})
    assert not out["errors"], out
    assert out["updates"][app.id_of(box)]["value"] == ""
    assert out["updates"][app.id_of(bot)]["value"] == [shown("user", "hi **there**"), shown("assistant", "You said: hi **there**")]
    out = app.send("a", box, "submit", {box: "again"})
    assert [m["content"][0]["text"] for m in out["updates"][app.id_of(bot)]["value"]] == [
        "hi **there**", "You said: hi **there**", "again", "You said: again"]
    out = app.send("b", box, "submit", {box: "other"})
    assert len(out["updates"][app.id_of(bot)]["value"]) == 2  # session b has its own history


def test_tuples_app_appends_pairs(harness):
    app = harness.app("""
import gradio as gr
def respond(message, history):
    history.append([message, message.upper()])
    return "", history
with gr.Blocks() as demo:
    chatbot = gr.Chatbot(type="tuples")
    msg = gr.Textbox()
    msg.submit(respond, [msg, chatbot], [msg, chatbot])
""")
    bot, box = app.module.chatbot, app.module.msg
    app.start("s")
    app.send("s", box, "submit", {box: "a"})
    out = app.send("s", box, "submit", {box: "b"})
    assert out["updates"][app.id_of(bot)]["value"] == [
        shown("user", "a"), shown("assistant", "A"), shown("user", "b"), shown("assistant", "B")]


def test_state_history_and_change_listener(harness):
    app = harness.app(WITH_STATE)
    mod = app.module
    app.start("s1")
    app.start("s2")
    out = app.send("s1", mod.msg, "submit", {mod.msg: "one"})
    assert not out["errors"], out
    assert out["updates"][app.id_of(mod.chatbot)]["value"] == [shown("user", "one"), shown("assistant", "echo one", {}, [])]
    app.send("s1", mod.msg, "submit", {mod.msg: "two"})
    assert len(app.state("s1", mod.history)) == 4
    assert app.state("s2", mod.history) == []
    assert mod.changes == [2, 4]  # .change fired each time the history grew
