"""LiteBlocks: the Gradio Blocks API, run in the browser (Pyodide worker).

Apps ``import gradio as gr``; ``runtime.install_gradio_alias()`` maps that
name to this package. Everything apps may use as ``gr.*`` is exported here.
"""

from __future__ import annotations

from . import themes
from .blocks import Blocks
from .components.chat_interface import ChatInterface
from .components.chatbot import ChatMessage, Chatbot
from .components.dataset import Dataset, Examples
from .components.multimodal import MultimodalTextbox
from .components.image import Image
from .components import (
    HTML,
    JSON,
    Button,
    Checkbox,
    CheckboxGroup,
    ClearButton,
    Component,
    Dropdown,
    File,
    Label,
    Markdown,
    Number,
    Radio,
    Slider,
    Textbox,
)
from .errors import Error, Info, Warning
from .events import Dependency, on
from .interface import Interface
from .layouts import Accordion, Column, Group, Row, Tab, TabItem, Tabs
from .processing import skip, update
from .renderable import render
from .request import EditData, EventData, KeyUpData, LikeData, Progress, Request, RetryData, SelectData, UndoData
from .state import BrowserState, State
from .timer import Timer

__version__ = "0.1.0"

Text = Textbox

__all__ = [
    "File",
    "Image",
    "UndoData",
    "RetryData",
    "LikeData",
    "EditData",
    "MultimodalTextbox",
    "Examples",
    "Dataset",
    "ChatInterface",
    "Accordion",
    "Blocks",
    "BrowserState",
    "Button",
    "ChatMessage",
    "Chatbot",
    "Checkbox",
    "CheckboxGroup",
    "ClearButton",
    "Column",
    "Component",
    "Dependency",
    "Dropdown",
    "Error",
    "EventData",
    "Group",
    "HTML",
    "Info",
    "Interface",
    "JSON",
    "KeyUpData",
    "Label",
    "Markdown",
    "Number",
    "Progress",
    "Radio",
    "Request",
    "Row",
    "SelectData",
    "Slider",
    "State",
    "Tab",
    "TabItem",
    "Tabs",
    "Text",
    "Textbox",
    "Timer",
    "Warning",
    "on",
    "render",
    "skip",
    "themes",
    "update",
]


def __getattr__(name: str):
    """A Gradio name LiteBlocks does not have yet fails with a message that says so."""
    if name[:1].isupper():
        raise AttributeError(f"gr.{name} is not available in LiteBlocks yet (it has Gradio's Blocks, "
                             "layouts, form and display components, State and BrowserState)")
    raise AttributeError(f"module 'gradio' has no attribute {name!r}")
