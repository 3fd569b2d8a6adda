"""gr.Audio / gr.Microphone: config props, values into handlers and out to the page as Gradio 6.31 gives them."""

import builtins
import io
import json
import math
import wave

import pytest

import liteblocks as gr
from liteblocks import runtime
from liteblocks.components.audio import read_wav, wav_bytes
from liteblocks.g6 import build_config
from liteblocks.g6.config import component_props


def _wav(path, frames, rate=8000, channels=1, width=2):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(bytes(frames * channels * width))
    return str(path)


def _payload(path, name="up.wav"):
    return {"path": str(path), "url": None, "orig_name": name, "meta": {"_type": "gradio.FileData"}}


def _frames(path):
    with wave.open(path, "rb") as w:
        return w.getframerate(), w.getnchannels(), w.getsampwidth(), w.getnframes(), w.readframes(w.getnframes())


def _no(monkeypatch, module):
    real = builtins.__import__

    def fake(name, *a, **k):
        if name == module or name.startswith(module + "."):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", fake)


def test_default_props_are_gradios():
    with gr.Blocks():
        a = gr.Audio()
        mic = gr.Microphone(label="Say")
        s = gr.Audio(streaming=True, buttons=["download"], format="MP3",
                     waveform_options=gr.WaveformOptions(waveform_color="red"))
    props = component_props(a)
    assert props["name"] == "audio" and props["type"] == "numpy" and props["sources"] == ["upload", "microphone"]
    assert props["buttons"] == ["download", "share"] and props["streamable"] is False and props["editable"] is True
    assert props["waveform_options"]["sample_rate"] == 44100 and props["playback_position"] == 0
    assert "format" not in props and "value" not in props
    assert component_props(mic)["sources"] == ["microphone"] and component_props(mic)["format"] == "wav"
    sp = component_props(s)
    assert sp["sources"] == ["microphone"] and sp["format"] == "mp3" and sp["buttons"] == ["download"]
    assert sp["waveform_options"]["waveform_color"] == "red"


def test_constructor_checks_as_gradio():
    with pytest.raises(ValueError, match="sources"):
        gr.Audio(sources=["webcam"])
    with pytest.raises(ValueError, match="type"):
        gr.Audio(type="bytes")
    with pytest.raises(ValueError, match="streaming"):
        gr.Audio(streaming=True, sources=["upload"])
    with pytest.raises(ValueError, match="format"):
        gr.Audio(format="ogg")
    assert gr.Audio(sources="upload").sources == ["upload"]
    assert gr.Audio(subtitles=[{"text": "hi", "timestamp": [0, 1]}]).subtitles == [{"start": 0, "end": 1, "text": "hi"}]


def test_events_are_gradios():
    for name in ("change", "upload", "clear", "play", "pause", "stop", "start_recording", "pause_recording",
                 "stop_recording", "input", "stream"):
        assert callable(getattr(gr.Audio(), name))


def test_filepath_preprocess_gives_the_worker_path(tmp_path):
    path = _wav(tmp_path / "up.wav", 100)
    assert gr.Audio(type="filepath").preprocess(_payload(path)) == path
    assert gr.Audio().preprocess(None) is None
    mp3 = tmp_path / "x.mp3"
    mp3.write_bytes(b"ID3....")
    assert gr.Audio(type="filepath").preprocess(_payload(mp3, "x.mp3")) == str(mp3)


def test_filepath_with_format_wav_renames_a_wav(tmp_path):
    path = _wav(tmp_path / "up.wave", 10)
    out = gr.Audio(type="filepath", format="wav").preprocess(_payload(path, "up.wave"))
    assert out.endswith("/up.wav") and _frames(out)[3] == 10


def test_numpy_preprocess_decodes_wav(tmp_path):
    np = pytest.importorskip("numpy")
    mono = tmp_path / "m.wav"
    with wave.open(str(mono), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(16000)
        w.writeframes(np.array([0, 1000, -1000, 32767], dtype="<i2").tobytes())
    rate, data = gr.Audio().preprocess(_payload(mono))
    assert rate == 16000 and data.dtype == np.int16 and data.tolist() == [0, 1000, -1000, 32767]
    stereo = _wav(tmp_path / "s.wav", 5, channels=2)
    rate, data = gr.Audio(type="numpy").preprocess(_payload(stereo))
    assert rate == 8000 and data.shape == (5, 2)
    eight = tmp_path / "8.wav"
    with wave.open(str(eight), "wb") as w:
        w.setnchannels(1), w.setsampwidth(1), w.setframerate(8000)
        w.writeframes(bytes([128, 255, 0]))
    assert read_wav(str(eight))[1].tolist() == [0, 127, -128]


def test_numpy_preprocess_refuses_what_it_cannot_decode(tmp_path):
    pytest.importorskip("numpy")
    mp3 = tmp_path / "x.mp3"
    mp3.write_bytes(b"ID3....")
    with pytest.raises(gr.Error, match="WAV"):
        gr.Audio().preprocess(_payload(mp3, "x.mp3"))


def test_numpy_without_numpy_names_the_package(tmp_path, monkeypatch):
    path = _wav(tmp_path / "up.wav", 10)
    _no(monkeypatch, "numpy")
    with pytest.raises(gr.Error, match="numpy"):
        gr.Audio().preprocess(_payload(path))
    assert gr.Audio(type="filepath").preprocess(_payload(path)) == path


def test_postprocess_a_list_of_samples_writes_a_16_bit_wav_without_numpy(monkeypatch):
    _no(monkeypatch, "numpy")
    samples = [int(10000 * math.sin(i / 5)) for i in range(800)]
    out = gr.Audio().postprocess((8000, samples))
    assert out["path"].startswith("/tmp/gradio/") and out["path"].endswith("/audio.wav")
    assert out["orig_name"] == "audio.wav" and out["meta"] == {"_type": "gradio.FileData"}
    rate, channels, width, n, raw = _frames(out["path"])
    assert (rate, channels, width, n) == (8000, 1, 2, 800)
    assert int.from_bytes(raw[2:4], "little", signed=True) == samples[1]


def test_postprocess_floats_are_scaled_by_their_peak_and_frames_make_channels():
    out = gr.Audio().postprocess((22050, [[0.0, 0.5], [-0.25, 0.5]]))
    rate, channels, width, n, raw = _frames(out["path"])
    assert (rate, channels, n) == (22050, 2, 2)
    vals = [int.from_bytes(raw[i:i + 2], "little", signed=True) for i in range(0, 8, 2)]
    assert vals == [0, 32767, -16383, 32767]
    silent = gr.Audio().postprocess((8000, [0.0, 0.0]))
    assert _frames(silent["path"])[4] == bytes(4)
    assert _frames(gr.Audio().postprocess((8000, [40000, -40000]))["path"])[4] == (
        (32767).to_bytes(2, "little", signed=True) + (-32768).to_bytes(2, "little", signed=True))


def test_postprocess_numpy_arrays_as_gradio_converts_them():
    np = pytest.importorskip("numpy")
    out = gr.Audio().postprocess((8000, np.array([0, 100, -100], dtype=np.int16)))
    assert _frames(out["path"])[3] == 3
    with pytest.warns(UserWarning, match="float64"):
        out = gr.Audio().postprocess((8000, np.array([[0.0, 1.0], [-0.5, 0.25]])))
    rate, channels, width, n, raw = _frames(out["path"])
    assert channels == 2 and n == 2 and int.from_bytes(raw[2:4], "little", signed=True) == 32767
    with pytest.raises(ValueError, match="int64"):
        gr.Audio().postprocess((8000, np.array([1, 2], dtype=np.int64)))


def test_postprocess_paths_urls_bytes(tmp_path):
    path = _wav(tmp_path / "out.wav", 4)
    out = gr.Audio().postprocess(path)
    assert out["path"] == path and out["orig_name"] == "out.wav" and out["size"] > 0
    url = gr.Audio().postprocess("https://example.org/a.mp3")
    assert url["url"] == "https://example.org/a.mp3" and url["orig_name"] is None
    data = wav_bytes(8000, [1, 2, 3])
    made = gr.Audio().postprocess(data)
    assert made["path"].endswith("/audio.wav") and open(made["path"], "rb").read() == data
    assert gr.Audio().postprocess(None) is None
    with pytest.raises(ValueError):
        gr.Audio().postprocess(3.5)


def test_a_tuple_value_is_in_the_config_as_a_worker_file():
    with gr.Blocks() as demo:
        gr.Audio((8000, [0, 1, 2, 3]), label="Tone")
    comp = next(c for c in build_config(demo)["components"] if c["type"] == "audio")
    value = comp["props"]["value"]
    assert value["path"].endswith("audio.wav") and _frames(value["path"])[3] == 4
    json.dumps(comp)


def test_handler_gets_numpy_and_returns_a_list(harness, tmp_path):
    np = pytest.importorskip("numpy")
    app = harness.app("""
import gradio as gr

def louder(audio):
    rate, data = audio
    return rate, [int(s) * 2 for s in data]

with gr.Blocks() as demo:
    a = gr.Audio()
    b = gr.Audio()
    a.change(louder, a, b)
""")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(8000)
        w.writeframes(np.array([1, 2, 3], dtype="<i2").tobytes())
    (tmp_path / "in.wav").write_bytes(buf.getvalue())
    app.start("s")
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps([_payload(tmp_path / "in.wav")]))))
    assert _frames(r["data"][0]["path"])[4] == np.array([2, 4, 6], dtype="<i2").tobytes()


def test_numpy_error_reaches_the_page_as_a_gradio_error(harness, tmp_path, monkeypatch):
    app = harness.app("""
import gradio as gr

with gr.Blocks() as demo:
    a = gr.Audio()
    t = gr.Textbox()
    a.upload(lambda x: str(x), a, t)
""")
    app.start("s")
    _no(monkeypatch, "numpy")
    path = _wav(tmp_path / "up.wav", 3)
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps([_payload(path)]))))
    assert "numpy" in json.dumps(r["error"])


def test_interface_shortcuts():
    iface = gr.Interface(lambda x: x, "audio", "microphone")
    types = {c["type"] for c in build_config(iface)["components"]}
    assert "audio" in types


def test_examples_show_file_names_and_load_files(harness, tmp_path):
    path = _wav(tmp_path / "ex.wav", 7)
    app = harness.app(f"""
import gradio as gr

with gr.Blocks() as demo:
    a = gr.Audio(type="filepath")
    f = gr.File()
    gr.Examples([[{path!r}, {path!r}]], [a, f])
""")
    cfg = build_config(runtime.get_app(app.app_id).blocks)
    ds = next(c for c in cfg["components"] if c["type"] == "dataset")
    assert ds["props"]["samples"] == [["ex.wav", "ex.wav"]]
    assert gr.Audio().process_example(None) == "" and gr.Audio().process_example((8000, [1])) == "(audio)"
    app.start("s")
    r = json.loads(runtime.run_sync(runtime.process_api(app.app_id, "s", 0, json.dumps([0, [path, path]]))))
    audio, file = (d.get("value", d) for d in r["data"])  # an update of the value alone is sent as the value
    assert audio["path"] == path and audio["meta"] == {"_type": "gradio.FileData"}
    assert file["orig_name"] == "ex.wav"


def test_subtitles_as_gradio_sends_them(tmp_path):
    srt = tmp_path / "s.srt"
    srt.write_text("1\n00:00:00,000 --> 00:00:01,000\nhi\n")
    sub = gr.Audio(subtitles=str(srt)).subtitles
    assert sub["path"] == str(srt) and sub["meta"] == {"_type": "gradio.FileData"}
    cues = tmp_path / "c.json"
    cues.write_text(json.dumps([{"text": "a", "timestamp": [0, 2]}]))
    assert gr.Audio(subtitles=str(cues)).subtitles == [{"start": 0, "end": 2, "text": "a"}]
    with pytest.raises(ValueError, match="timestamp"):
        gr.Audio(subtitles=[{"text": "a"}])
