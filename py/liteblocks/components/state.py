"""``gr.State`` and ``gr.BrowserState``: invisible per-session values.

Why: State values never travel to the browser; each session gets its own
deep copy of the default (kept in ``sessions.py``), so the default must be
deep-copyable — checked here, at construction, like Gradio does.
"""

from __future__ import annotations

import copy
import json
import math
from typing import Any, Callable

from ..component_base import Component


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
        """Refuse, before anything is written, a value the page could not store: not JSON,
        nested deeper than Gradio's orjson allows (checked without recursion: a very deep
        value would overflow Pyodide's stack in ``json.dumps`` and kill the worker), or
        larger than any browser's localStorage holds."""
        from ..errors import Error

        depth = json_depth(value, MAX_DEPTH + 1)
        if depth > MAX_DEPTH:
            raise Error(f"{self.describe()} cannot store a value nested more than {MAX_DEPTH} levels "
                        "deep; the value saved before is kept.", title="BrowserState not saved", print_exception=False)
        try:
            text = json.dumps(value, allow_nan=False, ensure_ascii=False, separators=(",", ":"))
        except (TypeError, ValueError, RecursionError) as exc:
            raise Error(f"{self.describe()} can only hold JSON values (dict, list, str, numbers, "
                        f"bool, None); got {type(value).__name__}: {exc}. The value saved before is kept.",
                        title="BrowserState not saved", print_exception=False) from None
        size = stored_size(len(text.encode("utf-8")), self.storage_key or "")
        if size > STORAGE_LIMIT:
            raise Error(f"{self.describe()} is too big for the browser's storage ({size / 2**20:.1f} MB "
                        f"once encrypted; browsers keep at most {STORAGE_LIMIT / 2**20:.0f} MB per site). "
                        "The value saved before is kept.", title="BrowserState not saved", print_exception=False)


# orjson, which Gradio uses for BrowserState, refuses more than 254 nested containers.
MAX_DEPTH = 254
# localStorage per site, in characters of key + value (Chromium: 5 Mi; Firefox and Safari about 5 M).
STORAGE_LIMIT = 5 * 1024 * 1024


def json_depth(value: Any, stop: int) -> int:
    """Deepest nesting of lists/tuples/dicts in ``value``, counted iteratively up to ``stop``.
    Each container is entered once, so a cycle ends the walk (json.dumps then names it)."""
    deepest = 0
    stack = [(value, 1)]
    entered: set[int] = set()
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children = item.values()
        elif isinstance(item, (list, tuple)):
            children = item
        else:
            continue
        if id(item) in entered:
            continue
        entered.add(id(item))
        deepest = max(deepest, depth)
        if deepest >= stop:
            break
        stack.extend((child, depth + 1) for child in children)
    return deepest


def stored_size(json_bytes: int, storage_key: str) -> int:
    """Characters js/browser_state.js stores: "lb1." + base64(12-byte iv + ciphertext + 16-byte tag)."""
    return len(storage_key) + 4 + 4 * ((json_bytes + 28 + 2) // 3)
