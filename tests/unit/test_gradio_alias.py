"""Gradio's submodule paths resolve to the one liteblocks module that holds each name."""

import importlib
import pickle

import liteblocks


def test_submodule_paths_resolve_to_one_copy():
    base = importlib.import_module("gradio.themes.base")
    assert base is importlib.import_module("liteblocks.themes.base") and base.__name__ == "liteblocks.themes.base"
    from gradio.components.chatbot import Message, MessageDict  # noqa: F401
    from gradio.components.textbox import Textbox  # a Gradio module name we keep in the facade
    from gradio.themes.utils import colors
    assert Textbox is liteblocks.Textbox and Message is liteblocks.ChatMessage
    assert colors.blue.c500
    assert pickle.loads(pickle.dumps(liteblocks.ChatMessage("hi"))).content == "hi"


def test_unknown_gradio_module_is_a_clear_import_error():
    try:
        importlib.import_module("gradio.no_such_module")
    except ModuleNotFoundError as exc:
        assert "gradio.no_such_module" in str(exc)
    else:
        raise AssertionError("expected ModuleNotFoundError")
