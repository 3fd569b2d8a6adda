"""gr.Code: constructor, config props and values as gradio 6.31 gives them.

Expected values were taken from gradio==6.31.0 itself for the same calls
(tests/fixtures/g6/apps/code.py compares the whole config with tools/config_parity.py)."""

import json

import pytest

import liteblocks as gr
from liteblocks import runtime
from liteblocks.g6.config import component_props


def test_languages_are_gradios():
    assert gr.Code.languages[:4] == ["python", "c", "cpp", "markdown"]
    assert "sql-pgSQL" in gr.Code.languages and gr.Code.languages[-1] is None and len(gr.Code.languages) == 29
    with pytest.raises(ValueError, match="Language rust not supported."):
        gr.Code(language="rust")


def test_default_props():
    with gr.Blocks():
        code = gr.Code()
    props = component_props(code)
    assert props == {"lines": 5, "show_label": True, "container": True, "min_width": 160, "visible": True,
                     "elem_classes": [], "preserved_by_key": ["value"], "wrap_lines": False,
                     "show_line_numbers": True, "autocomplete": False, "buttons": ["copy", "download"],
                     "name": "code", "_selectable": False}
    assert gr.Code.EVENTS == ("change", "input", "focus", "blur")


def test_set_props():
    with gr.Blocks():
        code = gr.Code("x = 1\n", language="python", label="Src", lines=3, max_lines=2, interactive=True,
                       wrap_lines=True, show_line_numbers=False, buttons=["copy"], container=False)
    props = component_props(code)
    assert props["value"] == "x = 1" and props["language"] == "python" and props["label"] == "Src"
    assert props["lines"] == 3 and props["max_lines"] == 3  # raised to lines, as Gradio does
    assert props["show_label"] is False and props["container"] is False  # no label without the container
    assert props["wrap_lines"] is True and props["show_line_numbers"] is False and props["buttons"] == ["copy"]


def test_a_button_in_the_toolbar_leaves_the_layout():
    with gr.Blocks() as demo:
        run = gr.Button("Run")
        code = gr.Code("x", buttons=["download", run])
    assert run not in demo.children
    btn = component_props(code)["buttons"][1]
    assert btn["id"] == run._id and btn["value"] == "Run" and btn["name"] == "button" and btn["icon"] is None


def test_values_in_and_out():
    code = gr.Code()
    assert code.preprocess("  a = 1 \n") == "  a = 1 \n" and code.preprocess(None) is None
    assert code.postprocess("\n  def f(): pass \n\n") == "def f(): pass" and code.postprocess(None) is None
    assert code.postprocess("/etc/hostname") == "/etc/hostname"  # 6.31 does not read a path
    with pytest.raises(ValueError, match="does not support returning files as tuples"):
        code.postprocess(("app.py",))
    assert code.example_payload() == "print('Hello World')" and code.api_info() == {"type": "string"}


def test_a_handler_gets_the_text_and_its_result_is_shown(harness):
    app = harness.app("""
        import gradio as gr
        def show(src):
            return src.upper() + "\\n\\n", gr.Code(language="json")
        with gr.Blocks() as demo:
            src = gr.Code(language="python", interactive=True)
            out = gr.Code()
            other = gr.Code()
            src.change(show, src, [out, other])
    """)
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps(["  print(1)\n"]))))
    assert r["data"][0] == "PRINT(1)"
    assert r["data"][1]["__type__"] == "update" and r["data"][1]["language"] == "json"
    from liteblocks.g6 import build_config

    dep = build_config(runtime.get_app(app.app_id).blocks)["dependencies"][0]
    assert dep["targets"][0][1] == "change" and dep["trigger_mode"] == "always_last"


def test_examples_list_codes_props_as_gradio_does():
    with gr.Blocks():
        code = gr.Code(language="python", label="C")
        examples = gr.Examples([["print(1)"]], [code])
    props = component_props(examples.dataset)["component_props"][0]
    assert props["language"] == "python" and props["max_lines"] is None and props["interactive"] is None
    assert "info" not in props and "value" not in props
