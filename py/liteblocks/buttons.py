"""Buttons: ``Button`` and ``ClearButton``.

Why separate: a button's value is its text and it only fires ``click``; it
takes no part in the input/choice value rules.
"""

from __future__ import annotations

import copy
import json

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

    As in Gradio: a JS-only dependency sets every component to its
    ``postprocess(None)`` in the browser, and a second (Python) one resets
    State components to their initial value. The runtime's own dispatch
    (unit tests, tools) runs no JS, so the JS dependency also carries the same
    clearing as a Python fallback (``_python_fallback``, used only there).
    """

    def __init__(self, components: Any = None, *, value: Any = "Clear", **kwargs: Any):
        super().__init__(value, **kwargs)
        self.extra_props.setdefault("api_visibility", "undocumented")
        self._explicit_args["value"] = self.value
        if base.current_root() is not None:
            self.add(components)

    def add(self, components: Any) -> "ClearButton":
        """Also clear ``components`` (a component or a list) on click."""
        if not components:
            return self
        if isinstance(components, base.Block):
            components = [components]
        components = list(components)
        cleared = [_cleared(c) for c in components]
        states = [c for c in components if c.stateful]

        def clear():
            values = [c.initial_value() if c.stateful else v for c, v in zip(components, cleared)]
            return values[0] if len(values) == 1 else values

        self.click(None, [], components, js=f"() => {json.dumps(cleared)}", api_visibility="private",
                   _python_fallback=clear)
        if states:
            def reset_states():
                values = [copy.deepcopy(c.initial_value()) for c in states]
                return values[0] if len(values) == 1 else values
            self.click(reset_states, None, states, api_visibility="undocumented")
        return self


def _cleared(component) -> Any:
    """What the browser shows for a cleared component: its postprocess(None), JSON-able."""
    try:
        value = component.cleared_value() if hasattr(component, "cleared_value") else component.postprocess(None)
    except Exception:  # noqa: BLE001 - a component that cannot show None clears to null
        value = None
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        value = None
    return value
