"""Session State rules (Gradio 6 semantics)."""

from __future__ import annotations

import pytest

import gradio as gr
from liteblocks import runtime
from liteblocks.state.state_hash import deep_hash

CHANGE_APP = '''
import gradio as gr

class Hashed:
    def __init__(self, key):
        self.key = key
    def __hash__(self):
        return hash(self.key)

class Plain:
    def __init__(self):
        self.n = 0

changes = []

with gr.Blocks() as demo:
    lst = gr.State([1])
    dct = gr.State({"a": 1})
    st = gr.State({1})
    hsh = gr.State(None)
    plain = gr.State(None)
    log = gr.Textbox()
    b_append = gr.Button("append")
    b_same = gr.Button("same")
    b_dict = gr.Button("dict")
    b_set = gr.Button("set")
    b_hash_same = gr.Button("hash same")
    b_hash_new = gr.Button("hash new")
    b_plain_mutate = gr.Button("plain mutate")
    b_plain_new = gr.Button("plain new")
    b_mutate_input_only = gr.Button("mutate input only")

    def append(x):
        x.append(2)       # in-place mutation of the input, returned as output
        return x
    b_append.click(append, lst, lst)
    b_same.click(lambda x: list(x), lst, lst)
    def dict_mut(d):
        d["a"] += 1
        return d
    b_dict.click(dict_mut, dct, dct)
    b_set.click(lambda s: s | {2}, st, st)
    b_hash_same.click(lambda: Hashed("k"), None, hsh)
    b_hash_new.click(lambda: Hashed("other"), None, hsh)
    def plain_mut(p):
        p.n += 1
        return p
    b_plain_mutate.click(plain_mut, plain, plain)
    b_plain_new.click(lambda: Plain(), None, plain)
    def mutate_only(x):
        x.append(99)
    b_mutate_input_only.click(mutate_only, lst, None)

    for name, comp in [("lst", lst), ("dct", dct), ("st", st), ("hsh", hsh), ("plain", plain)]:
        comp.change(lambda v, name=name: changes.append(name), comp, None)
'''


@pytest.fixture
def change_app(harness):
    app = harness.app(CHANGE_APP)
    app.start("s")
    return app


def click(app, name):
    btn = getattr(app.module, name)
    r = app.send("s", btn, "click")
    assert r["errors"] == []
    changes = list(app.module.changes)
    app.module.changes.clear()
    return changes


def test_list_in_place_mutation_is_a_change(change_app):
    assert click(change_app, "b_append") == ["lst"]
    assert change_app.state("s", change_app.module.lst) == [1, 2]


def test_equal_content_returned_again_is_not_a_change(change_app):
    assert click(change_app, "b_same") == []


def test_dict_and_set(change_app):
    assert click(change_app, "b_dict") == ["dct"]
    assert click(change_app, "b_set") == ["st"]
    assert click(change_app, "b_set") == []  # {1, 2} | {2} is equal content


def test_custom_hash_controls_change(change_app):
    assert click(change_app, "b_hash_same") == ["hsh"]  # None -> Hashed("k")
    assert click(change_app, "b_hash_same") == []  # new object, same hash
    assert click(change_app, "b_hash_new") == ["hsh"]


def test_object_without_hash_compares_by_identity(change_app):
    assert click(change_app, "b_plain_new") == ["plain"]
    assert click(change_app, "b_plain_mutate") == []  # same object: no change
    assert click(change_app, "b_plain_new") == ["plain"]


def test_mutating_input_not_listed_as_output_fires_nothing_but_sticks(change_app):
    # Gradio tracks only the dependency's outputs (get_state_ids_to_track).
    assert click(change_app, "b_mutate_input_only") == []
    assert change_app.state("s", change_app.module.lst) == [1, 99]


def test_deep_hash_rules():
    assert deep_hash([1, {"a": (2, 3)}]) == deep_hash([1, {"a": [2, 3]}])
    assert deep_hash({1, 2}) == deep_hash({2, 1})
    assert deep_hash({"a": 1, "b": 2}) == deep_hash({"b": 2, "a": 1})
    assert deep_hash([1]) != deep_hash([1, 1])
    assert deep_hash(1) != deep_hash(1.0)


def test_non_deepcopyable_default_raises_pointing_to_session_hash():
    import threading

    with pytest.raises(TypeError) as info:
        gr.State(threading.Lock())
    assert "deepcopied" in str(info.value)
    assert "session_hash" in str(info.value)


def test_default_is_deep_copied_at_construction_and_per_session(harness):
    app = harness.app(
        '''
        import gradio as gr
        default = {"items": []}
        with gr.Blocks() as demo:
            s = gr.State(default)
            b = gr.Button()
            def add(x):
                x["items"].append(1)
                return x
            b.click(add, s, s)
        default["items"].append("late")   # after construction: not seen
        '''
    )
    mod = app.module
    app.start("a")
    app.start("b")
    app.send("a", mod.b, "click")
    app.send("a", mod.b, "click")
    assert app.state("a", mod.s) == {"items": [1, 1]}
    assert app.state("b", mod.s) == {"items": []}
    assert mod.s.value == {"items": []}


def test_callable_default_called_per_session_before_load(harness):
    app = harness.app(
        '''
        import gradio as gr
        calls = []
        def make():
            calls.append(1)
            return {"count": len(calls) * 10}
        with gr.Blocks() as demo:
            s = gr.State(make)
            n = gr.Number()
            demo.load(lambda x: x["count"], s, n)
        '''
    )
    mod = app.module
    assert mod.calls == []
    r = app.start("a")
    assert r["updates"] == {str(mod.n._id): {"value": 10}}
    r = app.start("b")
    assert r["updates"] == {str(mod.n._id): {"value": 20}}


TTL_APP = '''
import gradio as gr
deleted = []
with gr.Blocks() as demo:
    s = gr.State(0, time_to_live=10, delete_callback=lambda v: deleted.append(v))
    never = gr.State("untouched", time_to_live=1, delete_callback=lambda v: deleted.append(v))
    out = gr.Number()
    inc = gr.Button()
    show = gr.Button()
    inc.click(lambda x: x + 1, s, s)
    show.click(lambda x: x, s, out)
'''


def test_ttl_expiry_with_fake_clock(harness, fake_clock):
    app = harness.app(TTL_APP)
    mod = app.module
    app.start("s")
    app.send("s", mod.inc, "click")
    app.send("s", mod.inc, "click")  # written at t=1000
    fake_clock.now += 5
    runtime.tick(None)
    assert mod.deleted == []
    assert app.state("s", mod.s) == 2
    fake_clock.now += 5.5  # 10.5 s since last write
    runtime.tick(None)
    assert mod.deleted == [2]  # called once, with the value; "never" untouched
    runtime.tick(fake_clock.now + 100)
    assert mod.deleted == [2]
    # Next read gets a fresh default.
    r = app.send("s", mod.show, "click")
    assert r["updates"] == {str(mod.out._id): {"value": 0}}
    assert app.state("s", mod.never) == "untouched"


def test_write_refreshes_ttl(harness, fake_clock):
    app = harness.app(TTL_APP)
    mod = app.module
    app.start("s")
    app.send("s", mod.inc, "click")
    fake_clock.now += 8
    app.send("s", mod.inc, "click")
    fake_clock.now += 8
    runtime.tick(None)
    assert mod.deleted == []
    fake_clock.now += 3
    runtime.tick(None)
    assert mod.deleted == [2]


def test_end_session_calls_delete_callback_for_written_states(harness, fake_clock):
    app = harness.app(TTL_APP)
    mod = app.module
    app.start("s")
    app.send("s", mod.inc, "click")
    app.end("s")
    assert mod.deleted == [1]
    assert runtime.get_app(app.app_id).store.get("s") is None


def test_exception_keeps_state_and_reports_error_text(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            s = gr.State([])
            n = gr.Number()
            add = gr.Button()
            boom = gr.Button()
            crash = gr.Button()
            def do_add(x):
                return x + ["a"]
            def do_boom(x):
                x.append("mutated-before-raise")
                raise gr.Error("Cart is full!", title="Oops")
            def do_crash(x):
                return 1 / 0
            add.click(do_add, s, s)
            boom.click(do_boom, s, [s, n])
            crash.click(do_crash, s, s)
            s.change(lambda x: len(x), s, n)
        '''
    )
    mod = app.module
    app.start("s")
    app.send("s", mod.add, "click")
    r = app.send("s", mod.boom, "click")
    assert r["errors"] == [{"message": "Cart is full!", "title": "Oops", "kind": "error"}]
    assert r["updates"] == {}
    # in-place mutation before the raise stays (as in Gradio); nothing returned is stored
    assert app.state("s", mod.s) == ["a", "mutated-before-raise"]
    r = app.send("s", mod.crash, "click")
    assert r["errors"] == [{"message": "Error", "title": "Error", "kind": "error", "visible": False}]
    assert app.state("s", mod.s) == ["a", "mutated-before-raise"]
    # The app keeps working.
    r = app.send("s", mod.add, "click")
    assert r["errors"] == []
    assert r["updates"] == {str(mod.n._id): {"value": 3}}


def test_changes_chain_and_loop_guard(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            a = gr.State(0)
            b = gr.State(0)
            c = gr.State(0)
            out = gr.Number()
            go = gr.Button()
            go.click(lambda x: x + 1, a, a)
            a.change(lambda x: x * 10, a, b)
            b.change(lambda x: x + 5, b, c)
            c.change(lambda x: x, c, out)

            p = gr.State(0)
            q = gr.State(0)
            loop = gr.Button()
            loop.click(lambda x: x + 1, p, p)
            p.change(lambda x: x + 1, p, q)
            q.change(lambda x: x + 1, q, p)
        '''
    )
    mod = app.module
    app.start("s")
    r = app.send("s", mod.go, "click")
    assert r["updates"] == {str(mod.out._id): {"value": 15}}
    assert (app.state("s", mod.b), app.state("s", mod.c)) == (10, 15)
    r = app.send("s", mod.loop, "click")
    assert len(r["errors"]) == 1 and "loop" in r["errors"][0]["message"]
    # still usable afterwards
    assert app.send("s", mod.go, "click")["updates"] == {str(mod.out._id): {"value": 25}}


def test_chains_see_state_written_by_previous_step(harness):
    app = harness.app(
        '''
        import gradio as gr
        seen = []
        with gr.Blocks() as demo:
            s = gr.State(1)
            b = gr.Button()
            (b.click(lambda x: x * 2, s, s)
              .then(lambda x: seen.append(("then", x)) or x + 1, s, s)
              .success(lambda x: seen.append(("success", x)), s, None))
        '''
    )
    mod = app.module
    app.start("s")
    app.send("s", mod.b, "click")
    assert mod.seen == [("then", 2), ("success", 3)]


def test_apps_do_not_share_sessions(harness):
    src = '''
    import gradio as gr
    with gr.Blocks() as demo:
        s = gr.State(0)
        n = gr.Number()
        b = gr.Button()
        b.click(lambda x: x + 1, s, s).then(lambda x: x, s, n)
    '''
    one = harness.app(src)
    two = harness.app(src)
    one.start("same-hash")
    two.start("same-hash")
    one.send("same-hash", one.module.b, "click")
    one.send("same-hash", one.module.b, "click")
    r = two.send("same-hash", two.module.b, "click")
    assert r["updates"] == {str(two.module.n._id): {"value": 1}}
    assert one.state("same-hash", one.module.s) == 2
    assert one.module is not two.module


def test_state_update_and_skip(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            s = gr.State(1)
            b1 = gr.Button()
            b2 = gr.Button()
            b1.click(lambda: gr.update(value=7), None, s)
            b2.click(lambda: gr.skip(), None, s)
        '''
    )
    mod = app.module
    app.start("s")
    app.send("s", mod.b2, "click")
    assert app.state("s", mod.s) == 1
    app.send("s", mod.b1, "click")
    assert app.state("s", mod.s) == 7


def test_state_values_carry_across_a_worker_restart(harness):
    """runtime.session_states -> start_session(states_json=...): gr.State after the last event."""
    import json as _json
    from liteblocks import runtime as _rt
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            s = gr.State([])
            out = gr.JSON()
            gr.Button().click(lambda v: (v + [1], v + [1]), s, [s, out])
    """)
    _rt.run_sync(_rt.start_session(app.app_id, "a", "{}", "{}"))
    _rt.run_sync(_rt.dispatch(app.app_id, "a", _json.dumps({"target": _rt.get_app(app.app_id).blocks.fns[0].targets[0][0], "event": "click", "data": {}})))
    kept = _rt.session_states(app.app_id, "a")
    _rt.run_sync(_rt.start_session(app.app_id, "b", "{}", "{}", True, kept))
    sid = _rt.get_app(app.app_id).blocks.fns[0].inputs[0]._id
    assert _rt.get_app(app.app_id).store.get("b").get_state(sid) == [1]


def _kept_session(harness, code):
    import json as _json
    from liteblocks import runtime as _rt
    app = harness.app(code)
    rt_app = _rt.get_app(app.app_id)
    _rt.run_sync(_rt.start_session(app.app_id, "a", "{}", "{}"))

    def click(i):
        target = rt_app.blocks.fns[i].targets[0][0]
        _rt.run_sync(_rt.dispatch(app.app_id, "a", _json.dumps({"target": target, "event": "click", "data": {}})))

    def kept():
        return _json.loads(_rt.session_states(app.app_id, "a", True))

    return rt_app, click, kept


def _unpickle(data):
    import base64
    import pickle
    return pickle.loads(base64.b64decode(data))


def test_kept_states_are_posted_only_when_they_change(harness):
    """session_states(changed_only=True): None ("null") after an event that only read a flat
    State (nothing pickled or posted again); the new values after one that appended in place."""
    rt_app, click, kept = _kept_session(harness, """
        import gradio as gr
        with gr.Blocks() as demo:
            s = gr.State(list(range(1000)))
            out = gr.Number()
            gr.Button("grow").click(lambda v: v.append(len(v)), s, None)
            gr.Button("look").click(lambda v: len(v), s, out)
    """)
    sid = str(rt_app.blocks.fns[0].inputs[0]._id)
    assert len(_unpickle(kept()[sid])) == 1000
    click(1)  # reads only
    assert kept() is None
    click(0)  # appends in place: the same object, a new key
    assert len(_unpickle(kept()[sid])) == 1001
    assert kept() is None


def test_nested_states_are_pickled_again(harness):
    """A nested value whose inner list became an equal tuple has an equal key (Gradio's digest
    cannot tell them apart), so it is never taken as unchanged: the kept copy is the new value."""
    rt_app, click, kept = _kept_session(harness, """
        import gradio as gr
        with gr.Blocks() as demo:
            n = gr.State([[1], 2])
            def to_tuple(v):
                v[0] = tuple(v[0])
            gr.Button("swap").click(to_tuple, n, None)
    """)
    nid = str(rt_app.blocks.fns[0].inputs[0]._id)
    assert _unpickle(kept()[nid]) == [[1], 2]
    click(0)
    assert _unpickle(kept()[nid]) == [(1,), 2]
