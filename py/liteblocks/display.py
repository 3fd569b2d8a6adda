"""Display components: Markdown, HTML, JSON, Label.

Why separate: they only show values (their postprocess shapes what the
browser renders) and keep components.py small.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

from .components import _COMMON, Component


class Markdown(Component):
    """Markdown text; ``value`` is the markdown source (dedented like Gradio)."""

    TYPE = "markdown"
    EVENTS = ("change", "copy")
    PROPS = _COMMON + ("rtl", "sanitize_html", "header_links", "height", "show_copy_button")

    def __init__(
        self,
        value: Any = "",
        *,
        rtl: bool = False,
        sanitize_html: bool = True,
        header_links: bool = False,
        height: Any = None,
        show_copy_button: bool = False,
        **kwargs: Any,
    ):
        self.rtl = rtl
        self.sanitize_html = sanitize_html
        self.header_links = header_links
        self.height = height
        self.show_copy_button = show_copy_button
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> str | None:
        if value is None:
            return None
        return inspect.cleandoc(str(value))


class HTML(Component):
    TYPE = "html"
    EVENTS = ("change", "click")
    PROPS = _COMMON + ("height",)

    def __init__(self, value: Any = "", *, height: Any = None, **kwargs: Any):
        self.height = height
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> str | None:
        return None if value is None else str(value)


class JSON(Component):
    TYPE = "json"
    EVENTS = ("change",)
    PROPS = _COMMON + ("open", "height")

    def __init__(self, value: Any = None, *, open: bool = False, height: Any = None, **kwargs: Any):
        self.open = open
        self.height = height
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> Any:
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                return value
        return value


class Label(Component):
    """Classification label: a string, or a {label: confidence} dict."""

    TYPE = "label"
    EVENTS = ("change", "select")
    PROPS = _COMMON + ("num_top_classes",)

    def __init__(self, value: Any = None, *, num_top_classes: int | None = None, **kwargs: Any):
        self.num_top_classes = num_top_classes
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> Any:
        if value is None or value == {}:
            return {}
        if isinstance(value, (str, int, float)):
            return {"label": str(value)}
        if isinstance(value, dict):
            if "confidences" in value and "label" in value:
                return value
            ranked = sorted(value.items(), key=lambda kv: kv[1], reverse=True)
            if self.num_top_classes is not None:
                ranked = ranked[: self.num_top_classes]
            return {
                "label": ranked[0][0] if ranked else None,
                "confidences": [{"label": str(k), "confidence": v} for k, v in ranked],
            }
        raise ValueError(f"The `Label` output must be a str, number or dict, not {type(value)}.")
