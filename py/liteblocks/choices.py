"""Components that pick among ``choices``: CheckboxGroup, Radio, Dropdown.

Why together: they share choice normalisation, the "value must be one of the
choices" check and ``type="index"`` handling.
"""

from __future__ import annotations

from typing import Any

from .component_base import _COMMON, DEFAULT, Component
from .errors import Error


def normalize_choices(choices: Any) -> list[tuple[str, Any]]:
    """Choices as (label, value) pairs; a bare item is its own label."""
    out: list[tuple[str, Any]] = []
    for c in choices or []:
        if isinstance(c, (tuple, list)) and len(c) == 2:
            out.append((str(c[0]), c[1]))
        else:
            out.append((str(c), c))
    return out



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
