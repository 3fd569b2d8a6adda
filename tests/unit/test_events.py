"""Listeners, decorators, chains, updates and special arguments."""

from __future__ import annotations


def test_then_success_failure(harness):
    app = harness.app(
        '''
        import gradio as gr
        log = []
        with gr.Blocks() as demo:
            ok_btn = gr.Button()
            bad_btn = gr.Button()
            for btn, fail in ((ok_btn, False), (bad_btn, True)):
                def step(fail=fail):
                    log.append("step")
                    if fail:
                        raise ValueError("x")
                dep = btn.click(step)
                dep.then(lambda: log.append("then"))
                dep.success(lambda: log.append("success"))
                dep.failure(lambda: log.append("failure"))
        '''
    )
    mod = app.module
    app.start("s")
    r = app.send("s", mod.ok_btn, "click")
    assert r["errors"] == [] and mod.log == ["step", "then", "success"]
    mod.log.clear()
    r = app.send("s", mod.bad_btn, "click")
    assert len(r["errors"]) == 1 and mod.log == ["step", "then", "failure"]


def test_decorator_forms(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            name = gr.Textbox()
            out = gr.Textbox()
            extra = gr.Textbox()
            btn = gr.Button()

            @btn.click(inputs=name, outputs=out)
            def greet(n):
                return "Hello " + n

            @demo.load(outputs=[out])
            def on_load():
                return "loaded"

            @gr.on([name.submit, btn.click], inputs=[name], outputs=extra)
            def both(n):
                return n.upper()

            @gr.on(inputs=[name], outputs=[extra])   # triggers=None: input changes + load
            def live(n):
                return "live:" + n

            dep = btn.click(lambda: None)
            @dep.then(outputs=extra)
            def after():
                return "after"

            @demo.unload
            def bye():
                pass
        assert callable(greet) and greet("x") == "Hello x"
        '''
    )
    mod = app.module
    o, e = str(mod.out._id), str(mod.extra._id)
    cfg = app.config
    assert cfg["listeners"][str(mod.name._id)] == ["submit", "change"]
    r = app.start("s")
    assert r["updates"] == {o: {"value": "loaded"}, e: {"value": "live:"}}
    r = app.send("s", mod.btn, "click", {mod.name: "bob"})
    assert r["updates"][o] == {"value": "Hello bob"}
    assert r["updates"][e] == {"value": "after"}  # both, then the chained step
    r = app.send("s", mod.name, "submit", {mod.name: "amy"})
    assert r["updates"] == {e: {"value": "AMY"}}
    r = app.send("s", mod.name, "change", {mod.name: "z"})
    assert r["updates"] == {e: {"value": "live:z"}}
    assert app.end("s")["errors"] == []


def test_output_change_fires_component_change(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            a = gr.Textbox()
            b = gr.Textbox()
            btn = gr.Button()
            btn.click(lambda: "x", None, a)
            a.change(lambda v: v + "!", a, b)
        '''
    )
    mod = app.module
    app.start("s")
    r = app.send("s", mod.btn, "click")
    assert r["updates"] == {str(mod.a._id): {"value": "x"}, str(mod.b._id): {"value": "x!"}}
    r = app.send("s", mod.btn, "click")  # same value again: no change
    assert r["updates"] == {str(mod.a._id): {"value": "x"}}


def test_dict_inputs_and_outputs(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            x = gr.Number(precision=0)
            y = gr.Number(precision=0)
            total = gr.Number()
            note = gr.Textbox()
            btn = gr.Button()
            def add(data):
                return {total: data[x] + data[y]}
            btn.click(add, {x, y}, [total, note])
        '''
    )
    mod = app.module
    app.start("s")
    r = app.send("s", mod.btn, "click", {mod.x: 2, mod.y: "3"})
    assert r["updates"] == {str(mod.total._id): {"value": 5.0}}


def test_updates_component_return_and_skip(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            md = gr.Markdown("hi", visible=False)
            dd = gr.Dropdown(["a", "b"], label="L")
            t = gr.Textbox()
            row = gr.Row()
            b1 = gr.Button()
            b2 = gr.Button()
            b3 = gr.Button()
            b1.click(lambda: (gr.Markdown("x", visible=True), gr.update(choices=["c", ("D", "d")], value="d"), gr.skip()), None, [md, dd, t])
            b2.click(lambda: gr.skip(), None, [md, t])
            b3.click(lambda: gr.Row(visible=False), None, row)
            dd.change(lambda v: v, dd, t)
        '''
    )
    mod = app.module
    assert app.config["components"][str(mod.dd._id)]["props"]["value"] == "a"
    app.start("s")
    r = app.send("s", mod.b1, "click")
    assert r["updates"][str(mod.md._id)] == {"value": "x", "visible": True}
    assert r["updates"][str(mod.dd._id)] == {"choices": [["c", "c"], ["D", "d"]], "value": "d"}
    assert r["updates"][str(mod.t._id)] == {"value": "d"}  # via dd.change
    assert app.send("s", mod.b2, "click")["updates"] == {}
    assert app.send("s", mod.b3, "click")["updates"] == {str(mod.row._id): {"visible": False}}
    # new choices are used for validation in this session
    r = app.send("s", mod.dd, "change", {mod.dd: "a"})
    assert r["errors"] and "not in the list of choices" in r["errors"][0]["message"]


def test_request_and_event_data_injection(harness):
    app = harness.app(
        '''
        from __future__ import annotations
        import gradio as gr
        got = {}
        def info(x, request: gr.Request, progress=gr.Progress()):
            got["req"] = (request.session_hash, request.url, dict(request.query_params),
                          request.headers["user-agent"], request.client.host, request.username)
            got["x"] = x
            return "ok"
        def sel(evt: gr.SelectData):
            got["sel"] = (evt.index, evt.value, evt.target is radio)
        with gr.Blocks() as demo:
            t = gr.Textbox()
            radio = gr.Radio(["a", "b"])
            btn = gr.Button()
            btn.click(info, t, t)
            radio.select(sel)
        '''
    )
    mod = app.module
    app.start("sess")
    app.send("sess", mod.btn, "click", {mod.t: "hi"})
    assert mod.got["req"] == ("sess", "http://x/?a=1", {"a": "1"}, "t", "browser", None)
    assert mod.got["x"] == "hi"
    app.send("sess", mod.radio, "select", event_data={"index": 1, "value": "b"})
    assert mod.got["sel"] == (1, "b", True)


def test_request_class_annotation_in_load_and_unload(harness):
    app = harness.app(
        '''
        import gradio as gr
        seen = []
        with gr.Blocks() as demo:
            demo.load(lambda request: None)  # no annotation: no injection, no inputs
            def on_load(request: gr.Request):
                seen.append(("load", request.session_hash))
            def on_unload(req: gr.Request):
                seen.append(("unload", req.session_hash, req.query_params.get("a")))
            demo.load(on_load)
            demo.unload(on_unload)
        '''
    )
    mod = app.module
    r = app.start("h1")
    assert len(r["errors"]) == 1  # the lambda misses its argument, as in Gradio
    app.end("h1")
    assert mod.seen == [("load", "h1"), ("unload", "h1", "1")]


def test_async_generators_info_warning(harness):
    app = harness.app(
        '''
        import asyncio
        import gradio as gr
        with gr.Blocks() as demo:
            t = gr.Textbox()
            n = gr.Number(precision=0)
            b1 = gr.Button()
            b2 = gr.Button()
            b3 = gr.Button()
            async def slow(x):
                await asyncio.sleep(0)
                gr.Info("working")
                return x + "!"
            def gen():
                for i in range(3):
                    yield i
                gr.Warning("done")
            async def agen():
                yield 1
                yield 2
            b1.click(slow, t, t)
            b2.click(gen, None, n)
            b3.click(agen, None, n)
        '''
    )
    mod = app.module
    app.start("s")
    r = app.send("s", mod.b1, "click", {mod.t: "a"})
    assert r["updates"] == {str(mod.t._id): {"value": "a!"}}
    assert r["info"] == [{"message": "working", "kind": "info", "title": "Info"}]
    r = app.send("s", mod.b2, "click")
    assert r["updates"] == {str(mod.n._id): {"value": 2}}
    assert r["info"][0]["kind"] == "warning"
    r = app.send("s", mod.b3, "click")
    assert r["updates"] == {str(mod.n._id): {"value": 2}}  # equal -> update, no change


def test_multiple_outputs_too_few_values_is_an_error(harness):
    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            a = gr.Textbox()
            b = gr.Textbox()
            btn = gr.Button()
            btn.click(lambda: "only one", None, [a, b])
        '''
    )
    app.start("s")
    r = app.send("s", app.module.btn, "click")
    assert r["errors"] and r["updates"] == {}


def test_event_hooks_are_called(harness):
    from liteblocks import runtime

    calls = []

    class Hook:
        def before_event(self, app_id, session_hash):
            calls.append(("before", session_hash))

        def after_handler(self, app_id, session_hash, ok):
            calls.append(("handler", ok))

        def after_event(self, app_id, session_hash, ok):
            calls.append(("after", session_hash, ok))

    app = harness.app(
        '''
        import gradio as gr
        with gr.Blocks() as demo:
            b = gr.Button()
            b.click(lambda: 1 / 0)
        '''
    )
    runtime.event_hooks.append(Hook())
    try:
        app.start("s")
        app.send("s", app.module.b, "click")
        app.end("s")
    finally:
        runtime.event_hooks.clear()
    assert calls == [
        ("before", "s"), ("after", "s", True),
        ("before", "s"), ("handler", False), ("after", "s", False),
        ("before", "s"), ("after", "s", True),
    ]
