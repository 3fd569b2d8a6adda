"""``gr.State`` and ``gr.BrowserState``: invisible per-session values.

Why: State values never travel to the browser; each session gets its own
deep copy of the default (kept in ``sessions.py``), so the default must be
deep-copyable — checked here, at construction, like Gradio does.
"""

from __future__ import annotations

import copy
import math
from typing import Any, Callable

from .components import Component


def _noop_delete_callback(value: Any) -> None:
    return None


class State(Component):
    """Session value. ``value`` is deep-copied; a callable is called per session."""

    TYPE = "state"
    EVENTS = ("change",)
    PROPS = ()

    def __init__(
        self,
        value: Any = None,
        render: bool = True,
        *,
        time_to_live: float | None = None,
        delete_callback: Callable[[Any], None] | None = None,
        key: Any = None,
        **kwargs: Any,
    ):
        self.time_to_live = math.inf if time_to_live is None else time_to_live
        self.delete_callback = delete_callback or _noop_delete_callback
        try:
            value = copy.deepcopy(value)
        except Exception as err:
            raise TypeError(
                "The initial value of `gr.State` must be able to be deepcopied. The initial "
                f"value of type {type(value).__name__} cannot be deepcopied ({err}). Instead, "
                "keep such objects in a global dict keyed by `request.session_hash` (add a "
                "`request: gr.Request` parameter to your functions), create them in "
                "`demo.load` and delete them in `demo.unload`."
            ) from err
        super().__init__(value, render=render, key=key)
        self.value = value

    @property
    def stateful(self) -> bool:
        return True

    def initial_value(self) -> Any:
        """A fresh per-session value: call a callable default, then deep-copy."""
        value = self.value
        if callable(value):
            value = value()
        return copy.deepcopy(value)


class BrowserState(State):
    """State persisted in the browser's localStorage (persistence is JS-side)."""

    TYPE = "browserstate"
    PROPS = ("storage_key", "secret")

    def __init__(
        self,
        default_value: Any = None,
        *,
        storage_key: str | None = None,
        secret: str | None = None,
        render: bool = True,
        **kwargs: Any,
    ):
        self.default_value = default_value
        self.storage_key = storage_key
        self.secret = secret
        super().__init__(default_value, render=render, **kwargs)

    def describe(self) -> str:
        key = f" (storage_key={self.storage_key!r})" if self.storage_key else ""
        return f"gr.BrowserState #{self._id}{key}"

    def check_json(self, value: Any) -> None:
        """Values go to localStorage as JSON: refuse anything else, before writing."""
        import json

        from .errors import Error

        try:
            json.dumps(value, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise Error(f"{self.describe()} can only hold JSON values (dict, list, str, numbers, "
                        f"bool, None); got {type(value).__name__}: {exc}") from None
