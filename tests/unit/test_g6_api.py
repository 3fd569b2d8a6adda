"""runtime.process_api: one dependency run for Gradio 6's frontend, as Gradio's process_api
answers it: outputs in Gradio's format, every yield of a generator as it comes, cancel between
yields, alerts as logs, State kept in the session (changed ids reported for its .change)."""

import json

from liteblocks import runtime


def call(app, fn, data=(), emit=None, session="s1"):
    return json.loads(runtime.run_sync(runtime.process_api(app.app_id, session, fn, json.dumps(list(data)),
                                                           "null", emit)))


def test_outputs_in_gradios_format(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            a = gr.Textbox()
            st = gr.State(1)
            out = gr.Textbox()
            b = gr.Button()
            b.click(lambda x, s: (x.upper(), s + 1), [a, st], [out, st])
            b.click(lambda: gr.update(visible=False), None, out)
            st.change(lambda s: s, st, out)
    """)
    r = call(app, 0, ["hi", None])
    assert r["data"] == ["HI", None] and r["error"] is None
    assert r["changed"] == [runtime.get_app(app.app_id).blocks.fns[0].outputs[1]._id]
    assert call(app, 1)["data"] == [{"__type__": "update", "visible": False}]


def test_generator_yields_go_out_as_they_come(harness):
    app = harness.app("""
        import gradio as gr
        def count(n):
            for i in range(int(n)):
                gr.Info(f"step {i}")
                yield str(i)
        with gr.Blocks() as demo:
            n = gr.Number(3)
            out = gr.Textbox()
            gr.Button().click(count, n, out)
    """)
    chunks = []
    r = call(app, 0, [3], emit=lambda c: chunks.append(json.loads(c)) and False)
    assert [c["data"] for c in chunks] == [["0"], ["1"], ["2"]]
    assert [c["log"][0]["log"] for c in chunks] == ["step 0", "step 1", "step 2"]
    assert r["is_generating"] is True and r["data"] is None and r["error"] is None


def test_async_generator_and_cancel_between_yields(harness):
    app = harness.app("""
        import gradio as gr
        closed = []
        async def tick():
            try:
                for i in range(10):
                    yield i
            finally:
                closed.append(True)
        with gr.Blocks() as demo:
            out = gr.Number()
            gr.Button().click(tick, None, out)
    """)
    chunks = []
    r = call(app, 0, emit=lambda c: chunks.append(json.loads(c)) or len(chunks) >= 2)
    assert [c["data"] for c in chunks] == [[0], [1]]
    assert r["error"] is None and app.module.closed == [True]


def test_generator_error_after_yields_keeps_them(harness):
    app = harness.app("""
        import gradio as gr
        def bad():
            yield "first"
            raise gr.Error("broke")
        with gr.Blocks() as demo:
            out = gr.Textbox()
            gr.Button().click(bad, None, out)
    """)
    chunks = []
    r = call(app, 0, emit=lambda c: chunks.append(json.loads(c)) and False)
    assert chunks[0]["data"] == ["first"]
    assert r["error"]["message"] == "broke" and r["data"] is None


def test_without_emit_a_generator_gives_its_last_value(harness):
    app = harness.app("""
        import gradio as gr
        with gr.Blocks() as demo:
            out = gr.Textbox()
            gr.Button().click(lambda: (x for x in "abc"), None, out)
    """)
    assert call(app, 0)["data"] == ["c"]


def test_progress_reports_go_out(harness):
    app = harness.app("""
        import gradio as gr
        def work(progress=gr.Progress()):
            progress(0.25, desc="warming")
            for _ in progress.tqdm(range(2), desc="steps"):
                pass
            return "done"
        with gr.Blocks() as demo:
            out = gr.Textbox()
            gr.Button().click(work, None, out)
    """)
    chunks = []
    r = call(app, 0, emit=lambda c: chunks.append(json.loads(c)) and False)
    reports = [c["progress"][0] for c in chunks if "progress" in c]
    assert reports[0] == {"index": None, "length": None, "unit": "steps", "progress": 0.25, "desc": "warming"}
    assert [(p["index"], p["length"]) for p in reports[1:]] == [(0, 2), (1, 2), (2, 2)]
    assert r["data"] == ["done"]
