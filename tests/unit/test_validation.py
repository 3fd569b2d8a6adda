"""Event validators (``validator=``, ``gr.validate``): the handler runs only when every input is
valid; otherwise the answer lists each input's result, as Gradio's queue sends it."""

import json

from liteblocks import runtime


def call(app, fn, data=(), session="s1"):
    return json.loads(runtime.run_sync(runtime.process_api(app.app_id, session, fn, json.dumps(list(data)), "null")))


APP = """
    import gradio as gr
    seen = []
    def check(age, place):
        return [gr.validate(not age or age > 3, "Age must be at least 3"),
                gr.validate("london" not in place.lower(), "Not London")]
    def run(age, place):
        seen.append(age)
        return f"{age} {place}"
    with gr.Blocks() as demo:
        age = gr.Number()
        place = gr.Textbox()
        out = gr.Textbox()
        gr.Button().click(run, [age, place], out, validator=check)
        one = gr.Textbox()
        gr.Button().click(lambda s: s, one, out, validator=lambda s: gr.validate(s != "error", "Can't be error"))
        gr.Button().click(lambda s: s, one, out, validator=lambda s: 1 / 0)
"""


def test_invalid_inputs_stop_the_handler(harness):
    app = harness.app(APP)
    r = call(app, 0, [2, "London"])
    assert r["data"] is None and r["error"] is None
    assert r["validation"] == [
        {"__type__": "validate", "is_valid": False, "message": "Age must be at least 3", "parameter_name": "age"},
        {"__type__": "validate", "is_valid": False, "message": "Not London", "parameter_name": "place"}]
    assert runtime.app_module(app.app_id).seen == []
    ok = call(app, 0, [30, "Paris"])
    assert ok["data"] == ["30 Paris"] and "validation" not in ok
    assert runtime.app_module(app.app_id).seen == [30]


def test_one_input_validator_and_a_validator_that_raises(harness):
    app = harness.app(APP)
    assert call(app, 1, ["error"])["validation"] == [{"__type__": "validate", "is_valid": False,
                                                       "message": "Can't be error", "parameter_name": "s"}]
    assert call(app, 1, ["fine"])["data"] == ["fine"]
    failed = call(app, 2, ["x"])
    assert failed["data"] is None and "division by zero" in failed["error"]["message"]
