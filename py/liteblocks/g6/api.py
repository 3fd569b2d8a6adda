"""Value side for Gradio 6's frontend: run one dependency as Gradio's process_api does.

Why: @gradio/core keeps the values and cascades (.then, .change) itself and
asks the server to run one dependency (fn_index) with the values of its
inputs.  We reuse EventRun.run_one (preprocess, call, postprocess, session
writes) for that single handler, without our own cascade, and answer in
Gradio's output format: one entry per output, a plain value, or an update dict
``{"__type__": "update", ...}`` when props change, ``{"__type__": "update"}``
when the handler skipped it, and None for State (kept in the session).
"""

from __future__ import annotations

import inspect
from typing import Any

from ..execution import EventRun
from ..renderable import SessionView
from .config import render_config


def store_inputs(blocks, session, dep, data: list) -> None:
    """Put the frontend's input values (one per dep.inputs) into the session."""
    for block, value in zip(dep.inputs, data or []):
        if not block.stateful and block is not blocks and block._id != blocks._id:
            session.set_value(block._id, value)


def _outputs(blocks, dep, updates: dict) -> list:
    """One entry per output in Gradio's format, from the props a run wrote."""
    if dep.renderable is not None:
        return [None]  # a gr.render's container: its answer is the render config
    out = []
    for block in dep.outputs:
        props = None if block.stateful else updates.get(block._id)
        if block.stateful:
            out.append(None)
        elif props is None:
            out.append({"__type__": "update"})
        elif set(props) == {"value"}:
            out.append(props["value"])
        else:
            out.append(dict(props, __type__="update"))
    return out


def _logs(run) -> list[dict]:
    """Alerts raised so far (gr.Info/Warning/Success) in the adapter's log format; drains them."""
    logs = [{"level": a.get("kind", "info"), "log": a.get("message", ""), "title": a.get("title"),
             **({"duration": a["duration"]} if "duration" in a else {}),
             **({"visible": a["visible"]} if "visible" in a else {})} for a in run.info]
    run.info.clear()
    return logs


async def _validated(session, dep, event_data) -> dict | None:
    """The answer for an event whose validator rejected an input (``validation``: per-input results
    the worker sends as the error status's message), or None to run the handler."""
    from ..validation import check

    try:
        results = await check(dep, session, (None, event_data))
    except Exception as exc:  # noqa: BLE001 - a validator may raise anything: the event fails with it
        return {"data": None, "error": {"message": str(exc) or type(exc).__name__, "title": "Error"},
                "log": [], "changed": [], "is_generating": False}
    if results is None:
        return None
    return {"data": None, "error": None, "validation": results, "log": [], "changed": [], "is_generating": False}


async def process_api(blocks, session, fn_index: int, data: list, event_data: Any = None,
                      after_handler=None, emit=None, check=None) -> dict:
    """Run dependency ``fn_index``; returns {"data", "error", "log", "changed", "is_generating", "browser_state"}.

    ``emit(chunk)`` (optional) receives {"data", "log"} for every yield of a generator as it comes
    (with the alerts raised before it; a true or awaitable true answer cancels the run), and
    {"progress": progress_data} for each gr.Progress report (its answer is ignored).
    ``data`` of the answer is then None: the outputs went out as chunks. ``check()`` (optional) runs
    once the handler returned, before its outputs are stored; raising fails the event (global state:
    a shared variable left holding a value that cannot be shared)."""
    view = SessionView(blocks, session)
    dep = view.fn(fn_index)
    if dep is None:
        return {"data": None, "error": {"message": f"No dependency {fn_index}", "title": "Error"},
                "log": [], "changed": [], "is_generating": False}
    store_inputs(blocks, session, dep, data)
    if dep.options.get("validator") is not None:
        invalid = await _validated(session, dep, event_data)
        if invalid is not None:
            return invalid
    target_id = dep.targets[0][0] if dep.targets else None
    target = view.blocks.get(target_id) if target_id is not None else None
    blocks = view
    session.pending_render = None
    run = EventRun(view, session)
    run.check = check
    streamed = False

    async def on_yield() -> bool:
        nonlocal streamed
        streamed = True
        chunk = {"data": _outputs(blocks, dep, run.updates), "log": _logs(run)}
        run.updates = {}
        answer = emit(chunk)
        if inspect.isawaitable(answer):
            answer = await answer
        return bool(answer)

    from .. import errors
    from ..request import progress_sink

    token = errors.alerts.set(run.info)
    progress_token = progress_sink.set((lambda data: emit({"progress": data})) if emit else None)
    try:
        ok, changed = await run.run_one(dep, (target, event_data), on_yield if emit else None)
    finally:
        errors.alerts.reset(token)
        progress_sink.reset(progress_token)
    if after_handler is not None:
        after_handler(ok)
    rendered, session.pending_render = session.pending_render, None
    return {
        "render_config": render_config(*rendered) if ok and rendered else None,
        "data": None if not ok or (streamed and not run.updates) else _outputs(blocks, dep, run.updates),
        "error": run.errors[0] if run.errors else None,
        "log": _logs(run),
        "changed": [i for i in changed if blocks.blocks.get(i) is not None and blocks.blocks[i].stateful],
        "is_generating": streamed,
        "browser_state": dict(session.browser_state_written),
    }
