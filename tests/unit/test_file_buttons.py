"""gr.UploadButton and gr.DownloadButton: Gradio 6.31's signatures, config props and values
(what handlers get from an upload, what a returned path becomes for a download)."""

import json
import warnings

import pytest

import liteblocks as gr
from liteblocks import runtime
from liteblocks.g6.config import component_props


def _payload(path, name=None):
    return {"path": str(path), "url": None, "orig_name": name or path.name, "meta": {"_type": "gradio.FileData"}}


def test_upload_button_label_comes_first_and_props_are_gradios():
    with gr.Blocks():
        up = gr.UploadButton("Pick", file_count="multiple", file_types=[".txt"], variant="primary", size="sm")
        plain = gr.UploadButton()
    props = component_props(up)
    assert props["label"] == "Pick" and props["file_count"] == "multiple" and props["file_types"] == [".txt"]
    assert props["variant"] == "primary" and props["size"] == "sm" and props["name"] == "uploadbutton"
    assert component_props(plain) == {
        "label": "Upload a File", "variant": "secondary", "visible": True, "size": "lg", "interactive": True,
        "elem_classes": [], "preserved_by_key": ["value"], "type": "filepath", "file_count": "single",
        "name": "uploadbutton", "_selectable": False}
    assert gr.UploadButton.EVENTS == ("change", "click", "upload")


def test_upload_button_checks_its_arguments_as_gradio():
    with pytest.raises(ValueError, match="type"):
        gr.UploadButton(type="file")
    with pytest.raises(ValueError, match="file_count"):
        gr.UploadButton(file_count="many")
    with pytest.raises(ValueError, match="must be a list"):
        gr.UploadButton(file_types=".txt")
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        gr.UploadButton(file_count="directory", file_types=[".txt"])
    assert any("ignored" in str(w.message) for w in seen)


def test_upload_preprocess_by_type_and_count(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes(b"hello")
    one = gr.UploadButton().preprocess(_payload(p))
    assert one == str(p) and one.name == str(p)  # Gradio's NamedString: apps write file.name
    assert gr.UploadButton(type="binary").preprocess(_payload(p)) == b"hello"
    many = gr.UploadButton(file_count="multiple").preprocess([_payload(p), _payload(p)])
    assert many == [str(p), str(p)] and many[0].name == str(p)
    assert gr.UploadButton(file_count="directory").preprocess(_payload(p)) == [str(p)]
    assert gr.UploadButton(file_count="single").preprocess([_payload(p)]) == str(p)
    assert gr.UploadButton().preprocess(None) is None


def test_upload_file_types_are_checked_as_gradio(tmp_path):
    txt, png = tmp_path / "a.txt", tmp_path / "b.png"
    txt.write_text("x")
    png.write_bytes(b"\x89PNG")
    assert gr.UploadButton(file_types=[".txt"]).preprocess(_payload(txt)) == str(txt)
    assert gr.UploadButton(file_types=["image"]).preprocess(_payload(png)) == str(png)
    assert gr.UploadButton(file_types=["file"]).preprocess(_payload(png)) == str(png)
    with pytest.raises(gr.Error, match=r"Invalid file type.*\['image'\]"):
        gr.UploadButton(file_types=["image"]).preprocess(_payload(txt))
    with pytest.raises(gr.Error):
        gr.File(file_types=[".csv"]).preprocess(_payload(txt))  # gr.File shares the rule
    assert gr.UploadButton(file_types=["image"], type="binary").preprocess(_payload(txt)) == b"x"  # as Gradio


def test_upload_postprocess_gives_file_data(tmp_path):
    p = tmp_path / "r.csv"
    p.write_text("a,b\n")
    out = gr.UploadButton().postprocess(str(p))
    assert out["path"] == str(p) and out["orig_name"] == "r.csv" and out["size"] == 4
    assert [f["orig_name"] for f in gr.UploadButton(file_count="multiple").postprocess([p, p])] == ["r.csv"] * 2
    assert gr.UploadButton().postprocess(None) is None


def test_download_button_label_first_value_postprocessed(tmp_path):
    p = tmp_path / "report.txt"
    p.write_text("data")
    with gr.Blocks():
        d = gr.DownloadButton("Get report", str(p), variant="primary")
        plain = gr.DownloadButton()
    props = component_props(d)
    assert props["label"] == "Get report" and props["variant"] == "primary" and props["name"] == "downloadbutton"
    assert props["value"]["path"] == str(p) and props["value"]["orig_name"] == "report.txt"
    assert props["value"]["meta"] == {"_type": "gradio.FileData"}
    assert component_props(plain) == {
        "label": "Download", "variant": "secondary", "visible": True, "size": "lg", "interactive": True,
        "elem_classes": [], "preserved_by_key": ["value"], "name": "downloadbutton", "_selectable": False}
    assert gr.DownloadButton.EVENTS == ("change", "click")
    url = gr.DownloadButton().postprocess("https://example.org/a.pdf")
    assert url["url"] == "https://example.org/a.pdf"
    assert d.preprocess(_payload(p)) == str(p) and d.preprocess(None) is None
    with pytest.raises(ValueError):
        d.postprocess([str(p)])


def test_icons_are_served_as_file_data(tmp_path):
    icon = tmp_path / "i.svg"
    icon.write_text("<svg/>")
    with gr.Blocks():
        up = gr.UploadButton(icon=str(icon))
        down = gr.DownloadButton(icon="https://example.org/i.png")
    assert component_props(up)["icon"]["path"] == str(icon)
    assert component_props(down)["icon"] == {"path": "https://example.org/i.png", "url": "https://example.org/i.png",
                                             "size": None, "orig_name": None, "mime_type": None, "is_stream": False,
                                             "meta": {"_type": "gradio.FileData"}}


def test_an_upload_reaches_the_handler_and_a_written_file_comes_back(harness, tmp_path):
    app = harness.app("""
        import gradio as gr
        def shout(f):
            with open(f.name) as src:
                text = src.read()
            out = f + ".upper.txt"
            with open(out, "w") as dst:
                dst.write(text.upper())
            return text, out
        with gr.Blocks() as demo:
            up = gr.UploadButton("Upload a note", file_types=[".txt"])
            text = gr.Textbox()
            down = gr.DownloadButton("Download it")
            up.upload(shout, up, [text, down])
    """)
    p = tmp_path / "note.txt"
    p.write_text("hello")
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps([_payload(p)]))))
    assert r["data"][0] == "hello"
    assert r["data"][1]["path"] == str(p) + ".upper.txt" and r["data"][1]["orig_name"] == "note.txt.upper.txt"
    bad = tmp_path / "note.md"
    bad.write_text("x")
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps([_payload(bad)]))))
    assert "Invalid file type" in json.dumps(r["error"])
