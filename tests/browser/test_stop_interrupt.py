"""Stop on a cross-origin isolated page (issue 12.2): Python is interrupted in place through
Pyodide's interrupt buffer (js/run_interrupt.js), so the same worker, its module globals and
gr.State survive; a run that does not end within a second falls back to a restart. Served
as `python build.py serve --isolated` (and netlify.toml) serve it: COOP/COEP headers."""
import pytest
from playwright.sync_api import expect

from browser_helpers import Site, open_app
from tools import serve

GRADIO = ""  # no attribute needed: every app is drawn by Gradio's frontend

APP = """
import threading
import time
import gradio as gr

# Holds a lock, so it is never shared with other tabs: only this worker has it.
local = {"lock": threading.Lock(), "clicks": 0}

def count(n):
    local["clicks"] += 1
    return local["clicks"], n + 1, n + 1

def spin():
    while True:
        pass

def nap():
    time.sleep(60)

def interrupt():
    raise KeyboardInterrupt

with gr.Blocks() as demo:
    n = gr.State(0)
    clicks = gr.Number(label="Clicks")
    shown = gr.Number(label="N")
    gr.Button("Count").click(count, n, [clicks, n, shown])
    gr.Button("Spin").click(spin, None, None)
    gr.Button("Nap").click(nap, None, None)
    gr.Button("Interrupt").click(interrupt, None, None)
"""


@pytest.fixture(scope="module")
def isolated_site(dist, tmp_path_factory):
    pages = tmp_path_factory.mktemp("isolated-pages")
    server, base = serve.serve_in_thread(dist, mounts={"/_pages/": pages}, isolated=True)
    yield Site(base, pages)
    server.shutdown()


@pytest.fixture
def page(context, isolated_site):
    context.allowed_origins.add(isolated_site.base)
    page = open_app(context, isolated_site.app_url(APP, GRADIO))
    assert page.evaluate("crossOriginIsolated")
    page.get_by_role("button", name="Count").click()
    expect(page.get_by_label("Clicks")).to_have_value("1")
    return page


def test_stop_interrupts_a_tight_loop_and_keeps_the_worker(page):
    stop = page.get_by_role("button", name="Stop")
    page.get_by_role("button", name="Spin").click()
    expect(stop).to_be_visible(timeout=10_000)
    stop.click()
    expect(page.get_by_text("Stopped: the run was interrupted; the app kept its worker, globals and State."))\
        .to_be_visible(timeout=5_000)
    expect(stop).to_be_hidden()
    page.get_by_role("button", name="Count").click()
    expect(page.get_by_label("Clicks")).to_have_value("2")  # the same module: a restart would say 1
    expect(page.get_by_label("N", exact=True)).to_have_value("2")
    expect(page.get_by_text("restarted in a fresh worker")).to_have_count(0)
    expect(page.get_by_text("KeyboardInterrupt")).to_have_count(0)


def test_the_apps_own_keyboard_interrupt_is_still_its_error(page):
    page.get_by_role("button", name="Interrupt").click()
    expect(page.get_by_text("The handler raised KeyboardInterrupt")).to_be_visible()
    page.get_by_role("button", name="Count").click()
    expect(page.get_by_label("Clicks")).to_have_value("2")


def test_a_run_suspended_in_sleep_falls_back_to_a_restart(page):
    stop = page.get_by_role("button", name="Stop")
    page.get_by_role("button", name="Nap").click()
    expect(stop).to_be_visible(timeout=10_000)
    stop.click()
    expect(page.get_by_text("Stopped: the app was restarted in a fresh worker.")).to_be_visible(timeout=30_000)
    page.get_by_role("button", name="Count").click()
    expect(page.get_by_label("Clicks")).to_have_value("1")  # a fresh worker ran the module again
    expect(page.get_by_label("N", exact=True)).to_have_value("2")  # gr.State as after the last event


def test_stop_at_import_shows_where_the_module_was_stuck(context, isolated_site):
    context.allowed_origins.add(isolated_site.base)
    page = context.new_page()
    page.goto(isolated_site.app_url("import gradio as gr\n\nwhile True:\n    pass\n", GRADIO))
    stop = page.get_by_role("button", name="Stop")
    expect(stop).to_be_visible(timeout=15_000)
    stop.click()
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("KeyboardInterrupt on line 4", timeout=5_000)
    expect(alert).not_to_contain_text("[object Object]")
    expect(page.get_by_text("Stopped: the run was interrupted")).to_be_visible()
