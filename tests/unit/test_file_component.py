"""gr.File: values into handlers and out to the page as Gradio 6.31 gives them (FileData)."""

import json

import pytest

import liteblocks as gr
from liteblocks import runtime


def test_preprocess_by_type(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"hello")
    payload = {"path": str(p), "url": None, "orig_name": "a.txt", "meta": {"_type": "gradio.FileData"}}
    assert gr.File().preprocess(payload) == str(p)
    assert gr.File(type="binary").preprocess(payload) == b"hello"
    assert gr.File(file_count="multiple").preprocess([payload, payload]) == [str(p), str(p)]
    assert gr.File().preprocess(None) is None
    with pytest.raises(ValueError):
        gr.File(type="pil")


def test_postprocess_paths_to_file_data(tmp_path):
    p = tmp_path / "report.csv"
    p.write_text("a,b\n")
    out = gr.File().postprocess(str(p))
    assert out == {"path": str(p), "url": None, "size": 4, "orig_name": "report.csv", "mime_type": "text/csv",
                   "is_stream": False, "meta": {"_type": "gradio.FileData"}}
    assert [f["orig_name"] for f in gr.File(file_count="multiple").postprocess([p, p])] == ["report.csv"] * 2
    assert gr.File().postprocess("https://example.org/x.png")["url"] == "https://example.org/x.png"


def test_an_uploaded_file_reaches_the_handler_as_a_path(harness, tmp_path):
    app = harness.app("""
        import gradio as gr
        def size(path):
            with open(path, "rb") as f:
                return f"{len(f.read())} bytes"
        with gr.Blocks() as demo:
            f = gr.File(label="Upload")
            out = gr.Textbox()
            f.upload(size, f, out)
    """)
    p = tmp_path / "up.bin"
    p.write_bytes(b"12345")
    payload = {"path": str(p), "url": None, "orig_name": "up.bin", "meta": {"_type": "gradio.FileData"}}
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps([payload]))))
    assert r["data"] == ["5 bytes"]
