"""Global state: module variables shared by every tab of the app (issue 6)."""
import time

from playwright.sync_api import expect

from browser_helpers import example, open_app, toast, wait_ready

COUNTER_APP = """
import gradio as gr

count = 0

def bump():
    global count
    count += 1
    return count

def read():
    return count

with gr.Blocks() as demo:
    shown = gr.Number(label="Count")
    gr.Button("+1").click(bump, None, shown, trigger_mode="multiple")  # every click of a burst runs
    gr.Button("Read").click(read, None, shown)
    demo.load(read, None, shown)

demo.launch()
"""


def read(page):
    page.get_by_role("button", name="Read").click()
    page.wait_for_function("() => !document.querySelector('.lb-mount[aria-busy]')")
    return page.get_by_label("Count").input_value()


def test_visitor_counter_counts_tabs(context, lite_site):
    url = lite_site.app_url(example("visitor_counter"))
    tabs = []
    for expected in ("1", "2", "3"):
        tabs.append(open_app(context, url))
        expect(tabs[-1].get_by_label("Total Visitors")).to_have_value(expected)
    tabs[0].close()
    fourth = open_app(context, url)
    expect(fourth.get_by_label("Total Visitors")).to_have_value("4")


def test_four_tabs_hundred_clicks_each_lose_nothing(context, lite_site):
    url = lite_site.app_url(COUNTER_APP)
    tabs = [open_app(context, url) for _ in range(4)]
    for tab in tabs:  # every tab fires 100 clicks at once; events queue up
        tab.evaluate("() => { const b = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === '+1');"
                     " for (let i = 0; i < 100; i++) b.click(); }")
    for tab in tabs:
        tab.wait_for_function("() => !document.querySelector('.lb-mount[aria-busy]')", timeout=120_000)
    assert [read(tab) for tab in tabs] == ["400"] * 4


def test_late_joiner_gets_current_values(context, lite_site):
    url = lite_site.app_url(COUNTER_APP)
    first = open_app(context, url)
    for _ in range(5):
        first.get_by_role("button", name="+1").click()
    expect(first.get_by_label("Count")).to_have_value("5")
    late = open_app(context, url)
    expect(late.get_by_label("Count")).to_have_value("5")


def test_alone_starts_from_module_values(browser, lite_site):
    url = lite_site.app_url(COUNTER_APP)
    ctx = browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(url)
        wait_ready(page)
        page.get_by_role("button", name="+1").click()
        expect(page.get_by_label("Count")).to_have_value("1")
        page.close()  # no tab of the app is left open: like a restarted server
        page = ctx.new_page()
        page.goto(url)
        wait_ready(page)
        expect(page.get_by_label("Count")).to_have_value("0")
    finally:
        ctx.close()


def test_leader_closing_mid_run_loses_nothing(context, lite_site):
    url = lite_site.app_url(COUNTER_APP)
    leader, second, third = (open_app(context, url) for _ in range(3))
    clicks = "(n) => { const b = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === '+1'); for (let i = 0; i < n; i++) b.click(); }"
    second.evaluate(clicks, 30)
    third.evaluate(clicks, 30)
    leader.close()
    for tab in (second, third):
        tab.wait_for_function("() => !document.querySelector('.lb-mount[aria-busy]')", timeout=60_000)
    assert read(second) == read(third) == "60"
    joiner = open_app(context, url)
    expect(joiner.get_by_label("Count")).to_have_value("60")


PRESENCE_APP = """
import gradio as gr

online = set()

def arrive(request: gr.Request):
    online.add(request.session_hash)
    return len(online)

def leave(request: gr.Request):
    online.discard(request.session_hash)

with gr.Blocks() as demo:
    people = gr.Number(label="Online")
    gr.Button("Refresh").click(lambda: len(online), None, people)
    demo.load(arrive, None, people)
    demo.unload(leave)

demo.launch()
"""


def test_presence_set_forgets_closed_tab(context, lite_site):
    url = lite_site.app_url(PRESENCE_APP)
    tabs = [open_app(context, url) for _ in range(3)]
    expect(tabs[2].get_by_label("Online")).to_have_value("3")
    tabs[1].close()
    for tab in (tabs[0], tabs[2]):
        deadline = time.time() + 15
        while True:
            tab.get_by_role("button", name="Refresh").click()
            tab.wait_for_function("() => !document.querySelector('.lb-mount[aria-busy]')")
            if tab.get_by_label("Online").input_value() == "2" or time.time() > deadline:
                break
            time.sleep(0.3)
        expect(tab.get_by_label("Online")).to_have_value("2")


def test_unshareable_variable_stays_local_with_one_warning(context, lite_site):
    app = COUNTER_APP.replace("count = 0", "import threading\nguard = threading.Lock()\ncount = 0")
    url = lite_site.app_url(app)
    first, second = open_app(context, url), open_app(context, url)
    first.get_by_role("button", name="+1").click()
    expect(first.get_by_label("Count")).to_have_value("1")
    assert read(second) == "1"
    warnings = [m for m in context.console_messages if "guard" in m]
    assert len(warnings) == 2, warnings  # one per tab
    assert all(m.startswith("warning:") for m in warnings)


def test_different_apps_do_not_share(context, lite_site):
    a = open_app(context, lite_site.app_url(COUNTER_APP))
    b = open_app(context, lite_site.app_url(COUNTER_APP.replace('"Read"', '"Read"  ')))
    a.get_by_role("button", name="+1").click()
    a.get_by_role("button", name="+1").click()
    expect(a.get_by_label("Count")).to_have_value("2")
    assert read(b) == "0"
    page = context.new_page()
    page.goto(lite_site.page_url(
        f"<gradio-lite>{COUNTER_APP}</gradio-lite><gradio-lite>{COUNTER_APP.replace('count', 'total')}</gradio-lite>"))
    page.wait_for_function("() => [...document.querySelectorAll('gradio-lite')].every(e => e.dataset.ready !== undefined)")
    page.get_by_role("button", name="+1").first.click()
    expect(page.get_by_label("Count").first).to_have_value("3")  # same app as tab a: shared
    expect(page.get_by_label("Count").nth(1)).to_have_value("0")


def test_handler_error_leaves_shared_values_unchanged(context, lite_site):
    app = COUNTER_APP.replace("def read():", "def broken():\n    global count\n    count += 100\n    raise gr.Error('nope')\n\ndef read():")
    app = app.replace('    gr.Button("Read")', '    gr.Button("Break").click(broken, None, shown)\n    gr.Button("Read")')
    url = lite_site.app_url(app)
    first, second = open_app(context, url), open_app(context, url)
    first.get_by_role("button", name="+1").click()
    first.get_by_role("button", name="Break").click()
    expect(toast(first, "nope")).to_be_visible()
    assert read(first) == "1"
    assert read(second) == "1"


def test_tab_closed_mid_handler_does_not_block_others(context, lite_site):
    app = COUNTER_APP.replace("def read():", "def slow():\n    global count\n    count += 1000\n    import time\n    end = time.time() + 3\n    while time.time() < end:\n        pass\n    return count\n\ndef read():")
    app = app.replace('    gr.Button("Read")', '    gr.Button("Slow").click(slow, None, shown)\n    gr.Button("Read")')
    url = lite_site.app_url(app)
    doomed, survivor = open_app(context, url), open_app(context, url)
    doomed.get_by_role("button", name="Slow").click()
    time.sleep(0.5)
    doomed.close()
    survivor.get_by_role("button", name="+1").click()
    expect(survivor.get_by_label("Count")).to_have_value("1", timeout=20_000)


def test_malformed_messages_between_tabs_are_ignored_and_logged(context, lite_site):
    url = lite_site.app_url(COUNTER_APP)
    first, second = open_app(context, url), open_app(context, url)
    first.get_by_role("button", name="+1").click()
    expect(first.get_by_label("Count")).to_have_value("1")
    # Another script on the origin posts junk on the app's channel (its name is in the lock names).
    first.evaluate("""async () => {
      const { held } = await navigator.locks.query();
      const ns = held.map((l) => l.name).find((n) => n.includes(':tab:')).split(':')[1];
      const channel = new BroadcastChannel('liteblocks:' + ns);
      for (const junk of [{ foo: 1 }, 'text', { v: 1, ns, kind: 'changes', epoch: 1, sets: [] },
                          { v: 1, ns, kind: 'changes', epoch: 'e', sets: [[0, {}]] },
                          { v: 1, ns, kind: 'changes', epoch: 'e', sets: [[5, { set: { count: ['zz'] }, del: [] }]] }]) {
        channel.postMessage(junk);
      }
      channel.close();
    }""")
    second.wait_for_timeout(500)
    assert read(second) == "1"
    second.get_by_role("button", name="+1").click()
    expect(second.get_by_label("Count")).to_have_value("2")
    assert read(first) == "2"
    assert any("ignored a malformed message between tabs" in m for m in context.console_messages)
