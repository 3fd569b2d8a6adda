import json
import os
import sys
import threading
import types
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "py"))

import pytest

from liteblocks.state.global_codec import CodecError, dumps
from liteblocks.state.shared_globals import ChangeLog, SharedGlobals

APP = '''
import math
import threading
from collections import defaultdict

visitor_count = 0
votes = {"A": 0, "B": 0}
users = set()
board = [[1, 2], [3]]
tally = defaultdict(int)
_private = "p"
__hidden = 1

class Thing:
    pass

def increment():
    global visitor_count
    visitor_count += 1
    return visitor_count

def vote(option):
    votes[option] += 1

def fail():
    votes["A"] += 100
    board[0].append(99)
    raise RuntimeError("boom")
'''


def make_tab(source=APP):
    mod = types.ModuleType("liteblocks_app_test")
    exec(compile(source, "app.py", "exec"), mod.__dict__)
    warnings = []
    return mod, SharedGlobals(mod.__dict__, warn=warnings.append), warnings


def empty_changes(ch):
    return ch == {"set": {}, "del": []}


def test_selection_of_shared_variables():
    mod, sg, warnings = make_tab()
    snap = sg.snapshot()
    assert set(snap) == {"visitor_count", "votes", "users", "board", "tally", "_private"}
    assert warnings == []      # functions, classes, modules, imports: silent
    json.dumps(snap)           # JSON-able


def test_no_change_no_diff():
    mod, sg, _ = make_tab()
    assert empty_changes(sg.diff())
    mod.users.add("x")
    mod.users.discard("x")
    assert empty_changes(sg.diff())


def test_rebinding_detected():
    mod, sg, _ = make_tab()
    mod.increment()
    assert sg.diff() == {"set": {"visitor_count": 1}, "del": []}
    sg.commit()
    assert empty_changes(sg.diff())


def test_in_place_mutations_detected():
    mod, sg, _ = make_tab()
    mod.vote("A")
    mod.users.add("hash1")
    mod.board[1].append(4)
    mod.tally["x"] += 1
    ch = sg.commit_diff()
    assert set(ch["set"]) == {"votes", "users", "board", "tally"} and ch["del"] == []
    assert empty_changes(sg.diff())


def test_type_change_detected():
    mod, sg, _ = make_tab()
    mod.visitor_count = True      # 1 == True but the type differs
    assert "visitor_count" in sg.diff()["set"]
    mod.visitor_count = 0.0
    assert "visitor_count" in sg.diff()["set"]


def test_new_and_deleted_variables():
    mod, sg, _ = make_tab()
    mod.new_var = (1, 2)
    del mod.__dict__["board"]
    ch = sg.diff()
    assert ch["set"] == {"new_var": ["t", 1, 2]} and ch["del"] == ["board"]


def test_warn_once_for_lock_and_custom_object():
    mod, sg, warnings = make_tab(APP + "\nlock = threading.Lock()\nthing = Thing()\n")
    assert len(warnings) == 2
    assert any("'lock'" in w for w in warnings) and any("'thing'" in w for w in warnings)
    sg.diff()
    sg.commit()
    sg.snapshot()
    assert len(warnings) == 2
    assert "lock" not in sg.snapshot() and "thing" not in sg.diff()["set"]


def test_no_warning_for_non_data_objects():
    src = APP + '''
import json as json_alias
from math import sqrt
fn = lambda x: x
cls = Thing
method = Thing.__init__
handlers = [increment, vote]
'''
    mod, sg, warnings = make_tab(src)
    Component = type("Textbox", (), {"__module__": "gradio.components.textbox"})
    Blocks = type("Blocks", (), {"__module__": "liteblocks.blocks"})
    mod.demo = Blocks()
    mod.inputs = [Component(), Component()]
    sg.diff()
    assert warnings == []
    assert not {"fn", "cls", "method", "handlers", "demo", "inputs", "sqrt", "json_alias"} & set(sg.snapshot())


def test_variable_becoming_unshareable_is_local_not_deleted():
    mod, sg, warnings = make_tab()
    mod.votes = threading.Lock()
    assert empty_changes(sg.diff())
    assert len(warnings) == 1


def test_rollback_undoes_in_place_mutations():
    mod, sg, _ = make_tab()
    votes_ref, inner = mod.votes, mod.board[0]
    with pytest.raises(RuntimeError):
        mod.fail()
    mod.visitor_count = 7
    mod.created = [1]
    mod.local_lock = threading.Lock()
    del mod.__dict__["users"]
    sg.rollback()
    assert mod.votes == {"A": 0, "B": 0} and mod.board == [[1, 2], [3]]
    assert mod.visitor_count == 0 and mod.users == set()
    assert not hasattr(mod, "created") and hasattr(mod, "local_lock")
    assert mod.votes is votes_ref               # refilled in place
    assert mod.board[0] is not inner            # with fresh decoded contents
    assert empty_changes(sg.diff())


def _pair():
    a, sa, _ = make_tab()
    b, sb, _ = make_tab()
    return a, sa, b, sb


def test_apply_remote_changes():
    a, sa, b, sb = _pair()
    votes_ref, users_ref, board_ref = b.votes, b.users, b.board
    a.vote("B")
    a.increment()
    a.users.add(("h", 1))
    a.board.append([5])
    a.extra = {(1, 2): b"x"}
    del a.__dict__["tally"]
    ch = sa.commit_diff()
    sb.apply(json.loads(json.dumps(ch)))
    assert b.votes == {"A": 0, "B": 1} and b.visitor_count == 1
    assert b.users == {("h", 1)} and b.board == [[1, 2], [3], [5]]
    assert b.extra == {(1, 2): b"x"} and not hasattr(b, "tally")
    assert b.votes is votes_ref and b.users is users_ref and b.board is board_ref
    assert empty_changes(sb.diff())             # applied into the baseline: no echo
    assert sa.snapshot() == sb.snapshot()


def test_apply_accepts_json_text_and_rebinds_on_type_change():
    a, sa, b, sb = _pair()
    a.votes = ["now", "a", "list"]
    sb.apply(dumps(sa.commit_diff()))
    assert b.votes == ["now", "a", "list"]


def test_apply_in_place_defaultdict_and_counter():
    src = "from collections import Counter, defaultdict\nc = Counter()\ndd = defaultdict(int)\n"
    a, sa, _ = make_tab(src)
    b, sb, _ = make_tab(src)
    c_ref, dd_ref = b.c, b.dd
    a.c.update("aab")
    a.dd["k"] += 2
    sb.apply(sa.commit_diff())
    assert b.c is c_ref and b.c == Counter("aab")
    assert b.dd is dd_ref and b.dd == {"k": 2} and b.dd.default_factory is int


@pytest.mark.parametrize("bad", [
    None, [], "not json", {"set": {"x": ["zz"]}}, {"set": {"x": 1}, "del": ["x"]},
    {"set": {"__builtins__": 1}}, {"set": {"bad name": 1}}, {"del": "x"}, {"del": [1]},
    {"set": [["x", 1]]}, {"set": {"ok": 1, "x": ["f", "1_0"]}}, {"other": {}},
    {"set": {"ok": 5}, "del": ["__name__"]},
])
def test_apply_rejects_malformed_without_touching_anything(bad):
    mod, sg, _ = make_tab()
    before = sg.snapshot()
    with pytest.raises(CodecError):
        sg.apply(bad)
    assert sg.snapshot() == before and empty_changes(sg.diff())
    assert not hasattr(mod, "ok")


def test_snapshot_load_replaces_shared_state():
    a, sa, b, sb = _pair()
    a.vote("A")
    a.new = 1
    del a.__dict__["users"]
    b.lock = threading.Lock()
    sa.commit()
    sb.apply_snapshot(json.loads(dumps(sa.snapshot())))
    assert b.votes == {"A": 1, "B": 0} and b.new == 1 and not hasattr(b, "users")
    assert hasattr(b, "lock") and callable(b.vote)
    assert empty_changes(sb.diff())
    with pytest.raises(CodecError):
        sb.apply_snapshot({"x": ["?"]})


def test_changelog_in_order_buffering_duplicates():
    a, sa, b, sb = _pair()
    log = ChangeLog(sb)
    msgs = {}
    for seq in (1, 2, 3):
        a.increment()
        msgs[seq] = sa.commit_diff()
    assert log.receive(2, msgs[2]) == 0 and b.visitor_count == 0
    assert log.missing() == (1, 1)
    assert log.receive(3, msgs[3]) == 0 and log.missing() == (1, 1)
    assert log.receive(1, msgs[1]) == 3 and log.head == 3 and b.visitor_count == 3
    assert log.missing() is None
    assert log.receive(2, {"set": {"visitor_count": 0}}) == 0     # old: ignored
    assert b.visitor_count == 3


def test_changelog_gap_resync_with_snapshot():
    a, sa, b, sb = _pair()
    log = ChangeLog(sb)
    log.receive(1, {"set": {"visitor_count": 1}})
    log.receive(4, {"set": {"visitor_count": 4}})
    log.receive(6, {"set": {"visitor_count": 6}})
    assert log.missing() == (2, 3)
    a.visitor_count = 5
    sa.commit()
    assert log.load(5, sa.snapshot()) == 1          # snapshot@5, then buffered 6 applies
    assert log.head == 6 and b.visitor_count == 6 and log.missing() is None


def test_changelog_bad_message_becomes_gap():
    a, sa, b, sb = _pair()
    log = ChangeLog(sb)
    assert log.receive(1, {"set": {"visitor_count": ["nope"]}}) == 0
    assert log.head == 0 and log.missing() == (1, 1) and b.visitor_count == 0
    log.receive(2, {"set": {"visitor_count": 2}})
    assert log.missing() == (1, 1)
    log.load(1, {"visitor_count": 1})
    assert log.head == 2 and b.visitor_count == 2


def test_changelog_own_messages_and_bad_seq():
    _, _, b, sb = _pair()
    log = ChangeLog(sb, head=10)
    assert log.sent(11) == 1 and log.head == 11
    for bad in (0, -1, True, "12", 1.0):
        with pytest.raises(CodecError):
            log.receive(bad, {})


def test_warns_for_defaultdict_with_lambda_factory():
    mod, sg, warnings = make_tab(APP + "\ncounts = defaultdict(lambda: 0)\n")
    assert len(warnings) == 1 and "'counts'" in warnings[0]
