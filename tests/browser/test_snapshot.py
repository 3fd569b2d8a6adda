"""The boot snapshot (issue 7): used when shipped, one warning and a plain boot when not.

The seed examples run both ways here, so the default test run covers both
(`LITEBLOCKS_SNAPSHOT=off python -m pytest tests/browser` runs every browser test
without the snapshot: tools/serve.py then serves a lite.js that turns it off).
Numbers (boot times, bytes) are in `python build.py bench boot`, never asserted here.
"""
from __future__ import annotations

import gzip
import json
import re

import pytest
from playwright.sync_api import expect

from browser_helpers import example, open_app, wait_ready
from tools import serve

SERVER_OFF = serve.snapshot_off()
MODES = ["snapshot", "plain"]
FALLBACK = "boot snapshot not used"


def use_mode(context, mode: str) -> None:
    if mode == "plain":
        context.add_init_script("globalThis.LITEBLOCKS_SNAPSHOT = false")


def boot_modes(context) -> list[str]:
    """The worker's `(boot: …)` debug line, one per worker started."""
    return [m.group(1) for line in context.console_messages
            if (m := re.search(r"LiteBlocks: Python ready in \d+ ms \(boot: (\w+)\)", line))]


def expect_mode(context, mode: str) -> None:
    want = "plain" if SERVER_OFF else mode
    modes = boot_modes(context)
    assert modes and set(modes) == {want}, (modes, context.console_messages)
    assert not [m for m in context.console_messages if FALLBACK in m], context.console_messages


def snapshot_files(dist):
    vdir = next(p for p in (dist / "v").iterdir() if (p / "snapshot.json").is_file())
    return vdir / "snapshot.bin.gz", json.loads((vdir / "snapshot.json").read_text())


# -- the seed examples, with and without the snapshot ---------------------------------------
@pytest.mark.parametrize("mode", MODES)
def test_cart(context, lite_site, mode):
    use_mode(context, mode)
    page = open_app(context, lite_site.app_url(example("cart")))
    for item in ("Milk", "Water"):
        page.get_by_label(item).check()
    page.get_by_role("button", name="Add Items").click()
    expect(page.get_by_label("Cart Size")).to_have_value("2")
    page.get_by_role("button", name="Add Items").click()
    expect(page.get_by_label("Cart Size")).to_have_value("4")
    expect_mode(context, mode)


@pytest.mark.parametrize("mode", MODES)
def test_visitor_counter(context, lite_site, mode):
    use_mode(context, mode)
    url = lite_site.app_url(example("visitor_counter"))
    first = open_app(context, url)
    expect(first.get_by_label("Total Visitors")).to_have_value("1")
    second = open_app(context, url)
    expect(second.get_by_label("Total Visitors")).to_have_value("2")
    expect_mode(context, mode)


@pytest.mark.parametrize("mode", MODES)
def test_session_counter(context, lite_site, mode):
    use_mode(context, mode)
    url = lite_site.app_url(example("session_counter"))
    first = open_app(context, url)
    expect(first.get_by_label("Status")).to_have_value("Session initialized!")
    for _ in range(2):
        first.get_by_role("button", name="Increment Counter").click()
    expect(first.get_by_label("Counter Value")).to_have_value("2")
    second = open_app(context, url)
    second.get_by_role("button", name="Increment Counter").click()
    expect(second.get_by_label("Counter Value")).to_have_value("1")
    expect(first.get_by_label("Counter Value")).to_have_value("2")
    expect_mode(context, mode)


@pytest.mark.parametrize("mode", MODES)
def test_browser_state_survives_reload_and_random_differs_per_tab(context, lite_site, mode):
    use_mode(context, mode)
    url = lite_site.app_url(example("browser_state"))
    page = open_app(context, url)
    page.get_by_role("button", name="Generate Randomly").click()
    username = page.get_by_label("Username")
    expect(username).to_have_value(re.compile(r"^[A-Za-z0-9]{10}$"))
    expect(page.get_by_text("Saved to local storage at")).to_be_visible()
    first = username.input_value()
    # Another tab is another worker restored from the same memory: `random` is reseeded.
    other = open_app(context, url)
    other.get_by_role("button", name="Generate Randomly").click()
    expect(other.get_by_label("Username")).to_have_value(re.compile(r"^[A-Za-z0-9]{10}$"))
    expect(other.get_by_label("Username")).not_to_have_value(first)
    expect(other.get_by_text("Saved to local storage at")).to_be_visible()
    saved = other.get_by_label("Username").input_value()
    page.reload()
    wait_ready(page)
    expect(page.get_by_label("Username")).to_have_value(saved)
    expect_mode(context, mode)


# -- falling back ----------------------------------------------------------------------------
def expect_one_fallback_warning(context, reason: str) -> None:
    warnings = [m for m in context.console_messages if FALLBACK in m]
    assert len(warnings) == 1, context.console_messages
    assert warnings[0].startswith("warning:"), warnings
    assert reason.lower() in warnings[0].lower(), warnings
    assert boot_modes(context) == ["fallback"], context.console_messages


def fallback_app_works(context, lite_site) -> None:
    page = open_app(context, lite_site.app_url(example("cart")))
    page.get_by_label("Cereal").check()
    page.get_by_role("button", name="Add Items").click()
    expect(page.get_by_label("Cart Size")).to_have_value("1")


def broken_snapshot(kind: str, raw_gz: bytes, meta: dict) -> bytes:
    if kind == "missing":
        return b""
    if kind == "not-gzip":
        return b"<html>not the snapshot</html>"
    if kind == "truncated":
        return raw_gz[: len(raw_gz) // 2]
    if kind == "zeros":  # the right size, but not a snapshot
        return gzip.compress(bytes(meta["size"]), compresslevel=1)
    if kind == "other-build":  # another Pyodide build's snapshot: build id in the header differs
        raw = bytearray(gzip.decompress(raw_gz))
        raw[16:48] = bytes(32)
        return gzip.compress(bytes(raw), compresslevel=1)
    raise AssertionError(kind)


REASONS = {"missing": "404", "not-gzip": "bytes, expected", "truncated": "", "zeros": "magic",
           "other-build": "build id"}


@pytest.mark.skipif(SERVER_OFF, reason="LITEBLOCKS_SNAPSHOT=off: the snapshot is not fetched")
@pytest.mark.parametrize("kind", list(REASONS))
def test_broken_snapshot_falls_back_with_one_warning(context, lite_site, dist, kind):
    path, meta = snapshot_files(dist)
    body = broken_snapshot(kind, path.read_bytes(), meta)

    def fulfil(route):
        if kind == "missing":
            route.fulfill(status=404, body="File not found")
        else:
            route.fulfill(status=200, body=body, content_type="application/octet-stream")

    context.route("**/snapshot.bin.gz", fulfil)
    fallback_app_works(context, lite_site)
    expect_one_fallback_warning(context, REASONS[kind])


@pytest.mark.skipif(SERVER_OFF, reason="LITEBLOCKS_SNAPSHOT=off: the snapshot is not fetched")
@pytest.mark.parametrize("change,reason", [
    ({"pyodide_version": "0.1.0"}, "Pyodide 0.1.0"),
    ({"packages": [{"name": "liteblocks", "sha256": "0" * 64}]}, "another liteblocks wheel"),
    ({"format": 99}, "unknown format"),
    (None, "404"),
])
def test_stale_metadata_falls_back_and_aborts_the_download(context, lite_site, dist, change, reason):
    _, meta = snapshot_files(dist)
    held = []  # the snapshot's response is held back until the metadata has been judged
    context.route("**/snapshot.bin.gz", lambda route: held.append(route))
    if change is None:
        context.route("**/snapshot.json", lambda route: route.fulfill(status=404, body="File not found"))
    else:
        context.route("**/snapshot.json", lambda route: route.fulfill(
            status=200, body=json.dumps({**meta, **change}), content_type="application/json"))
    fallback_app_works(context, lite_site)
    expect_one_fallback_warning(context, reason)
    # The app fell back while the snapshot's response was still held: a stale snapshot is never waited for.
    for route in held:
        try:
            route.abort()
        except Exception:  # noqa: BLE001 - the worker may have aborted it already
            pass


# -- serving ---------------------------------------------------------------------------------
def test_snapshot_is_shipped_gzipped_and_served_as_is(dist, lite_site):
    import urllib.request
    path, meta = snapshot_files(dist)
    assert meta["files"]["gzip"] == path.name and meta["wheel"]["sha256"] == meta["packages"][0]["sha256"]
    url = f"{lite_site.base}/{path.relative_to(dist).as_posix()}"
    req = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(req) as res:
        body = res.read()
        assert res.headers.get("Content-Encoding") is None
    assert body[:2] == b"\x1f\x8b" and len(body) == path.stat().st_size < meta["size"]
    assert len(gzip.decompress(body)) == meta["size"]
