"""gr.Interface: shortcuts, Gradio's default labels, Submit/Clear, live mode,
several outputs, State pairs, examples, and registration by launch()."""

from __future__ import annotations

import pytest

import gradio as gr


def _by_label(app, label):
    found = [(int(i), c) for i, c in app.config["components"].items() if c["props"].get("label") == label]
    assert len(found) == 1, (label, found)
    return found[0]


def _button(app, text):
    return next(int(i) for i, c in app.config["components"].items()
                if c["type"] == "button" and c["props"]["value"] == text)


def _values(result):
    return {int(k): v["value"] for k, v in result["updates"].items() if "value" in v}


GREET = """
import gradio as gr

def greet(name):
    return "Hello " + name + "!"

demo = gr.Interface(fn=greet, inputs="text", outputs="text", title="Greeter", description="Say hi")
demo.launch()
"""


def test_greet_layout_labels_and_submit(harness):
    app = harness.app(GREET)
    demo = app.module.demo
    assert isinstance(demo, gr.Interface) and isinstance(demo, gr.Blocks)
    assert app.config["title"] == "Greeter"
    name_id, name = _by_label(app, "name")
    out_id, out = _by_label(app, "output")
    assert name["type"] == out["type"] == "textbox"
    assert out["props"]["interactive"] is False and name["props"]["interactive"] is None
    markdown = [c["props"]["value"] for c in app.config["components"].values() if c["type"] == "markdown"]
    assert "Greeter</h1>" in markdown[0] and markdown[1] == "Say hi"
    submit = _button(app, "Submit")
    assert app.config["components"][str(submit)]["props"]["variant"] == "primary"
    # the inputs and outputs sit in two columns of one row
    row = next(n for n in app.config["root"]["children"] if app.config["components"][str(n["id"])]["type"] == "row")
    assert [app.config["components"][str(c["id"])]["type"] for c in row["children"]] == ["column", "column"]

    app.start()
    assert _values(app.send("s1", submit, "click", {name_id: "Ann"}))[out_id] == "Hello Ann!"
    # Enter in the textbox submits too, as in Gradio
    assert _values(app.send("s1", name_id, "submit", {name_id: "Bo"}))[out_id] == "Hello Bo!"


def test_clear_resets_inputs_and_outputs(harness):
    app = harness.app("""
import gradio as gr
demo = gr.Interface(lambda a, b: (a * b, a > 1), [gr.Number(3, label="a"), gr.Slider(1, 9, value=4, label="b")],
                    ["number", "checkbox"])
""")
    a, _ = _by_label(app, "a")
    b, _ = _by_label(app, "b")
    out0, _ = _by_label(app, "output 0")
    out1, _ = _by_label(app, "output 1")
    app.start()
    assert _values(app.send("s1", _button(app, "Submit"), "click", {a: 2, b: 5})) == {out0: 10.0, out1: True}
    # Gradio clears to each component's empty value (postprocess(None))
    cleared = _values(app.send("s1", _button(app, "Clear"), "click"))
    assert {k: cleared[k] for k in (a, b, out0, out1)} == {a: None, b: 1, out0: None, out1: False}
    assert cleared[_button(app, "Flag")] == "Flag"  # and the Flag button is reset, as in Gradio


def test_string_shortcuts_resolve_to_components(harness):
    demo = gr.Interface(lambda *a: None,
                        ["textbox", "number", "slider", "checkbox", "checkboxgroup", "radio", "dropdown"],
                        ["markdown", "html", "json", "label", "text"])
    types = [type(c) for c in demo.input_components + demo.output_components]
    assert types == [gr.Textbox, gr.Number, gr.Slider, gr.Checkbox, gr.CheckboxGroup, gr.Radio, gr.Dropdown,
                     gr.Markdown, gr.HTML, gr.JSON, gr.Label, gr.Textbox]
    # fn(*args) names nothing: inputs stay unlabeled, outputs are numbered
    assert [c.label for c in demo.input_components] == [None] * 7
    assert [c.label for c in demo.output_components] == [f"output {i}" for i in range(5)]
    # any component by its lower-case name, and Gradio's templates ("files", "list", "numpy")
    demo = gr.Interface(lambda *a: None, ["image", "files", "list", "colorpicker"], ["dataframe", "gallery"])
    got = [(type(c), getattr(c, "file_count", None), getattr(c, "type", None))
           for c in demo.input_components + demo.output_components]
    assert got == [(gr.Image, None, "numpy"), (gr.File, "multiple", "filepath"), (gr.Dataframe, None, "array"),
                   (gr.ColorPicker, None, None), (gr.Dataframe, None, "pandas"), (gr.Gallery, None, "filepath")]
    with pytest.raises(ValueError):
        gr.Interface(lambda x: x, "no-such-thing", "text")
    with pytest.raises(ValueError):
        gr.Interface(lambda: 1, None, None)


def test_labels_skip_request_and_keep_explicit_ones():
    def f(request: gr.Request, text, amount=2):
        return text

    demo = gr.Interface(f, [gr.Textbox(), gr.Number(label="Count")], gr.Textbox(label="Result"))
    assert [c.label for c in demo.input_components] == ["text", "Count"]
    assert demo.output_components[0].label == "Result"


def test_live_runs_on_every_change_without_submit(harness):
    app = harness.app("""
import gradio as gr
demo = gr.Interface(lambda x, y: x + y, ["number", "number"], "number", live=True)
""")
    assert not any(c["type"] == "button" and c["props"]["value"] == "Submit" for c in app.config["components"].values())
    x, _ = _by_label(app, "x")
    y, _ = _by_label(app, "y")
    out, _ = _by_label(app, "output")
    assert app.config["listeners"][str(x)] == ["change"] and app.config["listeners"][str(y)] == ["change"]
    app.start()
    assert _values(app.send("s1", x, "change", {x: 2, y: 3}))[out] == 5
    assert _values(app.send("s1", y, "change", {y: 10}))[out] == 12


def test_state_pair_keeps_history_per_session(harness):
    app = harness.app("""
import gradio as gr

def chat(message, history=["start"]):
    history = history + [message]
    return " / ".join(history), history

demo = gr.Interface(chat, ["text", "state"], ["text", "state"])
""")
    demo = app.module.demo
    state = demo.input_components[1]
    assert isinstance(state, gr.State) and demo.output_components[1] is state
    assert state.value == ["start"]  # the "state" shortcut takes the parameter's default
    msg, _ = _by_label(app, "message")
    out, _ = _by_label(app, "output 0")
    submit = _button(app, "Submit")
    app.start("s1")
    app.start("s2")
    app.send("s1", submit, "click", {msg: "a"})
    assert _values(app.send("s1", submit, "click", {msg: "b"}))[out] == "start / a / b"
    assert _values(app.send("s2", submit, "click", {msg: "c"}))[out] == "start / c"
    app.send("s1", _button(app, "Clear"), "click")
    assert app.state("s1", state) == ["start"]


def test_state_instances_are_paired_and_counted():
    demo = gr.Interface(lambda m, h: (m, h), ["text", gr.State(value=[])], ["json", gr.State()])
    assert demo.output_components[1] is demo.input_components[1]
    with pytest.raises(ValueError):
        gr.Interface(lambda m, h: m, ["text", "state"], "text")


def test_examples_fill_inputs(harness):
    app = harness.app("""
import gradio as gr
demo = gr.Interface(lambda n: n.upper(), "text", "text", examples=["ann", "bo"])
""")
    name, _ = _by_label(app, "n")
    app.start()
    # as in Gradio: a Dataset of the examples; clicking sample 1 sends its index
    dataset = next(int(i) for i, c in app.config["components"].items() if c["type"] == "dataset")
    assert _values(app.send("s1", dataset, "click", {dataset: 1}))[name] == "bo"


def test_output_only_and_input_only():
    out_only = gr.Interface(lambda: "hi", None, "text")
    assert [b.value for b in out_only.blocks.values() if isinstance(b, gr.Button)] == ["Clear", "Generate", "Flag"]
    in_only = gr.Interface(lambda x: None, "text", None)
    assert in_only.output_components == [] and in_only.input_components[0].label == "x"


def test_launch_registers_the_interface(harness):
    app = harness.app("""
import gradio as gr
other = gr.Interface(lambda a: a, "text", "text")
demo = gr.Interface(lambda b: b, "number", "number", flagging_mode="never", theme="soft", css=".x{}",
                    article="The end", cache_examples=False)
other.launch()
""")
    assert app.module.other is not None
    assert app.config["components"][str(_by_label(app, "a")[0])]["type"] == "textbox"


def test_flagging_options_are_checked():
    with pytest.warns(UserWarning, match="allow_flagging"):
        demo = gr.Interface(lambda a: a, "text", "text", allow_flagging="never")
    assert demo.flagging_mode == "never"
    with pytest.raises(ValueError):
        gr.Interface(lambda a: a, "text", "text", flagging_mode="sometimes")


def test_flag_appends_inputs_and_outputs_to_the_csv(harness, tmp_path):
    import csv
    app = harness.app(f"""
import gradio as gr
demo = gr.Interface(lambda name: "Hi " + name, gr.Textbox(label="name"), gr.Textbox(label="greeting"),
                    flagging_dir={str(tmp_path)!r})
""")
    name, _ = _by_label(app, "name")
    greeting, _ = _by_label(app, "greeting")
    app.start()
    app.send("s1", _button(app, "Submit"), "click", {name: "Ada"})
    flagged = _values(app.send("s1", _button(app, "Flag"), "click", {greeting: "Hi Ada"}))
    assert flagged[_button(app, "Flag")] == "Flag"
    rows = list(csv.reader(open(tmp_path / "dataset1.csv")))
    assert rows[0] == ["name", "greeting", "flag", "username", "timestamp"]
    assert rows[1][:2] == ["Ada", "Hi Ada"]


def test_tabbed_interface_refuses_a_plain_blocks_with_a_way_out():
    with gr.Blocks() as page:
        gr.Textbox()
    with pytest.raises(TypeError, match=r"gr\.Tab"):
        gr.TabbedInterface([page], ["Page"])
