"""BrowserState on the Python side: defaults, restore, JSON checks, change firing (issue 4)."""

APP = """
import gradio as gr

with gr.Blocks() as demo:
    box = gr.Textbox(label="Box")
    saved = gr.BrowserState({"n": 0}, storage_key="k", secret="s")
    changes = gr.Number(label="Changes", value=0)
    gr.Button("Save").click(lambda t: {"n": len(t), "t": (t, t)}, box, saved)
    gr.Button("Bad").click(lambda: {"n": {1, 2}}, None, saved)
    gr.Button("Empty").click(lambda: "", None, saved)
    saved.change(lambda v, c: c + 1, [saved, changes], changes)
    demo.load(lambda v: str(v), saved, box)

demo.launch()
"""


def ids(app, kind):
    return [int(i) for i, c in app.config["components"].items() if c["type"] == kind]


def test_default_then_write_goes_to_browser(harness):
    app = harness.app(APP)
    (bs,) = ids(app, "browserstate")
    save = ids(app, "button")[0]
    r = app.start("s1")
    assert r["updates"][str(ids(app, "textbox")[0])] == {"value": "{'n': 0}"}
    assert r["browser_state"] == {}
    r = app.send("s1", save, "click", {ids(app, "textbox")[0]: "abc"})
    assert r["errors"] == []
    assert r["browser_state"] == {str(bs): {"n": 3, "t": ["abc", "abc"]}}  # tuples come back as lists


def test_non_json_value_is_an_error_naming_the_component_and_nothing_is_written(harness):
    app = harness.app(APP)
    (bs,) = ids(app, "browserstate")
    bad = ids(app, "button")[1]
    app.start("s1")
    r = app.send("s1", bad, "click")
    assert r["browser_state"] == {}
    assert len(r["errors"]) == 1
    assert f"gr.BrowserState #{bs}" in r["errors"][0]["message"]
    assert "storage_key='k'" in r["errors"][0]["message"]
    assert app.state("s1", type("C", (), {"_id": bs})) == {"n": 0}


def test_falsy_values_are_written(harness):
    app = harness.app(APP)
    (bs,) = ids(app, "browserstate")
    app.start("s1")
    r = app.send("s1", ids(app, "button")[2], "click")
    assert r["browser_state"] == {str(bs): ""}


def test_restored_value_fires_change_and_equal_default_does_not(harness):
    app = harness.app(APP)
    (bs,) = ids(app, "browserstate")
    (changes,) = ids(app, "number")
    r = app.start("s1", browser_state={str(bs): {"n": 5}})
    assert r["updates"][str(changes)] == {"value": 1}
    assert r["updates"][str(ids(app, "textbox")[0])] == {"value": "{'n': 5}"}
    r = app.start("s2", browser_state={str(bs): {"n": 0}})
    assert str(changes) not in r["updates"]


FAULTS_APP = """
import gradio as gr

def nest(n):
    v = "x"
    for _ in range(n):
        v = [v]
    return v

def looped():
    v = []
    v.append(v)
    return v

with gr.Blocks() as demo:
    saved = gr.BrowserState("kept", storage_key="k", secret="s")
    gr.Button("254").click(lambda: nest(254), None, saved)
    gr.Button("255").click(lambda: nest(255), None, saved)
    gr.Button("100000").click(lambda: nest(100_000), None, saved)
    gr.Button("Big").click(lambda: "x" * 4_000_000, None, saved)
    gr.Button("Fits").click(lambda: "x" * 3_000_000, None, saved)
    gr.Button("Loop").click(looped, None, saved)
    gr.Button("Small").click(lambda: "new", None, saved)

demo.launch()
"""


def _fault(harness, button_index):
    app = harness.app(FAULTS_APP)
    (bs,) = ids(app, "browserstate")
    app.start("s1")
    r = app.send("s1", ids(app, "button")[button_index], "click")
    return app, bs, r


def test_nesting_up_to_254_is_stored_as_gradio_does():
    from liteblocks.components.state import json_depth
    assert json_depth([[["x"]]], 300) == 3
    assert json_depth({"a": [1, {"b": []}]}, 300) == 4
    assert json_depth("x", 300) == 0


def test_too_deep_or_cyclic_or_too_big_fails_the_event_and_keeps_the_value(harness):
    for index, words in ((1, "nested more than 254 levels"), (2, "nested more than 254 levels"),
                         (3, "too big for the browser's storage"), (5, "Circular reference")):
        app, bs, r = _fault(harness, index)
        assert r["browser_state"] == {}, index
        assert len(r["errors"]) == 1 and words in r["errors"][0]["message"], r["errors"]
        assert r["errors"][0]["title"] == "BrowserState not saved"
        assert app.state("s1", type("C", (), {"_id": bs})) == "kept"
        r = app.send("s1", ids(app, "button")[6], "click")  # the next event works
        assert r["errors"] == [] and r["browser_state"] == {str(bs): "new"}


def test_deep_and_big_values_that_fit_are_written(harness):
    app, bs, r = _fault(harness, 0)
    assert r["errors"] == [] and str(bs) in r["browser_state"]
    app, bs, r = _fault(harness, 4)
    assert r["errors"] == [] and len(r["browser_state"][str(bs)]) == 3_000_000
