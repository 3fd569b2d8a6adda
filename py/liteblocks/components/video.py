"""``gr.Video``: a video in and out (gradio/components/video.py's behaviour, Gradio 6.31).

The value travels as one FileData (Gradio 6 dropped the ``{"video", "subtitles"}`` pair: subtitles
are the ``subtitles=`` prop, an .srt/.vtt/.json file or a list of ``{"text", "timestamp"}``, sent
to the page as a WebVTT file). Handlers receive the worker path of the upload or webcam
recording and return a path or URL; the worker sends the file's bytes to the page, which plays
them from an object URL (js/worker_files.js). What Gradio does with ffmpeg on the server (``format``
conversion, ``include_audio=False`` muting, mirroring webcam-only recordings, ``watermark``) has no
ffmpeg here: the video passes unchanged, with one warning per component where a conversion was
asked for. ``streaming=True`` outputs show each yielded file in turn.
"""

from __future__ import annotations

import json
import os
import warnings
from typing import Any

from ..component_base import _COMMON, Component
from .file_data import file_data, path_of, to_file_data
from .image import _BASE, save_bytes
from .media_options import WatermarkOptions, WebcamOptions, options_dict
from .upload_button import keys_list

SOURCES = ["upload", "webcam"]
SUBTITLE_TYPES = (".srt", ".vtt", ".json")


def _vtt_time(seconds: float) -> str:
    hours, minutes = int(seconds // 3600), int((seconds % 3600) // 60)
    return f"{hours:02d}:{minutes:02d}:{seconds % 60:06.3f}"


def json_subtitles_vtt(subtitles: list) -> str:
    """WebVTT text of Gradio's JSON subtitles ``[{"text", "timestamp": [start, end]}]``."""
    lines = ["WEBVTT", ""]
    for i, cue in enumerate(subtitles):
        if not isinstance(cue, dict):
            raise ValueError(f"Subtitle at index {i} must be a dictionary")
        if "text" not in cue:
            raise ValueError(f"Subtitle at index {i} missing required 'text' field")
        if "timestamp" not in cue:
            raise ValueError(f"Subtitle at index {i} missing required 'timestamp' field")
        stamp = cue["timestamp"]
        if not isinstance(stamp, (list, tuple)) or len(stamp) != 2:
            raise ValueError(f"Subtitle at index {i} 'timestamp' must be a list/tuple of [start, end]")
        lines += [f"{_vtt_time(stamp[0])} --> {_vtt_time(stamp[1])}", str(cue["text"]), ""]
    return "\n".join(lines) + "\n"


def srt_vtt(srt: str) -> str:
    """WebVTT text of an SRT file (the cue timings with a dot for the comma; numbers dropped)."""
    out = ["WEBVTT", ""]
    for block in srt.replace("\r\n", "\n").strip().split("\n\n"):
        lines = block.split("\n")
        if len(lines) >= 2:
            out += [lines[1].replace(",", "."), *lines[2:], ""]
    return "\n".join(out) + "\n"


def subtitles_file(subtitles: Any) -> dict | None:
    """The ``subtitles`` prop: a FileData of a WebVTT file, as Gradio's ``handle_file`` gives it."""
    if subtitles is None:
        return None
    if isinstance(subtitles, list):
        return file_data(save_bytes(json_subtitles_vtt(subtitles).encode("utf-8"), "subtitles.vtt"))
    path = os.fspath(subtitles)
    ext = os.path.splitext(path)[1]
    if ext.lower() == ".json":
        with open(path, encoding="utf-8") as f:
            try:
                cues = json.load(f)
            except json.JSONDecodeError as e:
                raise ValueError(f"Invalid JSON format in subtitle file: {e}") from e
        if not isinstance(cues, list):
            raise ValueError("JSON subtitle file must contain a list of subtitle objects")
        return subtitles_file(cues)
    if ext not in SUBTITLE_TYPES:
        raise ValueError(f"Invalid value for parameter `subtitle`: {path}. Please choose a file with one of "
                         f"these extensions: {SUBTITLE_TYPES}")
    if ext == ".srt":
        with open(path, encoding="utf-8") as f:
            vtt = srt_vtt(f.read())
        name = os.path.splitext(os.path.basename(path))[0] + ".vtt"
        return file_data(save_bytes(vtt.encode("utf-8"), name))
    return file_data(path)


class Video(Component):
    TYPE = "video"
    EVENTS = ("change", "clear", "start_recording", "stop_recording", "stop", "play", "pause", "end", "upload",
              "input")
    PROPS = _COMMON + ("format", "sources", "height", "width", "container", "preserved_by_key", "webcam_options",
                       "include_audio", "autoplay", "buttons", "loop", "streaming", "watermark", "subtitles",
                       "playback_position")
    G6_DEFAULTS = ("video", dict(_BASE, webcam_options={"mirror": True, "constraints": None}, autoplay=False,
                                 buttons=["download"], loop=False, streaming=False,
                                 watermark={"watermark": None, "position": "bottom-right"}, playback_position=0))

    def __init__(self, value: Any = None, *, format: str | None = None, sources: Any = None, height: Any = None,
                 width: Any = None, label: str | None = None, every: Any = None, inputs: Any = None,
                 show_label: bool | None = None, container: bool = True, scale: int | None = None,
                 min_width: int = 160, interactive: bool | None = None, visible: Any = True,
                 elem_id: str | None = None, elem_classes: Any = None, render: bool = True, key: Any = None,
                 preserved_by_key: Any = "value", webcam_options: Any = None, include_audio: bool | None = None,
                 autoplay: bool = False, buttons: Any = None, loop: bool = False, streaming: bool = False,
                 watermark: Any = None, subtitles: Any = None, playback_position: float = 0, **kwargs: Any):
        if sources is None:
            self.sources = list(SOURCES)
        elif isinstance(sources, str) and sources in SOURCES:
            self.sources = [sources]
        elif isinstance(sources, list) and all(s in SOURCES for s in sources):
            self.sources = list(sources)
        else:
            raise ValueError(f"`sources` must be a list consisting of elements in {SOURCES}")
        self.format, self.height, self.width, self.container = format, height, width, container
        self.preserved_by_key = keys_list(preserved_by_key)
        self.webcam_options = options_dict(webcam_options, WebcamOptions)
        self.watermark = options_dict(watermark, WatermarkOptions)
        self.include_audio = include_audio if include_audio is not None else "upload" in self.sources
        self.autoplay, self.loop, self.streaming = autoplay, loop, streaming
        self.buttons = ["download"] if buttons is None else buttons
        self.playback_position = playback_position
        self.subtitles = subtitles_file(subtitles)
        self._warned = False
        super().__init__(value, label=label, every=every, inputs=inputs, show_label=show_label, scale=scale,
                         min_width=min_width, interactive=interactive, visible=visible, elem_id=elem_id,
                         elem_classes=elem_classes, render=render, key=key, **kwargs)

    def g6_props(self, props: dict, blocks: Any) -> dict:
        # Gradio's config always carries these (worked out from sources= in the constructor)
        props["sources"], props["include_audio"] = list(self.sources), self.include_audio
        if self.format is not None:
            props["format"] = self.format
        return props

    def _no_ffmpeg(self, what: str) -> None:
        if not self._warned:
            self._warned = True
            warnings.warn(f"gr.Video: {what} needs ffmpeg, which the browser does not have; "
                          "the video is passed on unchanged.")

    def preprocess(self, payload: Any) -> str | None:
        if payload is None:
            return None
        path = path_of(payload)
        if not path:
            raise ValueError("Payload path missing")
        ext = os.path.splitext(path)[1].lstrip(".")
        if self.format is not None and ext != self.format:
            self._no_ffmpeg(f"converting the upload to .{self.format}")
        return path

    def postprocess(self, value: Any) -> dict | None:
        if value is None or value in ([None, None], (None, None)):
            return None
        if isinstance(value, (tuple, list)):
            raise ValueError("gr.Video takes one video (a path or URL). Gradio 6 gives subtitles with the "
                             "`subtitles=` argument: return gr.Video(value=video, subtitles=file).")
        if isinstance(value, dict):
            return to_file_data(value)
        video = os.fspath(value)
        if self.format is not None and video.rsplit(".", 1)[-1].lower() != self.format:
            self._no_ffmpeg(f"converting the video to .{self.format}")
        elif self.watermark.get("watermark") is not None:
            self._no_ffmpeg("a watermark")
        return file_data(video)


class PlayableVideo(Video):
    """``gr.PlayableVideo``: Gradio's template of a Video saved as mp4 that takes uploads only."""

    def __init__(self, value: Any = None, *, format: str = "mp4", **kwargs: Any):
        kwargs["sources"] = ["upload"]
        super().__init__(value, format=format, **kwargs)
