"""Gradio's FileData values (``{"path", "url", "size", "orig_name", "mime_type", ...}``).

Why: files travel between the page and handlers as FileData dicts, as on a Gradio server. The
``path`` is a real file in the worker's file system (uploads land in /tmp/gradio/<id>/); the
page gets a ``url`` for it from the worker (js/worker_files.js), not from an HTTP route.
"""

from __future__ import annotations

import mimetypes
import os
from typing import Any

META = {"_type": "gradio.FileData"}


def is_file_data(value: Any) -> bool:
    return isinstance(value, dict) and isinstance(value.get("path"), str) and (
        value.get("meta", META).get("_type") == META["_type"])


def file_data(path: str, orig_name: str | None = None) -> dict:
    """The FileData of a path (a URL stays a URL: the page loads it itself)."""
    path = str(path)
    is_url = path.startswith(("http://", "https://", "data:", "blob:"))
    size = None if is_url else (os.path.getsize(path) if os.path.exists(path) else None)
    return {"path": path, "url": path if is_url else None, "size": size,
            "orig_name": orig_name or os.path.basename(path.split("?")[0]) or None,
            "mime_type": mimetypes.guess_type(path)[0], "is_stream": False, "meta": dict(META)}


def to_file_data(value: Any) -> dict | None:
    """What a handler may return for one file: a path (str/PathLike), a FileData dict, or None."""
    if value is None:
        return None
    if is_file_data(value):
        return dict(value, meta=dict(META))
    if isinstance(value, (str, os.PathLike)):
        return file_data(os.fspath(value))
    raise ValueError(f"Cannot show {type(value).__name__} as a file: return a file path.")


class NamedString(str):
    """A path as Gradio's File/UploadButton preprocess gives it: a ``str`` whose ``.name`` is
    itself (Gradio 3 passed file objects; apps still write ``file.name``)."""

    def __init__(self, *args: Any):
        super().__init__()
        self.name = str(self) if args else ""


def is_valid_file(path: str, file_types: list[str]) -> bool:
    """Gradio's rule (gradio_client.utils.is_valid_file): "file" allows all, ".ext" matches the
    name's end, any other entry the kind of the mime type ("image", "text", ...)."""
    name = os.path.basename(path).lower()
    mime = mimetypes.guess_type(path)[0]
    for file_type in file_types:
        if file_type == "file":
            return True
        if file_type.startswith("."):
            if len(name) > len(file_type) and name.endswith(file_type.lower()):
                return True
        elif mime is not None and mime.startswith(f"{file_type}/"):
            return True
    return False


def serve_static_file(value: Any) -> dict | None:
    """An ``icon=``-style file as Gradio's ``Block.serve_static_file`` gives it to the frontend:
    a URL stays a URL, a local path becomes FileData whose bytes the worker sends to the page."""
    if value is None or isinstance(value, dict):
        return value
    value = os.fspath(value)
    if value.startswith(("http://", "https://")):
        return {"path": value, "url": value, "size": None, "orig_name": None, "mime_type": None,
                "is_stream": False, "meta": dict(META)}
    return file_data(value)


def path_of(payload: Any) -> str | None:
    """The worker path of a FileData payload from the frontend."""
    if payload is None:
        return None
    if is_file_data(payload):
        return payload["path"]
    if isinstance(payload, str):
        return payload
    raise ValueError("Expected a file (FileData) from the frontend.")


class FileData:
    """Gradio's FileData model, for handlers that receive one (``DeletedFileData.file``): the
    fields as attributes, ``model_dump()`` the dict."""

    FIELDS = ("path", "url", "size", "orig_name", "mime_type", "is_stream", "meta")

    def __init__(self, **data: Any):
        for name in self.FIELDS:
            setattr(self, name, data.get(name))
        self.is_stream = bool(self.is_stream)
        self.meta = self.meta or dict(META)

    def model_dump(self) -> dict:
        return {name: getattr(self, name) for name in self.FIELDS}

    def __repr__(self) -> str:
        return f"FileData(path={self.path!r}, orig_name={self.orig_name!r})"
