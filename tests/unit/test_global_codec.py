import json
import math
import os
import random
import sys
import threading
from collections import Counter, OrderedDict, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "py"))

import pytest

from liteblocks.state.global_codec import (MAX_DEPTH, CodecError, Unshareable, decode, dumps,
                                     encode, loads)


def same(a, b):
    """Equality that also requires identical types all the way down."""
    if type(a) is not type(b):
        return False
    if type(a) is float:
        return (math.isnan(a) and math.isnan(b)) or (a == b and math.copysign(1, a) == math.copysign(1, b))
    if type(a) in (list, tuple):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return (list(map(repr, a)) == list(map(repr, b))
                and all(same(a[k], b[k]) for k in a)
                and getattr(a, "default_factory", None) is getattr(b, "default_factory", None))
    if type(a) in (set, frozenset):
        return dumps(encode(a)) == dumps(encode(b))   # canonical and type-exact; nan != nan
    return a == b


def roundtrip(value):
    # through JSON text too, as the wire does
    return decode(json.loads(json.dumps(encode(value))))


VALUES = [
    None, True, False, 0, 1, -1, 2**53, -2**53, 2**53 + 1, -2**53 - 1, 2**64, -(10**400), 7**5000,
    0.0, -0.0, 1.0, -1.5, 1e16, 1e-300, 5e-324, 1.7976931348623157e308, math.inf, -math.inf,
    "", "héllo \u2603 \U0001F600", "\x00\n\"\\", "\ud800",
    b"", b"\x00\xffabc", bytes(range(256)),
    [], (), [1, 2], (1,), ((),), [[[]]], {}, set(), frozenset(),
    {1, 2, 3}, {(1, 2), (3, 4)}, frozenset({"a", b"b", None}), {frozenset({1}), frozenset()},
    {"a": 1, "b": [1, 2, {"c": (3, 4)}]}, {(1, 2): "x", 3: "y", None: "z", b"k": 1, 1.5: 2},
    {"b": 1, "1": 2, "a": 3, "0": 4}, {True: "t", 2: "two"},
    [1, 1.0, True, "1"], (True, 1, 1.0), [(1, 2), [1, 2]],
    Counter("abracadabra"), OrderedDict([("z", 1), ("a", 2)]),
    defaultdict(int, {"x": 1}), defaultdict(list), defaultdict(None, {1: 2}),
    {"votes": {"A": 3, "B": 0}, "users": {"h1", "h2"}, "log": [("t", 1.25)]},
]


@pytest.mark.parametrize("value", VALUES, ids=lambda v: repr(v)[:40])
def test_roundtrip_exact_types(value):
    assert same(roundtrip(value), value)


def test_nan_roundtrip():
    out = roundtrip([math.nan])
    assert type(out[0]) is float and math.isnan(out[0])


def test_bool_int_float_kept_apart():
    assert dumps(encode(1)) != dumps(encode(True)) != dumps(encode(1.0))
    assert dumps(encode([0])) != dumps(encode([False]))
    assert type(roundtrip(True)) is bool and type(roundtrip(1)) is int and type(roundtrip(1.0)) is float
    assert math.copysign(1, roundtrip(-0.0)) == -1


def test_compact_plain_forms():
    assert encode("x") == "x" and encode(5) == 5 and encode(None) is None and encode(True) is True
    assert encode((1, 2)) == ["t", 1, 2]
    assert encode(2**60) == ["i", format(2**60, "x")]


def test_set_encoding_is_canonical():
    a = set(range(100))
    b = set(reversed(range(100)))
    for x in range(50):
        b.discard(x)
        b.add(x)
    assert dumps(encode(a)) == dumps(encode(b))
    assert dumps(encode({"b", "a", "c"})) == dumps(encode({"c", "a", "b"}))


def test_dict_keeps_insertion_order():
    d = {"z": 1, "10": 2, "a": 3, 2: 4}
    assert list(roundtrip(d)) == ["z", "10", "a", 2]


def test_nested_depth_limit():
    v = []
    for _ in range(MAX_DEPTH - 1):
        v = [v]
    assert same(roundtrip(v), v)            # MAX_DEPTH nested lists: fine
    v = [v]                                  # one more
    with pytest.raises(Unshareable):
        encode(v)


def test_depth_limit_matches_decode():
    v = "leaf"
    for _ in range(MAX_DEPTH):
        v = [v]
    assert decode(encode(v)) == v
    bad = "leaf"
    for _ in range(MAX_DEPTH + 1):
        bad = ["l", bad]
    with pytest.raises(CodecError):
        decode(bad)


class Thing:
    pass


@pytest.mark.parametrize("value", [
    threading.Lock(), lambda: 1, Thing(), Thing, math, object(), 1j, bytearray(b"x"),
    range(3), iter([]), [1, Thing()], {"k": threading.Lock()}, {Thing(): 1},
    defaultdict(lambda: 0), type("MyList", (list,), {})(), type("MyInt", (int,), {})(3),
])
def test_unshareable(value):
    with pytest.raises(Unshareable) as info:
        encode(value)
    assert isinstance(info.value.reason, str) and info.value.reason


def test_unshareable_reports_offending_object():
    lock = threading.Lock()
    with pytest.raises(Unshareable) as info:
        encode({"a": [1, 2, lock]})
    assert info.value.obj is lock


def test_cycles_detected():
    a = [1]
    a.append(a)
    d = {}
    d["self"] = [d]
    t = ([],)
    t[0].append(t)
    for v in (a, d, t):
        with pytest.raises(Unshareable, match="recursive"):
            encode(v)


def test_shared_references_are_not_cycles():
    x = [1, 2]
    assert roundtrip([x, x, {"k": x}]) == [[1, 2], [1, 2], {"k": [1, 2]}]


def test_dag_blowup_is_bounded():
    x = []
    for _ in range(60):
        x = [x, x]
    with pytest.raises(Unshareable, match="too large"):
        encode(x)


@pytest.mark.parametrize("data", [
    1.5, float("nan"), 2**53 + 1, {"a": 1}, [], [1], ["zz", 1], [None], ["i"], ["i", 5],
    ["i", "10"], ["i", "0x1f"], ["i", "1_0000000000000000"], ["i", " 20000000000000"], ["i", "-"],
    ["i", "020000000000000"], ["f"], ["f", 1.5], ["f", "1_0"], ["f", " 1"], ["f", "0x10"],
    ["f", "1" * 100], ["f", "infinity"], ["f", "١"], ["b", "!!!"], ["b", "abc"], ["b", 5],
    ["b", "YQ==", 1], ["s", ["l"]], ["s", 1, 1], ["s", 1, True], ["fs", ["d"]],
    ["d", "a"], ["d", ["l"], 1], ["d", "a", 1, "a", 2], ["d", ["t", ["l"]], 1],
    ["dd", "eval", "a", 1], ["dd"], ["dd", 5], ["C", 1], ["od", 1, 2, 3], ("t", 1),
    b"x", ["l", 1.0], ["t", {"x": 1}], ["l", ["f", "nan"], ["q"]], ["L", 1],
])
def test_decode_rejects_malformed(data):
    with pytest.raises(CodecError):
        decode(data)


def test_decode_rejects_hostile_depth_without_recursion_error():
    bad = 0
    for _ in range(50_000):
        bad = ["l", bad]
    with pytest.raises(CodecError):
        decode(bad)
    with pytest.raises(CodecError):
        loads("[" * 100_000 + "]" * 100_000)


def test_loads_rejects_bad_json():
    for text in ("{", "", "nope", "1" * 10_000, b"[]", None):
        with pytest.raises(CodecError):
            loads(text)


def _junk(rng, depth=0):
    r = rng.random()
    if depth > 4 or r < 0.35:
        return rng.choice([None, True, False, 0, -1, 2**60, 1.5, "", "i", "f", "b", "l", "t",
                           "s", "fs", "d", "dd", "C", "od", "int", "x" * 3, "YQ==", "-1f",
                           "20000000000000", "nan", "1e5", {}, {"a": 1}])
    tag = rng.choice(["l", "t", "s", "fs", "d", "dd", "C", "od", "i", "f", "b", "?", 1, None])
    return [tag] + [_junk(rng, depth + 1) for _ in range(rng.randrange(4))]


def test_fuzz_decode_raises_only_codec_error():
    rng = random.Random(1234)
    ok = 0
    for _ in range(20_000):
        data = _junk(rng)
        try:
            value = decode(data)
        except CodecError:
            continue
        ok += 1
        # whatever decodes must re-encode and decode to the same thing
        assert same(decode(encode(value)), value)
    assert ok > 100


def test_fuzz_mutated_valid_messages():
    rng = random.Random(99)
    text = dumps(encode({"a": [1, (2, 3), {4, 5}], (1, b"z"): {"n": -2**70, "f": 0.5}}))
    for _ in range(5_000):
        chars = list(text)
        for _ in range(rng.randrange(1, 4)):
            i = rng.randrange(len(chars))
            chars[i] = rng.choice('[]{}",:0123456789abcdeflstiCdf-. ')
        try:
            decode(loads("".join(chars)))
        except CodecError:
            pass
