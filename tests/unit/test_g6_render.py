"""The Python side of dynamic UIs for Gradio 6's frontend (issue 13.1): a gr.render run answers with
a render config (ids kept by key=, handlers callable by fn_index, the last run's dropped, one
session's renders invisible to another), value callables with inputs=/every=, gr.Examples."""

import json

from liteblocks import runtime


def call(app, fn, data=(), session="s1"):
    return json.loads(runtime.run_sync(runtime.process_api(app.app_id, session, fn, json.dumps(list(data)),
                                                           "null", None)))


def g6(app):
    return json.loads(runtime.g6_config(app.app_id))


RENDER = """
    import gradio as gr
    with gr.Blocks() as demo:
        n = gr.Number(2)
        @gr.render(inputs=n)
        def draw(count):
            boxes = [gr.Textbox(label=f"Box {i}", key=f"b{i}") for i in range(int(count))]
            loose = gr.Markdown(f"{int(count)} boxes")
            out = gr.Textbox(key="out")
            gr.Button("Join").click(lambda *a: "+".join(a), boxes, out)
            total = gr.State(int(count))
            gr.Button("Total").click(lambda t: t * 10, total, out)
"""


def test_render_dependency_and_container_in_the_config(harness):
    app = harness.app(RENDER)
    cfg = g6(app)
    dep = cfg["dependencies"][0]
    n = cfg["layout"]["children"][0]["children"][0]["id"]
    container = cfg["layout"]["children"][1]
    assert dep["render_id"] == 0 and dep["outputs"] == [container["id"]] and container["children"] == []
    assert dep["targets"] == [[0, "load"], [n, "change"]] and dep["trigger_mode"] == "always_last"
    assert dep["api_name"] == "apply" and dep["api_visibility"] == "undocumented"
    column = next(c for c in cfg["components"] if c["id"] == container["id"])
    assert column["props"]["show_progress"] is True


def test_a_render_answers_with_what_it_drew(harness):
    app = harness.app(RENDER)
    r = call(app, 0, [2])
    rc = r["render_config"]
    assert r["data"] == [None] and r["error"] is None and rc["render_id"] == 0
    comps = {c["id"]: c for c in rc["components"]}
    form = rc["layout"]["children"][0]
    boxes = [c["id"] for c in form["children"]]
    assert [comps[b]["props"]["label"] for b in boxes[:2]] == ["Box 0", "Box 1"]
    assert all("value" not in comps[b]["props"] for b in boxes)  # the frontend keeps what was typed
    assert all(comps[b]["rendered_in"] == 0 and comps[b]["renderable"] == 0 for b in boxes)
    out = next(c["id"] for c in rc["components"] if c["props"].get("key") == "out")
    join, total = rc["dependencies"]
    assert join["rendered_in"] == 0 and join["inputs"] == boxes and join["outputs"] == [out]
    assert call(app, join["id"], ["a", "b"])["data"] == ["a+b"]
    assert call(app, total["id"], [None])["data"] == ["20"]  # a State made in the render


def test_rerender_keeps_keyed_ids_and_drops_old_handlers(harness):
    app = harness.app(RENDER)
    first = call(app, 0, [2])["render_config"]
    second = call(app, 0, [3])["render_config"]
    ids = lambda rc: {c["props"]["key"]: c["id"] for c in rc["components"] if isinstance(c["props"].get("key"), str)}
    assert ids(first)["b0"] == ids(second)["b0"] and ids(first)["out"] == ids(second)["out"]
    md = lambda rc: [c["id"] for c in rc["components"] if c["type"] == "markdown"]
    assert md(first) != md(second)  # unkeyed: a new component
    old_join = first["dependencies"][0]["id"]
    new_join = second["dependencies"][0]["id"]
    assert new_join != old_join and call(app, old_join, ["a"])["error"]["message"] == f"No dependency {old_join}"
    assert call(app, new_join, ["a", "b", "c"])["data"] == ["a+b+c"]


def test_renders_belong_to_their_session(harness):
    app = harness.app(RENDER)
    join = call(app, 0, [2], session="a")["render_config"]["dependencies"][0]["id"]
    assert call(app, join, ["x", "y"], session="b")["error"] is not None
    other = call(app, 0, [1], session="b")["render_config"]
    assert call(app, join, ["x", "y"], session="a")["data"] == ["x+y"]
    assert call(app, other["dependencies"][0]["id"], ["z"], session="b")["data"] == ["z"]


def test_render_with_triggers_and_events_on_outer_components(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            with gr.Row():
                word = gr.Textbox("ab")
                go = gr.Button("Go")
                @gr.render(inputs=word, triggers=[go.click])
                def letters(text):
                    for ch in text:
                        gr.Button(ch).click(lambda c=ch: c, None, word)
                    word.submit(lambda s: s.upper(), word, word)
    """)
    cfg = g6(app)
    dep = cfg["dependencies"][0]
    row = cfg["layout"]["children"][0]
    container = next(c for c in cfg["components"] if c["id"] == dep["outputs"][0])
    assert container["type"] == "row" and dep["targets"] == [[row["children"][1]["id"], "click"]]
    rc = call(app, 0, ["xyz"])["render_config"]
    assert [c["props"]["value"] for c in rc["components"] if c["type"] == "button"] == ["x", "y", "z"]
    submit = rc["dependencies"][-1]
    assert submit["targets"][0][1] == "submit" and submit["rendered_in"] == 0
    assert call(app, submit["id"], ["hi"])["data"] == ["HI"]
    assert len(g6(app)["dependencies"]) == 1  # nothing of the render leaked into the app


def test_value_callables_with_inputs_and_every(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            name = gr.Textbox("Ada")
            greet = gr.Textbox(lambda s: "Hello " + s, inputs=[name])
            beat = gr.Textbox(lambda: "beat", every=2)
    """)
    cfg = g6(app)
    by_type = {}
    for c in cfg["components"]:
        by_type.setdefault(c["type"], []).append(c)
    timer = by_type["timer"][0]
    assert timer["props"]["value"] == 2
    greet_dep, beat_dep = cfg["dependencies"]
    assert greet_dep["targets"] == [[app.module.name._id, "change"], [0, "load"]]
    assert greet_dep["show_progress"] == "hidden" and greet_dep["inputs"] == [app.module.name._id]
    assert beat_dep["targets"] == [[timer["id"], "tick"], [0, "load"]]
    values = {c["id"]: c["props"].get("value") for c in by_type["textbox"]}
    assert values[app.module.beat._id] == "beat" and values[app.module.greet._id] is None
    assert call(app, greet_dep["id"], ["Bob"])["data"] == ["Hello Bob"]


def test_examples_load_and_run(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            a = gr.Textbox()
            b = gr.Number()
            out = gr.Textbox()
            gr.Examples([["x", 1], ["y", None]], [a, b])
            gr.Examples(["z"], a, out, fn=lambda s: s * 2, run_on_click=True)
    """)
    cfg = g6(app)
    datasets = [c for c in cfg["components"] if c["type"] == "dataset"]
    assert datasets[0]["props"]["samples"] == [["x", 1], ["y", None]] and datasets[0]["props"]["type"] == "tuple"
    load, load2, then = cfg["dependencies"]
    assert load["api_name"] == "load_example" and load["queue"] is False and load["show_progress"] == "hidden"
    assert call(app, load["id"], [0])["data"] == ["x", 1]
    assert call(app, load["id"], [1])["data"] == ["y", {"__type__": "update"}]
    assert call(app, load2["id"], [0])["data"] == ["z"]
    assert then["trigger_after"] == load2["id"] and call(app, then["id"], ["z"])["data"] == ["zz"]


def test_every_on_a_listener_ticks_a_timer(harness):
    # gradio 6.31 refuses every= on listeners (it wants a gr.Timer); older apps pass it, so it
    # becomes a Timer whose tick is one more trigger
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            out = gr.Textbox()
            gr.Button("Go").click(lambda: "go", None, out, every=1.5)
        demo.load(lambda: "loaded", None, out, every=3)
    """)
    cfg = g6(app)
    timers = {c["id"]: c["props"]["value"] for c in cfg["components"] if c["type"] == "timer"}
    click, load = cfg["dependencies"]
    assert click["targets"][1] == [next(i for i, v in timers.items() if v == 1.5), "tick"]
    assert load["targets"] == [[0, "load"], [next(i for i, v in timers.items() if v == 3), "tick"]]
    assert {n["id"] for n in cfg["layout"]["children"]} >= set(timers)


def test_value_callables_inside_a_render_are_its_load_handlers(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            src = gr.Textbox("a")
            @gr.render(inputs=src)
            def draw(text):
                gr.Textbox(lambda s: s * 3, inputs=[src], key="tripled")
                gr.Number(lambda: 7)
    """)
    rc = call(app, 0, ["ab"])["render_config"]
    tripled, seven = rc["dependencies"]
    src = app.module.src._id
    assert tripled["targets"] == [[src, "change"], [0, "load"]] and tripled["rendered_in"] == 0
    assert seven["targets"] == [[0, "load"]]
    assert call(app, tripled["id"], ["ab"])["data"] == ["ababab"] and call(app, seven["id"])["data"] == [7]
    number = next(c for c in rc["components"] if c["type"] == "number")
    assert number["props"]["value"] == 7  # called once when drawn, as in Gradio


def test_dataset_types_and_example_labels():
    import gradio as gr

    with gr.Blocks() as demo:
        box = gr.Textbox(label="Word")
        values = gr.Dataset(components=[box], samples=[["a"], ["b"]])
        index = gr.Dataset(components=[box], samples=[["a"]], type="index")
        ex = gr.Examples(["x", "y"], box, example_labels=["first", "second"], examples_per_page=1)
    assert values.preprocess(1) == ["b"] and index.preprocess(0) == 0
    assert ex.dataset.preprocess(1) == (1, ["y"])
    from liteblocks.g6 import build_config

    props = next(c["props"] for c in build_config(demo)["components"] if c["id"] == ex.dataset._id)
    assert props["sample_labels"] == ["first", "second"] and props["samples_per_page"] == 1
    assert props["headers"] == ["Word"] and props["component_ids"] == [box._id]


def test_a_keyed_listener_keeps_its_fn_index_across_renders(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            n = gr.Number(1)
            out = gr.Textbox()
            @gr.render(inputs=n)
            def draw(count):
                b = gr.Button("Go", key="go")
                b.click(lambda: f"go {int(count)}", None, out, key="go-click")
                b.click(lambda: "unkeyed", None, out)
    """)
    first = call(app, 0, [1])["render_config"]["dependencies"]
    second = call(app, 0, [2])["render_config"]["dependencies"]
    assert first[0]["id"] == second[0]["id"] and first[1]["id"] != second[1]["id"]
    assert call(app, second[0]["id"])["data"] == ["go 2"]
    assert call(app, first[1]["id"])["error"] is not None
