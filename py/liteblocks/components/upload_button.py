"""``gr.UploadButton``: a button that opens the file picker (gradio/components/upload_button.py).

The picked files are written into the worker's file system (/tmp/gradio/<id>/, by the page's
upload, js/frontend/client.js) before the button's value is set and ``upload`` fires; handlers
get them as gr.File gives them (``FileValue``: a path with ``.name``, or the bytes with
``type="binary"``; a list with ``file_count`` "multiple"/"directory"). The label comes first in
the signature, as in Gradio.
"""

from __future__ import annotations

import warnings
from typing import Any

from ..component_base import Component
from .file import FileValue, check_file_args
from .file_data import serve_static_file

BUTTON_PROPS = ("value", "label", "variant", "size", "icon", "interactive", "visible", "elem_id", "elem_classes",
                "scale", "min_width", "preserved_by_key")
BUTTON_BASE = {"variant": "secondary", "visible": True, "size": "lg", "interactive": True, "elem_classes": [],
               "preserved_by_key": ["value"], "_selectable": False}


def keys_list(preserved_by_key: Any) -> list:
    if preserved_by_key is None:
        return []
    return [preserved_by_key] if isinstance(preserved_by_key, str) else list(preserved_by_key)


class UploadButton(FileValue, Component):
    TYPE = "uploadbutton"
    EVENTS = ("change", "click", "upload")
    PROPS = BUTTON_PROPS + ("type", "file_count", "file_types")
    G6_DEFAULTS = ("uploadbutton", dict(BUTTON_BASE, type="filepath", file_count="single"))

    def __init__(self, label: str = "Upload a File", value: Any = None, *, every: Any = None, inputs: Any = None,
                 variant: str = "secondary", visible: Any = True, size: str = "lg", icon: str | None = None,
                 scale: int | None = None, min_width: int | None = None, interactive: bool = True,
                 elem_id: str | None = None, elem_classes: Any = None, render: bool = True, key: Any = None,
                 preserved_by_key: Any = "value", type: str = "filepath", file_count: str = "single",
                 file_types: list[str] | None = None, **kwargs: Any):
        check_file_args("gr.UploadButton", type, file_count, file_types)
        if file_count == "directory" and file_types is not None:
            warnings.warn("The `file_types` parameter is ignored when `file_count` is 'directory'.")
        self.type, self.file_count, self.file_types = type, file_count, file_types
        self.variant, self.size, self.icon = variant, size, serve_static_file(icon)
        self.preserved_by_key = keys_list(preserved_by_key)
        super().__init__(value, label=label, every=every, inputs=inputs, visible=visible, scale=scale,
                         min_width=min_width, interactive=interactive, elem_id=elem_id, elem_classes=elem_classes,
                         render=render, key=key, **kwargs)

