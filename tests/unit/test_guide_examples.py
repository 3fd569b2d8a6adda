"""The examples of the Gradio guide "State in Blocks", run unchanged."""

from __future__ import annotations

CART = '''
import gradio as gr

with gr.Blocks() as demo:
    cart = gr.State([])
    items_to_add = gr.CheckboxGroup(["Cereal", "Milk", "Orange Juice", "Water"])

    def add_items(new_items, previous_cart):
        cart = previous_cart + new_items
        return cart

    gr.Button("Add Items").click(add_items, [items_to_add, cart], cart)

    cart_size = gr.Number(label="Cart Size")
    cart.change(lambda cart: len(cart), cart, cart_size)

demo.launch()
'''

SESSION_HASH = '''
import gradio as gr

class NonDeepCopyable:
    def __init__(self):
        from threading import Lock
        self.counter = 0
        self.lock = Lock()  # Lock objects cannot be deepcopied

    def increment(self):
        with self.lock:
            self.counter += 1
            return self.counter

# Global dictionary to store user-specific instances
instances = {}

def initialize_instance(request: gr.Request):
    instances[request.session_hash] = NonDeepCopyable()
    return "Session initialized!"

def cleanup_instance(request: gr.Request):
    if request.session_hash in instances:
        del instances[request.session_hash]

def increment_counter(request: gr.Request):
    if request.session_hash in instances:
        instance = instances[request.session_hash]
        return instance.increment()
    return "Error: Session not initialized"

with gr.Blocks() as demo:
    output = gr.Textbox(label="Status")
    counter = gr.Number(label="Counter Value")
    increment_btn = gr.Button("Increment Counter")
    increment_btn.click(increment_counter, inputs=None, outputs=counter)

    # Initialize instance when page loads
    demo.load(initialize_instance, inputs=None, outputs=output)
    # Clean up instance when page is closed/refreshed
    demo.unload(cleanup_instance)

demo.launch()
'''

GLOBAL = '''
import gradio as gr

# Shared between all users
visitor_count = 0

def increment_counter():
    global visitor_count
    visitor_count += 1
    return visitor_count

with gr.Blocks() as demo:
    number = gr.Textbox(label="Total Visitors", value="Counting...")
    demo.load(increment_counter, inputs=None, outputs=number)

demo.launch()
'''

BROWSER_STATE = '''
import random
import string
import gradio as gr
import time
with gr.Blocks() as demo:
    gr.Markdown("Your Username and Password will get saved in the browser's local storage. "
                "If you refresh the page, the values will be retained.")
    username = gr.Textbox(label="Username")
    password = gr.Textbox(label="Password", type="password")
    btn = gr.Button("Generate Randomly")
    local_storage = gr.BrowserState(["", ""])
    saved_message = gr.Markdown("✅ Saved to local storage", visible=False)

    @btn.click(outputs=[username, password])
    def generate_randomly():
        u = "".join(random.choices(string.ascii_letters + string.digits, k=10))
        p = "".join(random.choices(string.ascii_letters + string.digits, k=10))
        return u, p

    @demo.load(inputs=[local_storage], outputs=[username, password])
    def load_from_local_storage(saved_values):
        print("loading from local storage", saved_values)
        return saved_values[0], saved_values[1]

    @gr.on([username.change, password.change], inputs=[username, password], outputs=[local_storage])
    def save_to_local_storage(username, password):
        return [username, password]

    @gr.on(local_storage.change, outputs=[saved_message])
    def show_saved_message():
        timestamp = time.strftime("%I:%M:%S %p")
        return gr.Markdown(
            f"✅ Saved to local storage at {timestamp}",
            visible=True
        )

demo.launch()
'''


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
    assert r["errors"] == [{"message": "Error", "title": "Error", "kind": "error"}]
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
