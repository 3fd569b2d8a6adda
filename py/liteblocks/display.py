"""Display components: Markdown, HTML, JSON, Label.

Why separate: they only show values (their postprocess shapes what the
browser renders) and keep components.py small.
"""

from __future__ import annotations

import inspect
import json
import re
from typing import Any

from . import base
from .component_base import _COMMON, Component


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


class HTML(Component, base.BlockContext):
    """The author's HTML. As in Gradio 6.31 every standard event can be listened to (the page's
    ``js_on_load`` code fires them with ``trigger(name)``), and so can a custom event whose name
    appears in quotes in ``js_on_load``. It is also a container (``with gr.HTML(...):``): the children
    are drawn where the template says ``@children``."""

    TYPE = "html"
    EVENTS = ("change", "input", "click", "double_click", "submit", "stop", "edit", "clear", "play", "pause",
              "end", "start_recording", "pause_recording", "stop_recording", "focus", "blur", "upload",
              "release", "select", "stream", "like", "example_select", "option_select", "load", "key_up",
              "apply", "delete", "tick", "undo", "retry", "expand", "collapse", "download", "copy")
    PROPS = _COMMON + ("height",)

    def __init__(self, value: Any = "", *, height: Any = None, **kwargs: Any):
        self.height = height
        super().__init__(value, **kwargs)

    def __getattr__(self, name: str):
        js = self.__dict__.get("extra_props", {}).get("js_on_load") or ""
        if not name.startswith("_") and re.search(rf"""['"`]{re.escape(name)}['"`]""", js):
            from .events import make_listener
            return make_listener(name).__get__(self)
        raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'. If '{name}' is a "
                             f"custom event, make sure to include '{name}' (enclosed in quotes) in the js_on_load string.")

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
