"""Issue 12: per-event cost with a big untouched global, snapshot text, discard."""
import json

from liteblocks.state import global_bridge
from liteblocks.state.global_codec import loads
from liteblocks.state.shared_globals import SharedGlobals


def test_untouched_immutable_value_is_not_re_encoded(monkeypatch):
    mod = {"count": 0, "big": "x" * 1000, "items": [1]}
    shared = SharedGlobals(mod)
    from liteblocks.state import shared_globals
    seen = []
    real = shared_globals.encode
    monkeypatch.setattr(shared_globals, "encode", lambda v: (seen.append(v), real(v))[1])
    mod["count"] = 1
    mod["items"].append(2)
    assert shared.commit_diff() == {"set": {"count": 1, "items": ["l", 1, 2]}, "del": []}
    assert all(v is not mod["big"] for v in seen)
    mod["big"] = "y"
    assert shared.commit_diff()["set"] == {"big": "y"}


def test_snapshot_text_equals_snapshot():
    mod = {"a": 1.5, "b": {"k": [1, 2]}, "s": "t\"q"}
    shared = SharedGlobals(mod)
    assert loads(shared.snapshot_text()) == shared.snapshot(committed=True)


def test_discard_drops_pending_changes():
    mod = {"n": 0}
    global_bridge.attach("disc", mod)
    mod["n"] = 5
    global_bridge.handler_finished("disc", True)
    global_bridge.discard("disc")
    assert global_bridge.take_changes("disc") == ""
    global_bridge.load("disc", 3, json.dumps({"n": 1}))
    assert mod["n"] == 1 and global_bridge.head("disc") == 3
    global_bridge.detach("disc")
