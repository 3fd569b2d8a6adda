"""The shared bench setup: built dist/, a local server, one headless Chromium."""
from __future__ import annotations

import html
import itertools
import os
import tempfile
from pathlib import Path

from .. import serve, site

CHROMIUM = os.environ.get("LITEBLOCKS_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


class Lab:
    """Context manager: `lab.base`, `lab.browser`, `lab.app_url(code)`, `lab.page_url(body)`."""

    _ids = itertools.count()

    def __enter__(self):
        site.build()
        self.dist = site.ROOT / "dist"
        self._tmp = tempfile.TemporaryDirectory(prefix="lb-bench-")
        self.pages = Path(self._tmp.name)
        self.server, self.base = serve.serve_in_thread(self.dist, mounts={"/_pages/": self.pages})
        # The same pages, cross-origin isolated (COOP/COEP, as netlify.toml): `lab.isolated(url)`.
        self.isolated_server, self.isolated_base = serve.serve_in_thread(
            self.dist, mounts={"/_pages/": self.pages}, isolated=True)
        from playwright.sync_api import sync_playwright
        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        return self

    def __exit__(self, *exc):
        self.browser.close()
        self._pw.stop()
        self.server.shutdown()
        self.isolated_server.shutdown()
        self._tmp.cleanup()

    def isolated(self, url: str) -> str:
        """`url` (from page_url/app_url) served with the cross-origin isolation headers."""
        return self.isolated_base + url[len(self.base):]

    def page_url(self, body: str, head: str = "") -> str:
        name = f"bench{next(self._ids)}.html"
        (self.pages / name).write_text(
            "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>bench</title>"
            "<link rel='icon' href='data:,'><link rel='stylesheet' href='/lite.css'>"
            f"<script type='module' src='/lite.js'></script>{head}</head><body>{body}</body></html>")
        return f"{self.base}/_pages/{name}"

    def app_url(self, code: str, attrs: str = "") -> str:
        return self.page_url(f"<gradio-lite {attrs}>{html.escape(code)}</gradio-lite>")

    @staticmethod
    def wait_ready(page, timeout: float = 120_000) -> None:
        page.wait_for_function(
            "() => { const els = [...document.querySelectorAll('gradio-lite')];"
            " return els.length && els.every(e => e.dataset.ready !== undefined); }", timeout=timeout)
