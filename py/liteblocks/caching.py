"""``gr.cache`` (a memoising decorator) and ``gr.Cache`` (a get/set store), as Gradio 6.31 has them.

Why: demos cache slow steps (``@gr.cache``) or keep per-user data (``c=gr.Cache(per_session=True)``
as a default argument).  Keys are digested by content (Gradio's rule, state_hash.deep_hash), the
store is LRU with ``max_size`` entries and an optional ``max_memory`` ("512mb", bytes: measured as
each entry's pickled size), and ``per_session`` keeps one namespace per browser session.
Generators are cached whole and replayed on a hit.
"""

from __future__ import annotations

import functools
import inspect
import pickle
import re
from collections import OrderedDict
from typing import Any, Callable

from .state.state_hash import deep_hash

_UNITS = {"b": 1, "kb": 1024, "mb": 1024**2, "gb": 1024**3}


def _bytes(limit: str | int | None) -> int | None:
    if limit is None or isinstance(limit, int):
        return limit
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([kmg]?b)\s*", str(limit).lower())
    if not match:
        raise ValueError(f"max_memory must be bytes or a size such as '512mb', not {limit!r}")
    return int(float(match.group(1)) * _UNITS[match.group(2)])


def _session_id() -> str | None:
    from .renderable import current_session

    session = current_session.get()
    return getattr(session, "session_hash", None)


class _Store:
    """LRU entries (key -> dict of data), with per-session namespaces when asked."""

    def __init__(self, max_size: int, max_memory: str | int | None, per_session: bool):
        self.max_size, self.max_memory, self.per_session = max_size, _bytes(max_memory), per_session
        self.entries: OrderedDict = OrderedDict()
        self.sizes: dict = {}

    def _key(self, key: Any) -> Any:
        return (_session_id() if self.per_session else None, deep_hash(key))

    def get(self, key: Any) -> dict | None:
        k = self._key(key)
        if k not in self.entries:
            return None
        self.entries.move_to_end(k)
        return self.entries[k]

    def put(self, key: Any, data: dict) -> None:
        k = self._key(key)
        self.entries[k] = data
        self.entries.move_to_end(k)
        if self.max_memory is not None:
            try:
                self.sizes[k] = len(pickle.dumps(data))
            except Exception:  # noqa: BLE001 - an unpicklable value counts by its repr
                self.sizes[k] = len(repr(data))
        while self.entries and ((self.max_size and len(self.entries) > self.max_size) or (
                self.max_memory is not None and sum(self.sizes.values()) > self.max_memory)):
            old, _ = self.entries.popitem(last=False)
            self.sizes.pop(old, None)

    def keys(self) -> list:
        prefix = _session_id() if self.per_session else None
        return [data["_key"] for (ns, _), data in self.entries.items() if ns == prefix]

    def clear(self) -> None:
        self.entries.clear()
        self.sizes.clear()


class Cache:
    """A cache with manual get/set, usually given as a handler's default argument."""

    def __init__(self, *, max_size: int = 128, max_memory: str | int | None = None, per_session: bool = False):
        self._store = _Store(max_size, max_memory, per_session)

    def get(self, key: Any) -> dict | None:
        entry = self._store.get(key)
        return None if entry is None else {k: v for k, v in entry.items() if k != "_key"}

    def set(self, key: Any, **data: Any) -> None:
        self._store.put(key, dict(data, _key=key))

    def keys(self) -> list:
        return self._store.keys()

    def clear(self) -> None:
        self._store.clear()

    def __len__(self) -> int:
        return len(self._store.entries)


def _wrap(fn: Callable, store: _Store, key: Callable | None) -> Callable:
    def cache_key(args, kwargs):
        if key is not None:
            bound = inspect.signature(fn).bind_partial(*args, **kwargs)
            return key(dict(bound.arguments))
        return (args, kwargs)

    if inspect.isasyncgenfunction(fn):
        @functools.wraps(fn)
        async def agen(*args, **kwargs):
            k = cache_key(args, kwargs)
            hit = store.get(k)
            if hit is not None:
                for item in hit["items"]:
                    yield item
                return
            items = []
            async for item in fn(*args, **kwargs):
                items.append(item)
                yield item
            store.put(k, {"items": items, "_key": k})
        return agen
    if inspect.isgeneratorfunction(fn):
        @functools.wraps(fn)
        def gen(*args, **kwargs):
            k = cache_key(args, kwargs)
            hit = store.get(k)
            if hit is not None:
                yield from hit["items"]
                return
            items = []
            for item in fn(*args, **kwargs):
                items.append(item)
                yield item
            store.put(k, {"items": items, "_key": k})
        return gen
    if inspect.iscoroutinefunction(fn):
        @functools.wraps(fn)
        async def coro(*args, **kwargs):
            k = cache_key(args, kwargs)
            hit = store.get(k)
            if hit is None:
                hit = {"value": await fn(*args, **kwargs), "_key": k}
                store.put(k, hit)
            return hit["value"]
        return coro

    @functools.wraps(fn)
    def plain(*args, **kwargs):
        k = cache_key(args, kwargs)
        hit = store.get(k)
        if hit is None:
            hit = {"value": fn(*args, **kwargs), "_key": k}
            store.put(k, hit)
        return hit["value"]
    return plain


def cache(fn: Callable | None = None, *, key: Callable | None = None, max_size: int = 128,
          max_memory: str | int | None = None, per_session: bool = False):
    """``@gr.cache``, ``@gr.cache(...)`` or ``gr.cache(fn)(*args)``: results memoised by input content."""
    def decorate(func: Callable) -> Callable:
        return _wrap(func, _Store(max_size, max_memory, per_session), key)

    if fn is not None:
        if not callable(fn):
            raise TypeError("gr.cache(...) expected a callable when used at runtime. "
                            "Use gr.cache(fn)(*args) instead of gr.cache(fn(*args)).")
        return decorate(fn)
    return decorate
