"""``gr.File``: upload and download files (gradio/components/file.py's behaviour).

Handlers receive what Gradio gives them: ``type="filepath"`` a path in the worker's file system
(a copy of the upload), ``type="binary"`` the bytes; ``file_count="multiple"``/"directory" a list.
They return paths (or FileData dicts); the page can then download the file.
"""

from __future__ import annotations

from typing import Any

from ..component_base import _COMMON, Component
from .file_data import path_of, to_file_data


class File(Component):
    TYPE = "file"
    EVENTS = ("change", "select", "clear", "upload", "delete", "download")
    PROPS = _COMMON + ("file_count", "file_types", "type", "height", "allow_reordering")

    def __init__(self, value: Any = None, *, file_count: str = "single", file_types: list[str] | None = None,
                 type: str = "filepath", height: Any = None, allow_reordering: bool = False, **kwargs: Any):
        if type not in ("filepath", "binary"):
            raise ValueError(f"gr.File(type={type!r}): expected 'filepath' or 'binary'")
        if file_count not in ("single", "multiple", "directory"):
            raise ValueError(f"gr.File(file_count={file_count!r}): expected 'single', 'multiple' or 'directory'")
        self.file_count = file_count
        self.file_types = file_types
        self.type = type
        self.height = height
        self.allow_reordering = allow_reordering
        super().__init__(value, **kwargs)

    @property
    def multiple(self) -> bool:
        return self.file_count != "single"

    def _one(self, payload: Any) -> Any:
        path = path_of(payload)
        if path is None or self.type == "filepath":
            return path
        with open(path, "rb") as f:
            return f.read()

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        if self.multiple:
            items = payload if isinstance(payload, list) else [payload]
            return [self._one(p) for p in items]
        if isinstance(payload, list):
            payload = payload[0] if payload else None
        return self._one(payload)

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, (list, tuple)):
            return [to_file_data(v) for v in value]
        return to_file_data(value)
