"""ColorPicker, DateTime and HighlightedText give handlers and the page what gradio 6.31 does.

Expected values were taken from gradio==6.31.0 itself (TZ=UTC) for the same calls."""
from __future__ import annotations

import datetime as dt
import os
import time

import pytest

import liteblocks as gr


@pytest.fixture
def utc():
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_datetime_preprocess_by_type(utc):
    assert gr.DateTime(type="datetime").preprocess("2024-01-01 10:00:00") == dt.datetime(2024, 1, 1, 10, 0)
    assert gr.DateTime().preprocess("2024-01-01 10:00:00") == 1704103200.0
    assert gr.DateTime(type="string").preprocess("2024-01-01 10:00:00") == "2024-01-01 10:00:00"
    assert gr.DateTime(include_time=False).preprocess("2024-01-01") == 1704067200.0
    assert gr.DateTime().preprocess("") is None and gr.DateTime().preprocess(None) is None


def test_datetime_now_shorthand_and_bad_text(utc):
    two_hours_ago = gr.DateTime().preprocess("now - 2h")
    assert abs(two_hours_ago - (time.time() - 7200)) < 5
    with pytest.raises(gr.Error):
        gr.DateTime().preprocess("yesterday-ish")


def test_datetime_postprocess(utc):
    assert gr.DateTime().postprocess(1704103200.0) == "2024-01-01 10:00:00"
    assert gr.DateTime(include_time=False).postprocess(dt.datetime(2024, 1, 1, 10)) == "2024-01-01"
    assert gr.DateTime().postprocess("2024-05-05") == "2024-05-05"
    assert gr.DateTime().postprocess(None) is None


def test_highlighted_text_postprocess():
    h = gr.HighlightedText()
    assert h.postprocess([("a", "X"), ("b", None)]) == [
        {"token": "a", "class_or_confidence": "X"}, {"token": "b", "class_or_confidence": None}]
    assert h.postprocess({"text": "hello world", "entities": [{"entity": "G", "start": 0, "end": 5}]}) == [
        {"token": "", "class_or_confidence": None}, {"token": "hello", "class_or_confidence": "G"},
        {"token": " world", "class_or_confidence": None}]
    joined = gr.HighlightedText(combine_adjacent=True, adjacent_separator=" ")
    assert joined.postprocess([("a", "X"), ("b", "X"), ("c", None)]) == [
        {"token": "a b", "class_or_confidence": "X"}, {"token": "c", "class_or_confidence": None}]
    assert gr.HighlightedText(show_whitespaces=False).postprocess([(" a ", "X")]) == [
        {"token": "a", "class_or_confidence": "X"}]
    grouped = gr.HighlightedText(combine_adjacent=True)
    assert grouped.postprocess({"text": "hello world", "entities": [{"entity_group": "G", "start": 6, "end": 11}]}) == [
        {"token": "hello ", "class_or_confidence": None}, {"token": "world", "class_or_confidence": "G"}]
    with pytest.raises(ValueError):
        h.postprocess({"text": "no entities key"})


def test_color_picker_values():
    c = gr.ColorPicker()
    assert c.preprocess("#ff0000") == "#ff0000" and c.preprocess(None) is None
    assert c.postprocess(None) is None and gr.ColorPicker("#00ff00").value == "#00ff00"


def test_html_listens_to_gradios_events_and_custom_ones_named_in_js_on_load():
    with gr.Blocks() as demo:
        h = gr.HTML("x", js_on_load="element.onkeydown = () => trigger('keypress')")
        h.submit(lambda: None), h.keypress(lambda: None), h.double_click(lambda: None)
        with pytest.raises(AttributeError, match="include 'nope' .enclosed in quotes. in the js_on_load"):
            h.nope
    assert [f.targets[0][1] for f in demo.fns] == ["submit", "keypress", "double_click"]


def test_html_is_a_container_as_in_gradio():
    with gr.Blocks() as demo:
        with gr.HTML(html_template="<div>@children</div>") as card:
            box = gr.Textbox()
    assert box.parent.parent is card or box.parent is card  # (a Form wraps form fields, as in Gradio)


def test_blocks_clear_starts_over():
    demo = gr.Blocks(title="t")
    with demo:
        gr.Textbox(label="old").change(lambda x: x)
    with demo.clear():
        gr.Markdown("new")
    from liteblocks.g6.config import build_config
    config = build_config(demo)
    assert [c["type"] for c in config["components"] if c["id"] != 0] == ["markdown"] and config["dependencies"] == []
