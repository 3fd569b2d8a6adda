"""The Python half of cross-tab global state (the JS half is js/global_sync.js).

The worker calls these functions with JSON text. Per handler the runtime calls
``handler_finished(app_id, ok)``: a handler that succeeded has its changes to
shared module variables committed into the event's pending change set; one
that raised has them rolled back, so shared variables stay as they were in
every tab. After the event the worker takes the change set, numbers it and
broadcasts it under the app's Web Lock.
"""
from __future__ import annotations

import json
import sys

from .global_codec import CodecError
from .shared_globals import ChangeLog, SharedGlobals


class Tracker:
    """Shared variables of one app instance, plus its ordered change log."""

    def __init__(self, module_dict: dict):
        self.warnings: list[str] = []
        self.shared = SharedGlobals(module_dict, warn=self.warnings.append)
        self.log = ChangeLog(self.shared)
        self.pending: dict = {"set": {}, "del": []}

    def merge(self, changes: dict) -> None:
        for name, value in changes["set"].items():
            self.pending["set"][name] = value
            if name in self.pending["del"]:
                self.pending["del"].remove(name)
        for name in changes["del"]:
            self.pending["set"].pop(name, None)
            if name not in self.pending["del"]:
                self.pending["del"].append(name)


_trackers: dict[str, Tracker] = {}


class _Hook:
    """Registered in runtime.event_hooks: sees every handler's outcome."""

    @staticmethod
    def after_handler(app_id: str, session_hash: str, ok: bool) -> None:
        handler_finished(app_id, ok)


def _register_hook() -> None:
    from . import runtime
    if not any(isinstance(h, _Hook) for h in runtime.event_hooks):
        runtime.event_hooks.append(_Hook())


def attach(app_id: str, module_dict: dict | None = None) -> str:
    """Starts tracking an app's module; returns {"shared": [names], "warnings": [...]}."""
    _register_hook()
    if module_dict is None:
        from . import runtime
        module_dict = vars(runtime.app_module(app_id))
    tracker = Tracker(module_dict)
    _trackers[app_id] = tracker
    return json.dumps({"shared": sorted(tracker.shared.snapshot(committed=True)),
                       "warnings": _take_warnings(tracker)})


def detach(app_id: str) -> None:
    _trackers.pop(app_id, None)


def handler_finished(app_id: str, ok: bool) -> None:
    """Commit (ok) or roll back (raised) what one handler did to shared variables."""
    tracker = _trackers.get(app_id)
    if tracker is None:
        return
    if ok:
        tracker.merge(tracker.shared.commit_diff())
    else:
        tracker.shared.rollback()


def take_changes(app_id: str) -> str:
    """The event's change set as JSON ("" when nothing changed), plus warnings."""
    tracker = _trackers.get(app_id)
    if tracker is None:
        return ""
    pending, tracker.pending = tracker.pending, {"set": {}, "del": []}
    warnings = _take_warnings(tracker)
    if not pending["set"] and not pending["del"] and not warnings:
        return ""
    return json.dumps({"changes": pending if (pending["set"] or pending["del"]) else None,
                       "warnings": warnings})


def sent(app_id: str, seq: int) -> None:
    """Records that this tab published change set `seq`."""
    _trackers[app_id].log.sent(seq)


def receive(app_id: str, seq: int, changes_json: str) -> str:
    """Applies a remote change set in order; returns {"head", "missing"}."""
    return receive_many(app_id, json.dumps([[seq, json.loads(changes_json)]]))


def receive_many(app_id: str, batch_json: str) -> str:
    """Applies remote change sets [[seq, changes], ...] in order, in one call.

    Malformed entries are ignored and logged (they then show up as a gap).
    Returns {"head", "missing"}.
    """
    tracker = _trackers[app_id]
    try:
        batch = json.loads(batch_json)
    except ValueError:
        batch = None
    if not isinstance(batch, list):
        print("LiteBlocks: ignored a malformed global-state message", file=sys.stderr)
        batch = []
    for item in batch:
        try:
            if not (isinstance(item, list) and len(item) == 2):
                raise CodecError("entry is not [seq, changes]")
            tracker.log.receive(item[0], item[1])
        except CodecError as err:
            print(f"LiteBlocks: ignored a malformed global-state message: {err}", file=sys.stderr)
    return json.dumps({"head": tracker.log.head, "missing": tracker.log.missing()})


def snapshot(app_id: str) -> str:
    """{"head", "vars"}: the committed shared values, for late joiners."""
    tracker = _trackers[app_id]
    return json.dumps({"head": tracker.log.head, "vars": tracker.shared.snapshot(committed=True)})


def snapshot_text(app_id: str) -> str:
    """The committed shared values as JSON text (what the store keeps), built without re-encoding."""
    return _trackers[app_id].shared.snapshot_text()


def load(app_id: str, head: int, vars_json: str) -> None:
    """Replaces every shared variable with a snapshot taken at `head`."""
    tracker = _trackers[app_id]
    tracker.log.load(head, vars_json)
    tracker.shared.commit()


def discard(app_id: str) -> None:
    """Drops the pending change set (its commit was rejected: another tab took the lock)."""
    tracker = _trackers.get(app_id)
    if tracker is not None:
        tracker.pending = {"set": {}, "del": []}


def head(app_id: str) -> int:
    return _trackers[app_id].log.head


def _take_warnings(tracker: Tracker) -> list[str]:
    out, tracker.warnings[:] = list(tracker.warnings), []
    return out
