"""Gradio's change rule for State values (``deep_hash``).

Why: a State's ``.change`` fires when the digest of its value differs before
and after a handler. Lists, tuples, dicts and sets are digested by content
(so in-place mutation counts); any other object by ``hash()`` — a class with
``__hash__`` controls it, a plain object hashes by identity, an unhashable one
by ``id()``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable
from typing import Any


def _safe_hash(obj: Any) -> int:
    try:
        return hash(obj)
    except TypeError:
        return id(obj)


def deep_hash(obj: Any) -> str:
    """Hex digest of ``obj`` following Gradio's utils.deep_hash rule."""
    if isinstance(obj, (int, float, str, bytes)):
        items: Any = obj
    elif isinstance(obj, dict):
        items = tuple(
            (k, deep_hash(v)) for k, v in sorted(obj.items(), key=lambda kv: _safe_hash(kv[0]))
        )
    elif isinstance(obj, (list, tuple)):
        items = tuple(deep_hash(x) for x in obj)
    elif isinstance(obj, (set, frozenset)):
        items = tuple(deep_hash(x) for x in sorted(obj, key=_safe_hash))
    elif isinstance(obj, Hashable):
        items = str(_safe_hash(obj)).encode("utf-8")
    else:
        items = str(id(obj)).encode("utf-8")
    return hashlib.sha256(repr(items).encode("utf-8")).hexdigest()
