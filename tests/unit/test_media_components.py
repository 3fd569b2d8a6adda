"""gr.Image: config props, values into handlers and out to the page as Gradio 6.31 gives them."""

import pytest

import liteblocks as gr
from liteblocks.g6.config import component_props

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
       b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")


def test_default_props_are_gradios():
    with gr.Blocks():
        img = gr.Image(type="pil", sources=["upload"], height=200)
    props = component_props(img)
    assert props["type"] == "pil" and props["sources"] == ["upload"] and props["height"] == 200
    assert props["format"] == "webp" and props["image_mode"] == "RGB" and props["name"] == "image"
    assert props["buttons"] == ["download", "share", "fullscreen"]
    with pytest.raises(ValueError):
        gr.Image(type="bytes")


def test_filepath_preprocess_gives_the_uploaded_path(tmp_path):
    p = tmp_path / "up.png"
    p.write_bytes(PNG)
    payload = {"path": str(p), "url": None, "orig_name": "up.png", "meta": {"_type": "gradio.FileData"}}
    assert gr.Image(type="filepath").preprocess(payload) == str(p)
    assert gr.Image().preprocess(None) is None


def test_pil_without_pillow_names_the_package(tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_pil(name, *a, **k):
        if name.startswith("PIL"):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_pil)
    p = tmp_path / "up.png"
    p.write_bytes(PNG)
    payload = {"path": str(p), "url": None, "orig_name": "up.png", "meta": {"_type": "gradio.FileData"}}
    with pytest.raises(gr.Error, match="Pillow"):
        gr.Image(type="pil").preprocess(payload)
    assert gr.Image(type="filepath").preprocess(payload) == str(p)


def test_postprocess_paths_urls_and_bytes(tmp_path):
    p = tmp_path / "out.png"
    p.write_bytes(PNG)
    out = gr.Image().postprocess(str(p))
    assert out["path"] == str(p) and out["orig_name"] == "out.png" and out["meta"] == {"_type": "gradio.FileData"}
    url = gr.Image().postprocess("https://example.org/a.png")
    assert url["url"] == "https://example.org/a.png"
    made = gr.Image().postprocess(PNG)
    assert made["path"].startswith("/tmp/gradio/") and made["path"].endswith(".png")
    with open(made["path"], "rb") as f:
        assert f.read() == PNG
    assert gr.Image().postprocess(None) is None
