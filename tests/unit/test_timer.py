"""gr.Timer: an invisible component whose .tick is an ordinary event."""
import json

APP = """
import gradio as gr

with gr.Blocks() as demo:
    timer = gr.Timer(0.2)
    n = gr.Number(label="Ticks", value=0)
    timer.tick(lambda x: x + 1, n, n)
    gr.Button("Stop").click(lambda: gr.Timer(active=False), None, timer)

demo.launch()
"""


def test_timer_config_and_tick(harness):
    app = harness.app(APP)
    comps = app.config["components"]
    (timer,) = [int(i) for i, c in comps.items() if c["type"] == "timer"]
    (num,) = [int(i) for i, c in comps.items() if c["type"] == "number"]
    assert comps[str(timer)]["props"] == {"value": 0.2, "active": True}
    assert app.config["listeners"][str(timer)] == ["tick"]
    app.start("s1")
    r = app.send("s1", timer, "tick")
    assert r["updates"][str(num)] == {"value": 1}
    r = app.send("s1", timer, "tick")
    assert r["updates"][str(num)] == {"value": 2}


def test_timer_can_be_stopped_by_an_update(harness):
    app = harness.app(APP)
    comps = app.config["components"]
    (timer,) = [int(i) for i, c in comps.items() if c["type"] == "timer"]
    (stop,) = [int(i) for i, c in comps.items() if c["type"] == "button"]
    app.start("s1")
    r = app.send("s1", stop, "click")
    assert r["updates"][str(timer)]["active"] is False
    json.dumps(r)
