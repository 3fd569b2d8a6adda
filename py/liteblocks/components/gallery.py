"""``gr.Gallery``: a grid of images and videos (gradio/components/gallery.py's behaviour, Gradio 6.31).

The value reaches the page as Gradio's GalleryData: a list of ``{"image": ImageData, "caption"}``
or ``{"video": FileData, "caption"}`` (a file whose mime type is a video's). Handlers may return
paths, URLs, ``pathlib.Path``, PIL images or numpy arrays (saved under /tmp/gradio/<hash>/ in
``format``, as Gradio's cache does), each alone or as ``(item, caption)``; the worker sends the
files' bytes to the page (js/worker_files.js). As an input the handler gets a list of
``(media, caption)`` tuples, images by ``type`` (``"filepath"`` a worker path, ``"pil"``,
``"numpy"``; Pillow/NumPy must be among the app's packages), videos always as a path; ``None``
when the gallery is empty. ``.select`` gives a gr.SelectData with the item's ``index`` and
``value``.
"""

from __future__ import annotations

import mimetypes
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlparse

from ..component_base import _COMMON, Component
from ..errors import Error
from .file_data import META, is_valid_file
from .image import _BASE, _need, save_bytes, to_image_path
from .upload_button import keys_list

GALLERY_BUTTONS = ["share", "download", "download_all", "fullscreen"]


def get_mimetype(filename: str) -> str | None:
    """gradio_client.utils.get_mimetype: the type by the name's ending."""
    lower = filename.lower()
    if lower.endswith(".vtt"):
        return "text/vtt"
    if lower.endswith(".webp"):
        return "image/webp"
    mime = mimetypes.guess_type(filename)[0]
    return mime.replace("x-wav", "wav").replace("x-flac", "flac") if mime else None


def is_url(path: str) -> bool:
    return path.startswith(("http://", "https://"))


def media_data(path: str | None, url: str | None = None, orig_name: str | None = None,
               mime_type: str | None = None) -> dict:
    """An ImageData/FileData dict as Gradio's models dump them."""
    return {"path": path, "url": url, "size": None, "orig_name": orig_name, "mime_type": mime_type,
            "is_stream": False, "meta": dict(META)}


def gallery_item(item: Any, fmt: str = "webp") -> dict:
    """One postprocessed entry: ``{"image": ...}`` or ``{"video": ...}`` with its caption."""
    caption = None
    if isinstance(item, (tuple, list)):
        if len(item) != 2:
            raise ValueError("A gallery item given as a tuple must be (media, caption).")
        item, caption = item
    url = orig_name = mime_type = None
    module = type(item).__module__
    if module.startswith(("numpy", "PIL")):
        path = to_image_path(item, fmt)
    elif isinstance(item, str):
        mime_type = get_mimetype(item)
        if item.lower().endswith(".svg") and not is_url(item):
            with open(item, encoding="utf-8") as f:
                url = "data:image/svg+xml," + quote(f.read())
            path, orig_name = None, Path(item).name
        elif is_url(item):
            path = url = item
            orig_name = Path(urlparse(item).path).name
        else:
            path, orig_name = item, Path(item).name
    elif isinstance(item, os.PathLike):
        path = os.fspath(item)
        orig_name, mime_type = Path(path).name, get_mimetype(path)
    else:
        raise ValueError(f"Cannot process type as image: {type(item)}")
    if mime_type is not None and "video" in mime_type:
        return {"video": media_data(path, url, orig_name, mime_type), "caption": caption}
    return {"image": media_data(path, url, orig_name, mime_type), "caption": caption}


class Gallery(Component):
    TYPE = "gallery"
    EVENTS = ("select", "upload", "change", "delete", "preview_close", "preview_open")
    PROPS = _COMMON + ("format", "file_types", "container", "preserved_by_key", "columns", "rows", "height",
                       "allow_preview", "preview", "selected_index", "object_fit", "buttons", "type",
                       "fit_columns", "sources")
    G6_DEFAULTS = ("gallery", dict(_BASE, value=[], format="webp", columns=2, allow_preview=True,
                                   buttons=list(GALLERY_BUTTONS), type="filepath", fit_columns=True,
                                   sources=["upload"]))

    def __init__(self, value: Any = None, *, format: str = "webp", file_types: list[str] | None = None,
                 label: str | None = None, every: Any = None, inputs: Any = None, show_label: bool | None = None,
                 container: bool = True, scale: int | None = None, min_width: int = 160, visible: Any = True,
                 elem_id: str | None = None, elem_classes: Any = None, render: bool = True, key: Any = None,
                 preserved_by_key: Any = "value", columns: int | None = 2, rows: int | None = None,
                 height: Any = None, allow_preview: bool = True, preview: bool | None = None,
                 selected_index: int | None = None, object_fit: str | None = None, buttons: Any = None,
                 interactive: bool | None = None, type: str = "filepath", fit_columns: bool = True,
                 sources: list[str] | None = None, **kwargs: Any):
        if type not in ("numpy", "pil", "filepath"):
            raise ValueError(f"Invalid type: {type}. Must be one of ['numpy', 'pil', 'filepath']")
        self.format, self.file_types, self.container = format, file_types, container
        self.preserved_by_key = keys_list(preserved_by_key)
        self.columns, self.rows, self.height = columns, rows, height
        self.allow_preview, self.preview, self.selected_index = allow_preview, preview, selected_index
        self.object_fit, self.type, self.fit_columns = object_fit, type, fit_columns
        self.buttons = list(GALLERY_BUTTONS) if buttons is None else buttons
        self.sources = sources or ["upload"]
        super().__init__(value, label=label, every=every, inputs=inputs, show_label=show_label, scale=scale,
                         min_width=min_width, visible=visible, elem_id=elem_id, elem_classes=elem_classes,
                         render=render, key=key, interactive=interactive, **kwargs)

    def preprocess(self, payload: Any) -> list[tuple[Any, str | None]] | None:
        if not payload:
            return None
        data = []
        for element in payload:
            if isinstance(element, str):
                element = {"image": {"path": element}}
            video = element.get("video")
            media = video if video is not None else element.get("image") or {}
            path = media.get("path") or ""
            if not path and (media.get("url") or "").startswith("data:"):
                path = self._data_url(media["url"], media.get("orig_name"))
            if self.file_types and not is_valid_file(path, self.file_types):
                raise Error(f"Invalid file type. Please upload a file that is one of these formats: {self.file_types}")
            data.append((path if video is not None else self._convert(path), element.get("caption")))
        return data

    @staticmethod
    def _data_url(url: str, orig_name: str | None) -> str:
        """An SVG item the page sends as a data: URL (Gradio keeps its path): written to a file."""
        from urllib.parse import unquote

        head, _, body = url.partition(",")
        if ";base64" in head:
            import base64

            data = base64.b64decode(body)
        else:
            data = unquote(body).encode("utf-8")
        return save_bytes(data, orig_name or "image.svg")

    def _convert(self, path: str) -> Any:
        if self.type == "filepath":
            return path
        PIL = _need("PIL.Image", "Pillow", f'gr.Gallery(type="{self.type}")')
        image = PIL.Image.open(path)
        if self.type == "numpy":
            np = _need("numpy", "numpy", 'gr.Gallery(type="numpy")')
            return np.array(image)
        return image

    def postprocess(self, value: Any) -> list[dict]:
        if value is None:
            return []
        if isinstance(value, str):
            raise ValueError("The `value` passed into `gr.Gallery` must be a list of images or videos, "
                             "or list of (media, caption) tuples.")
        return [gallery_item(item, self.format) for item in value]

