"""Value components (Textbox, Number, Button, Checkbox, choices, Slider).

Why: each component knows how to turn the front-end value into what the
handler receives (``preprocess``) and a handler's return into the front-end
value (``postprocess``), following Gradio's rules for these simple types.
State lives in ``state.py``, display-only components in ``display.py``.
"""

from __future__ import annotations

from typing import Any, Callable

from . import base
from .errors import Error

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
        if callable(value) and not self.stateful:
            # Gradio runs a callable value on every page load.
            self._value_fn = value
            value = None
        self.value = self.postprocess(value)
        super().__init__(
            visible=visible,
            elem_id=elem_id,
            elem_classes=elem_classes,
            render=render,
            key=key,
            **kwargs,
        )

    def preprocess(self, payload: Any) -> Any:
        return payload

    def postprocess(self, value: Any) -> Any:
        return value


def normalize_choices(choices: Any) -> list[tuple[str, Any]]:
    """Choices as (label, value) pairs; a bare item is its own label."""
    out: list[tuple[str, Any]] = []
    for c in choices or []:
        if isinstance(c, (tuple, list)) and len(c) == 2:
            out.append((str(c[0]), c[1]))
        else:
            out.append((str(c), c))
    return out


class Textbox(Component):
    TYPE = "textbox"
    EVENTS = ("change", "input", "select", "submit", "focus", "blur", "stop", "copy")
    PROPS = _COMMON + ("lines", "max_lines", "placeholder", "type", "autofocus", "max_length", "rtl")

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
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> str | None:
        return None if payload is None else str(payload)

    def postprocess(self, value: Any) -> str:
        # The browser shows None as an empty box; keep the two equal so
        # change detection does not see a phantom ""/None difference.
        return "" if value is None else str(value)


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
        num = float(num)
        if precision is None:
            return num
        if precision == 0:
            return int(round(num))
        return round(num, precision)

    def preprocess(self, payload: Any) -> float | int | None:
        if payload is None or payload == "":
            return None
        value = float(payload)
        if self.minimum is not None and value < self.minimum:
            raise Error(f"Value {payload} is less than minimum value {self.minimum}.")
        if self.maximum is not None and value > self.maximum:
            raise Error(f"Value {payload} is greater than maximum value {self.maximum}.")
        return self.round_to_precision(value, self.precision)

    def postprocess(self, value: Any) -> float | int | None:
        return self.round_to_precision(value, self.precision)


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


class Checkbox(Component):
    TYPE = "checkbox"
    EVENTS = ("change", "input", "select")

    def __init__(self, value: Any = False, **kwargs: Any):
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> bool:
        return bool(payload)

    def postprocess(self, value: Any) -> bool:
        return bool(value)


class _ChoiceComponent(Component):
    PROPS = _COMMON + ("choices",)

    def _set_choices(self, choices: Any, type: str) -> None:
        if type not in ("value", "index"):
            raise ValueError(f"Invalid value for parameter `type`: {type}. Please choose from one of: ['value', 'index']")
        self.choices = normalize_choices(choices)
        self.type = type

    def _choice_values(self) -> list:
        return [v for _, v in self.choices]

    def _check(self, value: Any) -> None:
        values = self._choice_values()
        if value not in values and not getattr(self, "allow_custom_value", False):
            raise Error(
                f"Value: {value!r} (type: {type(value)}) is not in the list of choices: {values}"
            )

    def get_props(self) -> dict[str, Any]:
        props = super().get_props()
        props["choices"] = [[label, value] for label, value in self.choices]
        return props


class CheckboxGroup(_ChoiceComponent):
    TYPE = "checkboxgroup"
    EVENTS = ("change", "input", "select")

    def __init__(self, choices: Any = None, *, value: Any = None, type: str = "value", **kwargs: Any):
        self._set_choices(choices, type)
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> list:
        payload = [] if payload is None else list(payload)
        for v in payload:
            self._check(v)
        if self.type == "index":
            values = self._choice_values()
            return [values.index(v) for v in payload]
        return payload

    def postprocess(self, value: Any) -> list:
        if value is None:
            return []
        if not isinstance(value, (list, tuple, set)):
            return [value]
        return list(value)


class Radio(_ChoiceComponent):
    TYPE = "radio"
    EVENTS = ("select", "change", "input")

    def __init__(self, choices: Any = None, *, value: Any = None, type: str = "value", **kwargs: Any):
        self._set_choices(choices, type)
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        self._check(payload)
        if self.type == "index":
            return self._choice_values().index(payload)
        return payload


class Dropdown(_ChoiceComponent):
    TYPE = "dropdown"
    EVENTS = ("change", "input", "select", "focus", "blur", "key_up")
    PROPS = _ChoiceComponent.PROPS + ("multiselect", "max_choices", "allow_custom_value", "filterable")

    def __init__(
        self,
        choices: Any = None,
        *,
        value: Any = DEFAULT,
        type: str = "value",
        multiselect: bool | None = None,
        allow_custom_value: bool = False,
        max_choices: int | None = None,
        filterable: bool = True,
        **kwargs: Any,
    ):
        self._set_choices(choices, type)
        self.multiselect = bool(multiselect)
        self.allow_custom_value = allow_custom_value
        self.max_choices = max_choices
        self.filterable = filterable
        if value is DEFAULT:
            if self.multiselect:
                value = []
            else:
                value = self.choices[0][1] if self.choices else None
        super().__init__(value, **kwargs)

    def preprocess(self, payload: Any) -> Any:
        if self.multiselect:
            payload = [] if payload is None else list(payload)
            for v in payload:
                self._check(v)
            if self.type == "index":
                values = self._choice_values()
                return [values.index(v) if v in values else None for v in payload]
            return payload
        if payload is None:
            return None
        self._check(payload)
        if self.type == "index":
            values = self._choice_values()
            return values.index(payload) if payload in values else None
        return payload

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return [] if self.multiselect else None
        if self.multiselect and not isinstance(value, (list, tuple, set)):
            return [value]
        if self.multiselect:
            return list(value)
        return value


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


# Display components live in display.py; re-exported for convenience.
from .display import HTML, JSON, Label, Markdown  # noqa: E402,F401
