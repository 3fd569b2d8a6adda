"""``gr.File``: upload and download files (gradio/components/file.py's behaviour).

Handlers receive what Gradio gives them: ``type="filepath"`` a path in the worker's file system
(a copy of the upload; a ``str`` with ``.name``, as Gradio's NamedString), ``type="binary"`` the
bytes; ``file_count="multiple"``/"directory" a list. They return paths (or FileData dicts); the
page can then download the file. ``FileValue`` is what gr.UploadButton shares with it (Gradio
gives both the same preprocess and postprocess).
"""

from __future__ import annotations

from typing import Any

from ..component_base import _COMMON, Component
from ..errors import Error
from .file_data import NamedString, is_valid_file, path_of, to_file_data


def check_file_args(name: str, type: str, file_count: str, file_types: Any = None) -> None:
    """The constructor checks Gradio makes for ``type``, ``file_count`` and ``file_types``."""
    if type not in ("filepath", "binary"):
        raise ValueError(f"Invalid value for parameter `type`: {type}. "
                         "Please choose from one of: ['filepath', 'binary']")
    if file_count not in ("single", "multiple", "directory"):
        raise ValueError(f"{name}(file_count={file_count!r}): expected 'single', 'multiple' or 'directory'")
    if file_types is not None and not isinstance(file_types, list):
        raise ValueError(f"Parameter file_types must be a list. Received {file_types.__class__.__name__}")


class FileValue:
    """Files in and out as FileData, by ``file_count``, ``file_types`` and ``type``."""

    file_count: str = "single"
    file_types: list[str] | None = None
    type: str = "filepath"

    @property
    def multiple(self) -> bool:
        return self.file_count != "single"

    def _one(self, payload: Any) -> Any:
        path = path_of(payload)
        if path is None:
            return None
        if self.type == "filepath":
            if self.file_types and not is_valid_file(path, self.file_types):
                raise Error(f"Invalid file type. Please upload a file that is one of these formats: {self.file_types}")
            return NamedString(path)
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


class File(FileValue, Component):
    TYPE = "file"
    EVENTS = ("change", "select", "clear", "upload", "delete", "download")
    PROPS = _COMMON + ("file_count", "file_types", "type", "height", "allow_reordering")

    def __init__(self, value: Any = None, *, file_count: str = "single", file_types: list[str] | None = None,
                 type: str = "filepath", height: Any = None, allow_reordering: bool = False, **kwargs: Any):
        check_file_args("gr.File", type, file_count)
        self.file_count = file_count
        self.file_types = file_types
        self.type = type
        self.height = height
        self.allow_reordering = allow_reordering
        super().__init__(value, **kwargs)

    def process_example(self, value: Any) -> str:
        """How a Dataset shows a sample (Gradio's): the file names."""
        import os

        if value is None:
            return ""
        if isinstance(value, list):
            return ", ".join(os.path.basename(os.fspath(v)) for v in value)
        return os.path.basename(os.fspath(value))
