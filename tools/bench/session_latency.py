"""Click-to-DOM latency of an event that reads and writes a 10,000-item State
and fires its .change (issue 3; target p50 <= 15 ms)."""
from __future__ import annotations

from . import Row, percentile

APP = """
import gradio as gr

with gr.Blocks() as demo:
    items = gr.State(list(range(10_000)))
    size = gr.Number(label="Size")

    def grow(xs):
        xs.append(len(xs))
        return xs

    gr.Button("Grow").click(grow, items, items)
    items.change(lambda xs: len(xs), items, size)

demo.launch()
"""

MEASURE = """async (n) => {
  const button = [...document.querySelectorAll('button')].find(b => b.textContent === 'Grow');
  const input = document.querySelector('.lb-number input');
  const times = [];
  for (let i = 0; i < n; i++) {
    const before = input.value;
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => input.value !== before ? resolve() : requestAnimationFrame(check);
      const obs = new MutationObserver(() => { if (input.value !== before) { obs.disconnect(); resolve(); } });
      obs.observe(document.querySelector('.lb-mount'), { attributes: true, subtree: true, childList: true });
      check();
    });
    times.push(performance.now() - t0);
  }
  return times;
}"""


def run(lab) -> list[Row]:
    ctx = lab.browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(lab.app_url(APP))
        lab.wait_ready(page)
        page.evaluate(MEASURE, 20)  # warm-up
        times = page.evaluate(MEASURE, 200)
    finally:
        ctx.close()
    return [Row("session: click-to-DOM p50 (10k-item State + .change)", percentile(times, 50), "ms", "target <= 15"),
            Row("session: click-to-DOM p99", percentile(times, 99), "ms")]
