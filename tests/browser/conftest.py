"""Shared fixtures for the browser tests: one built dist/, one server, one Chromium.

Each test gets a fresh browser context (its own localStorage, like a new
browser profile) whose requests are all checked to stay on our own origins.
"""
from __future__ import annotations

import html
import itertools
import os
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tools import serve, site  # noqa: E402

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


@pytest.fixture(scope="session")
def dist() -> Path:
    if not os.environ.get("LITEBLOCKS_SKIP_BUILD"):
        site.build()
    return ROOT / "dist"


@pytest.fixture(scope="session")
def lite_site(dist, tmp_path_factory) -> Site:
    pages = tmp_path_factory.mktemp("pages")
    server, base = serve.serve_in_thread(dist, mounts={"/_pages/": pages})
    yield Site(base, pages)
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture
def context(browser, lite_site):
    """A fresh context; fails the test if any request leaves the serving origin."""
    ctx = browser.new_context()
    ctx.allowed_origins = {lite_site.base}
    outside: list[str] = []
    console: list[str] = []
    ctx.console_messages = console

    def on_request(request):
        url = request.url
        if url.startswith(("blob:", "data:")):
            return
        if not any(url.startswith(o + "/") or url == o for o in ctx.allowed_origins):
            outside.append(url)

    ctx.on("request", on_request)
    ctx.on("page", lambda page: page.on("console", lambda m: console.append(f"{m.type}: {m.text}")))
    yield ctx
    ctx.close()
    assert not outside, f"requests left the site's origin: {outside}"


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
