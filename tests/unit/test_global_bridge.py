"""Global state between two instances of one app (two "tabs" in one interpreter)."""
import json

from liteblocks.state import global_bridge

APP = """
import gradio as gr

count = 0
votes = {"A": 0}
users = set()

def bump(request: gr.Request):
    global count
    count += 1
    votes["A"] += 1
    users.add(request.session_hash)
    return count

def broken():
    global count
    count += 100
    votes["A"] += 100
    raise gr.Error("no")

with gr.Blocks() as demo:
    out = gr.Number(label="Count")
    gr.Button("Bump").click(bump, None, out)
    gr.Button("Broken").click(broken, None, out)

demo.launch()
"""


def tab(harness):
    app = harness.app(APP)
    global_bridge.attach(app.app_id)
    app.start("s-" + app.app_id)
    return app


def button(app, n):
    return [int(i) for i, c in app.config["components"].items() if c["type"] == "button"][n]


def test_rebinding_and_in_place_changes_reach_the_other_tab(harness):
    a, b = tab(harness), tab(harness)
    a.send("s-" + a.app_id, button(a, 0), "click")
    out = json.loads(global_bridge.take_changes(a.app_id))
    assert set(out["changes"]["set"]) == {"count", "votes", "users"}
    global_bridge.sent(a.app_id, 1)
    status = json.loads(global_bridge.receive(b.app_id, 1, json.dumps(out["changes"])))
    assert status == {"head": 1, "missing": None}
    assert b.module.count == 1 and b.module.votes == {"A": 1} and b.module.users == {"s-" + a.app_id}


def test_failed_handler_changes_nothing(harness):
    a = tab(harness)
    a.send("s-" + a.app_id, button(a, 0), "click")
    global_bridge.take_changes(a.app_id)
    r = a.send("s-" + a.app_id, button(a, 1), "click")
    assert r["errors"][0]["message"] == "no"
    assert global_bridge.take_changes(a.app_id) == ""
    assert a.module.count == 1 and a.module.votes == {"A": 1}


def test_gap_is_reported_and_snapshot_resyncs(harness):
    a, b = tab(harness), tab(harness)
    for seq in (1, 2):
        a.send("s-" + a.app_id, button(a, 0), "click")
        changes = json.loads(global_bridge.take_changes(a.app_id))["changes"]
        global_bridge.sent(a.app_id, seq)
    status = json.loads(global_bridge.receive(b.app_id, 2, json.dumps(changes)))
    assert status["missing"] == [1, 1]
    snap = json.loads(global_bridge.snapshot(a.app_id))
    global_bridge.load(b.app_id, snap["head"], json.dumps(snap["vars"]))
    assert b.module.count == 2 and global_bridge.head(b.app_id) == 2


def test_malformed_message_is_ignored(harness, capsys):
    b = tab(harness)
    status = json.loads(global_bridge.receive(b.app_id, 1, '{"set": {"count": ["zz", 1]}, "del": []}'))
    assert status["head"] == 0
    assert b.module.count == 0


def test_unshareable_variable_warns_once(harness):
    app = harness.app(APP.replace("count = 0", "import threading\nguard = threading.Lock()\ncount = 0"))
    info = json.loads(global_bridge.attach(app.app_id))
    assert "guard" not in info["shared"] and "count" in info["shared"]
    assert len(info["warnings"]) == 1 and "'guard'" in info["warnings"][0]
    app.start("s1")
    app.send("s1", button(app, 0), "click")
    out = json.loads(global_bridge.take_changes(app.app_id))
    assert out["warnings"] == []
