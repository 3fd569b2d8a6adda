"""The interim g6-submit handler (py/liteblocks/g6_bridge.py) over the existing dispatch path."""
from __future__ import annotations

import json

from liteblocks import g6_bridge, runtime

APP = """
import gradio as gr
with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    btn = gr.Button("Greet")
    out = gr.Textbox(label="Greeting")
    def greet(n):
        if n == "boom":
            raise gr.Error("no boom")
        gr.Info("greeting " + n)
        return "Hello, " + n + "!"
    btn.click(greet, name, out)
"""


def test_submit_returns_data_log_and_complete(harness):
    app = harness.app(APP)
    app.start()
    msgs = json.loads(runtime.run_sync(g6_bridge.process_api(app.app_id, "s1", 0, json.dumps(["Ada"]))))
    kinds = [m["type"] for m in msgs]
    assert kinds[-2:] == ["g6-data", "g6-status"] and msgs[-1]["stage"] == "complete", msgs
    assert "Hello, Ada!" in json.dumps(msgs[-2]["data"])
    assert any(m["type"] == "g6-log" and "greeting Ada" in m["log"] for m in msgs)


def test_error_becomes_error_status(harness):
    app = harness.app(APP)
    app.start()
    msgs = json.loads(runtime.run_sync(g6_bridge.process_api(app.app_id, "s1", 0, json.dumps(["boom"]))))
    assert msgs[-1]["type"] == "g6-status" and msgs[-1]["stage"] == "error" and "no boom" in msgs[-1]["message"]
