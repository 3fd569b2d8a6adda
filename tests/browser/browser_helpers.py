"""Helpers the browser tests import (a module of its own: tests/unit has a conftest too,
so `from conftest import …` would be ambiguous)."""
from __future__ import annotations

import html
import itertools
import os
import sys
from pathlib import Path

from playwright.sync_api import expect

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

CHROMIUM = os.environ.get("LITEBLOCKS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
EXAMPLES = ROOT / "examples"
_page_ids = itertools.count()


class Site:
    """The served dist/ plus a scratch folder for test pages at /_pages/."""

    def __init__(self, base: str, pages: Path):
        self.base = base
        self.pages = pages

    def page_url(self, body: str, head: str = "", name: str | None = None) -> str:
        name = name or f"page{next(_page_ids)}.html"
        (self.pages / name).write_text(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>test</title>"
            "<link rel='stylesheet' href='/lite.css'><script type='module' src='/lite.js'></script>"
            f"{head}</head><body>{body}</body></html>")
        return f"{self.base}/_pages/{name}"

    def app_url(self, code: str, attrs: str = "", name: str | None = None) -> str:
        """A page with one <gradio-lite> holding `code` (HTML-escaped, as a user would write it)."""
        return self.page_url(f"<gradio-lite {attrs}>{html.escape(code)}</gradio-lite>", name=name)


def example(name: str) -> str:
    return (EXAMPLES / f"{name}.py").read_text()


def open_app(context, url: str, timeout: float = 60_000):
    """Opens `url` in a new tab and waits until every <gradio-lite> on it is ready."""
    page = context.new_page()
    page.goto(url)
    wait_ready(page, timeout)
    return page


def wait_ready(page, timeout: float = 60_000):
    page.wait_for_function(
        "() => { const els = [...document.querySelectorAll('gradio-lite')];"
        " return els.length && els.every(e => e.dataset.ready !== undefined || e.querySelector('.lb-load-error')); }",
        timeout=timeout)


# Global-state tests: an app whose buttons "+1" and "Read" show the shared count in "Count".
IDLE = "() => !document.querySelector('.lb-mount[aria-busy]')"


def read(page) -> str:
    page.get_by_role("button", name="Read").click()
    page.wait_for_function(IDLE)
    return page.get_by_label("Count").input_value()


def bump(page, expected: str) -> None:
    page.get_by_role("button", name="+1").click()
    expect(page.get_by_label("Count")).to_have_value(expected)


# Everything the app tabs stored in IndexedDB (js/global_store.js).
STORED = """async () => {
  const db = await new Promise((ok, bad) => { const r = indexedDB.open('liteblocks-global');
    r.onsuccess = () => ok(r.result); r.onerror = () => bad(r.error); });
  const all = (s) => new Promise((ok) => { const r = db.transaction(s).objectStore(s).getAll(); r.onsuccess = () => ok(r.result); });
  const out = { heads: await all('heads'), vars: await all('vars'), state: await all('state') };
  db.close();
  return out;
}"""


def toast(page, text: str):
    """Gradio's toast (role=status) that holds `text`: errors, gr.Info/Warning/Success."""
    return page.get_by_role("status").filter(has_text=text)
