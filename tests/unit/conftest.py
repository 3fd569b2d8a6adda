"""Put py/ on sys.path, alias gradio, and give tests small runtime helpers."""

from __future__ import annotations

import json
import os
import sys
import textwrap
import uuid

import pytest

PY_DIR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "py"))
if PY_DIR not in sys.path:
    sys.path.insert(0, PY_DIR)

from liteblocks import runtime  # noqa: E402
from liteblocks.state import sessions  # noqa: E402

runtime.install_gradio_alias()


class Harness:
    """Loads sources through runtime.load_app and drives sessions."""

    def __init__(self):
        self.app_ids: list[str] = []

    def load(self, source: str, extra_files: dict | None = None, app_id: str | None = None) -> dict:
        app_id = app_id or "app-" + uuid.uuid4().hex[:8]
        files = {"app.py": textwrap.dedent(source)}
        files.update(extra_files or {})
        out = json.loads(runtime.load_app(app_id, json.dumps(files), "app.py"))
        out["app_id"] = app_id
        self.app_ids.append(app_id)
        return out

    def app(self, source: str, **kw) -> "AppHandle":
        out = self.load(source, **kw)
        assert out["ok"], out
        return AppHandle(out["app_id"], out["config"])

    def close(self):
        for app_id in self.app_ids:
            runtime.unload_app(app_id)


class AppHandle:
    def __init__(self, app_id: str, config: dict):
        self.app_id = app_id
        self.config = config

    @property
    def module(self):
        return runtime.app_module(self.app_id)

    def id_of(self, component) -> str:
        return str(component._id)

    def start(self, session: str = "s1", request: dict | None = None, browser_state: dict | None = None) -> dict:
        return json.loads(
            runtime.start_session_sync(
                self.app_id, session, json.dumps(request or {"url": "http://x/?a=1", "query_params": {"a": "1"}, "headers": {"User-Agent": "t"}, "client": {"host": "browser"}}), json.dumps(browser_state or {})
            )
        )

    def send(self, session: str, target, event: str, data: dict | None = None, event_data=None) -> dict:
        tid = target if isinstance(target, int) else target._id
        payload = {"target": tid, "event": event, "data": {str(k if isinstance(k, int) else k._id): v for k, v in (data or {}).items()}}
        if event_data is not None:
            payload["event_data"] = event_data
        return json.loads(runtime.dispatch_sync(self.app_id, session, json.dumps(payload)))

    def end(self, session: str = "s1") -> dict:
        return json.loads(runtime.end_session_sync(self.app_id, session))

    def state(self, session: str, component):
        app = runtime.get_app(self.app_id)
        return app.store.get(session).get_state(component._id)


@pytest.fixture
def harness():
    h = Harness()
    yield h
    h.close()


class FakeClock:
    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def fake_clock(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(sessions, "clock", clock)
    return clock
