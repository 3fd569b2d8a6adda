"""Global state under faults (issue 12): a hung tab, deleted or corrupted storage."""
import time

from playwright.sync_api import expect

from browser_helpers import IDLE, STORED, bump, open_app, read, toast

APP = """
import time
import gradio as gr

count = 0

def bump():
    global count
    count += 1
    return count

def slow_bump():
    global count
    count += 100
    end = time.time() + 8
    while time.time() < end:   # holds the global lock far past its timeout
        pass
    return count

def read():
    return count

with gr.Blocks() as demo:
    shown = gr.Number(label="Count")
    gr.Button("+1").click(bump, None, shown)
    gr.Button("Slow").click(slow_bump, None, shown)
    gr.Button("Read").click(read, None, shown)
    demo.load(read, None, shown)

demo.launch()
"""


CORRUPT = """async () => {
  const db = await new Promise((ok, bad) => { const r = indexedDB.open('liteblocks-global');
    r.onsuccess = () => ok(r.result); r.onerror = () => bad(r.error); });
  const keys = (s) => new Promise((ok) => { const r = db.transaction(s).objectStore(s).getAllKeys(); r.onsuccess = () => ok(r.result); });
  const heads = await keys('heads'), vars = await keys('vars');
  const tx = db.transaction(['heads', 'vars', 'state'], 'readwrite');
  for (const k of heads) { tx.objectStore('heads').put({ epoch: 'x', head: 999 }, k); tx.objectStore('state').put({ junk: true }, k); }
  for (const k of vars) tx.objectStore('vars').put({ junk: true }, k);
  await new Promise((ok) => { tx.oncomplete = ok; });
  db.close();
  return heads.length;
}"""

DELETE = """() => new Promise((ok, bad) => { const r = indexedDB.deleteDatabase('liteblocks-global');
  r.onsuccess = () => ok('deleted'); r.onerror = () => bad(r.error); r.onblocked = () => {}; })"""


def test_hung_tab_does_not_block_others_and_its_late_commit_is_rejected(context, lite_site):
    url = lite_site.app_url(APP)
    a, b = open_app(context, url), open_app(context, url)
    bump(a, "1")
    a.get_by_role("button", name="Slow").click()
    time.sleep(0.5)
    started = time.monotonic()
    b.get_by_role("button", name="+1").click()
    expect(b.get_by_label("Count")).to_have_value("2", timeout=7_000)
    assert time.monotonic() - started < 7
    # The slow tab finishes later: its commit lost the race and fails visibly.
    expect(toast(a, "ran too long").first).to_be_visible(timeout=20_000)
    a.wait_for_function(IDLE)
    assert read(a) == "2" and read(b) == "2"
    bump(a, "3")
    assert read(b) == "3"


def test_deleted_database_is_rewritten_by_a_live_tab(context, lite_site):
    url = lite_site.app_url(APP)
    a, b = open_app(context, url), open_app(context, url)
    bump(a, "1")
    bump(b, "2")
    assert a.evaluate(DELETE) == "deleted"
    bump(b, "3")
    bump(a, "4")
    stored = a.evaluate(STORED)
    assert len(stored["heads"]) == 1 and list(stored["heads"][0]["names"]) == ["count"]
    assert [v["text"] for v in stored["vars"]] == ["4"] and stored["state"] == []
    c = open_app(context, url)
    expect(c.get_by_label("Count")).to_have_value("4")


def test_new_tab_after_deletion_gets_live_values(context, lite_site):
    url = lite_site.app_url(APP)
    a = open_app(context, url)
    bump(a, "1")
    bump(a, "2")
    assert a.evaluate(DELETE) == "deleted"
    b = open_app(context, url)           # nothing stored: it asks the live tab
    expect(b.get_by_label("Count")).to_have_value("2")
    bump(b, "3")
    assert read(a) == "3"


def test_corrupt_record_is_discarded_and_rebuilt(context, lite_site):
    url = lite_site.app_url(APP)
    a, b = open_app(context, url), open_app(context, url)
    warnings = []
    b.on("console", lambda m: warnings.append(m.text) if m.type == "warning" else None)
    bump(a, "1")
    assert a.evaluate(CORRUPT) == 1
    bump(b, "2")
    bump(a, "3")
    assert any("discarded" in w for w in warnings)
    c = open_app(context, url)
    expect(c.get_by_label("Count")).to_have_value("3")
    bump(c, "4")
    assert read(a) == "4"



BUSY_APP = APP.replace('''def read():''', '''def busy():
    end = time.time() + 15   # reaches no shared value: runs without the lock, but keeps
    while time.time() < end:  # this tab's worker from answering the other tabs
        pass

def read():''').replace('''    gr.Button("Read").click(read, None, shown)''', '''    gr.Button("Read").click(read, None, shown)
    gr.Button("Busy").click(busy, None, None)''')


def test_no_tab_can_supply_the_values_so_they_start_over_with_a_notice(context, lite_site):
    # The only other tab is alive but busy, the stored record is damaged: the new tab asks,
    # hears nothing within a second, starts from the module's values and says so.
    url = lite_site.app_url(BUSY_APP)
    a = open_app(context, url)
    bump(a, "1")
    bump(a, "2")
    a.get_by_role("button", name="Busy").click()
    time.sleep(0.3)
    assert a.evaluate(CORRUPT) == 1
    b = open_app(context, url)
    expect(b.get_by_text("Shared values started over")).to_be_visible()
    expect(b.get_by_text("no other open tab could supply them")).to_be_visible()
    expect(b.get_by_label("Count")).to_have_value("0")
    bump(b, "1")                      # clicks work after the reset
    a.wait_for_function(IDLE, timeout=30_000)
    assert read(a) == "1"             # the busy tab follows the new values once it is free
    bump(a, "2")
    assert read(b) == "2"
    expect(a.get_by_text("Shared values started over")).to_have_count(0)
