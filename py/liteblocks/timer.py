"""``gr.Timer``: fires ``.tick`` every ``value`` seconds while ``active``.

Why: apps that show global state (a visitor count, a shared board) refresh it
on a timer. The browser keeps the interval (js/components/timer/); a tick is an
ordinary event, so it runs under the same rules as a click. As in Gradio, the
Timer is invisible and its ``value``/``active`` can be changed by updates.
"""

from __future__ import annotations

from typing import Any

from .component_base import Component


class Timer(Component):
    TYPE = "timer"
    EVENTS = ("tick",)
    PROPS = ("value", "active")

    def __init__(self, value: float = 1.0, *, active: bool = True, render: bool = True, **kwargs: Any):
        self.active = active
        super().__init__(value, render=render, **kwargs)

    def preprocess(self, payload: Any) -> float:
        return float(payload)

    def postprocess(self, value: Any) -> float:
        return float(value)
