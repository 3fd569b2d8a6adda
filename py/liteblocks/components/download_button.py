"""``gr.DownloadButton``: a button that downloads its value, one file (gradio/components/download_button.py).

The value is a path in the worker's file system or a URL (a callable giving one is called as for
any component). It reaches the page as FileData: for a path the worker sends the file's bytes
(js/worker_files.js) and the page downloads them from an object URL, as it would from a Gradio
server's file route. A URL is left to the browser (cross-origin, it may open rather than save).
Clicking fires ``click`` and downloads the value the button has then. The label comes first in
the signature, as in Gradio.
"""

from __future__ import annotations

from typing import Any

from ..component_base import Component
from .file_data import path_of, serve_static_file, to_file_data
from .upload_button import BUTTON_BASE, BUTTON_PROPS, keys_list


class DownloadButton(Component):
    TYPE = "downloadbutton"
    EVENTS = ("change", "click")
    PROPS = BUTTON_PROPS
    G6_DEFAULTS = ("downloadbutton", dict(BUTTON_BASE))

    def __init__(self, label: str = "Download", value: Any = None, *, every: Any = None, inputs: Any = None,
                 variant: str = "secondary", visible: Any = True, size: str = "lg", icon: str | None = None,
                 scale: int | None = None, min_width: int | None = None, interactive: bool = True,
                 elem_id: str | None = None, elem_classes: Any = None, render: bool = True, key: Any = None,
                 preserved_by_key: Any = "value", **kwargs: Any):
        self.variant, self.size, self.icon = variant, size, serve_static_file(icon)
        self.preserved_by_key = keys_list(preserved_by_key)
        super().__init__(value, label=label, every=every, inputs=inputs, visible=visible, scale=scale,
                         min_width=min_width, interactive=interactive, elem_id=elem_id, elem_classes=elem_classes,
                         render=render, key=key, **kwargs)

    def preprocess(self, payload: Any) -> str | None:
        """(Rarely used as an input.) The path of the file the button holds."""
        return path_of(payload)

    def postprocess(self, value: Any) -> dict | None:
        if isinstance(value, (list, tuple)):
            raise ValueError("gr.DownloadButton holds one file: return one path, not a list.")
        return to_file_data(value)
