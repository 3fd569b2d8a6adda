"""Per-component preprocess / postprocess (Gradio's rules for simple types)."""

from __future__ import annotations

import pytest

import gradio as gr


def test_number():
    assert gr.Number().preprocess(None) is None
    assert gr.Number().preprocess("") is None
    assert gr.Number().preprocess("2") == 2.0
    assert gr.Number().preprocess(2) == 2 and isinstance(gr.Number().preprocess(2), int)  # as gradio 6.31
    assert gr.Number(precision=0).preprocess(2.6) == 3 and isinstance(gr.Number(precision=0).preprocess(2.6), int)
    assert gr.Number(precision=2).postprocess(1.23456) == 1.23
    assert gr.Number().postprocess(None) is None
    with pytest.raises(gr.Error):
        gr.Number(minimum=0).preprocess(-1)
    with pytest.raises(gr.Error):
        gr.Number(maximum=1).preprocess(2)


def test_textbox():
    t = gr.Textbox(lines=3, type="email", placeholder="p", max_lines=5)
    assert t.preprocess(5) == "5" and t.preprocess(None) is None
    assert t.postprocess(None) == "" and t.postprocess(3) == "3"
    props = t.get_config()["props"]
    assert (props["lines"], props["type"], props["max_lines"]) == (3, "email", 5)
    with pytest.raises(ValueError):
        gr.Textbox(type="number")


def test_checkboxgroup_value_and_index():
    cg = gr.CheckboxGroup([("One", 1), ("Two", 2), "three"], type="index")
    assert cg.preprocess([2, "three"]) == [1, 2]
    assert gr.CheckboxGroup(["a", "b"]).preprocess(["b"]) == ["b"]
    assert cg.postprocess(None) == [] and cg.postprocess(1) == [1]
    with pytest.raises(gr.Error):
        cg.preprocess([5])


def test_radio_dropdown():
    r = gr.Radio(["a", "b"], type="index")
    assert r.preprocess("b") == 1 and r.preprocess(None) is None
    assert gr.Radio(["a"]).value is None
    d = gr.Dropdown(["x", "y"])
    assert d.value == "x" and d.preprocess("y") == "y"
    m = gr.Dropdown(["x", "y"], multiselect=True, type="index")
    assert m.value == [] and m.preprocess(["y"]) == [1] and m.postprocess("x") == ["x"]
    c = gr.Dropdown(["x"], allow_custom_value=True)
    assert c.preprocess("free") == "free"


def test_slider_checkbox_markdown_json_label():
    s = gr.Slider(1, 10)
    assert s.value == 1 and s.step == 1 and s.preprocess("2.5") == 2.5
    assert gr.Slider(0, 10, 4, step=0.5).postprocess(None) == 0
    assert gr.Checkbox().value is False and gr.Checkbox().postprocess(1) is True
    assert gr.Markdown("\n    # Title\n    text\n").value == "# Title\ntext"
    assert gr.JSON('{"a": [1]}').value == {"a": [1]}
    assert gr.Label().postprocess("cat") == {"label": "cat"}
    lab = gr.Label(num_top_classes=1).postprocess({"cat": 0.2, "dog": 0.8})
    assert lab == {"label": "dog", "confidences": [{"label": "dog", "confidence": 0.8}]}


def test_button_and_explicit_args():
    b = gr.Button("Go", variant="primary")
    assert b.get_config()["props"]["value"] == "Go"
    md = gr.Markdown("x", visible=True)
    assert md.constructor_args() == {"value": "x", "visible": True}


def test_browserstate_is_a_state():
    bs = gr.BrowserState([1], storage_key="k", secret="s")
    assert isinstance(bs, gr.State) and bs.stateful
    assert bs.get_config() == {"type": "browserstate", "props": {"storage_key": "k", "secret": "s"}}
    assert bs.initial_value() == [1] and bs.initial_value() is not bs.value


def test_listener_outside_blocks_raises():
    with pytest.raises(AttributeError):
        gr.Button().click(lambda: None)
