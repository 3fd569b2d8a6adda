"""An app using a Gradio component LiteBlocks lacks gets a load error that says so, with its line."""


def test_unknown_component_is_a_clear_load_error(harness):
    out = harness.load("import gradio as gr\n\nwith gr.Blocks() as demo:\n    gr.ImageEditor()\n")
    assert not out["ok"]
    assert "gr.ImageEditor is not available in LiteBlocks" in out["error"]["message"]
    assert out["error"]["line"] == 4
