"""The examples of the Gradio guide "State in Blocks", run unchanged."""

from __future__ import annotations

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def example(name: str) -> str:
    """The guide's code, exactly as the home page's gallery ships it."""
    return (EXAMPLES / f"{name}.py").read_text()


CART = example("cart")
SESSION_HASH = example("session_counter")
GLOBAL = example("visitor_counter")
BROWSER_STATE = example("browser_state")


def _ids(config, type_name):
    return [int(k) for k, v in config["components"].items() if v["type"] == type_name]


def test_cart_example_per_session(harness):
    app = harness.app(CART)
    (boxes,) = _ids(app.config, "checkboxgroup")
    (btn,) = _ids(app.config, "button")
    (size,) = _ids(app.config, "number")
    (cart,) = _ids(app.config, "state")
    assert app.config["listeners"] == {str(btn): ["click"]}
    assert app.start("a")["updates"] == {}
    assert app.start("b")["updates"] == {}

    r = app.send("a", btn, "click", {boxes: ["Cereal", "Milk"]})
    assert r["errors"] == []
    assert r["updates"] == {str(size): {"value": 2}}
    r = app.send("a", btn, "click", {boxes: ["Water", "Milk"]})
    assert r["updates"] == {str(size): {"value": 4}}

    # Session b is independent: its cart starts empty.
    r = app.send("b", btn, "click", {boxes: ["Water"]})
    assert r["updates"] == {str(size): {"value": 1}}
    state = __import__("liteblocks").runtime.get_app(app.app_id).store
    assert state.get("a").get_state(cart) == ["Cereal", "Milk", "Water", "Milk"]
    assert state.get("b").get_state(cart) == ["Water"]

    # Adding nothing returns an equal cart: no change, no update.
    r = app.send("a", btn, "click", {boxes: []})
    assert r["updates"] == {}


def test_session_hash_example(harness):
    app = harness.app(SESSION_HASH)
    mod = app.module
    status, counter = _ids(app.config, "textbox")[0], _ids(app.config, "number")[0]
    (btn,) = _ids(app.config, "button")
    r = app.start("s1")
    assert r["updates"] == {str(status): {"value": "Session initialized!"}}
    app.start("s2")
    assert set(mod.instances) == {"s1", "s2"}
    assert app.send("s1", btn, "click")["updates"] == {str(counter): {"value": 1}}
    assert app.send("s1", btn, "click")["updates"] == {str(counter): {"value": 2}}
    assert app.send("s2", btn, "click")["updates"] == {str(counter): {"value": 1}}
    assert app.end("s1")["errors"] == []
    assert set(mod.instances) == {"s2"}
    # Session s1 is gone: a click recreates it without load; the handler's
    # string cannot go into a Number -> generic error, app keeps working.
    r = app.send("s1", btn, "click")
    assert r["errors"] == [{"message": "Error", "title": "Error", "kind": "error", "visible": False}]
    assert app.send("s2", btn, "click")["updates"] == {str(counter): {"value": 2}}


def test_global_state_example(harness):
    app = harness.app(GLOBAL)
    (number,) = _ids(app.config, "textbox")
    assert app.config["components"][str(number)]["props"]["value"] == "Counting..."
    assert app.start("a")["updates"] == {str(number): {"value": "1"}}
    assert app.start("b")["updates"] == {str(number): {"value": "2"}}


def test_browser_state_example(harness, capsys):
    app = harness.app(BROWSER_STATE)
    cfg = app.config["components"]
    user, pw = _ids(app.config, "textbox")
    (bs,) = _ids(app.config, "browserstate")
    (btn,) = _ids(app.config, "button")
    msg = _ids(app.config, "markdown")[1]
    assert cfg[str(bs)] == {"type": "browserstate", "props": {"storage_key": None, "secret": None}}
    assert cfg[str(pw)]["props"]["type"] == "password"
    assert cfg[str(msg)]["props"]["visible"] is False

    # First visit: nothing saved; load returns "", "" -> no change anywhere.
    r = app.start("s1")
    assert r["errors"] == [] and r["browser_state"] == {}
    assert "loading from local storage ['', '']" in capsys.readouterr().out

    # Generate: username/password change -> saved to BrowserState -> message shown.
    r = app.send("s1", btn, "click")
    assert r["errors"] == []
    u = r["updates"][str(user)]["value"]
    p = r["updates"][str(pw)]["value"]
    assert len(u) == 10 and len(p) == 10
    assert r["browser_state"] == {str(bs): [u, p]}
    assert r["updates"][str(msg)]["visible"] is True
    assert r["updates"][str(msg)]["value"].startswith("✅ Saved to local storage at ")
    assert set(r["updates"][str(msg)]) == {"value", "visible"}

    # Revisit with restored browser state: load fills the textboxes.
    r = app.start("s2", browser_state={str(bs): ["alice", "pw1"]})
    assert r["updates"][str(user)] == {"value": "alice"}
    assert r["updates"][str(pw)] == {"value": "pw1"}
    assert r["browser_state"] == {str(bs): ["alice", "pw1"]}
    # Restoring a value that differs from the default is a change (issue 4): the message shows.
    assert r["updates"][str(msg)]["visible"] is True
