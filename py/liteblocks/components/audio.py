"""``gr.Audio`` and ``gr.Microphone``: sound in and out (gradio/components/audio.py's behaviour, Gradio 6.31).

Handlers receive what Gradio gives them: ``type="filepath"`` the path of the upload or recording in
the worker's file system, ``"numpy"`` (Gradio's default) ``(sample_rate, array)``, the samples as
Gradio's pydub gives them (int16 for 16-bit files; ``(frames, channels)`` when not mono). There is
no ffmpeg in the browser: WAV files are decoded with the stdlib ``wave`` module (recordings are WAV:
the page converts them, as Gradio's frontend does) and other formats raise a gr.Error; NumPy is a
Pyodide package an app may lack, then ``type="numpy"`` raises a gr.Error naming it. Outputs may be
paths, URLs, bytes or ``(sample_rate, data)`` with data a NumPy array or a plain list (of samples,
or of per-channel frames): those are written as a 16-bit WAV under /tmp/gradio/<hash>/ (lists need
no NumPy), and the worker sends the file's bytes to the page (js/worker_files.js).
"""

from __future__ import annotations

import array
import dataclasses
import os
import sys
import warnings
import wave
from typing import Any

from ..component_base import _COMMON, Component
from ..errors import Error
from .file_data import file_data, is_file_data, path_of
from .image import _need, save_bytes
from .upload_button import keys_list

_BASE = {"visible": True, "elem_classes": [], "preserved_by_key": ["value"], "_selectable": False,
         "show_label": True, "container": True, "min_width": 160}
SOURCES = ["upload", "microphone"]
_URL = ("http://", "https://", "data:", "blob:")


@dataclasses.dataclass
class WaveformOptions:
    """Gradio's options for the waveform display (``gr.WaveformOptions``). Our player is the
    browser's own ``<audio controls>``; ``sample_rate`` is the rate recordings are saved at."""

    waveform_color: str | None = None
    waveform_progress_color: str | None = None
    trim_region_color: str | None = None
    show_recording_waveform: bool = True
    skip_length: int | float = 5
    sample_rate: int = 44100


# --- WAV in -------------------------------------------------------------------------------------

def read_wav(path: str) -> tuple[int, Any]:
    """``(rate, samples)`` of a PCM WAV file as Gradio gives them (pydub's sample types: 8-bit
    as signed int8, 24-bit widened to int32); needs NumPy."""
    import numpy as np

    try:
        with wave.open(path, "rb") as w:
            rate, channels, width = w.getframerate(), w.getnchannels(), w.getsampwidth()
            raw = w.readframes(w.getnframes())
    except (wave.Error, EOFError) as e:
        raise Error(f"Cannot read {os.path.basename(path)} as a WAV file ({e}).") from None
    if width == 1:
        data = (np.frombuffer(raw, dtype=np.uint8).astype(np.int16) - 128).astype(np.int8)
    elif width == 3:
        b = np.frombuffer(raw, dtype=np.uint8).reshape(-1, 3).astype(np.int32)
        data = ((b[:, 2] << 24) | (b[:, 1] << 16) | (b[:, 0] << 8)).astype(np.int32)
    else:
        data = np.frombuffer(raw, dtype={2: "<i2", 4: "<i4"}[width]).astype({2: np.int16, 4: np.int32}[width])
    if channels > 1:
        data = data.reshape(-1, channels)
    return rate, data


def is_wav(path: str) -> bool:
    try:
        with open(path, "rb") as f:
            head = f.read(12)
    except OSError:
        return False
    return head[:4] == b"RIFF" and head[8:12] == b"WAVE"


# --- WAV out ------------------------------------------------------------------------------------

def _numpy_to_int16(data: Any) -> Any:
    """Gradio's conversion of an array to 16-bit samples (processing_utils.convert_to_16_bit_audio)."""
    import numpy as np

    kind = data.dtype
    if kind == np.int16:
        return data
    if kind.kind not in "fiu" or kind in (np.int64, np.uint64, np.uint32):
        raise ValueError(f"Audio data cannot be converted automatically from {kind} to 16-bit int format.")
    warnings.warn(f"Trying to convert audio automatically from {kind} to 16-bit int format.")
    if kind.kind == "f":
        data = data.astype(np.float64)
        peak = np.abs(data).max() if data.size else 0
        return np.zeros(data.shape, dtype=np.int16) if peak == 0 else (data / peak * 32767).astype(np.int16)
    if kind == np.int32:
        return (data / 65536).astype(np.int16)
    if kind == np.uint16:
        return (data.astype(np.int32) - 32768).astype(np.int16)
    if kind == np.uint8:
        return (data.astype(np.int32) * 257 - 32768).astype(np.int16)
    return (data.astype(np.int16) * 256).astype(np.int16)  # int8


def _list_to_int16(data: Any) -> tuple[array.array, int]:
    """Samples (a list of numbers, or of per-channel frames) as int16 and the channel count:
    floats are scaled by their peak as Gradio scales float arrays, integers clipped to 16 bits."""
    frames = list(data)
    channels = 1
    if frames and isinstance(frames[0], (list, tuple)):
        channels = len(frames[0])
        if channels == 0 or any(len(f) != channels for f in frames):
            raise ValueError("Audio data: every frame needs the same number of channels.")
        flat = [s for f in frames for s in f]
    else:
        flat = frames
    for s in flat:
        if isinstance(s, bool) or not isinstance(s, (int, float)):
            raise ValueError(f"Audio data must be numbers, got {type(s).__name__}.")
    if any(isinstance(s, float) for s in flat):
        peak = max((abs(s) for s in flat), default=0)
        samples = [0] * len(flat) if peak == 0 else [int(s / peak * 32767) for s in flat]
    else:
        samples = [min(32767, max(-32768, s)) for s in flat]
    return array.array("h", samples), channels


def wav_bytes(sample_rate: int, data: Any) -> bytes:
    """A 16-bit PCM WAV file of ``data`` (NumPy array, list or tuple)."""
    import io

    if type(data).__module__.startswith("numpy"):
        pcm = _numpy_to_int16(data)
        channels = 1 if pcm.ndim == 1 else pcm.shape[1]
        raw = pcm.astype("<i2").tobytes()
    elif isinstance(data, (list, tuple)):
        samples, channels = _list_to_int16(data)
        if sys.byteorder == "big":
            samples.byteswap()
        raw = samples.tobytes()
    else:
        raise ValueError(f"Cannot process {type(data).__name__} as audio samples: give a list or a numpy array.")
    buf = io.BytesIO()
    with wave.open(buf, "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(2)
        w.setframerate(int(sample_rate))
        w.writeframes(raw)
    return buf.getvalue()


def _sniff(data: bytes) -> str:
    """Gradio's detect_audio_format: the extension of WAV/MP3 bytes, else none."""
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return ".wav"
    if data[:3] == b"ID3" or data[:2] == b"\xff\xfb":
        return ".mp3"
    return ""


class Audio(Component):
    TYPE = "audio"
    EVENTS = ("stream", "change", "clear", "play", "pause", "stop", "start_recording", "pause_recording",
              "stop_recording", "upload", "input")
    PROPS = _COMMON + ("sources", "type", "streaming", "container", "preserved_by_key", "format", "autoplay",
                       "editable", "buttons", "waveform_options", "loop", "recording", "subtitles",
                       "playback_position")
    G6_DEFAULTS = ("audio", dict(_BASE, streamable=False, sources=list(SOURCES), type="numpy", streaming=False,
                                 autoplay=False, editable=True, buttons=["download", "share"],
                                 waveform_options=dataclasses.asdict(WaveformOptions()), loop=False,
                                 recording=False, playback_position=0))

    def __init__(self, value: Any = None, *, sources: Any = None, type: str = "numpy", label: Any = None,
                 every: Any = None, inputs: Any = None, show_label: bool | None = None, container: bool = True,
                 scale: int | None = None, min_width: int = 160, interactive: bool | None = None,
                 visible: Any = True, streaming: bool = False, elem_id: str | None = None, elem_classes: Any = None,
                 render: bool = True, key: Any = None, preserved_by_key: Any = "value", format: str | None = None,
                 autoplay: bool = False, editable: bool = True, buttons: Any = None, waveform_options: Any = None,
                 loop: bool = False, recording: bool = False, subtitles: Any = None, playback_position: float = 0,
                 **kwargs: Any):
        if sources is None:
            sources = ["microphone"] if streaming else list(SOURCES)
        elif isinstance(sources, str) and sources in SOURCES:
            sources = [sources]
        if not isinstance(sources, list) or any(s not in SOURCES for s in sources):
            raise ValueError(f"`sources` must be a list consisting of elements in {SOURCES}")
        if type not in ("numpy", "filepath"):
            raise ValueError(f"Invalid value for parameter `type`: {type}. Please choose from one of: numpy filepath")
        if streaming and "microphone" not in sources:
            raise ValueError("Audio streaming only available if sources includes 'microphone'.")
        if format is not None and format.lower() not in ("wav", "mp3"):
            raise ValueError(f"Invalid value for parameter `format`: {format}. Please choose from one of: wav mp3")
        self.sources, self.type, self.streaming = sources, type, streaming
        self.format = format and format.lower()
        self.container, self.autoplay, self.editable, self.loop = container, autoplay, editable, loop
        self.buttons = ["download", "share"] if buttons is None else list(buttons)
        if waveform_options is None:
            waveform_options = WaveformOptions()
        elif isinstance(waveform_options, dict):
            waveform_options = WaveformOptions(**waveform_options)
        self.waveform_options = dataclasses.asdict(waveform_options)
        self.recording, self.playback_position = recording, playback_position
        self.preserved_by_key = keys_list(preserved_by_key)
        self.subtitles = None if subtitles is None else _subtitles(subtitles)
        super().__init__(value, label=label, every=every, inputs=inputs, show_label=show_label, scale=scale,
                         min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
                         elem_classes=elem_classes, render=render, key=key, **kwargs)

    def g6_props(self, props: dict, blocks: Any) -> dict:
        """Props Gradio computes from the arguments, whichever were given."""
        for name in ("sources", "buttons", "waveform_options", "format", "streaming", "subtitles"):
            props[name] = getattr(self, name)
        return props

    def process_example(self, value: Any) -> str:
        """How a Dataset shows a sample (Gradio's): the file's name, or "(audio)" for samples."""
        if value is None:
            return ""
        if isinstance(value, (str, os.PathLike)):
            return os.path.basename(os.fspath(value))
        return "(audio)"

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        path = path_of(payload)
        if not path:
            raise ValueError("payload path missing")
        if self.type == "numpy":
            _need("numpy", "numpy", 'gr.Audio(type="numpy")')
            if not is_wav(path):
                raise Error(f"gr.Audio(type=\"numpy\") can only read WAV files here (no ffmpeg in the browser); "
                            f"got {os.path.basename(path)}. Use type=\"filepath\" for other formats.")
            return read_wav(path)
        suffix = os.path.splitext(path)[1].lower()
        if self.format is None or suffix == f".{self.format}":
            return path
        if self.format == "wav" and is_wav(path):  # a WAV under another name: Gradio writes it as .wav
            with open(path, "rb") as f:
                return save_bytes(f.read(), os.path.splitext(os.path.basename(path))[0] + ".wav")
        warnings.warn(f"gr.Audio(format={self.format!r}): {os.path.basename(path)} cannot be converted in the "
                      "browser (no ffmpeg); the handler gets the file as it was uploaded.")
        return path

    def postprocess(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, (bytes, bytearray)):
            data = bytes(value)
            path = save_bytes(data, "audio" + _sniff(data))
        elif isinstance(value, tuple):
            if len(value) != 2:
                raise ValueError("Audio data as a tuple must be (sample_rate, data).")
            sample_rate, data = value
            if self.format == "mp3":
                warnings.warn("gr.Audio(format='mp3'): samples are written as WAV here (no mp3 encoder).")
            path = save_bytes(wav_bytes(sample_rate, data), "audio.wav")
        elif isinstance(value, (str, os.PathLike)):
            path = os.fspath(value)
        elif is_file_data(value):
            return dict(value)
        else:
            raise ValueError(f"Cannot process {value!r} as Audio")
        out = file_data(path)
        out["orig_name"] = os.path.basename(path) if not path.startswith(_URL) and os.path.exists(path) else None
        return out


def _subtitles(value: Any) -> Any:
    """Gradio's subtitle prop: a list of {"start", "end", "text"}, or the file (vtt/srt) as FileData."""
    if isinstance(value, list):
        out = []
        for i, cue in enumerate(value):
            if not isinstance(cue, dict) or "text" not in cue or "timestamp" not in cue:
                raise ValueError(f"Subtitle at index {i} must be a dictionary with 'text' and 'timestamp'")
            stamp = cue["timestamp"]
            if not isinstance(stamp, (list, tuple)) or len(stamp) != 2:
                raise ValueError(f"Subtitle at index {i} 'timestamp' must be a list/tuple of [start, end]")
            out.append({"start": stamp[0], "end": stamp[1], "text": cue["text"]})
        return out
    path = os.fspath(value)
    if path.lower().endswith(".json"):
        import json

        with open(path, encoding="utf-8") as f:
            cues = json.load(f)
        if not isinstance(cues, list):
            raise ValueError("JSON subtitle file must contain a list of subtitle objects")
        return _subtitles(cues)
    return file_data(path)


class Microphone(Audio):
    """Gradio's template: an Audio recording from the microphone, saved as WAV."""

    def __init__(self, value: Any = None, *, sources: Any = None, format: str = "wav", **kwargs: Any):
        super().__init__(value, sources=["microphone"] if sources is None else sources, format=format, **kwargs)
