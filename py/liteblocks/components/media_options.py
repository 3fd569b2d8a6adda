"""``gr.WebcamOptions`` and ``gr.WatermarkOptions`` (gradio/components/image_editor.py, Gradio 6.31).

Why here: gr.Image and gr.Video take them as ``webcam_options=`` / ``watermark=``; the config carries
them as plain dicts (``{"mirror", "constraints"}``, ``{"watermark", "position"}``), which
``options_dict`` makes from a dataclass, a dict or None.
"""

from __future__ import annotations

import dataclasses
import os
from typing import Any

POSITIONS = ("top-left", "top-right", "bottom-left", "bottom-right")


@dataclasses.dataclass
class WebcamOptions:
    """mirror: show the webcam mirrored; constraints: the getUserMedia constraints."""

    mirror: bool = True
    constraints: dict[str, Any] | None = None


@dataclasses.dataclass
class WatermarkOptions:
    """watermark: an image (path, PIL, numpy) put over the media; position: a corner or (x, y)."""

    watermark: Any = None
    position: Any = "bottom-right"

    def __post_init__(self):
        if isinstance(self.position, str) and self.position not in POSITIONS:
            raise ValueError(f"Position must be one of {list(POSITIONS)} or a tuple of two integers. "
                             f"Received: {self.position}")
        if isinstance(self.position, tuple) and not (
                len(self.position) == 2 and all(isinstance(v, int) for v in self.position)):
            raise ValueError("Position must be a tuple of two integers.")


def options_dict(value: Any, cls: type) -> dict:
    """The config form of a WebcamOptions/WatermarkOptions (or a dict of its fields, or None)."""
    if value is None:
        value = cls()
    elif isinstance(value, (str, os.PathLike)) and cls is WatermarkOptions:
        value = cls(watermark=os.fspath(value))
    elif isinstance(value, dict):
        value = cls(**value)
    out = dataclasses.asdict(value) if dataclasses.is_dataclass(value) else dict(value)
    if cls is WatermarkOptions and out["watermark"] is not None and not isinstance(out["watermark"], str):
        out["watermark"] = os.fspath(out["watermark"]) if isinstance(out["watermark"], os.PathLike) else None
    return out
