"""load_app errors, config shape, reloads, multi-file apps, entry points."""

from __future__ import annotations

import json

from liteblocks import runtime


def test_syntax_error_reports_user_line(harness):
    out = harness.load("import gradio as gr\n\nx = 1\ndef broken(:\n    pass\n")
    assert out["ok"] is False
    err = out["error"]
    assert err["type"] == "SyntaxError"
    assert err["line"] == 4
    assert err["file"] == "app.py"
    assert "app.py" in err["traceback"] and "liteblocks" not in err["traceback"]


def test_exception_at_import_reports_user_line(harness):
    out = harness.load(
        "import gradio as gr\n"
        "with gr.Blocks() as demo:\n"
        "    t = gr.Textbox(type='bogus')\n"
    )
    err = out["error"]
    assert out["ok"] is False and err["type"] == "ValueError"
    assert err["line"] == 3 and err["file"] == "app.py"
    assert "bogus" not in err["message"] or "type" in err["message"]
    assert 'File "app.py", line 3' in err["traceback"]
    assert "liteblocks" not in err["traceback"]


def test_error_in_imported_file_points_there(harness):
    out = harness.load("import helper\n", extra_files={"helper.py": "a = 1\nb = 1 / 0\n"})
    err = out["error"]
    assert err["type"] == "ZeroDivisionError" and err["line"] == 2 and err["file"] == "helper.py"
    out = harness.load("import helper2\n", extra_files={"helper2.py": "x = = 1\n"})
    assert out["error"]["type"] == "SyntaxError" and out["error"]["file"] == "helper2.py"


def test_gr_error_at_import_and_no_blocks(harness):
    out = harness.load("import gradio as gr\nraise gr.Error('bad config')\n")
    assert out["error"]["message"] == "bad config" and out["error"]["line"] == 2
    out = harness.load("x = 1\n")
    assert out["ok"] is False and out["error"]["type"] == "RuntimeError"


def test_multi_file_app_and_fresh_module_per_load(harness):
    files = {"utils.py": "def shout(s):\n    return s.upper()\n"}
    src = '''
    import gradio as gr
    from utils import shout
    with gr.Blocks() as demo:
        t = gr.Textbox()
        t.submit(shout, t, t)
    if __name__ == "__main__":
        demo.launch()   # not run: the module is not __main__; last Blocks is used
    '''
    app = harness.app(src, extra_files=files)
    app.start("s")
    assert app.send("s", app.module.t, "submit", {app.module.t: "hi"})["updates"] == {
        str(app.module.t._id): {"value": "HI"}
    }
    files2 = {"utils.py": "def shout(s):\n    return s + '!'\n"}
    app2 = harness.app(src, extra_files=files2, app_id=app.app_id)  # reload replaces
    assert runtime.app_module(app.app_id) is app2.module
    assert runtime.get_app(app.app_id).store.get("s") is None  # old sessions dropped
    app2.start("s")
    assert app2.send("s", app2.module.t, "submit", {app2.module.t: "hi"})["updates"] == {
        str(app2.module.t._id): {"value": "hi!"}
    }


def test_config_shape_layouts_and_stable_ids(harness):
    src = '''
    import gradio as gr
    with gr.Blocks(title="T", css=".x{}", theme=gr.themes.Soft()) as demo:
        with gr.Row():
            with gr.Column(scale=2):
                name = gr.Textbox(label="Name", placeholder="p", lines=2, info="i")
                s = gr.State(1)
            n = gr.Number(precision=0, minimum=0, maximum=9)
        with gr.Tab("One"):
            cb = gr.CheckboxGroup([("Label A", "a"), "b"], value=["a"])
        with gr.Tab("Two"):
            with gr.Accordion("More", open=False):
                sl = gr.Slider(0, 10, step=2)
                gr.HTML("<b>x</b>")
                gr.JSON('{"a": 1}')
        btn = gr.Button("Go", variant="primary", size="sm")
        btn.click(lambda x: x, name, name)
        name.change(lambda x: x, name, None)
    demo.launch()
    '''
    cfg = harness.app(src).config
    cfg2 = harness.app(src).config
    assert cfg == cfg2
    assert (cfg["title"], cfg["css"], cfg["theme"]) == ("T", ".x{}", "soft")
    comps = cfg["components"]
    types = {int(k): v["type"] for k, v in comps.items()}
    assert [types[i] for i in sorted(types)] == [
        "column", "row", "column", "textbox", "state", "number", "tabs", "tab", "checkboxgroup",
        "tab", "accordion", "slider", "html", "json", "button",
    ]
    root = cfg["root"]
    assert root["id"] == 0
    row, tabs, btn = root["children"]
    assert [c["id"] for c in row["children"]] == [2, 5]
    assert [c["id"] for c in row["children"][0]["children"]] == [3]  # State not in the tree
    assert [c["id"] for c in tabs["children"]] == [7, 9]
    p = comps["3"]["props"]
    assert (p["label"], p["placeholder"], p["lines"], p["info"], p["type"], p["value"]) == ("Name", "p", 2, "i", "text", "")
    assert comps["8"]["props"]["choices"] == [["Label A", "a"], ["b", "b"]]
    assert comps["8"]["props"]["value"] == ["a"]
    assert comps["11"]["props"]["value"] == 0 and comps["11"]["props"]["step"] == 2
    assert comps["13"]["props"]["value"] == {"a": 1}
    assert comps["14"]["props"]["value"] == "Go" and comps["14"]["props"]["variant"] == "primary"
    assert comps["7"]["props"]["label"] == "One" and comps["10"]["props"]["open"] is False
    assert comps["4"] == {"type": "state", "props": {}}
    assert cfg["listeners"] == {"14": ["click"], "3": ["change"]}
    json.dumps(cfg)


def test_unknown_app_and_unknown_session(harness):
    r = json.loads(runtime.dispatch_sync("nope", "s", json.dumps({"target": 1, "event": "click", "data": {}})))
    assert r["errors"] and r["updates"] == {}
    assert json.loads(runtime.tick(None)) == {}


def test_callable_component_value_runs_on_load(harness):
    app = harness.app(
        '''
        import gradio as gr
        n = [0]
        def nxt():
            n[0] += 1
            return f"visit {n[0]}"
        with gr.Blocks() as demo:
            t = gr.Textbox(value=nxt)
        '''
    )
    tid = str(app.module.t._id)
    # as in Gradio, called once when the app is built (the config's initial value), then on each load
    assert app.module.t.value == "visit 1"
    assert app.start("a")["updates"] == {tid: {"value": "visit 2"}}
    assert app.start("b")["updates"] == {tid: {"value": "visit 3"}}
