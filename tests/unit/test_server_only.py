"""APIs that need a server fail or explain themselves at the point of use; Spaces buttons draw
as Gradio draws them; CopyData reaches a .copy handler."""

import json

import pytest

from liteblocks import runtime


def call(app, fn, data=(), event_data=None):
    return json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", fn, json.dumps(list(data)),
                                                           json.dumps(event_data))))


def test_gr_load_names_the_reason_in_the_load_error(harness):
    result = json.loads(runtime.load_app("srv", json.dumps({"app.py": "import gradio as gr\ndemo = gr.load('models/gpt2')\n"}),
                                         "app.py"))
    assert not result["ok"]
    assert "gr.load() (a model or Space loaded over the network) needs a Gradio server" in result["error"]["message"]


def test_login_button_says_it_needs_a_server_and_copy_data_arrives(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            gr.LoginButton()
            t = gr.Textbox("hi")
            out = gr.Textbox()
            def copied(d: gr.CopyData):
                return f"copied {d.value}"
            t.copy(copied, None, out)
            if gr.NO_RELOAD:
                gr.set_static_paths(["/tmp"])
    """)
    warned = call(app, 0)
    assert warned["log"][0]["level"] == "warning" and "needs a Gradio server" in warned["log"][0]["log"]
    assert call(app, 1, [], {"value": "hi"})["data"] == ["copied hi"]


def test_multipage_route_says_it_needs_a_server():
    import gradio as gr
    from liteblocks.server_only import ServerOnlyError
    with gr.Blocks() as demo:
        gr.Textbox()
    with pytest.raises(ServerOnlyError, match=r"demo\.route\('Page 2'\).*gr\.Tabs"):
        demo.route("Page 2")
