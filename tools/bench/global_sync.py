"""Global state across tabs (issue 6): propagation latency from tab A's change
to tab B's worker over 200 changes (target p50 <= 5 ms), and throughput of
four tabs pressing +1 100 times each (target >= 500 updates/s)."""
from __future__ import annotations

from . import Row, percentile

APP = """
import gradio as gr

count = 0

def bump():
    global count
    count += 1
    return count

with gr.Blocks() as demo:
    shown = gr.Number(label="Count")
    gr.Button("+1").click(bump, None, shown, trigger_mode="multiple")  # every click of a burst runs
    demo.load(lambda: count, None, shown)

demo.launch()
"""

LISTEN = """() => { window.__applied = []; addEventListener('liteblocks:notice', (e) => {
  if (e.detail.kind === 'global-applied') window.__applied.push(e.detail); }); }"""

CLICK_ONE = """async () => {
  const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === '+1');
  const t0 = performance.timeOrigin + performance.now();
  button.click();
  return t0;
}"""

# Clicks n times at once and notes (epoch ms) when it started and when the tab last went idle:
# timing in the page, so the test driver's polling of four tabs does not count.
CLICKS = """(n) => {
  const mount = document.querySelector('.lb-mount');
  window.__started = performance.timeOrigin + performance.now();
  new MutationObserver(() => { if (!mount.hasAttribute('aria-busy')) window.__idleAt = performance.timeOrigin + performance.now(); })
    .observe(mount, { attributes: true, attributeFilter: ['aria-busy'] });
  const b = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === '+1');
  for (let i = 0; i < n; i++) b.click(); }"""
SPAN = "() => [window.__started, window.__idleAt]"

IDLE = "() => !document.querySelector('.lb-mount[aria-busy]')"


def run(lab) -> list[Row]:
    ctx = lab.browser.new_context()
    try:
        url = lab.app_url(APP)
        a, b = ctx.new_page(), ctx.new_page()
        for page in (a, b):
            page.goto(url)
            lab.wait_ready(page)
        b.evaluate(LISTEN)
        from_click, from_publish = [], []
        for i in range(200):
            t0 = a.evaluate(CLICK_ONE)
            b.wait_for_function(f"() => window.__applied.length >= {i + 1}")
            got = b.evaluate(f"() => window.__applied[{i}]")
            from_click.append(got["appliedAt"] - t0)
            from_publish.append(got["appliedAt"] - got["sentAt"])
        tabs = [a, b, ctx.new_page(), ctx.new_page()]
        for page in tabs[2:]:
            page.goto(url)
            lab.wait_ready(page)
        rates = []
        for _ in range(2):  # the first round right after boot, then a warm one
            for page in tabs:
                page.evaluate(CLICKS, 100)
            for page in tabs:
                page.wait_for_function(IDLE, timeout=300_000)
            spans = [page.evaluate(SPAN) for page in tabs]
            rates.append(400 / ((max(end for _, end in spans) - min(start for start, _ in spans)) / 1000))
    finally:
        ctx.close()
    return [
        Row("global: propagation p50 (published in A -> applied in B)", percentile(from_publish, 50), "ms", "target <= 5"),
        Row("global: propagation p99 (published in A -> applied in B)", percentile(from_publish, 99), "ms"),
        Row("global: click in A -> applied in B p50", percentile(from_click, 50), "ms"),
        Row("global: click in A -> applied in B p99", percentile(from_click, 99), "ms"),
        Row("global: 4 tabs x 100 clicks throughput, first round after boot", rates[0], "upd/s"),
        Row("global: 4 tabs x 100 clicks throughput, warm", rates[1], "upd/s", "target >= 500"),
    ]
