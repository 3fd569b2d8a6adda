"""Our own Svelte components for Gradio 6's frontend (js/components/, issue 16 point 4), mounted from
a config real gradio 6.31 emitted (tests/fixtures/g6/components.json) with the built frontend and
driven as a user would: by role and label. What they submit must be what Gradio's own components
submit for the same clicks (tests/fixtures/g6/components_events.json, recorded on a real 6.31 server
by record_events.py from the steps in component_steps.py). layouts.json does the same for the npm
components (slider, dropdown, tabs, chatbot, ...) beside ours.

The transport is a page-side double answering g6-* messages: answers[fn_index] when the test set
one, else what window.answer(msg) returns, else an update that changes nothing."""
from __future__ import annotations

import json
import re
import sys

from browser_helpers import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "g6"
sys.path.insert(0, str(FIXTURES))
import pytest  # noqa: E402
from component_steps import STEPS, UNORDERED  # noqa: E402

CONFIG = json.loads((FIXTURES / "components.json").read_text())

PAGE = """<!doctype html><html lang='en'><head><meta charset='utf-8'><title>g6 components</title><link rel='icon' href='data:,'></head>
<body><div id='app'></div><script type='module'>
import { mountGradio } from '/frontend/frontend.js';
const config = %s;
(%s)(config);
const listeners = [];
window.sent = [];
window.answers = {};
window.answer = () => null;
const transport = {
  send(msg) {
    window.sent.push(msg);
    if (msg.type !== 'g6-submit') return;
    const reply = (m) => setTimeout(() => listeners.forEach((f) => f({ id: msg.id, ...m })), 5);
    const outputs = config.dependencies[msg.fn_index].outputs;
    reply({ type: 'g6-status', stage: 'complete', data: window.answers[msg.fn_index] ?? window.answer(msg)
                                   ?? outputs.map(() => ({ __type__: 'update' })) });
  },
  subscribe(f) { listeners.push(f); return () => {}; },
};
await mountGradio(document.getElementById('app'), config, transport);
window.mounted = true;
</script></body></html>"""


def open_app(context, lite_site, tweak: str = "(config) => {}", name: str = "g6_components.html", config=CONFIG):
    (lite_site.pages / name).write_text(PAGE % (json.dumps(config), tweak))
    page = context.new_page()
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url))
    page.on("pageerror", lambda e: context.console_messages.append(f"error: uncaught {e}"))
    page.goto(f"{lite_site.base}/_pages/{name}")
    page.wait_for_function("() => window.mounted === true", timeout=30_000)
    page.locator("#app .block").first.wait_for()
    page.wait_for_timeout(300)
    return page, loaded


def submissions(page, start: int = 0) -> list[dict]:
    sent = page.evaluate("window.sent")
    return [{k: m[k] for k in ("fn_index", "data", "event_data", "trigger_id")}
            for m in sent if m["type"] == "g6-submit"][start:]


def wait_submissions(page, n: int) -> None:
    page.wait_for_function(f"() => window.sent.filter(m => m.type === 'g6-submit').length >= {n}", timeout=10_000)


# What the double answers where the steps need real results: the layouts app's level.change copies
# the slider into the Age number; the components app's Go returns what its Python function returned
# on gradio 6.31 for the recorded inputs (JSON, Label and HighlightedText then fire their change).
ANSWERS = {
    "layouts": "() => { window.answer = (m) => (m.fn_index === 2 ? m.data : null); }",
    "components": """() => { window.answers[0] = [
        { fruits: ['banana'], size: 'l', color: '#00ff00', when: 1746515289, runs: 1 },
        { label: 'banana', confidences: [{ label: 'banana', confidence: 1 }] },
        [{ token: 'l', class_or_confidence: 'SIZE' }], null]; }""",
}


@pytest.mark.parametrize("app", ["components", "layouts"])
def test_each_step_submits_what_gradio_submits(context, lite_site, app):
    config = json.loads((FIXTURES / f"{app}.json").read_text())
    expected_steps = json.loads((FIXTURES / f"{app}_events.json").read_text())
    page, _ = open_app(context, lite_site, name=f"g6_{app}_steps.html", config=config)
    page.evaluate(ANSWERS[app])
    errors = [m for m in context.console_messages if m.startswith("error")]
    assert not errors, errors  # every component of the app has a loader entry and mounts
    count = 0
    for (name, act), expected in zip(STEPS[app], expected_steps, strict=True):
        assert expected["step"] == name
        act(page)
        count += len(expected["sent"])
        wait_submissions(page, count)
        page.wait_for_timeout(300)  # nothing more may follow
        got = submissions(page)[count - len(expected["sent"]):]
        if name in UNORDERED:
            got, expected["sent"] = (sorted(x, key=json.dumps) for x in (got, expected["sent"]))
        assert got == expected["sent"], name
        assert len(submissions(page)) == count, (name, submissions(page)[count:])


def test_choice_groups_are_named_groups_of_labelled_inputs(context, lite_site):
    page, _ = open_app(context, lite_site)
    fruits = page.get_by_role("group", name="Fruits")
    boxes = fruits.get_by_role("checkbox")
    assert boxes.count() == 3
    assert fruits.get_by_role("checkbox", name="apple").is_checked()
    assert not fruits.get_by_role("checkbox", name="cherry").is_checked()
    size = page.get_by_role("radiogroup", name="Size")
    assert size.get_by_role("radio").count() == 3
    assert size.get_by_role("radio", name="Medium").is_checked()
    # one radio group: the arrow key moves the choice, as in any radio group
    size.get_by_role("radio", name="Medium").focus()
    page.keyboard.press("ArrowRight")
    assert size.get_by_role("radio", name="Large").is_checked()
    assert not size.get_by_role("radio", name="Medium").is_checked()
    wait_submissions(page, 3)
    assert [s["fn_index"] for s in submissions(page)] == [3, 4, 18]  # change ["l"], select, input


GO_SETS_CHOICES = """(config) => {
  window.extra = config.dependencies.length;
  config.dependencies.push({ ...config.dependencies[0], id: window.extra, targets: [[12, 'click']], inputs: [],
                             outputs: [2, 3] });
}"""


def test_python_updates_reach_the_choice_groups(context, lite_site):
    page, _ = open_app(context, lite_site, GO_SETS_CHOICES, name="g6_choices.html")
    page.evaluate("() => { window.answers[window.extra] = [['cherry'], 's']; }")
    page.get_by_role("button", name="Go", exact=True).click()
    page.wait_for_function("() => document.querySelector('input[title=cherry]').checked")
    assert not page.get_by_role("checkbox", name="apple").is_checked()
    assert page.get_by_role("radio", name="Small").is_checked()
    # an update from Python fires change, as in Gradio (select and input are for clicks only)
    wait_submissions(page, 4)
    changes = [s for s in submissions(page) if s["fn_index"] in (1, 2, 3, 4, 17, 18)]
    assert sorted((s["fn_index"], json.dumps(s["data"])) for s in changes) == [(1, '[["cherry"]]'), (3, '["s"]')]


LOCKED = """(config) => { for (const c of config.components)
  if (['checkboxgroup', 'radio', 'colorpicker', 'datetime'].includes(c.type)) c.props.interactive = false; }"""


def test_not_interactive_means_disabled(context, lite_site):
    page, _ = open_app(context, lite_site, LOCKED, name="g6_locked.html")
    assert page.get_by_role("checkbox", name="banana").is_disabled()
    assert page.get_by_role("radio", name="Large").is_disabled()
    assert page.get_by_role("button", name="Color", exact=True).is_disabled()
    assert page.get_by_label("When").is_disabled()
    assert not page.get_by_role("button", name="Choose a date").count()


SELECT_ALL = """(config) => { config.components.find((c) => c.type === 'checkboxgroup').props.show_select_all = true; }"""


def test_select_all(context, lite_site):
    page, _ = open_app(context, lite_site, SELECT_ALL, name="g6_select_all.html")
    every = page.get_by_role("checkbox", name="Select all")
    assert every.evaluate("e => e.indeterminate")  # apple of three
    every.check()
    wait_submissions(page, 1)
    assert submissions(page)[-1]["data"] == [["apple", "banana", "cherry"]]
    page.get_by_role("button", name="Fruits").click()  # the title does the same
    wait_submissions(page, 2)
    assert submissions(page)[-1]["data"] == [[]]
    assert not page.get_by_role("checkbox", name="apple").is_checked()


def test_accordion_is_a_button_that_expands_its_content(context, lite_site):
    page, _ = open_app(context, lite_site)
    button = page.get_by_role("button", name="Details")
    assert button.get_attribute("aria-expanded") == "false"
    assert not page.get_by_label("Note").is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    page.get_by_label("Note").wait_for(state="visible")
    page.get_by_label("Note").fill("x")
    button.click()
    assert button.get_attribute("aria-expanded") == "false"
    page.get_by_label("Note").wait_for(state="hidden")


def test_outputs_update_json_label_and_highlighted_text(context, lite_site):
    page, _ = open_app(context, lite_site)
    page.evaluate("""() => { window.answers[0] = [
        {fruits: ['apple'], runs: 1},
        {label: 'apple', confidences: [{label: 'apple', confidence: 1.0}]},
        [{token: 'm', class_or_confidence: 'SIZE'}],
        null]; }""")
    page.get_by_role("button", name="Go", exact=True).click()
    page.get_by_text('"runs"').wait_for()
    assert page.get_by_test_id("label-output-value").inner_text().strip() == "apple"
    assert page.get_by_role("meter", name="apple").get_attribute("aria-valuenow") == "100"
    page.get_by_text("SIZE", exact=True).wait_for()
    assert not page.get_by_text("London").count()


def test_json_nodes_collapse_and_expand(context, lite_site):
    page, _ = open_app(context, lite_site)
    json_block = page.get_by_test_id("json")
    toggles = json_block.get_by_role("button", name="Collapse")
    assert toggles.count() == 2  # the root object and "b"
    json_block.get_by_text('"x"').wait_for()
    toggles.last.click()
    expand = json_block.get_by_role("button", name="Expand")
    assert expand.get_attribute("aria-expanded") == "false"
    assert not json_block.get_by_text('"x"').count()
    assert json_block.get_by_role("button", name="Array(3)").is_visible()
    expand.click()
    json_block.get_by_text('"x"').wait_for()


def test_label_and_highlighted_tokens_are_buttons(context, lite_site):
    page, _ = open_app(context, lite_site)
    page.get_by_role("button", name=re.compile(r"^bird")).click()
    page.get_by_role("button", name=re.compile(r"^Ada")).press("Enter")
    wait_submissions(page, 2)
    assert [s["event_data"] for s in submissions(page)] == [
        {"index": 2, "value": "bird"}, {"index": 0, "value": ["Ada", "PER"]}]


def test_color_picker_dialog(context, lite_site):
    page, _ = open_app(context, lite_site)
    swatch = page.get_by_role("button", name="Color", exact=True)
    swatch.click()
    dialog = page.get_by_role("dialog", name="Color")
    field = dialog.get_by_label("Color value")
    assert field.input_value() == "#ff0000"
    dialog.get_by_role("button", name="RGB").click()
    assert field.input_value() == "rgb(255, 0, 0)"
    field.fill("rgb(0, 255, 0)")
    field.press("Enter")
    wait_submissions(page, 3)  # focus, submit, change
    assert submissions(page)[2] == {"fn_index": 5, "data": ["#00ff00"], "event_data": "#00ff00", "trigger_id": 9}
    dialog.get_by_role("slider", name="Hue").focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("() => window.sent.some(m => m.fn_index === 5 && m.data[0] === '#00ff04')")
    page.keyboard.press("Escape")
    assert not dialog.count()
    assert "rgb(0, 255, 4)" in swatch.get_attribute("style")


def test_datetime_calendar_picks_a_day(context, lite_site):
    page, _ = open_app(context, lite_site)
    field = page.get_by_label("When")
    assert field.input_value() == "2024-01-02 03:04:05"
    page.get_by_role("button", name="Choose a date").click()
    picker = page.get_by_role("dialog", name="Choose a date")
    picker.get_by_role("button", name="January 15, 2024").click()
    wait_submissions(page, 1)
    assert submissions(page)[0]["data"] == ["2024-01-15 03:04:05"]
    assert field.input_value() == "2024-01-15 03:04:05"
    picker.get_by_role("button", name="Toggle AM/PM").click()
    wait_submissions(page, 2)
    assert submissions(page)[1]["data"] == ["2024-01-15 15:04:05"]
    picker.get_by_role("button", name="Done").click()
    assert not picker.count()
    field.fill("not a date")
    field.press("Enter")
    assert field.get_attribute("aria-invalid") == "true"
    page.wait_for_timeout(300)
    assert len(submissions(page)) == 2


TIMER_ON = """(config) => {
  const timer = config.components.find((c) => c.type === 'timer');
  timer.props.active = true; timer.props.value = 0.2;
  window.extra = config.dependencies.length;
  config.dependencies.push({ ...config.dependencies[9], id: window.extra, targets: [[timer.id, 'tick']], inputs: [],
                             outputs: [16], trigger_mode: 'once' });
}"""


def test_non_visual_components_draw_nothing_and_the_timer_ticks(context, lite_site):
    page, _ = open_app(context, lite_site, TIMER_ON, name="g6_timer.html")
    wait_submissions(page, 2)
    assert {s["fn_index"] for s in submissions(page)} == {page.evaluate("window.extra")}
    errors = [m for m in context.console_messages if m.startswith("error")]
    assert not errors, errors


def test_components_are_lazy_chunks(context, lite_site):
    manifest = json.loads((ROOT / "dist" / "frontend" / ".vite" / "manifest.json").read_text())
    ours = {k: v["file"] for k, v in manifest.items() if k.startswith("../components/") and v.get("isDynamicEntry")}
    assert {k.split("/")[2] for k in ours} >= {"checkboxgroup", "radio", "accordion", "group", "json", "label",
                                                "highlightedtext", "colorpicker", "datetime", "state", "timer",
                                                "fallback"}
    entry = next(v for v in manifest.values() if v.get("isEntry"))
    assert not set(ours) & set(entry.get("imports", []))  # not in the first load
    page, loaded = open_app(context, lite_site)
    names = {u.rsplit("/", 1)[-1] for u in loaded}
    # drawn by other tests: test_g6_chat.py (multimodaltextbox, dataset), test_g6_file_buttons.py, test_g6_audio.py,
    # test_g6_code.py, test_g6_dataframe.py, test_g6_more_components.py (sidebar)
    unused = ("/fallback/", "/multimodaltextbox/", "/dataset/", "/uploadbutton/", "/audio/", "/code/", "/dataframe/",
              "/sidebar/")
    used = {f.rsplit("/", 1)[-1] for k, f in ours.items() if not any(u in k for u in unused)}
    assert used <= names  # this app uses every one of them but those


CHAT_VALUE = """(config) => {
  // no Markdown component (its newer markdown-code would load Prism first and hide the bug)
  config.components.find((c) => c.type === 'markdown').props.visible = false;
  config.components.find((c) => c.type === 'chatbot').props.value = [
    { role: 'user', metadata: null, options: null, content: [{ type: 'text', text: 'hi **there**' }] },
    { role: 'assistant', metadata: null, options: null, content: [{ type: 'text', text: 'print(1)' }] }];
}"""


def test_npm_chatbot_draws_messages(context, lite_site):
    # @gradio/chatbot 0.28's markdown (with Prism's language files) used to fail before drawing
    config = json.loads((FIXTURES / "layouts.json").read_text())
    page, _ = open_app(context, lite_site, CHAT_VALUE, name="g6_chat.html", config=config)
    page.get_by_text("there", exact=True).wait_for()
    assert page.locator("strong", has_text="there").count() == 1
    page.get_by_text("print(1)").wait_for()
    errors = [m for m in context.console_messages if m.startswith("error")]
    assert not errors, errors


UNKNOWN_TYPE = """(config) => { const c = config.components.find((c) => c.type === 'colorpicker');
  c.type = 'model3d'; c.props.name = 'model3d'; c.props.value = { path: 'a.glb' }; }"""


def test_a_type_without_package_draws_its_value_and_the_app_still_runs(context, lite_site):
    page, _ = open_app(context, lite_site, UNKNOWN_TYPE, name="g6_unknown.html")
    page.get_by_text('"a.glb"').wait_for()
    assert not page.get_by_role("button", name="Color", exact=True).count()
    page.get_by_label("banana").check()
    wait_submissions(page, 2)
    assert any("no frontend component for model3d" in m for m in context.console_messages)
    errors = [m for m in context.console_messages if m.startswith("error")]
    assert not errors, errors
