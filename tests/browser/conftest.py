"""Shared fixtures for the browser tests: one built dist/, one server, one Chromium.

Each test gets a fresh browser context (its own localStorage, like a new
browser profile) whose requests are all checked to stay on our own origins.
Helpers that tests import live in browser_helpers.py.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from browser_helpers import CHROMIUM, CHROMIUM_ARGS, ROOT, Site
from tools import serve, site


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
