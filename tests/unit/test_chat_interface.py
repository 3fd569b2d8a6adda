"""gr.ChatInterface, gr.ChatMessage and gr.MultimodalTextbox on the Python side: the history a chat
function receives (Gradio 6.31's normalised messages), what its replies become, multimodal value
shapes, and the submit/retry/undo/edit/example chains run one dependency at a time through
runtime.process_api as Gradio's frontend runs them (a small cascade below stands in for it)."""

import json

import pytest

import gradio as gr
from liteblocks import runtime


def text(role, t, metadata=None, options=None):
    return {"role": role, "metadata": metadata, "content": [{"text": t, "type": "text"}], "options": options}


class Frontend:
    """What @gradio/core does: keeps component values, runs a trigger's dependencies and their
    .then/.success chains, each one through process_api, applying outputs (values or updates)."""

    def __init__(self, app, session="s1"):
        self.app, self.session = app, session
        self.blocks = runtime.get_app(app.app_id).blocks
        self.values = {}
        self.props = {}
        from liteblocks.g6 import build_config

        for comp in build_config(self.blocks)["components"]:
            self.values[comp["id"]] = comp["props"].get("value")
        self.chunks = []

    def run(self, dep, event_data=None):
        data = [self.values.get(b._id) for b in dep.inputs]
        chunks = []
        r = json.loads(runtime.run_sync(runtime.process_api(
            self.app.app_id, self.session, dep.index, json.dumps(data), json.dumps(event_data),
            lambda c: chunks.append(json.loads(c)) and False)))
        self.chunks.extend(chunks)
        outs = [c["data"] for c in chunks if "data" in c] + ([r["data"]] if r["data"] else [])
        for out in outs:
            for block, value in zip(dep.outputs, out):
                if isinstance(value, dict) and value.get("__type__") == "update":
                    self.props.setdefault(block._id, {}).update({k: v for k, v in value.items() if k != "__type__"})
                    if "value" in value:
                        self.values[block._id] = value["value"]
                elif value is not None or not block.stateful:
                    self.values[block._id] = value
        ok = r["error"] is None
        for follower in self.blocks.fns:
            if follower.trigger_after == dep.index and not (follower.only_success and not ok):
                self.run(follower)
        return r

    def trigger(self, block, event, event_data=None):
        for dep in self.blocks.deps_for(block._id, event):
            if dep.fn is not None:
                self.run(dep, event_data)

    def chat(self, demo):
        return self.values[demo.chatbot._id]


ECHO = """
import gradio as gr
seen = []
def reply(message, history, tone):
    seen.append((message, [dict(m) for m in history]))
    for i in range(1, 4):
        yield f"{tone}:{message}"[: 2 * i]
demo = gr.ChatInterface(reply, additional_inputs=[gr.Textbox("ok", label="Tone")], examples=[["hey", None]],
                        editable=True)
"""


def test_submit_streams_and_history_is_normalised(harness):
    app = harness.app(ECHO)
    demo, fe = app.module.demo, Frontend(app)
    fe.values[demo.textbox._id] = "hi"
    fe.trigger(demo.textbox, "submit")
    assert fe.chat(demo) == [text("user", "hi"), text("assistant", "ok:hi")]
    streamed = [c["data"][1] for c in fe.chunks if "data" in c and len(c["data"]) == 2]
    assert [m[-1]["content"][0]["text"] for m in streamed] == ["ok", "ok:h", "ok:hi"]
    assert fe.values[demo.textbox._id] in ("", None) and fe.props[demo.textbox._id]["interactive"] is True
    fe.values[demo.textbox._id] = "more"
    fe.trigger(demo.textbox, "submit")
    message, history = app.module.seen[-1]
    assert message == "more" and history == [text("user", "hi"), text("assistant", "ok:hi")]


def test_retry_undo_edit_and_example(harness):
    app = harness.app(ECHO)
    demo, fe = app.module.demo, Frontend(app)
    fe.trigger(demo.chatbot, "example_select", {"index": 0, "value": {"text": "hey"}})  # shown on an empty chat
    assert fe.chat(demo) == [text("user", "hey"), text("assistant", "ok:hey")]
    fe.trigger(demo.chatbot, "undo", {"index": 1, "value": "ok:hey"})
    assert fe.chat(demo) == []
    for m in ("one", "two"):
        fe.values[demo.textbox._id] = m
        fe.trigger(demo.textbox, "submit")
    fe.trigger(demo.chatbot, "retry", {"index": 3, "value": "ok:two"})
    assert app.module.seen[-1][0] == "two" and len(app.module.seen[-1][1]) == 2
    assert len(fe.chat(demo)) == 4
    fe.trigger(demo.chatbot, "undo", {"index": 3, "value": "ok:two"})
    assert fe.chat(demo) == [text("user", "one"), text("assistant", "ok:one")] and fe.values[demo.textbox._id] == "two"
    fe.trigger(demo.chatbot, "edit", {"index": 0, "value": "uno", "previous_value": "one"})
    assert fe.chat(demo) == [text("user", "uno"), text("assistant", "ok:uno")]
    fe.values[demo.chatbot._id] = []  # the frontend empties the chat, then .clear syncs the state
    fe.trigger(demo.chatbot, "clear")
    fe.values[demo.textbox._id] = "fresh"
    fe.trigger(demo.textbox, "submit")
    assert app.module.seen[-1] == ("fresh", [])


def test_replies_as_chat_messages_thoughts_and_additional_outputs(harness):
    app = harness.app("""
import gradio as gr
def think(message, history):
    return [gr.ChatMessage(content="pondering", metadata={"title": "Thinking", "status": "done"}),
            {"role": "assistant", "content": "answer " + message}], len(history)
with gr.Blocks() as demo:
    n = gr.Number(label="n")
    chat = gr.ChatInterface(think, additional_outputs=[n])
""")
    chat, fe = app.module.chat, Frontend(app)
    fe.values[chat.textbox._id] = "q"
    fe.trigger(chat.textbox, "submit")
    assert fe.chat(chat) == [text("user", "q"), text("assistant", "pondering", {"title": "Thinking", "status": "done"}, []),
                             text("assistant", "answer q")]
    assert fe.values[app.module.n._id] == 0


def test_chatmessage_files_and_reasoning_tags():
    bot = gr.Chatbot(reasoning_tags=[("<think>", "</think>")])
    value = bot.postprocess([{"role": "user", "content": {"path": "photo.png"}},
                             {"role": "assistant", "content": "<think>hmm</think>Yes <think>more"}])
    assert value[0]["content"][0]["type"] == "file"
    assert value[0]["content"][0]["file"]["mime_type"] == "image/png"
    assert [(m["metadata"], m["content"][0]["text"]) for m in value[1:]] == [
        ({"title": "Reasoning", "status": "done"}, "hmm"), (None, "Yes"),
        ({"title": "Reasoning", "status": "pending"}, "more")]
    assert gr.ChatMessage("x").role == "assistant"


def test_multimodal_value_shapes():
    box = gr.MultimodalTextbox(file_types=["image"], render=False)
    assert box.postprocess(None) == {"text": "", "files": []}
    assert box.postprocess("hi") == {"text": "hi", "files": []}
    shown = box.postprocess({"text": "a", "files": ["cat.png"]})
    assert shown["files"][0]["path"] == "cat.png" and shown["files"][0]["orig_name"] == "cat.png"
    assert box.preprocess({"text": "a", "files": [shown["files"][0]]}) == {"text": "a", "files": ["cat.png"]}
    with pytest.raises(gr.Error):
        box.preprocess({"text": "a", "files": [{"path": "notes.txt"}]})


def test_multimodal_chat_gets_text_and_files(harness):
    app = harness.app("""
import gradio as gr
got = []
def fn(message, history):
    got.append(message)
    return f"{len(message['files'])} file(s)"
demo = gr.ChatInterface(fn, multimodal=True)
""")
    demo, fe = app.module.demo, Frontend(app)
    assert isinstance(demo.textbox, gr.MultimodalTextbox)
    fe.values[demo.textbox._id] = {"text": "look", "files": [{"path": "/tmp/a.png", "meta": {"_type": "gradio.FileData"}}]}
    fe.trigger(demo.textbox, "submit")
    assert app.module.got == [{"text": "look", "files": ["/tmp/a.png"]}]
    user = fe.chat(demo)[0]
    assert [c["type"] for c in user["content"]] == ["file", "text"]
    assert fe.chat(demo)[1] == text("assistant", "1 file(s)")


def test_bad_arguments():
    with pytest.raises(ValueError):
        gr.ChatInterface(lambda m, h: m, type="tuples")
    with pytest.raises(ValueError):
        gr.ChatInterface(lambda m, h, x: m, additional_inputs=[gr.Textbox(render=False)], examples=["a"])


def test_cached_examples_run_once_and_show_the_reply(harness):
    app = harness.app("""
import gradio as gr
calls = []
def reply(message, history):
    calls.append(message)
    return "cached " + message
demo = gr.ChatInterface(reply, examples=["one", "two"], cache_examples=True)
""")
    demo = app.module.demo
    for session in ("s1", "s2"):
        fe = Frontend(app, session)
        fe.trigger(demo.chatbot, "example_select", {"index": 1, "value": {"text": "two"}})
        assert fe.chat(demo) == [text("user", "two"), text("assistant", "cached two")]
    assert app.module.calls == ["two"]  # computed at the first click, then kept for every session
