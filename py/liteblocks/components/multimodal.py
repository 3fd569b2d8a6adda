"""``gr.MultimodalTextbox``: text plus attached files, Gradio 6.31's value shapes.

Why: ``gr.ChatInterface(multimodal=True)`` hands ``fn`` a ``{"text", "files"}``
message.  The frontend sends ``{"text": str, "files": [FileData]}``; handlers
get ``{"text": str, "files": [path, ...]}`` (``preprocess``) and may return a
string or a ``{"text", "files": [path | FileData]}`` dict (``postprocess``).
"""

from __future__ import annotations

import os
from typing import Any

from ..errors import Error
from ..inputs import Textbox
from .chatbot import file_data
from .file_data import is_valid_file


class MultimodalTextbox(Textbox):
    TYPE = "multimodaltextbox"
    EVENTS = ("change", "input", "select", "submit", "focus", "blur", "stop")
    PROPS = Textbox.PROPS + ("sources", "file_types", "file_count", "max_plain_text_length")

    def __init__(self, value: Any = None, *, sources: Any = None, file_types: list | None = None,
                 file_count: str = "single", max_lines: int = 20, max_plain_text_length: int = 1000,
                 **kwargs: Any):
        self.sources = [sources] if isinstance(sources, str) else list(sources or ["upload"])
        self.file_types = file_types
        if file_count not in ("single", "multiple", "directory"):
            raise ValueError('`file_count` must be "single", "multiple" or "directory".')
        self.file_count = file_count
        self.max_plain_text_length = max_plain_text_length
        super().__init__(value, max_lines=max_lines, **kwargs)

    def preprocess(self, payload: Any) -> dict | None:
        if payload is None:
            return None
        if isinstance(payload, str):
            return {"text": payload, "files": []}
        files = [f.get("path") if isinstance(f, dict) else str(f) for f in payload.get("files") or []]
        if self.file_types:
            for path in files:
                if not is_valid_file(path, self.file_types):
                    raise Error(f"Invalid file type: {os.path.basename(path)}. Please upload a file that is one of these formats: "
                                f"{self.file_types}")
        return {"text": str(payload.get("text") or ""), "files": files}

    def postprocess(self, value: Any) -> dict:
        if value is None:
            return {"text": "", "files": []}
        if isinstance(value, str):
            return {"text": value, "files": []}
        if not isinstance(value, dict):
            raise ValueError("MultimodalTextbox expects a string or a dictionary with optional keys 'text' and "
                             f"'files'. Received {type(value).__name__}")
        text = value.get("text", "")
        if not isinstance(text, str):
            raise TypeError(f"Expected 'text' to be a string, but got {type(text).__name__}")
        files = [dict(f) if isinstance(f, dict) else file_data(f, orig_name=os.path.basename(str(f)))
                 for f in value.get("files") or [] if f is not None]
        return {"text": text, "files": files}
