"""``gr.Request``, ``gr.EventData``/``gr.SelectData`` and ``gr.Progress``.

Why: handlers ask for these by annotating a parameter; the runtime injects
them (see ``processing.special_args``). There is no HTTP request in the
browser, so Request is built from what the worker knows about the page.
"""

from __future__ import annotations

from contextvars import ContextVar
from types import SimpleNamespace
from typing import Any, Iterable


class Headers(dict):
    """Case-insensitive header mapping (keys stored lower-case)."""

    def __init__(self, data: dict | None = None):
        super().__init__({str(k).lower(): v for k, v in (data or {}).items()})

    def __getitem__(self, key: str) -> Any:
        return super().__getitem__(str(key).lower())

    def get(self, key: str, default: Any = None) -> Any:
        return super().get(str(key).lower(), default)

    def __contains__(self, key: object) -> bool:
        return super().__contains__(str(key).lower())


class Request:
    """What Gradio's Request offers, for a page running in the browser."""

    def __init__(
        self,
        url: str = "",
        query_params: dict | None = None,
        headers: dict | None = None,
        client: dict | None = None,
        session_hash: str | None = None,
        username: str | None = None,
    ):
        self.url = url
        self.query_params = dict(query_params or {})
        self.headers = Headers(headers)
        client = dict(client or {"host": "browser"})
        self.client = SimpleNamespace(host=client.get("host", "browser"), port=client.get("port"))
        self.session_hash = session_hash
        self.username = username
        self.cookies: dict = {}
        self.path_params: dict = {}
        self.state = SimpleNamespace()

    @property
    def request(self) -> "Request":
        return self

    @classmethod
    def from_json(cls, data: dict | None, session_hash: str) -> "Request":
        data = data or {}
        return cls(
            url=data.get("url", ""),
            query_params=data.get("query_params"),
            headers=data.get("headers"),
            client=data.get("client"),
            session_hash=session_hash,
            username=data.get("username"),
        )

    def __repr__(self) -> str:
        return f"<Request session_hash={self.session_hash!r} url={self.url!r}>"


class EventData:
    """Information about the event that triggered a handler."""

    def __init__(self, target: Any, data: Any):
        self.target = target
        self._data = data


class SelectData(EventData):
    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")
        self.row_value = data.get("row_value")
        self.col_value = data.get("col_value")
        self.selected = data.get("selected", True)


class KeyUpData(EventData):
    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.key = data.get("key")
        self.input_value = data.get("input_value")


class CopyData(EventData):
    """``.copy()``: the ``value`` that was copied."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        self.value = (data if isinstance(data, dict) else {}).get("value")


class _FileEventData(EventData):
    """``.delete()`` / ``.download()`` of a File: the ``file`` as a FileData object."""

    def __init__(self, target: Any, data: Any):
        from .components.file_data import FileData

        super().__init__(target, data)
        self.file = FileData(**(data if isinstance(data, dict) else {}))


class DeletedFileData(_FileEventData):
    pass


class DownloadData(_FileEventData):
    pass


class _IndexValueData(EventData):
    """Event data carrying the message ``index`` and its ``value`` (Chatbot events)."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        data = data if isinstance(data, dict) else {}
        self.index = data.get("index")
        self.value = data.get("value")


class LikeData(_IndexValueData):
    """``.like()``: ``index``, ``value`` and ``liked`` (True, False or a feedback option)."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        self.liked = (data if isinstance(data, dict) else {}).get("liked", True)


class RetryData(_IndexValueData):
    """``.retry()``: the message retried."""


class UndoData(_IndexValueData):
    """``.undo()``: the message undone."""


class EditData(_IndexValueData):
    """``.edit()``: the message edited, its new ``value`` and ``previous_value``."""

    def __init__(self, target: Any, data: Any):
        super().__init__(target, data)
        self.previous_value = (data if isinstance(data, dict) else {}).get("previous_value")


# Where progress of the running event goes (set by g6/api.py for Gradio's frontend):
# a callable taking Gradio's progress_data list.
progress_sink: ContextVar = ContextVar("liteblocks_progress", default=None)


def _report(index: Any, length: Any, unit: str, progress: Any, desc: str | None) -> None:
    sink = progress_sink.get()
    if sink is not None:
        sink([{"index": index, "length": length, "unit": unit, "progress": progress, "desc": desc}])


# every EventData class, for handlers that name one in a string annotation
EVENT_DATA = (EventData, SelectData, KeyUpData, LikeData, RetryData, UndoData, EditData, CopyData,
              DeletedFileData, DownloadData)


class Progress:
    """``gr.Progress``: a default parameter value; calls report progress to the page, which
    Gradio's frontend shows over the event's outputs (a bar, "3/10 steps", the description)."""

    def __init__(self, track_tqdm: bool = False):
        self.track_tqdm = track_tqdm  # tqdm itself is not patched: use progress.tqdm(...)

    def __call__(self, progress: Any = None, desc: str | None = None, total: Any = None, unit: str = "steps") -> Any:
        if isinstance(progress, Iterable) and not isinstance(progress, (str, bytes, float, int, tuple)):
            return self.tqdm(progress, desc=desc, total=total, unit=unit)
        if isinstance(progress, tuple) and len(progress) == 2:
            _report(progress[0], progress[1], unit, None, desc)
        elif progress is not None:
            _report(None, None, unit, float(progress), desc)
        return None

    def tqdm(self, iterable: Any, desc: str | None = None, total: Any = None, unit: str = "steps", *args: Any, **kwargs: Any) -> Any:
        if total is None and hasattr(iterable, "__len__"):
            total = len(iterable)
        return _tracked(iterable, desc, total, unit)


def _tracked(iterable: Any, desc: str | None, total: Any, unit: str):
    index = 0
    for item in iterable:
        _report(index, total, unit, None, desc)
        yield item
        index += 1
    _report(index, total, unit, None, desc)
