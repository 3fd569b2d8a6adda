"""Click-to-DOM latency of an event that reads and writes a 10,000-item State
and fires its .change, drawn by Gradio 6's frontend (issue 16.8: p50 <= 5 ms, p99 <= 15 ms;
issue 12.1: p50 <= 3 ms)."""
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

MEASURE = """async ([n, inputSelector]) => {
  const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === 'Grow');
  const input = document.querySelector(inputSelector);
  const times = [];
  for (let i = 0; i < n; i++) {
    const before = input.value;
    const t0 = performance.now();
    button.click();
    await new Promise((resolve) => {
      const check = () => input.value !== before ? resolve() : requestAnimationFrame(check);
      const obs = new MutationObserver(() => { if (input.value !== before) { obs.disconnect(); resolve(); } });
        obs.observe(document.querySelector('.lb-mount'), { attributes: true, subtree: true, childList: true, characterData: true });
      check();
    });
    times.push(performance.now() - t0);
  }
  return times;
}"""


def measure(lab, input_selector: str) -> list[float]:
    ctx = lab.browser.new_context()
    try:
        page = ctx.new_page()
        page.goto(lab.app_url(APP))
        lab.wait_ready(page)
        page.wait_for_selector(input_selector)
        page.evaluate(MEASURE, [20, input_selector])  # warm-up
        return page.evaluate(MEASURE, [200, input_selector])
    finally:
        ctx.close()


def run(lab) -> list[Row]:
    times = measure(lab, "input[type=number]")
    return [Row("session: click-to-DOM p50 (10k-item State + .change)", percentile(times, 50), "ms", "target <= 3"),
            Row("session: click-to-DOM p99", percentile(times, 99), "ms", "target <= 15")]
