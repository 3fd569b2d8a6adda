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
