"""Free-entry inputs: Textbox, Number, Checkbox, Slider.

Why: each turns the front-end value into what the handler receives
(``preprocess``) and a handler's return into the front-end value
(``postprocess``), following Gradio's rules for these simple types.
"""

from __future__ import annotations

from typing import Any

from .component_base import _COMMON, Component
from .errors import Error


class Textbox(Component):
    TYPE = "textbox"
    EVENTS = ("change", "input", "select", "submit", "focus", "blur", "stop", "copy")
    PROPS = _COMMON + ("lines", "max_lines", "placeholder", "type", "autofocus", "max_length", "rtl",
                       "submit_btn", "stop_btn")

    def __init__(
        self,
        value: Any = "",
        *,
        type: str = "text",
        lines: int = 1,
        max_lines: int | None = None,
        placeholder: str | None = None,
        autofocus: bool = False,
        max_length: int | None = None,
        rtl: bool = False,
        submit_btn: str | bool | None = False,
        stop_btn: str | bool | None = False,
        **kwargs: Any,
    ):
        if type not in ("text", "password", "email"):
            raise ValueError('`type` must be one of "text", "password", or "email".')
        self.type = type
        self.lines = lines
        self.max_lines = max_lines
        self.placeholder = placeholder
        self.autofocus = autofocus
        self.max_length = max_length
        self.rtl = rtl
        self.submit_btn = submit_btn
        self.stop_btn = stop_btn
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str:
        # The browser shows None as an empty box; keep the two equal so
        # change detection does not see a phantom ""/None difference.
        return "" if value is None else str(value)

    def cleared_value(self) -> None:
        """What ClearButton puts in the browser: Gradio's Textbox.postprocess(None), null."""
        return None


class Number(Component):
    TYPE = "number"
    EVENTS = ("change", "input", "submit", "focus", "blur")
    PROPS = _COMMON + ("precision", "minimum", "maximum", "step", "placeholder")

    def __init__(
        self,
        value: Any = None,
        *,
        precision: int | None = None,
        minimum: float | None = None,
        maximum: float | None = None,
        step: float = 1,
        placeholder: str | None = None,
        **kwargs: Any,
    ):
        self.precision = precision
        self.minimum = minimum
        self.maximum = maximum
        self.step = step
        self.placeholder = placeholder
        super().__init__(value, **kwargs)

    @staticmethod
    def round_to_precision(num: Any, precision: int | None) -> float | int | None:
        if num is None or num == "":
            return None
        if precision is None:  # gradio 6: no rounding, an int stays an int
            return num if isinstance(num, (int, float)) and not isinstance(num, bool) else float(num)
        num = float(num)
        if precision == 0:
            return int(round(num))
        return round(num, precision)

    def preprocess(self, payload: Any) -> float | int | None:
        if payload is None or payload == "":
            return None
        value = payload if isinstance(payload, (int, float)) and not isinstance(payload, bool) else float(payload)
        if self.minimum is not None and value < self.minimum:
            raise Error(f"Value {payload} is less than minimum value {self.minimum}.")
        if self.maximum is not None and value > self.maximum:
            raise Error(f"Value {payload} is greater than maximum value {self.maximum}.")
        return self.round_to_precision(value, self.precision)

    def postprocess(self, value: Any) -> float | int | None:
        return self.round_to_precision(value, self.precision)


class Checkbox(Component):
    TYPE = "checkbox"
    EVENTS = ("change", "input", "select")

    def __init__(self, value: Any = False, **kwargs: Any):
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> bool:
        return bool(payload)

    def postprocess(self, value: Any) -> bool:
        return bool(value)


class Slider(Component):
    TYPE = "slider"
    EVENTS = ("change", "input", "release")
    PROPS = _COMMON + ("minimum", "maximum", "step")

    def __init__(
        self,
        minimum: float = 0,
        maximum: float = 100,
        value: Any = None,
        *,
        step: float | None = None,
        randomize: bool = False,
        **kwargs: Any,
    ):
        self.minimum = minimum
        self.maximum = maximum
        self.step = 1 if step is None else step
        if randomize and value is None:
            import random

            value = random.uniform(minimum, maximum)
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> Any:
        if payload is None or payload == "":
            return self.minimum
        return payload if isinstance(payload, (int, float)) else float(payload)

    def postprocess(self, value: Any) -> Any:
        return self.minimum if value is None else value
