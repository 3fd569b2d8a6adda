"""``gr.ColorPicker``: a hex colour string in and out, as Gradio 6.31."""

from __future__ import annotations

from typing import Any

from ..component_base import _COMMON, Component


class ColorPicker(Component):
    TYPE = "colorpicker"
    EVENTS = ("change", "input", "release", "submit", "focus", "blur")
    PROPS = _COMMON + ("container",)

    def __init__(self, value: Any = None, *, container: bool = True, **kwargs: Any):
        self.container = container
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)

    def example_payload(self) -> str:
        return "#000000"
