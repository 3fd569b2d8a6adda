"""Embedding by script tag (issue 5): Gradio-Lite's HTML API, one worker per page, bad input.

Every test runs under conftest's request guard: no request may leave the
serving origin(s).
"""
from __future__ import annotations

import html

from playwright.sync_api import expect

from browser_helpers import open_app, wait_ready
from tools import serve

COUNTER = """
import gradio as gr
import utils

with gr.Blocks() as demo:
    n = gr.State(0)
    shown = gr.Textbox(label="{label}")
    def bump(n):
        import utils as later  # imported lazily, after both apps loaded
        return n + 1, f"{{later.NAME}} {{n + 1}}"
    gr.Button("Bump {label}").click(bump, n, [n, shown])
    gr.Markdown(utils.NAME + " loaded")

demo.launch()
"""


def files_app(files: dict[str, str], entrypoint: str = "app.py", attrs: str = "") -> str:
    parts = "".join(
        f'<gradio-file name="{name}"{" entrypoint" if name == entrypoint else ""}>{html.escape(code)}</gradio-file>'
        for name, code in files.items())
    return f"<gradio-lite {attrs}>{parts}</gradio-lite>"


def counter_app(label: str, name: str) -> str:
    return files_app({"app.py": COUNTER.format(label=label), "utils.py": f"NAME = {name!r}\n"})


def lite(page, i: int):
    return page.locator("gradio-lite").nth(i)


def test_two_apps_have_own_workers_modules_and_state(context, lite_site):
    wasm: list[str] = []
    context.on("request", lambda r: wasm.append(r.url) if r.url.endswith(".wasm") else None)
    url = lite_site.page_url(counter_app("Left", "alpha") + counter_app("Right", "beta"))
    page = open_app(context, url)
    left, right = lite(page, 0), lite(page, 1)
    expect(left.get_by_text("alpha loaded")).to_be_visible()
    expect(right.get_by_text("beta loaded")).to_be_visible()
    for _ in range(2):
        left.get_by_role("button", name="Bump Left").click()
        expect(left.get_by_label("Left")).not_to_have_value("")
    right.get_by_role("button", name="Bump Right").click()
    expect(left.get_by_label("Left")).to_have_value("alpha 2")
    expect(right.get_by_label("Right")).to_have_value("beta 1")
    left.get_by_role("button", name="Bump Left").click()
    expect(left.get_by_label("Left")).to_have_value("alpha 3")
    # One worker per app (issue 12, point 7); the WebAssembly is not yet shared between them.
    assert len(page.workers) == 2
    assert len(wasm) <= 2, wasm


def test_multi_file_app_with_entrypoint_helper_and_fetched_file(context, lite_site):
    (lite_site.pages / "fetched_words.py").write_text("WORDS = ['fetched', 'by', 'url']\n")
    helper = "def shout(s):\n    return s.upper() + '!'\n"
    main = """
        import gradio as gr
        from helper import shout
        from words import WORDS

        with gr.Blocks() as demo:
            box = gr.Textbox(label="In")
            out = gr.Textbox(label="Out")
            gr.Markdown(" ".join(WORDS))
            box.submit(shout, box, out)
        """
    body = ("<gradio-lite>"
            f'<gradio-file name="helper.py">{html.escape(helper)}</gradio-file>'
            '<gradio-file name="words.py" url="fetched_words.py"></gradio-file>'
            f'<gradio-file name="main.py" entrypoint>{html.escape(main)}</gradio-file>'
            "</gradio-lite>")
    page = open_app(context, lite_site.page_url(body))
    expect(page.get_by_text("fetched by url")).to_be_visible()
    page.get_by_label("In").fill("hi")
    page.get_by_label("In").press("Enter")
    expect(page.get_by_label("Out")).to_have_value("HI!")


PLAIN = """
import gradio as gr
with gr.Blocks() as demo:
    a = gr.Textbox(label="A")
    b = gr.Textbox(label="B")
    a.submit(lambda s: s[::-1], a, b)
"""


def test_attributes_theme_layout_initial_height_playground(context, lite_site):
    code = html.escape(PLAIN)
    body = (f'<gradio-lite theme="dark" playground layout="vertical" initial-height="700px">{code}</gradio-lite>'
            f'<gradio-lite theme="light" playground>{code}</gradio-lite>')
    page = open_app(context, lite_site.page_url(body))
    first, second = lite(page, 0), lite(page, 1)
    expect(first.locator(".lb-root")).to_have_attribute("data-theme", "dark")
    expect(second.locator(".lb-root")).to_have_attribute("data-theme", "light")
    expect(first.locator(".lb-body")).to_have_attribute("data-layout", "vertical")
    expect(second.locator(".lb-body")).to_have_attribute("data-layout", "horizontal")
    # initial-height reserves space while loading only (as Gradio-Lite does).
    assert first.locator(".lb-root").evaluate("e => e.style.minHeight") == ""
    # The editor sits above the app (vertical) or beside it (horizontal, wide page).
    boxes = [(el.locator(".lb-playground").bounding_box(), el.locator(".lb-pane").bounding_box()) for el in (first, second)]
    assert boxes[0][0]["y"] + boxes[0][0]["height"] <= boxes[0][1]["y"] + 1
    assert boxes[1][0]["x"] + boxes[1][0]["width"] <= boxes[1][1]["x"] + 1
    # Editing the code and pressing Run re-runs that app only.
    first.get_by_label("Code").fill(PLAIN.replace("s[::-1]", "s.upper()"))
    first.get_by_role("button", name="Run").click()
    wait_ready(page)
    first.get_by_label("A", exact=True).fill("abc")
    first.get_by_label("A", exact=True).press("Enter")
    expect(first.get_by_label("B", exact=True)).to_have_value("ABC")
    second.get_by_label("A", exact=True).fill("abc")
    second.get_by_label("A", exact=True).press("Enter")
    expect(second.get_by_label("B", exact=True)).to_have_value("cba")
    # The system theme is followed when no theme is given.
    system = open_app(context, lite_site.page_url(f"<gradio-lite>{code}</gradio-lite>"))
    expect(system.locator(".lb-root")).to_have_attribute("data-theme", "system")


def test_bad_input_is_reported_in_the_element_and_other_apps_keep_working(context, lite_site):
    # A package not shipped in the site goes to PyPI: answered here with a 404, so nothing leaves the machine.
    asked: list[str] = []
    context.allowed_origins.add("https://pypi.org")

    def no_such_package(route):
        asked.append(route.request.url)
        route.fulfill(status=404, body="not found")

    context.route("https://pypi.org/**", no_such_package)
    good = f"<gradio-lite>{html.escape(PLAIN)}</gradio-lite>"
    body = (
        f'<div id="theme"><gradio-lite theme="purple" layout="diagonal" initial-height="tall">{html.escape(PLAIN)}</gradio-lite></div>'
        '<div id="url"><gradio-lite><gradio-file name="app.py" entrypoint url="missing_file.py"></gradio-file></gradio-lite></div>'
        '<div id="entry"><gradio-lite><gradio-file name="a.py">x = 1</gradio-file>'
        '<gradio-file name="b.py">y = 2</gradio-file></gradio-lite></div>'
        '<div id="req"><gradio-lite><gradio-requirements>liteblocks-no-such-package-xyz</gradio-requirements>'
        f'{html.escape(PLAIN)}</gradio-lite></div>'
        f'<div id="good">{good}</div>')
    page = open_app(context, lite_site.page_url(body))
    theme = page.locator("#theme gradio-lite")
    for text in ['Unknown theme="purple"', 'Unknown layout="diagonal"', 'Unknown initial-height="tall"']:
        expect(theme.get_by_role("status").filter(has_text=text)).to_be_visible()
    expect(theme.locator(".lb-root")).to_have_attribute("data-theme", "system")
    alert = page.locator("#url").get_by_role("alert")
    expect(alert).to_contain_text("Could not fetch app.py from missing_file.py: HTTP 404")
    expect(page.locator("#entry").get_by_role("alert")).to_contain_text("No entrypoint")
    req = page.locator("#req").get_by_role("alert")
    expect(req).to_contain_text("RequirementError")
    expect(req).to_contain_text("liteblocks-no-such-package-xyz")
    assert asked and all("liteblocks-no-such-package-xyz" in u for u in asked), asked
    # The apps with good code still work, including the one with bad attributes.
    for where in ("#good", "#theme"):
        app = page.locator(where)
        app.get_by_label("A", exact=True).fill("abc")
        app.get_by_label("A", exact=True).press("Enter")
        expect(app.get_by_label("B", exact=True)).to_have_value("cba")


def test_lite_js_from_another_origin(context, lite_site, tmp_path):
    """A CDN-style embed: the page on one origin, lite.js (and the runtime) on another."""
    code = html.escape(PLAIN)
    (tmp_path / "host.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>host</title>"
        f"<link rel='stylesheet' href='{lite_site.base}/lite.css'>"
        f"<script type='module' src='{lite_site.base}/lite.js'></script></head>"
        f"<body><h1>Someone else's page</h1><gradio-lite>{code}</gradio-lite>"
        f"<gradio-lite theme='dark'>{code}</gradio-lite></body></html>")
    server, host = serve.serve_in_thread(tmp_path)
    try:
        assert host != lite_site.base
        context.allowed_origins.add(host)
        page = open_app(context, f"{host}/host.html")
        for i in range(2):
            app = lite(page, i)
            app.get_by_label("A", exact=True).fill(f"x{i}y")
            app.get_by_label("A", exact=True).press("Enter")
            expect(app.get_by_label("B", exact=True)).to_have_value(f"y{i}x")
        assert len(page.workers) == 2
    finally:
        server.shutdown()
