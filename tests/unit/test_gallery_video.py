"""gr.Gallery and gr.Video: Gradio 6.31's config props, values into handlers and out to the page."""

import json
import warnings

import pytest

import liteblocks as gr
from liteblocks import runtime
from liteblocks.g6.config import component_props

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
       b"\x00\x00\x00\x0cIDATx\x9cc\xf8\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")
META = {"_type": "gradio.FileData"}


def _fd(path, name=None, mime=None):
    return {"path": str(path), "url": None, "orig_name": name or path.name, "mime_type": mime, "meta": META}


def test_gallery_props_are_gradios():
    with gr.Blocks():
        plain = gr.Gallery()
        grid = gr.Gallery(columns=3, type="pil", container=False, sources=["clipboard"], buttons=["download"])
    assert component_props(plain) == {
        "value": [], "format": "webp", "show_label": True, "container": True, "min_width": 160, "visible": True,
        "elem_classes": [], "preserved_by_key": ["value"], "columns": 2, "allow_preview": True,
        "buttons": ["share", "download", "download_all", "fullscreen"], "type": "filepath", "fit_columns": True,
        "sources": ["upload"], "name": "gallery", "_selectable": False}
    props = component_props(grid)
    assert props["columns"] == 3 and props["type"] == "pil" and props["show_label"] is False
    assert props["sources"] == ["clipboard"] and props["buttons"] == ["download"]
    assert gr.Gallery.EVENTS == ("select", "upload", "change", "delete", "preview_close", "preview_open")
    with pytest.raises(ValueError, match="Invalid type"):
        gr.Gallery(type="bytes")


def test_gallery_postprocess_gives_gallery_data(tmp_path):
    png, mp4, svg = tmp_path / "a.png", tmp_path / "clip.mp4", tmp_path / "d.svg"
    png.write_bytes(PNG)
    mp4.write_bytes(b"\x00")
    svg.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    out = gr.Gallery().postprocess([str(png), (str(mp4), "a clip"), "https://example.org/p/b.jpg", svg])
    assert out[0] == {"image": {"path": str(png), "url": None, "size": None, "orig_name": "a.png",
                                "mime_type": "image/png", "is_stream": False, "meta": META}, "caption": None}
    assert out[1]["video"]["path"] == str(mp4) and out[1]["video"]["mime_type"] == "video/mp4"
    assert out[1]["caption"] == "a clip" and "image" not in out[1]
    assert out[2]["image"]["url"] == "https://example.org/p/b.jpg" and out[2]["image"]["orig_name"] == "b.jpg"
    assert out[3]["image"]["path"] == str(svg) and out[3]["image"]["mime_type"] == "image/svg+xml"  # a Path
    text_svg = gr.Gallery().postprocess([str(svg)])[0]["image"]
    assert text_svg["path"] is None and text_svg["url"].startswith("data:image/svg+xml,")
    assert gr.Gallery().postprocess(None) == []
    with pytest.raises(ValueError, match="list of images"):
        gr.Gallery().postprocess(str(png))
    with pytest.raises(ValueError, match="Cannot process type"):
        gr.Gallery().postprocess([3])


def test_gallery_postprocess_saves_pil_and_numpy_in_its_format():
    PIL = pytest.importorskip("PIL.Image")
    np = pytest.importorskip("numpy")
    out = gr.Gallery(format="png").postprocess([PIL.new("RGB", (3, 2)), (np.zeros((2, 2, 3), np.uint8), "zeros")])
    assert out[0]["image"]["path"].startswith("/tmp/gradio/") and out[0]["image"]["path"].endswith(".png")
    assert out[1]["caption"] == "zeros" and PIL.open(out[1]["image"]["path"]).size == (2, 2)


def test_gallery_preprocess_gives_media_caption_tuples(tmp_path):
    png, webm = tmp_path / "a.png", tmp_path / "v.webm"
    png.write_bytes(PNG)
    webm.write_bytes(b"\x1aE")
    payload = [{"image": _fd(png), "caption": "red"}, {"video": _fd(webm, mime="video/webm"), "caption": None}]
    assert gr.Gallery().preprocess(payload) == [(str(png), "red"), (str(webm), None)]
    assert gr.Gallery().preprocess(None) is None and gr.Gallery().preprocess([]) is None
    with pytest.raises(gr.Error, match=r"Invalid file type.*\['video'\]"):
        gr.Gallery(file_types=["video"]).preprocess(payload)
    svg = gr.Gallery().preprocess([{"image": {"path": None, "url": "data:image/svg+xml,%3Csvg%2F%3E",
                                              "orig_name": "d.svg", "meta": META}}])
    assert open(svg[0][0]).read() == "<svg/>"


def test_gallery_pil_type_opens_images_or_names_pillow(tmp_path):
    png = tmp_path / "a.png"
    png.write_bytes(PNG)
    payload = [{"image": _fd(png), "caption": None}]
    try:
        import PIL.Image  # noqa: F401
    except ImportError:
        with pytest.raises(gr.Error, match="Pillow"):
            gr.Gallery(type="pil").preprocess(payload)
        return
    assert gr.Gallery(type="pil").preprocess(payload)[0][0].size == (1, 1)


def test_gallery_select_gives_index_and_value(harness, tmp_path):
    app = harness.app("""
        import gradio as gr
        def pick(evt: gr.SelectData):
            return f"{evt.index} {evt.value['image']['orig_name']} {evt.selected}"
        with gr.Blocks() as demo:
            g = gr.Gallery()
            out = gr.Textbox()
            g.select(pick, None, out)
    """)
    event = {"index": 1, "value": {"image": {"path": "/x/b.png", "orig_name": "b.png"}, "caption": None}}
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, "[]", json.dumps(event))))
    assert r["data"] == ["1 b.png True"]


def test_gallery_round_trip_through_a_handler(harness, tmp_path):
    png = tmp_path / "a.png"
    png.write_bytes(PNG)
    app = harness.app(f"""
        import gradio as gr
        with gr.Blocks() as demo:
            g = gr.Gallery()
            out = gr.Gallery()
            g.upload(lambda items: [(p, f"#{{i}}") for i, (p, _) in enumerate(items)] + [{str(png)!r}], g, out)
    """)
    r = json.loads(runtime.run_sync(runtime.process_api(
        app.app_id, "s", 0, json.dumps([[{"image": _fd(png), "caption": None}]]))))
    assert [(x["image"]["path"], x["caption"]) for x in r["data"][0]] == [(str(png), "#0"), (str(png), None)]


def test_video_props_are_gradios():
    with gr.Blocks():
        plain = gr.Video()
        cam = gr.Video(sources="webcam", webcam_options=gr.WebcamOptions(mirror=False), buttons=["share"])
    assert component_props(plain) == {
        "sources": ["upload", "webcam"], "show_label": True, "container": True, "min_width": 160, "visible": True,
        "elem_classes": [], "preserved_by_key": ["value"], "webcam_options": {"mirror": True, "constraints": None},
        "include_audio": True, "autoplay": False, "buttons": ["download"], "loop": False, "streaming": False,
        "watermark": {"watermark": None, "position": "bottom-right"}, "playback_position": 0, "name": "video",
        "_selectable": False}
    props = component_props(cam)
    assert props["sources"] == ["webcam"] and props["include_audio"] is False
    assert props["webcam_options"] == {"mirror": False, "constraints": None} and props["buttons"] == ["share"]
    assert "input" in gr.Video.EVENTS and "play" in gr.Video.EVENTS and "end" in gr.Video.EVENTS
    with pytest.raises(ValueError, match="sources"):
        gr.Video(sources=["screen"])
    with pytest.raises(ValueError, match="Position"):
        gr.WatermarkOptions(position="middle")


def test_video_values_are_file_data(tmp_path):
    mp4 = tmp_path / "clip.mp4"
    mp4.write_bytes(b"\x00\x01")
    with gr.Blocks():
        v = gr.Video(str(mp4))
    value = component_props(v)["value"]
    assert value["path"] == str(mp4) and value["orig_name"] == "clip.mp4" and value["meta"] == META
    assert gr.Video().postprocess(mp4)["path"] == str(mp4)
    url = gr.Video().postprocess("https://example.org/v.mp4")
    assert url["url"] == "https://example.org/v.mp4"
    assert gr.Video().postprocess(None) is None and gr.Video().postprocess((None, None)) is None
    with pytest.raises(ValueError, match="subtitles="):
        gr.Video().postprocess((str(mp4), "s.srt"))
    assert gr.Video().preprocess(_fd(mp4)) == str(mp4) and gr.Video().preprocess(None) is None
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        assert gr.Video(format="webm").preprocess(_fd(mp4)) == str(mp4)
    assert any("ffmpeg" in str(w.message) for w in seen)


def test_video_subtitles_become_webvtt(tmp_path):
    srt = tmp_path / "s.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:01,500\nHello\n\n2\n00:00:02,000 --> 00:00:03,000\nBye\n")
    with gr.Blocks():
        v = gr.Video(subtitles=str(srt))
        j = gr.Video(subtitles=[{"text": "Hi", "timestamp": [0, 1.25]}])
    sub = component_props(v)["subtitles"]
    assert sub["path"].endswith("s.vtt") and sub["meta"] == META
    assert open(sub["path"]).read() == ("WEBVTT\n\n00:00:00.000 --> 00:00:01.500\nHello\n\n"
                                        "00:00:02.000 --> 00:00:03.000\nBye\n\n")
    assert open(component_props(j)["subtitles"]["path"]).read() == "WEBVTT\n\n00:00:00.000 --> 00:00:01.250\nHi\n\n"
    with pytest.raises(ValueError, match="timestamp"):
        gr.Video(subtitles=[{"text": "x"}])
    with pytest.raises(ValueError, match="extensions"):
        gr.Video(subtitles=str(tmp_path / "s.txt"))


def test_video_upload_reaches_the_handler_and_a_returned_update_keeps_subtitles(harness, tmp_path):
    mp4 = tmp_path / "clip.mp4"
    mp4.write_bytes(b"\x00\x01")
    vtt = tmp_path / "s.vtt"
    vtt.write_text("WEBVTT\n")
    app = harness.app(f"""
        import gradio as gr
        with gr.Blocks() as demo:
            v = gr.Video()
            out = gr.Video()
            v.upload(lambda p: gr.Video(value=p, subtitles={str(vtt)!r}), v, out)
    """)
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps([_fd(mp4)]))))
    update = r["data"][0]
    assert update["__type__"] == "update" and update["value"]["path"] == str(mp4)
    assert update["subtitles"]["path"] == str(vtt)


def test_playable_video_and_json_alias_are_gradios():
    with gr.Blocks():
        playable = gr.PlayableVideo(sources=["webcam"])
    props = component_props(playable)
    assert props["format"] == "mp4" and props["sources"] == ["upload"] and props["name"] == "video"
    assert gr.Json is gr.JSON
