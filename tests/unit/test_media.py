"""gradio.media: Gradio's sample files, fetched once into the worker's file system (the site does
not ship them); a path is returned as Gradio returns one, and a failed fetch names the file."""
import importlib

import pytest

from liteblocks import media


@pytest.fixture
def fake_fetch(monkeypatch, tmp_path):
    asked = []

    def fetch(url):
        asked.append(url)
        if url.endswith("missing.png"):
            raise OSError("HTTP 404")
        return b"bytes of " + url.rsplit("/", 1)[1].encode()

    monkeypatch.setattr(media, "fetch", fetch)
    monkeypatch.setattr(media, "MEDIA_ROOT", tmp_path / "media_assets")
    return asked


def test_named_file_is_fetched_once_and_is_a_real_path(fake_fetch):
    gradio_media = importlib.import_module("gradio.media")   # the import apps write
    path = gradio_media.get_image("cheetah1.jpg")
    assert path.endswith("media_assets/images/cheetah1.jpg")
    assert open(path, "rb").read() == b"bytes of cheetah1.jpg"
    assert media.get_image("cheetah1.jpg") == path
    assert fake_fetch == [f"{media.MEDIA_URL}/images/cheetah1.jpg"]


def test_random_pick_urls_and_each_kind(fake_fetch):
    assert media.get_video().rsplit("/", 1)[1] in media.FILES["videos"]
    assert media.get_image("https://example.org/x.png") == "https://example.org/x.png"
    for fn, kind in ((media.get_audio, "audio"), (media.get_model3d, "models3d"), (media.get_file, "data")):
        assert f"/{kind}/" in fn()


def test_failed_fetch_names_the_file(fake_fetch):
    with pytest.raises(FileNotFoundError, match=r"missing\.png.*HTTP 404"):
        media.get_image("missing.png")


def test_gradio_exports_the_getters_too():
    import gradio as gr
    assert (gr.get_image, gr.get_video, gr.get_audio, gr.get_file, gr.get_model3d) == (
        media.get_image, media.get_video, media.get_audio, media.get_file, media.get_model3d)
