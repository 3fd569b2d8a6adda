"""Global state (issue 12, points 3, 6 and 8): events that touch no global skip
the lock, a rejected commit takes no answered change with it, the store keeps
one record per variable (and reads the previous format), and a global that
cannot be shared fails only its own event."""
import time

from playwright.sync_api import expect

from browser_helpers import IDLE, STORED, bump, open_app, read, toast

APP = """
import threading
import time
import gradio as gr

count = 0
big = "x" * 1000

def bump():
    global count
    count += 1
    return count

def slow(seconds):
    global count
    count += 100
    end = time.time() + seconds
    while time.time() < end:   # holds the global lock
        pass
    return count

def read():
    return count

def local_bump(n):
    return n + 1, n + 1

def lock_it():
    global count
    count = threading.Lock()
    return 0

with gr.Blocks() as demo:
    shown = gr.Number(label="Count")
    seconds = gr.Number(label="Seconds", value=2.5)
    mine = gr.State(0)
    local = gr.Number(label="Local")
    gr.Button("+1").click(bump, None, shown, trigger_mode="multiple")  # every click of a burst runs
    gr.Button("Slow").click(slow, seconds, shown)
    gr.Button("Read").click(read, None, shown)
    gr.Button("Tally").click(local_bump, mine, [mine, local])
    gr.Button("Lock it").click(lock_it, None, shown)
    demo.load(read, None, shown)

demo.launch()
"""


def test_event_without_globals_does_not_wait_for_the_lock(context, lite_site):
    url = lite_site.app_url(APP)
    a, b = open_app(context, url), open_app(context, url)
    a.get_by_role("button", name="Slow").click()      # tab A holds the global lock for 2.5 s
    time.sleep(0.3)
    started = time.monotonic()
    b.get_by_role("button", name="Tally").click()
    expect(b.get_by_label("Local")).to_have_value("1", timeout=5_000)
    assert time.monotonic() - started < 1.5
    b.get_by_role("button", name="+1").click()        # a global event does wait, and sees A's change
    expect(b.get_by_label("Count")).to_have_value("101", timeout=10_000)


# Records every value the Count field shows, so the test can tell what the user was answered.
WATCH = """() => { window.__shown = []; const input = document.querySelector('input');
  setInterval(() => { if (window.__shown.at(-1) !== input.value) window.__shown.push(input.value); }, 2); }"""
BURST = """() => { const click = (t) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === t).click();
  for (let i = 0; i < 3; i++) click('+1'); click('Slow'); }"""


def test_rejected_commit_loses_no_answered_change(context, lite_site):
    url = lite_site.app_url(APP)
    a, b = open_app(context, url), open_app(context, url)
    a.get_by_label("Seconds").fill("8")
    a.evaluate(WATCH)
    a.evaluate(BURST)                       # three +1 then a slow event, queued in one lock hold
    time.sleep(0.5)
    b.get_by_role("button", name="+1").click()
    expect(b.get_by_label("Count")).not_to_have_value("0", timeout=10_000)   # took the lock over
    expect(toast(a, "ran too long").first).to_be_visible(timeout=20_000)
    a.wait_for_function(IDLE)
    # A's +1s answered before B's (its slow event failed): every one of them is kept, plus B's.
    answered = [int(v) for v in a.evaluate("() => window.__shown") if v not in ("", "0")]
    final = int(read(b))
    assert final == max(answered, default=0) + 1, (answered, final)
    assert read(a) == str(final)
    bump(a, str(final + 1))
    assert read(b) == str(final + 1)


def test_store_writes_only_the_changed_variable(context, lite_site):
    url = lite_site.app_url(APP)
    a, b = open_app(context, url), open_app(context, url)
    bump(a, "1")
    before = a.evaluate(STORED)
    bump(b, "2")
    bump(a, "3")
    after = a.evaluate(STORED)
    names_before, names_after = before["heads"][0]["names"], after["heads"][0]["names"]
    assert names_after["big"] == names_before["big"]          # untouched: its record was not rewritten
    assert names_after["count"] == after["heads"][0]["head"] > names_before["count"]
    texts = {v["ver"]: v["text"] for v in after["vars"]}
    assert texts[names_after["count"]] == "3" and texts[names_after["big"]] == '"' + "x" * 1000 + '"'


# The store as the previous version wrote it: database version 1, the whole record in "state".
OLD_FORMAT = """async () => {
  const { held } = await navigator.locks.query();
  const ns = held.map((l) => l.name).find((n) => n.includes(':tab:')).split(':')[1];
  // the tab's worker may reopen (and so re-create, at version 2) the database between the delete and
  // the open: then start again
  let db = null;
  for (let attempt = 0; !db; attempt++) {
    await new Promise((ok) => { const r = indexedDB.deleteDatabase('liteblocks-global'); r.onsuccess = ok; r.onblocked = () => {}; });
    db = await new Promise((ok, bad) => { const r = indexedDB.open('liteblocks-global', 1);
      r.onupgradeneeded = () => { const d = r.result; d.createObjectStore('heads'); d.createObjectStore('state');
        d.createObjectStore('sessions', { keyPath: ['ns', 'hash'] }).createIndex('ns', 'ns'); };
      r.onsuccess = () => ok(r.result);
      r.onerror = () => (r.error?.name === 'VersionError' && attempt < 20 ? ok(null) : bad(r.error)); });
  }
  const tx = db.transaction(['heads', 'state'], 'readwrite');
  tx.objectStore('heads').put({ epoch: 'old', head: 5 }, ns);
  tx.objectStore('state').put({ epoch: 'old', head: 5, vars: '{"count":7,"big":"y"}' }, ns);
  await new Promise((ok) => { tx.oncomplete = ok; });
  db.close();
}"""


def test_previous_store_format_is_read_and_rewritten(context, lite_site):
    url = lite_site.app_url(APP)
    a = open_app(context, url)
    a.evaluate(OLD_FORMAT)
    b = open_app(context, url)              # a live tab exists, so the stored record is used
    expect(b.get_by_label("Count")).to_have_value("7")
    bump(a, "8")                            # tab A catches up from the old record too
    stored = a.evaluate(STORED)
    assert stored["state"] == [] and set(stored["heads"][0]["names"]) == {"count", "big"}
    assert read(b) == "8"
    c = open_app(context, url)
    expect(c.get_by_label("Count")).to_have_value("8")


def test_unshareable_global_fails_only_its_event(context, lite_site):
    url = lite_site.app_url(APP)
    a, b = open_app(context, url), open_app(context, url)
    bump(a, "1")
    a.get_by_role("button", name="Lock it").click()
    expect(toast(a, "'count'").first).to_contain_text("cannot be shared")
    a.wait_for_function(IDLE)
    assert read(a) == "1" and read(b) == "1"   # the previous value is kept everywhere
    bump(a, "2")
    assert read(b) == "2"
