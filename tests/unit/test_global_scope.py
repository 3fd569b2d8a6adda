"""Issue 12: what a handler can reach decides the lock and the change scan;
a handler that leaves a global unshareable fails and is undone."""
import json
import threading

from liteblocks.state import global_bridge
from liteblocks.state.shared_globals import SharedGlobals

APP = """
import functools
import threading
import gradio as gr

count = 0
big = ["x"] * 1000
alias = big
log = []
guard = threading.Lock()

def helper():
    log.append(1)

class Box:
    def poke(self):
        global count
        count += 1

box = Box()
table = {"go": helper}

def bump():
    global count
    count += 1
    return count

def via_helper():
    helper()

def via_method():
    box.poke()

def via_table():
    table["go"]()

def creates():
    global fresh
    fresh = 1

def pure(x):
    return (x or 0) + 1

def dynamic():
    return globals()["count"]

def touch_alias():
    alias.append("y")

def make_lock():
    global count
    count = threading.Lock()

def make_gen():
    global fresh
    fresh = (i for i in range(3))

with gr.Blocks() as demo:
    num = gr.Number(label="n")
    st = gr.State(0)
    buttons = {}
    for fn in (bump, via_helper, via_method, via_table, creates, dynamic, touch_alias, make_lock, make_gen):
        buttons[fn.__name__] = gr.Button(fn.__name__)
        buttons[fn.__name__].click(fn, None, num if fn is bump else None)
    buttons["pure"] = gr.Button("pure")
    buttons["pure"].click(pure, st, st)
    buttons["partial"] = gr.Button("partial")
    buttons["partial"].click(functools.partial(list.append, log), None, None)
    buttons["chain"] = gr.Button("chain")
    buttons["chain"].click(pure, st, st).then(bump, None, num)
    buttons["change"] = gr.Button("change")
    other = gr.Number(label="other")
    buttons["change"].click(pure, st, other)
    other.change(helper)

demo.launch()
"""


def _button(app, label):
    return next(int(i) for i, c in app.config["components"].items()
                if c["type"] == "button" and c["props"].get("value") == label)


def _scope(app, label):
    return json.loads(global_bridge.scope(app.app_id, json.dumps({"target": _button(app, label), "event": "click"})))


def test_scope_follows_functions_methods_tables_and_cascades(harness):
    app = harness.app(APP)
    global_bridge.attach(app.app_id)
    assert _scope(app, "bump") == ["count"]
    assert _scope(app, "via_helper") == ["log"]
    assert _scope(app, "via_method") == ["count"]
    assert _scope(app, "via_table") == ["log"]
    assert _scope(app, "creates") == ["fresh"]
    assert _scope(app, "pure") == []                  # gr.State only: no lock
    assert _scope(app, "partial") == ["log"]          # bound to a shared list
    assert _scope(app, "chain") == ["count"]          # .then(bump)
    assert _scope(app, "change") == ["log"]           # num.change(helper)
    assert _scope(app, "dynamic") is None             # globals(): unsure, take the lock
    assert json.loads(global_bridge.scope(app.app_id, "[1]")) is None   # malformed: unsure
    assert json.loads(global_bridge.scope(app.app_id, json.dumps({"target": 999, "event": "click"}))) == []


def test_scoped_scan_skips_untouched_values_but_sees_aliases(monkeypatch):
    mod = {"count": 0, "big": [1] * 10, "items": []}
    mod["alias"] = mod["items"]
    shared = SharedGlobals(mod)
    from liteblocks.state import shared_globals
    seen = []
    real = shared_globals.encode
    monkeypatch.setattr(shared_globals, "encode", lambda v: (seen.append(v), real(v))[1])
    mod["count"] = 1
    mod["alias"].append(2)
    mod["big"].append(3)          # out of scope: not seen now
    assert shared.commit_diff(["count", "items"]) == {"set": {"count": 1, "items": ["l", 2], "alias": ["l", 2]},
                                                      "del": []}
    assert all(v is not mod["big"] for v in seen)
    assert shared.commit_diff()["set"] == {"big": ["l"] + [1] * 10 + [3]}   # a full scan still finds it


def _click(app, label):
    return app.send("s1", _button(app, label), "click")


def test_unshareable_value_fails_the_event_and_is_undone(harness):
    app = harness.app(APP)
    global_bridge.attach(app.app_id)
    app.start("s1")
    global_bridge.take_changes(app.app_id)
    for label, name in (("make_lock", "count"), ("make_gen", "fresh")):
        global_bridge.scope(app.app_id, json.dumps({"target": _button(app, label), "event": "click"}))
        out = _click(app, label)
        assert len(out["errors"]) == 1 and f"'{name}'" in out["errors"][0]["message"], out
        assert "cannot be shared" in out["errors"][0]["message"]
        assert global_bridge.take_changes(app.app_id) == ""
    assert app.module.count == 0 and not hasattr(app.module, "fresh")
    out = _click(app, "bump")                  # the next event works
    assert out["errors"] == [] and app.module.count == 1
    assert json.loads(global_bridge.take_changes(app.app_id))["changes"]["set"] == {"count": 1}
    assert isinstance(app.module.guard, type(threading.Lock()))   # local since load: left alone


def test_container_coming_to_hold_an_unshareable_value_becomes_local(harness):
    # Gradio's session_counter example keeps per-session objects in a global dict.
    app = harness.app(APP.replace("def pure(x):", "def stash():\n    log.append(threading.Lock())\n\ndef pure(x):")
                      .replace("(bump, via_helper,", "(stash, bump, via_helper,"))
    info = json.loads(global_bridge.attach(app.app_id))
    app.start("s1")
    global_bridge.take_changes(app.app_id)
    out = _click(app, "stash")
    assert out["errors"] == [] and len(app.module.log) == 1
    taken = json.loads(global_bridge.take_changes(app.app_id))
    assert taken["changes"] is None and "'log'" in taken["warnings"][0] and "stays local" in taken["warnings"][0]
    assert "log" in info["shared"]


def test_load_changed_applies_only_changed_names(harness):
    mod = {"count": 0, "big": "x" * 100, "gone": 1}
    global_bridge.attach("lc", mod)
    global_bridge.load_changed("lc", 4, json.dumps(["count", "big"]), json.dumps({"count": 7}))
    assert mod == {"count": 7, "big": "x" * 100} and global_bridge.head("lc") == 4
    assert global_bridge.committed_text("lc", "count") == "7"
    assert json.loads(global_bridge.shared_names("lc")) == ["count", "big"]
    global_bridge.detach("lc")


REACH_APP = """
import functools
import gradio as gr

hits = 0
seen = []

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        seen.append(fn.__name__)
        return fn(*a)
    return wrapper

@logged
def decorated():
    return 1

class Counter:
    def hit(self):
        global hits
        hits += 1

counter = Counter()

def nested():
    return [x for x in range(3) if x in seen]

def uses_sys():
    import sys
    return sys.modules[__name__].hits

with gr.Blocks() as demo:
    for label, fn in (("decorated", decorated), ("method", counter.hit), ("nested", nested),
                      ("sys", uses_sys), ("lambda", lambda: hits)):
        gr.Button(label).click(fn, None, None)

demo.launch()
"""


def test_scope_through_decorators_bound_methods_and_comprehensions(harness):
    app = harness.app(REACH_APP)
    global_bridge.attach(app.app_id)
    assert _scope(app, "decorated") == ["seen"]          # the wrapper's closure and its global
    assert _scope(app, "method") == ["hits"]             # a bound method of an app object
    assert _scope(app, "nested") == ["seen"]             # names inside a comprehension
    assert _scope(app, "lambda") == ["hits"]
    assert _scope(app, "sys") is None                    # the module reached dynamically: unsure


def test_catch_up_forgets_own_rejected_sequence_numbers():
    from liteblocks.state.shared_globals import ChangeLog
    mod = {"n": 0}
    log = ChangeLog(SharedGlobals(mod), head=3)
    log.sent(4)
    log.sent(5)                       # published locally, then the store rejected the commit
    log.jump(4, {"set": {"n": 9}, "del": []})
    assert log.head == 4 and log.missing() is None and mod["n"] == 9


def test_scope_follows_callbacks_kept_by_library_objects(harness):
    app = harness.app("""
import gradio as gr

ticks = 0

def tick():
    global ticks
    ticks += 1

class Runner:                     # stands for a library object holding an app callback
    pass

runner = Runner()
runner.callback = tick
Runner.__module__ = "somelib"

def run():
    runner.callback()

with gr.Blocks() as demo:
    gr.Button("run").click(run, None, None)

demo.launch()
""")
    global_bridge.attach(app.app_id)
    assert _scope(app, "run") == ["ticks"]


def test_unshareable_value_fails_the_gradio_frontends_event_too(harness):
    # Gradio's frontend runs one dependency at a time (runtime.process_api): the same check applies
    from liteblocks import runtime
    app = harness.app(APP)
    global_bridge.attach(app.app_id)
    app.start("s1")
    global_bridge.take_changes(app.app_id)
    fns = runtime.get_app(app.app_id).blocks.fns
    fn_index = next(i for i, d in enumerate(fns) if d.targets and d.targets[0][0] == _button(app, "make_lock"))
    global_bridge.scope(app.app_id, json.dumps({"fn_index": fn_index}))
    out = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s1", fn_index, "[]")))
    assert out["data"] is None and "'count'" in out["error"]["message"], out
    assert "cannot be shared" in out["error"]["message"]
    assert global_bridge.take_changes(app.app_id) == "" and app.module.count == 0
