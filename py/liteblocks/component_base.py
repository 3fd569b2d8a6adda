"""``Component``: the base of every value-holding block, and its shared props.

Why separate: inputs, choices, buttons, display and State all build on it;
keeping it alone avoids import cycles between those modules.
"""

from __future__ import annotations

from typing import Any, Callable

from . import base

_COMMON = (
    "value",
    "label",
    "show_label",
    "info",
    "interactive",
    "visible",
    "elem_id",
    "elem_classes",
    "scale",
    "min_width",
)


class _Default:
    """Sentinel: value not given (Dropdown picks its first choice)."""

    def __repr__(self) -> str:
        return "DEFAULT"


DEFAULT = _Default()


class Component(base.Block):
    """Base of every value-holding block."""

    TYPE = "component"
    PROPS = _COMMON

    def __init__(
        self,
        value: Any = None,
        *,
        label: str | None = None,
        info: str | None = None,
        show_label: bool | None = None,
        interactive: bool | None = None,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: Any = None,
        scale: int | None = None,
        min_width: int | None = 160,
        render: bool = True,
        key: Any = None,
        inputs: Any = None,
        every: Any = None,
        **kwargs: Any,
    ):
        self.label = label
        self.info = info
        self.show_label = show_label
        self.interactive = interactive
        self.scale = scale
        self.min_width = min_width
        self._value_fn: Callable | None = None
        self._value_inputs = inputs
        self._value_every = every
        if callable(value) and not self.stateful:
            # Gradio runs a callable value on every page load (and when an input changes or its
            # `every` timer ticks, Blocks._attach_callable_values); without inputs it also calls it
            # once now for the initial value in the config.
            self._value_fn = value
            value = None if inputs else value()
        self.value = self.postprocess(value)
        super().__init__(
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            **kwargs,
        )
        if self._value_fn is not None and isinstance(every, (int, float)) and not isinstance(every, bool):
            from .timer import Timer  # as Gradio: a Timer drawn right after the component

            self._value_every = Timer(every, render=render and self._id is not None)

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        return value
