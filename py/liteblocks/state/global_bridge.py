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

from .. import errors
from .global_codec import CodecError, loads
from .global_reach import event_scope
from .shared_globals import ChangeLog, SharedGlobals, UnshareableGlobals


class Tracker:
    """Shared variables of one app instance, plus its ordered change log."""

    def __init__(self, module_dict: dict):
        self.warnings: list[str] = []
        self.shared = SharedGlobals(module_dict, warn=self.warnings.append)
        self.log = ChangeLog(self.shared)
        self.pending: dict = {"set": {}, "del": []}
        self.next_scope: set | None = None  # set by scope() for the event about to run
        self.scope: set | None = None       # names the running event can reach (None: all)
        self.checked = False                # check_handler already committed this handler
        self.dropped: tuple = ()            # new names whose unshareable value is undone

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
    def before_event(app_id: str, session_hash: str) -> None:
        tracker = _trackers.get(app_id)
        if tracker is not None:
            tracker.scope, tracker.next_scope = tracker.next_scope, None

    @staticmethod
    def check_handler(app_id: str, session_hash: str) -> None:
        check_handler(app_id)

    @staticmethod
    def after_handler(app_id: str, session_hash: str, ok: bool) -> None:
        handler_finished(app_id, ok)

    @staticmethod
    def after_event(app_id: str, session_hash: str, ok: bool) -> None:
        tracker = _trackers.get(app_id)
        if tracker is not None:
            tracker.scope = None


def _register_hook() -> None:
    from .. import runtime
    if not any(isinstance(h, _Hook) for h in runtime.event_hooks):
        runtime.event_hooks.append(_Hook())


def attach(app_id: str, module_dict: dict | None = None) -> str:
    """Starts tracking an app's module; returns {"shared": [names], "warnings": [...]}."""
    _register_hook()
    if module_dict is None:
        from .. import runtime
        module_dict = vars(runtime.app_module(app_id))
    tracker = Tracker(module_dict)
    _trackers[app_id] = tracker
    return json.dumps({"shared": sorted(tracker.shared.snapshot(committed=True)),
                       "warnings": _take_warnings(tracker)})


def detach(app_id: str) -> None:
    _trackers.pop(app_id, None)


def _scoped_deps(blocks, event_json: str, protocol) -> list:
    """The dependencies an event runs: one (``{"fn_index": n}``, Gradio's frontend asks for one at
    a time) or those of a (target, event) trigger (the runtime's own dispatch: unit tests, tools)."""
    data = json.loads(event_json)
    if isinstance(data, dict) and "fn_index" in data:
        return [blocks.fns[int(data["fn_index"])]]
    target, event, _, _ = protocol.decode_event(event_json)
    return blocks.deps_for_trigger(target, event)


def scope(app_id: str, event_json: str) -> str:
    """JSON list of the shared variables (and globals it may create) the event's
    handlers can reach, or null when unsure; the event then checks only those.
    An empty list means the event needs no lock (js/global_sync.js)."""
    from .. import protocol, runtime
    tracker, app = _trackers.get(app_id), runtime.get_app(app_id)
    if tracker is None or app is None or not event_json:   # "": forget it, the event did not run
        if tracker is not None:
            tracker.next_scope = None
        return "null"
    shared = tracker.shared
    try:
        deps = _scoped_deps(app.blocks, event_json, protocol)
    except (ValueError, TypeError, AttributeError, IndexError, KeyError):   # dispatch reports it; be unsure meanwhile
        names = None
    else:
        names = event_scope(app.blocks, shared.module, deps, set(shared.text_names()))
    if names is not None:
        names = {n for n in names if n not in shared.local}
    tracker.next_scope = names
    return json.dumps(None if names is None else sorted(names))


def check_handler(app_id: str) -> None:
    """Before a handler's outputs are stored: commit its changes, or fail it
    (gr.Error naming the variables) when it left a shared variable holding a
    value that cannot be shared; after_handler then rolls its changes back."""
    tracker = _trackers.get(app_id)
    if tracker is None:
        return
    try:
        tracker.merge(tracker.shared.commit_diff(tracker.scope, strict=True))
    except UnshareableGlobals as exc:
        tracker.dropped = tuple(exc.problems)
        print(f"LiteBlocks: {exc}", file=sys.stderr)
        raise errors.Error(str(exc), title="Global variable not shareable", print_exception=False) from None
    tracker.checked = True


def handler_finished(app_id: str, ok: bool) -> None:
    """Commit (ok) or roll back (raised) what one handler did to shared variables."""
    tracker = _trackers.get(app_id)
    if tracker is None:
        return
    if ok and not tracker.checked:
        tracker.merge(tracker.shared.commit_diff(tracker.scope))
    elif not ok:
        tracker.shared.rollback(tracker.scope, tracker.dropped)
    tracker.checked, tracker.dropped = False, ()


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
    """The committed shared values as JSON text, built without re-encoding."""
    return _trackers[app_id].shared.snapshot_text()


def shared_names(app_id: str) -> str:
    """JSON list of the names of the committed shared variables."""
    return json.dumps(_trackers[app_id].shared.text_names())


def committed_text(app_id: str, name: str) -> str | None:
    """One variable's committed value as JSON text (the store keeps one record per name)."""
    return _trackers[app_id].shared.text(name)


def load(app_id: str, head: int, vars_json: str) -> None:
    """Replaces every shared variable with a snapshot taken at `head`."""
    _trackers[app_id].log.load(head, vars_json)


def load_changed(app_id: str, head: int, names_json: str, vars_json: str) -> None:
    """Catches up to `head` from the store: `vars_json` holds the variables that
    changed since this tab's head, `names_json` every stored name (others are deleted)."""
    tracker = _trackers[app_id]
    names = json.loads(names_json)
    if not isinstance(names, list):
        raise CodecError("names must be a list")
    keep = set(names)
    changes = {"set": loads(vars_json), "del": [n for n in tracker.shared.text_names() if n not in keep]}
    tracker.log.jump(head, changes)


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
