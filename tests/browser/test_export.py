"""`python build.py export` (issue 5): one app as a static site, served from a sub-path.

The requirement's wheel is downloaded by pip at export time and shipped in the
site, so the browser installs it from there: the request guard allows only the
serving origin, and every request must stay under /project/.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from playwright.sync_api import expect

from browser_helpers import ROOT, open_app
from tools import serve

APP = '''
import gradio as gr
import six
from helper import greet

with gr.Blocks() as demo:
    name = gr.Textbox(label="Name")
    out = gr.Textbox(label="Greeting")
    gr.Markdown(f"six {six.__version__} from the site")
    name.submit(greet, name, out)

demo.launch(favicon_path="art/icon.png")
'''


def export(tmp_path, *files: str, requirements: str | None = None) -> subprocess.CompletedProcess:
    args = [sys.executable, str(ROOT / "build.py"), "export", *files, "--out", str(tmp_path / "site")]
    if requirements is not None:
        (tmp_path / "requirements.txt").write_text(requirements)
        args += ["--requirements", str(tmp_path / "requirements.txt")]
    return subprocess.run(args, cwd=tmp_path, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    (tmp / "app.py").write_text(APP)
    (tmp / "helper.py").write_text("def greet(name):\n    return f'Hello, {name}!'\n")
    (tmp / "art").mkdir()
    (tmp / "art" / "icon.png").write_bytes(b"\x89PNG\r\n\x1a\n not really")
    done = export(tmp, "app.py", "helper.py", requirements="six  # a small pure-Python package\n")
    assert done.returncode == 0, done.stderr
    return tmp / "site"


def test_export_writes_a_self_contained_site(exported):
    index = (exported / "index.html").read_text()
    assert '<gradio-file name="app.py" entrypoint>' in index and '<gradio-file name="helper.py">' in index
    assert 'src="./lite.js"' in index and "<gradio-requirements>six</gradio-requirements>" in index
    (vdir,) = (exported / "v").iterdir()
    lock = json.loads((vdir / "pyodide" / "pyodide-lock.json").read_text())
    six = lock["packages"]["six"]
    assert (vdir / "pyodide" / six["file_name"]).is_file() and six["file_name"].endswith("-none-any.whl")
    assert "six" in six["imports"]


def test_export_served_from_a_sub_path(context, exported, tmp_path):
    server, base = serve.serve_in_thread(tmp_path, mounts={"/project/": exported})
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))
    try:
        context.allowed_origins.add(base)
        page = open_app(context, f"{base}/project/")
        expect(page.get_by_text("from the site")).to_be_visible()
        page.get_by_label("Name").fill("Ada")
        page.get_by_label("Name").press("Enter")
        expect(page.get_by_label("Greeting")).to_have_value("Hello, Ada!")
        # launch(favicon_path=) is the page's icon, shipped beside it
        icon = page.evaluate("async () => { const l = document.querySelector('link[rel=icon]');"
                             " const r = await fetch(l.href); return [l.getAttribute('href'), (await r.text()).slice(4)]; }")
        assert icon == ["./favicon.png", "\r\n\x1a\n not really"]
    finally:
        server.shutdown()
    outside = [u for u in requested if not u.startswith(f"{base}/project/") and not u.startswith(("blob:", "data:"))]
    assert not outside, outside
    assert any(u.endswith("-none-any.whl") and "/six-" in u for u in requested), requested


def test_micropip_takes_a_shipped_wheel_before_pypi(context, exported, tmp_path):
    """A requirement with a version range goes through micropip, which finds it in the site's lock file."""
    app = 'import gradio as gr, six\nwith gr.Blocks() as demo:\n    gr.Markdown(f"micropip six {six.__version__}")\n'
    (exported / "range.html").write_text(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>range</title>"
        "<script type='module' src='./lite.js'></script></head><body><gradio-lite>"
        f"<gradio-requirements>six>=1.0</gradio-requirements>{app}</gradio-lite></body></html>")
    server, base = serve.serve_in_thread(tmp_path, mounts={"/project/": exported})
    try:
        context.allowed_origins.add(base)
        page = open_app(context, f"{base}/project/range.html")
        expect(page.get_by_text("micropip six")).to_be_visible()
    finally:
        server.shutdown()


def test_dist_served_from_a_sub_path(context, dist, tmp_path):
    server, base = serve.serve_in_thread(tmp_path, mounts={"/project/": dist})
    requested: list[str] = []
    context.on("request", lambda r: requested.append(r.url))
    try:
        context.allowed_origins.add(base)
        page = open_app(context, f"{base}/project/?example=cart")
        page.get_by_label("Milk").check()
        page.get_by_role("button", name="Add Items").click()
        expect(page.get_by_label("Cart Size")).to_have_value("1")
    finally:
        server.shutdown()
    assert all(u.startswith(f"{base}/project/") for u in requested if not u.startswith(("blob:", "data:"))), requested


def test_requirement_without_a_pure_python_wheel_is_a_build_error(tmp_path):
    (tmp_path / "app.py").write_text("import gradio as gr\n")
    done = export(tmp_path, "app.py", requirements="numpy==2.3.3\n")
    assert done.returncode == 2
    assert "numpy==2.3.3" in done.stderr and "pure-Python" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "site" / "index.html").exists()


def test_missing_entrypoint_file_is_a_clear_error(tmp_path):
    done = export(tmp_path, "nope.py")
    assert done.returncode == 2 and "nope.py does not exist" in done.stderr
