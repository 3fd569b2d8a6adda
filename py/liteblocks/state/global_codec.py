"""JSON-compatible codec for the values of shared module globals.

Shared globals travel between browser tabs as JSON (through JS), so we need a
format that keeps exact Python types and that a hostile or buggy message cannot
abuse: no pickle, no code execution, bounded depth, output size proportional to
input size.

Wire format ("encoded data"):

    None, True/False, str              -> as is
    int with |x| <= 2**53              -> as is (exact in a JS number)
    other int                          -> ["i", "<hex, e.g. -1f>"]
    float                              -> ["f", repr(x)]   ("nan", "-inf", "-0.0", "1e+16")
    bytes                              -> ["b", "<base64>"]
    list / tuple                       -> ["l", *items] / ["t", *items]
    set / frozenset                    -> ["s", *items] / ["fs", *items]  (canonical order)
    dict                               -> ["d", k1, v1, k2, v2, ...]      (insertion order)
    collections.OrderedDict / Counter  -> ["od", k1, v1, ...] / ["C", k1, v1, ...]
    collections.defaultdict            -> ["dd", "<factory>" | None, k1, v1, ...]
                                          (factory must be a builtin like int, list, set)

Floats are always tagged because a JS number cannot tell 1.0 from 1 (nor -0.0
from 0). JSON objects are never used: JS reorders integer-like keys, and dict keys
may be any hashable value. Sets are sorted by the canonical JSON text of their
items so that equal values always encode to the same text (SharedGlobals compares
encoded texts to find changes).
"""

import base64
import binascii
import json
import re
from collections import Counter, OrderedDict, defaultdict

__all__ = ["CodecError", "Unshareable", "encode", "decode", "dumps", "loads",
           "MAX_DEPTH", "MAX_NODES"]

MAX_DEPTH = 100          # container nesting accepted by encode and decode
MAX_NODES = 1_000_000    # values visited by one encode() (stops DAG blow-up)
_SAFE = 2 ** 53
_INT_RE = re.compile(r"-?[1-9a-f][0-9a-f]*")
_FLOAT_RE = re.compile(r"-?(?:inf|nan|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)")
_MAX_FLOAT_LEN = 64

_DICT_TAGS = {dict: "d", OrderedDict: "od", Counter: "C", defaultdict: "dd"}
_SEQ_TAGS = {list: "l", tuple: "t", set: "s", frozenset: "fs"}
_CONTAINER_TAGS = {**_SEQ_TAGS, **_DICT_TAGS}
_DICT_TYPES = {tag: t for t, tag in _DICT_TAGS.items()}
_FACTORIES = {f.__name__: f for f in
              (int, float, str, bytes, bool, list, tuple, dict, set, frozenset)}


class CodecError(ValueError):
    """Raised by decode()/loads() for malformed or hostile input."""


class Unshareable(TypeError):
    """Raised by encode() for values that are not plain data.

    ``reason`` is a short human phrase; ``obj`` is the offending object when
    there is one (lets callers tell "holds a gradio component" from "a Lock").
    """

    def __init__(self, reason, obj=None):
        super().__init__(reason)
        self.reason = reason
        self.obj = obj


_dump = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"),
                         check_circular=False, allow_nan=False).encode


def dumps(data):
    """Canonical JSON text of encoded data (equal values -> equal text)."""
    return _dump(data)


def loads(text):
    """Parse JSON text into (not yet validated) encoded data; CodecError if bad."""
    if type(text) is not str:
        raise CodecError("expected JSON text")
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as exc:   # also huge-int digit limits
        raise CodecError(f"invalid JSON: {exc}") from None


def encode(value, max_nodes=MAX_NODES):
    """Encode a value into JSON-compatible data; raise Unshareable otherwise.

    Only exact builtin types are accepted (subclasses would lose their type),
    so no user code (__eq__, __hash__, __iter__...) ever runs here.
    Cost: linear in the size of the value, plus sorting for sets.
    """
    return _Encoder(max_nodes).enc(value, 0)


class _Encoder:
    __slots__ = ("budget", "active")

    def __init__(self, max_nodes):
        self.budget = max_nodes
        self.active = set()   # ids of containers on the current path (cycles)

    def enc(self, v, depth):
        self.budget -= 1
        if self.budget < 0:
            raise Unshareable("a value too large to share")
        t = type(v)
        if v is None or t is bool or t is str:
            return v
        if t is int:
            return v if -_SAFE <= v <= _SAFE else ["i", format(v, "x")]
        if t is float:
            return ["f", repr(v)]
        if t is bytes:
            return ["b", base64.b64encode(v).decode("ascii")]
        tag = _CONTAINER_TAGS.get(t)
        if tag is None:
            raise Unshareable(f"a {_type_name(t)} object", v)
        if depth >= MAX_DEPTH:
            raise Unshareable(f"data nested deeper than {MAX_DEPTH} levels")
        key = id(v)
        if key in self.active:
            raise Unshareable("a recursive (self-containing) structure")
        self.active.add(key)
        try:
            return self._container(v, t, tag, depth + 1)
        finally:
            self.active.discard(key)

    def _container(self, v, t, tag, depth):
        enc = self.enc
        out = [tag]
        if t is list or t is tuple:
            for item in v:
                out.append(enc(item, depth))
        elif t is set or t is frozenset:
            items = [enc(item, depth) for item in v]
            if len(items) > 1:
                items.sort(key=_dump)
            out.extend(items)
        else:
            if t is defaultdict:
                f = v.default_factory
                name = next((n for n, g in _FACTORIES.items() if g is f), None)
                if f is not None and name is None:
                    raise Unshareable("a defaultdict whose default factory is not a builtin type")
                out.append(name)
            for k, item in v.items():
                out.append(enc(k, depth))
                out.append(enc(item, depth))
        return out


def _type_name(t):
    mod = getattr(t, "__module__", None)
    name = getattr(t, "__qualname__", None) or getattr(t, "__name__", "?")
    return name if mod in (None, "builtins") else f"{mod}.{name}"


def decode(data):
    """Rebuild a value from encoded data, validating everything strictly.

    Raises CodecError (never anything else) on malformed input. Recursion is
    bounded by MAX_DEPTH and the result is proportional to the input size.
    """
    return _dec(data, 0)


def _dec(x, depth):
    t = type(x)
    if x is None or t is bool or t is str:
        return x
    if t is int:
        if -_SAFE <= x <= _SAFE:
            return x
        raise CodecError("untagged integer outside +-2**53")
    if t is not list:
        raise CodecError(f"unexpected {t.__name__} in encoded data")
    if not x or type(x[0]) is not str:
        raise CodecError("array without a tag")
    tag = x[0]
    if tag in ("i", "f", "b"):
        if len(x) != 2 or type(x[1]) is not str:
            raise CodecError(f"bad {tag!r} scalar")
        return _scalar(tag, x[1])
    if tag not in _SEQ_TAGS.values() and tag not in _DICT_TYPES:
        raise CodecError(f"unknown tag {tag[:20]!r}")
    if depth >= MAX_DEPTH:
        raise CodecError(f"data nested deeper than {MAX_DEPTH} levels")
    depth += 1
    if tag in _DICT_TYPES:
        return _dec_dict(x, tag, depth)
    items = [_dec(item, depth) for item in x[1:]]
    if tag == "l":
        return items
    if tag == "t":
        return tuple(items)
    try:
        result = set(items) if tag == "s" else frozenset(items)
    except TypeError:
        raise CodecError("unhashable set element") from None
    if len(result) != len(items):
        raise CodecError("duplicate set element")
    return result


def _scalar(tag, s):
    if tag == "i":
        if not _INT_RE.fullmatch(s):
            raise CodecError("bad big integer")
        v = int(s, 16)   # base 16: linear time, no digit limit
        if -_SAFE <= v <= _SAFE:
            raise CodecError("non-canonical big integer")
        return v
    if tag == "f":
        if len(s) > _MAX_FLOAT_LEN or not _FLOAT_RE.fullmatch(s):
            raise CodecError("bad float")
        return float(s)
    try:
        return base64.b64decode(s, validate=True)
    except (ValueError, binascii.Error):
        raise CodecError("bad base64 bytes") from None


def _dec_dict(x, tag, depth):
    result = _DICT_TYPES[tag]()
    start = 1
    if tag == "dd":
        if len(x) < 2 or (x[1] is not None and
                          (type(x[1]) is not str or x[1] not in _FACTORIES)):
            raise CodecError("bad defaultdict factory")
        result.default_factory = None if x[1] is None else _FACTORIES[x[1]]
        start = 2
    if (len(x) - start) % 2:
        raise CodecError("dict with an odd number of keys and values")
    for i in range(start, len(x), 2):
        k = _dec(x[i], depth)
        try:
            if k in result:
                raise CodecError("duplicate dict key")
        except TypeError:
            raise CodecError("unhashable dict key") from None
        result[k] = _dec(x[i + 1], depth)
    return result
