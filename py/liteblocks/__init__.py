"""LiteBlocks: the Gradio Blocks API, run in the browser (Pyodide worker).

Apps ``import gradio as gr``; ``runtime.install_gradio_alias()`` maps that
name to this package. Everything apps may use as ``gr.*`` is exported here.
"""

from __future__ import annotations

from . import base, themes
from .blocks import Blocks
from .caching import Cache, cache
from .components.chat_interface import ChatInterface
from .components.chatbot import ChatMessage, Chatbot
from .components.code import Code
from .components.color_picker import ColorPicker
from .components.datetime import DateTime
from .components.highlighted_text import HighlightedText
from .components.special_buttons import DeepLinkButton, DuplicateButton, LoginButton
from .server_only import NO_RELOAD, api, load, load_openapi, mount_gradio_app, set_static_paths
from .components.dataset import Dataset, Examples
from .components.multimodal import MultimodalTextbox
from .components.image import Image
from .components.gallery import Gallery
from .components.video import PlayableVideo, Video
from .components.media_options import WatermarkOptions, WebcamOptions
from .components.audio import Audio, Microphone, WaveformOptions
from .components.download_button import DownloadButton
from .components.upload_button import UploadButton
from .components.dataframe import DataFrame, Dataframe
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
from .tabbed_interface import TabbedInterface
from .layouts import Accordion, Column, Group, Row, Sidebar, Step, Tab, TabItem, Tabs, Walkthrough
from .media import get_audio, get_file, get_image, get_model3d, get_video
from .processing import skip, update
from .renderable import render
from .request import (CopyData, DeletedFileData, DownloadData, EditData, EventData, KeyUpData, LikeData, Progress,
                      Request, RetryData, SelectData, UndoData)
from .components.state import BrowserState, State
from .timer import Timer
from .validation import validate

__version__ = "0.1.0"

Text = Textbox
Json = JSON

__all__ = [
    "Step",
    "Walkthrough",
    "Cache",
    "cache",
    "CopyData",
    "DeletedFileData",
    "DownloadData",
    "DeepLinkButton",
    "DuplicateButton",
    "LoginButton",
    "NO_RELOAD",
    "api",
    "load",
    "load_openapi",
    "mount_gradio_app",
    "set_static_paths",
    "Code",
    "ColorPicker",
    "DateTime",
    "HighlightedText",
    "File",
    "Image",
    "Gallery",
    "Video",
    "PlayableVideo",
    "Json",
    "WatermarkOptions",
    "WebcamOptions",
    "Audio",
    "Microphone",
    "WaveformOptions",
    "DownloadButton",
    "UploadButton",
    "Dataframe",
    "DataFrame",
    "UndoData",
    "RetryData",
    "LikeData",
    "EditData",
    "MultimodalTextbox",
    "Examples",
    "Dataset",
    "ChatInterface",
    "Accordion",
    "Sidebar",
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
    "TabbedInterface",
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
    "validate",
]


def __getattr__(name: str):
    """A Gradio name LiteBlocks does not have yet fails with a message that says so."""
    if name[:1].isupper():
        have = sorted(n for n in __all__ if n[:1].isupper() and isinstance(globals().get(n), type)
                      and issubclass(globals()[n], base.Block) and n not in ("Blocks", "Interface", "Component"))
        raise AttributeError(f"gr.{name} is not available in LiteBlocks yet (components and layouts it has: "
                             f"{', '.join(have)})")
    raise AttributeError(f"module 'gradio' has no attribute {name!r}")
