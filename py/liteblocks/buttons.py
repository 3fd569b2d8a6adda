"""Buttons: ``Button`` and ``ClearButton``.

Why separate: a button's value is its text and it only fires ``click``; it
takes no part in the input/choice value rules.
"""

from __future__ import annotations

from typing import Any

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
    pass
