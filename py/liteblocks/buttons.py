"""Buttons: ``Button`` and ``ClearButton``.

Why separate: a button's value is its text and it only fires ``click``; it
takes no part in the input/choice value rules.
"""

from __future__ import annotations

from typing import Any

from . import base
from .component_base import Component


class Button(Component):
    """A button; its ``value`` is the text shown on it."""

    TYPE = "button"
    EVENTS = ("click",)
    PROPS = (
        "value",
        "variant",
        "size",
        "icon",
        "link",
        "interactive",
        "visible",
        "elem_id",
        "elem_classes",
        "scale",
        "min_width",
    )

    def __init__(
        self,
        value: Any = "Run",
        *,
        variant: str = "secondary",
        size: str = "lg",
        icon: str | None = None,
        link: str | None = None,
        interactive: bool = True,
        min_width: int | None = None,
        **kwargs: Any,
    ):
        self.variant = variant
        self.size = size
        self.icon = icon
        self.link = link
        super().__init__(value, interactive=interactive, min_width=min_width, **kwargs)

    def postprocess(self, value: Any) -> Any:
        return None if value is None else str(value)


class ClearButton(Button):
    """A button that empties ``components`` when clicked (Gradio's ClearButton).

    Why in Python: Gradio clears in the browser with each component's
    ``postprocess(None)`` and resets State to its initial value; we register
    one handler doing the same, so ``.change`` listeners fire as usual.
    """

    def __init__(self, components: Any = None, *, value: Any = "Clear", **kwargs: Any):
        super().__init__(value, **kwargs)
        if base.current_root() is not None:
            self.add(components)

    def add(self, components: Any) -> "ClearButton":
        """Also clear ``components`` (a component or a list) on click."""
        if not components:
            return self
        if isinstance(components, base.Block):
            components = [components]
        components = list(components)

        def clear():
            values = [c.initial_value() if c.stateful else None for c in components]
            return values[0] if len(values) == 1 else values

        self.click(clear, None, components)
        return self
