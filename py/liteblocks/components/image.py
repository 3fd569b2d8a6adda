"""``gr.Image``: an image in and out (gradio/components/image.py's behaviour, Gradio 6.31).

Handlers receive what Gradio gives them: ``type="filepath"`` a path in the worker's file system,
``"pil"`` a PIL image, ``"numpy"`` an array (Gradio's default). Pillow/NumPy are Pyodide packages
an app may lack: then those types raise a gr.Error naming the package. Outputs may be paths, URLs,
bytes, PIL images or arrays; images made in memory are saved under /tmp/gradio/<hash>/ as Gradio's
cache does, and the worker sends their bytes to the page (js/worker_files.js).
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from ..component_base import _COMMON, Component
from ..errors import Error
from .file_data import META, path_of
from .media_options import WatermarkOptions, WebcamOptions, options_dict

CACHE = "/tmp/gradio"
_BASE = {"visible": True, "elem_classes": [], "preserved_by_key": ["value"], "_selectable": False,
         "show_label": True, "container": True, "min_width": 160}


def _need(module: str, package: str, why: str):
    try:
        return __import__(module)
    except ImportError:
        raise Error(f"{why} needs the {package} package, which this app does not load "
                    f"(add {package} to its requirements).") from None


def save_bytes(data: bytes, name: str) -> str:
    """Writes bytes under the cache as Gradio does (a folder per content hash); returns the path."""
    folder = os.path.join(CACHE, hashlib.sha256(data).hexdigest()[:32])
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, os.path.basename(name) or "file")
    with open(path, "wb") as f:
        f.write(data)
    return path


def save_pil(im: Any, name: str = "image", fmt: str = "webp") -> str:
    import io

    buf = io.BytesIO()
    try:
        im.save(buf, format=fmt.upper())
    except (KeyError, ValueError, OSError):
        buf, fmt = io.BytesIO(), "png"
        im.save(buf, format="PNG")
    return save_bytes(buf.getvalue(), f"{name}.{fmt}")


def image_file_data(path: str, orig_name: str | None = None) -> dict:
    is_url = path.startswith(("http://", "https://", "data:", "blob:"))
    return {"path": path, "url": path if is_url else None, "size": None,
            "orig_name": orig_name if orig_name is not None else (
                os.path.basename(path) if not is_url and os.path.exists(path) else None),
            "mime_type": None, "is_stream": False, "meta": dict(META)}


def to_image_path(value: Any, fmt: str = "webp") -> str:
    """A path (or URL) for any image value a handler may return."""
    if isinstance(value, (str, os.PathLike)):
        return os.fspath(value)
    if isinstance(value, (bytes, bytearray)):
        return save_bytes(bytes(value), "image." + _sniff(bytes(value)))
    cls = type(value)
    if cls.__module__.startswith("numpy"):
        PIL = _need("PIL.Image", "Pillow", "Showing a numpy array as an image")
        import numpy as np

        arr = value
        if arr.dtype != np.uint8:
            arr = (np.clip(arr, 0, 1) * 255 if arr.dtype.kind == "f" else np.clip(arr, 0, 255)).astype(np.uint8)
        return save_pil(PIL.Image.fromarray(arr), fmt=fmt)
    if cls.__module__.startswith("PIL"):
        return save_pil(value, fmt=fmt)
    if isinstance(value, dict) and (value.get("path") or value.get("url")):
        return value.get("path") or value.get("url")
    raise Error(f"Cannot process this value as an Image, it is of type: {cls}")


def _sniff(data: bytes) -> str:
    for sig, ext in ((b"\x89PNG", "png"), (b"\xff\xd8", "jpeg"), (b"GIF8", "gif"), (b"RIFF", "webp"),
                     (b"<svg", "svg"), (b"<?xml", "svg")):
        if data.startswith(sig):
            return ext
    return "png"


class Image(Component):
    TYPE = "image"
    EVENTS = ("clear", "change", "stream", "select", "upload", "input", "start_recording", "stop_recording")
    PROPS = _COMMON + ("format", "height", "width", "image_mode", "sources", "type", "buttons", "streaming",
                       "webcam_options", "placeholder", "watermark")
    G6_DEFAULTS = ("image", dict(_BASE, streamable=False, format="webp", image_mode="RGB",
                                 sources=["upload", "webcam", "clipboard"], type="numpy",
                                 buttons=["download", "share", "fullscreen"], streaming=False,
                                 webcam_options={"mirror": True, "constraints": None},
                                 watermark={"watermark": None, "position": "bottom-right"}))

    def __init__(self, value: Any = None, *, format: str = "webp", height: Any = None, width: Any = None,
                 image_mode: str | None = "RGB", sources: Any = None, type: str = "numpy",
                 buttons: Any = None, streaming: bool = False, webcam_options: Any = None,
                 placeholder: str | None = None, watermark: Any = None, **kwargs: Any):
        if type not in ("numpy", "pil", "filepath"):
            raise ValueError(f"Invalid value for parameter `type`: {type}. "
                             "Please choose from one of: ['numpy', 'pil', 'filepath']")
        self.format, self.height, self.width, self.image_mode = format, height, width, image_mode
        self.sources = [sources] if isinstance(sources, str) else sources
        self.type, self.buttons, self.streaming = type, buttons, streaming
        self.placeholder = placeholder
        self.webcam_options = None if webcam_options is None else options_dict(webcam_options, WebcamOptions)
        self.watermark = None if watermark is None else options_dict(watermark, WatermarkOptions)
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        url = payload.get("url") if isinstance(payload, dict) else None
        if url and url.startswith("data:"):
            import base64

            data = base64.b64decode(url.split(",", 1)[1])
            path = save_bytes(data, "image." + _sniff(data))
        else:
            path = path_of(payload)
        orig = payload.get("orig_name") if isinstance(payload, dict) else None
        stem, _, suffix = (orig or "image.webp").rpartition(".")
        suffix = "jpeg" if suffix.lower() in ("jpg", "jpeg") else suffix
        if suffix.lower() == "svg":
            if self.type == "filepath":
                return path
            raise Error("SVG files are not supported as input images for this app.")
        if self.type == "filepath":
            try:
                import PIL.Image  # noqa: F401
            except ImportError:
                return path  # no Pillow: the upload as it came (Gradio converts only when the mode differs)
        PIL = _need("PIL.Image", "Pillow", f'gr.Image(type="{self.type}")')
        im = PIL.Image.open(path)
        if self.type == "filepath" and self.image_mode in (None, im.mode):
            return path
        from PIL import ImageOps

        if im.getexif().get(274, 1) != 1:
            try:
                im = ImageOps.exif_transpose(im)
            except Exception:
                pass
        if suffix.lower() != "gif" and self.image_mode is not None:
            im = im.convert(self.image_mode)
        if self.type == "pil":
            return im
        if self.type == "numpy":
            np = _need("numpy", "numpy", 'gr.Image(type="numpy")')
            return np.array(im)
        return save_pil(im, stem or "image", suffix)

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, str) and value.lower().endswith(".svg") and os.path.exists(value):
            from urllib.parse import quote

            with open(value, encoding="utf-8") as f:
                return dict(image_file_data(value), path=None, url="data:image/svg+xml," + quote(f.read()),
                            orig_name=os.path.basename(value))
        return image_file_data(to_image_path(value, self.format))
