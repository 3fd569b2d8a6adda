"""Dynamic UIs on Gradio 6's own frontend, driven as a user would (issue 13.1):
gr.render redrawing on its input with key= keeping what was typed and a button defined inside the
render, a Timer and a value callable with every= updating by themselves, a value callable with
inputs=, and gr.Examples filling the inputs (and running fn with run_on_click)."""
import re

from playwright.sync_api import expect

from browser_helpers import open_app

GRADIO = ""  # no attribute needed: every app is drawn by Gradio's frontend

RENDER = """
import gradio as gr

with gr.Blocks() as demo:
    count = gr.Number(2, label="How many", precision=0)

    @gr.render(inputs=count)
    def draw(n):
        boxes = [gr.Textbox(label=f"Box {i}", key=f"box-{i}") for i in range(int(n or 0))]
        joined = gr.Textbox(label="Joined", key="joined")
        gr.Button("Join").click(lambda *parts: "+".join(parts), boxes, joined)
"""


def field(page, label):
    return page.get_by_label(label, exact=True)


def test_render_redraws_keeps_keyed_values_and_runs_its_button(context, lite_site):
    page = open_app(context, lite_site.app_url(RENDER, GRADIO))
    expect(field(page, "Box 1")).to_be_visible(timeout=10_000)
    expect(field(page, "Box 2")).to_have_count(0)
    field(page, "Box 0").fill("ada")
    field(page, "Box 1").fill("bob")
    field(page, "How many").fill("3")
    field(page, "How many").press("Enter")
    expect(field(page, "Box 2")).to_be_visible(timeout=10_000)
    expect(field(page, "Box 0")).to_have_value("ada")  # key= kept what was typed
    field(page, "Box 2").fill("cy")
    page.get_by_role("button", name="Join").click()
    expect(field(page, "Joined")).to_have_value("ada+bob+cy")
    field(page, "How many").fill("1")
    field(page, "How many").press("Enter")
    expect(field(page, "Box 1")).to_have_count(0, timeout=10_000)
    page.get_by_role("button", name="Join").click()  # the new render's handler, with one input
    expect(field(page, "Joined")).to_have_value("ada")


TIMED = """
import itertools
import gradio as gr

ticks = itertools.count(1)
beats = itertools.count(1)

with gr.Blocks() as demo:
    name = gr.Textbox("Ada", label="Name")
    greeting = gr.Textbox(lambda s: f"Hello {s}", inputs=[name], label="Greeting")
    beat = gr.Textbox(lambda: f"beat {next(beats)}", every=0.5, label="Beat")
    timer = gr.Timer(0.5)
    clock = gr.Textbox(label="Clock")
    timer.tick(lambda: f"tick {next(ticks)}", None, clock)
    gr.Button("Pause").click(lambda: gr.Timer(active=False), None, timer)
"""


def _changes_by_itself(page, label, pattern):
    box = field(page, label)
    expect(box).to_have_value(re.compile(pattern), timeout=10_000)
    first = box.input_value()
    expect(box).not_to_have_value(first, timeout=5_000)
    expect(box).to_have_value(re.compile(pattern))


def test_timer_and_every_update_by_themselves(context, lite_site):
    page = open_app(context, lite_site.app_url(TIMED, GRADIO))
    _changes_by_itself(page, "Clock", r"^tick \d+$")
    _changes_by_itself(page, "Beat", r"^beat \d+$")
    page.get_by_role("button", name="Pause").click()
    page.wait_for_timeout(1200)
    paused = field(page, "Clock").input_value()
    page.wait_for_timeout(1200)
    assert field(page, "Clock").input_value() == paused
    _changes_by_itself(page, "Beat", r"^beat \d+$")  # its own timer still runs


def test_value_callable_gets_its_inputs(context, lite_site):
    page = open_app(context, lite_site.app_url(TIMED, GRADIO))
    expect(field(page, "Greeting")).to_have_value("Hello Ada", timeout=10_000)
    field(page, "Name").fill("Bob")
    expect(field(page, "Greeting")).to_have_value("Hello Bob")


EXAMPLES = """
import gradio as gr

def greet(name, times):
    return f"Hello {name} x{times}"

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    times = gr.Number(1, label="Times")
    out = gr.Textbox(label="Out")
    gr.Examples([["Ada", 2], ["Bob", 3]], [name, times], label="Fill only")
    gr.Examples([["Cy", 4]], [name, times], out, fn=greet, run_on_click=True, cache_examples=False,
                label="Fill and run")
"""


def test_examples_fill_inputs_and_run_on_click(context, lite_site):
    page = open_app(context, lite_site.app_url(EXAMPLES, GRADIO))
    fill = page.get_by_role("region", name="Fill only")
    fill.get_by_role("row", name="Bob").click()  # two components: a table, a row per example
    expect(field(page, "Name")).to_have_value("Bob", timeout=10_000)
    expect(field(page, "Times")).to_have_value("3")
    assert field(page, "Out").input_value() == ""
    page.get_by_role("region", name="Fill and run").get_by_role("row", name="Cy").click()
    expect(field(page, "Name")).to_have_value("Cy")
    expect(field(page, "Out")).to_have_value("Hello Cy x4")


INTERFACE = """
import gradio as gr

demo = gr.Interface(lambda text: text[::-1], gr.Textbox(label="Text"), gr.Textbox(label="Reversed"),
                    examples=["stressed", "drawer"])
"""


def test_interface_examples_fill_the_input(context, lite_site):
    page = open_app(context, lite_site.app_url(INTERFACE, GRADIO))
    page.get_by_role("button", name="drawer").click()
    expect(field(page, "Text")).to_have_value("drawer", timeout=10_000)
    page.get_by_role("button", name="Submit").click()
    expect(field(page, "Reversed")).to_have_value("reward")


MODES = """
import time
import gradio as gr

def slow(runs):
    time.sleep(1.5)
    return runs + 1, f"{runs + 1} runs"

with gr.Blocks() as demo:
    once, many = gr.State(0), gr.State(0)
    once_out = gr.Textbox(label="Once")
    many_out = gr.Textbox(label="Multiple")
    gr.Button("Once").click(slow, once, [once, once_out])  # click's default: trigger_mode="once"
    gr.Button("Multiple").click(slow, many, [many, many_out], trigger_mode="multiple")
"""


def test_trigger_mode_once_ignores_clicks_while_running_multiple_runs_each(context, lite_site):
    page = open_app(context, lite_site.app_url(MODES, GRADIO))
    for name in ("Once", "Multiple"):
        button = page.get_by_role("button", name=name, exact=True)
        button.click()
        page.wait_for_timeout(400)  # its submission is under way (the frontend registers it asynchronously)
        button.click()
        button.click()
    expect(field(page, "Multiple")).to_have_value("3 runs", timeout=20_000)
    assert field(page, "Once").input_value() == "1 runs"


LETTERS = """
import gradio as gr

with gr.Blocks() as demo:
    text = gr.Textbox(label="Word")
    picked = gr.Textbox(label="Picked")

    @gr.render(inputs=text)
    def letters(word):
        with gr.Row():
            for i, ch in enumerate(word):
                gr.Button(f"{ch}{i}").click(lambda c=ch, i=i: f"{c} at {i}", None, picked)
"""


def test_render_follows_typing_and_its_buttons_use_the_last_render(context, lite_site):
    page = open_app(context, lite_site.app_url(LETTERS, GRADIO))
    field(page, "Word").press_sequentially("hello", delay=30)  # a change per key: always_last
    expect(page.get_by_role("button", name="o4")).to_be_visible(timeout=10_000)
    expect(page.get_by_role("button")).to_have_count(5)
    page.get_by_role("button", name="l3").click()
    expect(field(page, "Picked")).to_have_value("l at 3")
    field(page, "Word").fill("hi")
    expect(page.get_by_role("button")).to_have_count(2, timeout=10_000)
    page.get_by_role("button", name="i1").click()
    expect(field(page, "Picked")).to_have_value("i at 1")


TODO = """
import gradio as gr

with gr.Blocks() as demo:
    tasks = gr.State([])
    new = gr.Textbox(label="Task")

    def add(items, text):
        return items + [text], ""

    new.submit(add, [tasks, new], [tasks, new])

    @gr.render(inputs=tasks)
    def show(items):
        gr.Markdown(f"{len(items)} to do")
        for item in items:
            with gr.Row():
                gr.Textbox(item, show_label=False, container=False)
                done = gr.Button(f"Done: {item}")

                def remove(current, item=item):
                    return [t for t in current if t != item]

                done.click(remove, tasks, tasks)
"""


def test_render_from_state_redraws_when_handlers_inside_change_it(context, lite_site):
    page = open_app(context, lite_site.app_url(TODO, GRADIO))
    expect(page.get_by_text("0 to do")).to_be_visible(timeout=10_000)
    for task in ("milk", "bread"):
        field(page, "Task").fill(task)
        field(page, "Task").press("Enter")
        expect(page.get_by_role("button", name=f"Done: {task}")).to_be_visible(timeout=10_000)
    expect(page.get_by_text("2 to do")).to_be_visible()
    page.get_by_role("button", name="Done: milk").click()  # a handler of the render changes the State
    expect(page.get_by_text("1 to do")).to_be_visible(timeout=10_000)
    expect(page.get_by_role("button", name="Done: milk")).to_have_count(0)
    expect(page.get_by_role("button", name="Done: bread")).to_be_visible()
