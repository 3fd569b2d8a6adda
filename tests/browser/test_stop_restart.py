"""Runs that hang or crash (issue 12, points 2, 4, 8): Stop, restart, SystemExit."""
import html

from playwright.sync_api import expect

from browser_helpers import open_app, wait_ready

LOOP_APP = """
import gradio as gr

def spin(n):
    while True:
        n += 1

def bump(n):
    return n + 1, n + 1

def quit_():
    raise SystemExit(3)

def interrupt():
    raise KeyboardInterrupt

with gr.Blocks() as demo:
    n = gr.State(0)
    shown = gr.Number(label="N")
    gr.Button("Bump").click(bump, n, [n, shown])
    gr.Button("Spin").click(spin, n, n)
    gr.Button("Quit").click(quit_, None, None)
    gr.Button("Interrupt").click(interrupt, None, None)

demo.launch()
"""


def test_tight_loop_shows_stop_and_stop_restarts_the_app(context, lite_site):
    page = open_app(context, lite_site.app_url(LOOP_APP))
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_hidden()
    page.get_by_role("button", name="Spin").click()
    expect(stop).to_be_visible(timeout=10_000)
    stop.click()
    expect(page.get_by_text("Stopped: the app was restarted")).to_be_visible(timeout=30_000)
    expect(stop).to_be_hidden()
    page.get_by_role("button", name="Bump").click()  # gr.State is as after the last completed event
    expect(page.get_by_label("N", exact=True)).to_have_value("2")


def test_system_exit_and_keyboard_interrupt_fail_one_event(context, lite_site):
    page = open_app(context, lite_site.app_url(LOOP_APP))
    page.get_by_role("button", name="Quit").click()
    expect(page.get_by_text("The handler raised SystemExit(3)")).to_be_visible()
    page.get_by_role("button", name="Interrupt").click()
    expect(page.get_by_text("The handler raised KeyboardInterrupt")).to_be_visible()
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")


def test_system_exit_at_load_is_reported(context, lite_site):
    page = open_app(context, lite_site.app_url("import sys\nsys.exit(2)\n"))
    expect(page.locator(".lb-load-error")).to_contain_text("SystemExit")


CRASH_APP = """
import os
import gradio as gr
from js import setTimeout
from pyodide.ffi import create_once_callable

def crash():
    os._exit(1)

def spin():
    while True:
        pass

def freeze():
    # The event ends; 0.2 s later the worker's event loop is stuck outside any event.
    setTimeout(create_once_callable(spin), 200)

def bump(n):
    return n + 1, n + 1

with gr.Blocks() as demo:
    n = gr.State(0)
    shown = gr.Number(label="N")
    gr.Button("Bump").click(bump, n, [n, shown])
    gr.Button("Crash").click(crash, None, None)
    gr.Button("Freeze").click(freeze, None, None)

demo.launch()
"""


def test_os_exit_is_reported_and_the_app_restarts_with_its_state(context, lite_site):
    # os._exit gives the page no error event and the event's reply never comes:
    # the worker says `fatal` from Pyodide's fatal hook (js/worker_health.js).
    page = open_app(context, lite_site.app_url(CRASH_APP))
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")
    page.get_by_role("button", name="Crash").click()
    expect(page.get_by_text("The app's Python worker stopped (Python exited with status 1); it was restarted."))\
        .to_be_visible(timeout=30_000)
    expect(page.get_by_role("button", name="Stop")).to_be_hidden()
    page.get_by_role("button", name="Bump").click()  # gr.State is as after the last completed event
    expect(page.get_by_label("N", exact=True)).to_have_value("2")


def test_restarts_after_crashes_are_bounded(context, lite_site):
    page = open_app(context, lite_site.app_url(CRASH_APP))
    restarted = page.get_by_text("it was restarted.")
    for _ in range(3):
        page.get_by_role("button", name="Crash").click()
        restarted.wait_for(state="detached", timeout=10_000)  # the restart clears the last notice
        expect(restarted).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Crash").click()
    expect(page.get_by_text("was restarted 3 times; reload the page to try again")).to_be_visible(timeout=30_000)


def test_an_idle_worker_that_stops_answering_is_restarted(context, lite_site):
    # A stuck event loop while no event runs is death, not a long run: no Stop button.
    context.add_init_script("globalThis.LITEBLOCKS_HEARTBEAT_MS = 500")
    page = open_app(context, lite_site.app_url(CRASH_APP))
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")
    page.get_by_role("button", name="Freeze").click()
    expect(page.get_by_text("The app's Python worker stopped (it stopped answering); it was restarted."))\
        .to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("2")


G6 = ''  # every app is drawn by Gradio's frontend
LOAD_INTERRUPT_APP = """
import gradio as gr

def interrupted():
    raise KeyboardInterrupt("at load")

with gr.Blocks() as demo:
    n = gr.State(0)
    shown = gr.Number(label="N")
    gr.Button("Bump").click(lambda n: (n + 1, n + 1), n, [n, shown])
    demo.load(interrupted, None, shown)
"""


def test_gradio_frontend_system_exit_and_keyboard_interrupt_fail_one_event(context, lite_site):
    page = open_app(context, lite_site.app_url(LOOP_APP, G6))
    page.get_by_role("button", name="Quit").click()
    expect(page.get_by_text("The handler raised SystemExit(3)")).to_be_visible()
    page.get_by_role("button", name="Interrupt").click()
    expect(page.get_by_text("The handler raised KeyboardInterrupt")).to_be_visible()
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")


def test_gradio_frontend_keyboard_interrupt_in_load_fails_the_load_only(context, lite_site):
    page = open_app(context, lite_site.app_url(LOAD_INTERRUPT_APP, G6))
    expect(page.get_by_text("The handler raised KeyboardInterrupt(at load)")).to_be_visible()
    page.get_by_role("button", name="Bump").click()
    expect(page.get_by_label("N", exact=True)).to_have_value("1")


def test_gradio_frontend_system_exit_and_keyboard_interrupt_at_import_are_reported(context, lite_site):
    for code, name in (("import sys\nsys.exit(2)\n", "SystemExit"), ("raise KeyboardInterrupt\n", "KeyboardInterrupt")):
        page = open_app(context, lite_site.app_url(code, G6))
        expect(page.get_by_role("alert")).to_contain_text(name)
        page.close()
