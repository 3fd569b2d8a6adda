"""Event cost with a big untouched global (issue 12 point 6): click-to-DOM of a
counter event in a tab of an app with and without a 20 MB global beside it
(a second tab is open so the app's globals are synced), the 20 MB global being a string
or a list. Target: with <= 1.5x without."""
from __future__ import annotations

from . import Row, percentile
from .global_sync import APP as COUNTER_APP

# global_sync's counter app, with room for the big global beside the counter.
APP = COUNTER_APP.replace("count = 0\n", "count = 0\n{big}\n", 1)

CLICK = """async () => {
  const input = document.querySelector('input');
  const before = input.value;
  const button = [...document.querySelectorAll('button')].find(b => b.textContent.trim() === '+1');
  const t0 = performance.now();
  button.click();
  while (input.value === before) await new Promise(requestAnimationFrame);
  return performance.now() - t0;
}"""


def measure(lab, big: str, clicks: int = 40) -> float:
    ctx = lab.browser.new_context()
    try:
        url = lab.app_url(APP.format(big=big))
        a, b = ctx.new_page(), ctx.new_page()
        for page in (a, b):
            page.goto(url)
            lab.wait_ready(page, 180_000)
        a.bring_to_front()  # rAF does not run in a hidden tab
        times = [a.evaluate(CLICK) for _ in range(clicks)]
    finally:
        ctx.close()
    return percentile(times[3:], 50)


def run(lab) -> list[Row]:
    small = measure(lab, "")
    big = measure(lab, 'big = "x" * 20_000_000')
    # A mutable container is not cached like a string: only the handler's reach keeps it out of the scan.
    big_list = measure(lab, 'big = ["x" * 100 for _ in range(200_000)]')
    return [
        Row("global: +1 click-to-DOM p50, no big global", small, "ms"),
        Row("global: +1 click-to-DOM p50, 20 MB global untouched", big, "ms", "target <= 1.5x"),
        Row("global: ratio with / without 20 MB global", big / small, "x", "target <= 1.5"),
        Row("global: +1 click-to-DOM p50, 20 MB list global untouched", big_list, "ms"),
    ]
