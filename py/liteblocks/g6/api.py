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

from typing import Any

from ..execution import EventRun


def store_inputs(blocks, session, dep, data: list) -> None:
    """Put the frontend's input values (one per dep.inputs) into the session."""
    for block, value in zip(dep.inputs, data or []):
        if not block.stateful and block is not blocks:
            session.set_value(block._id, value)


async def process_api(blocks, session, fn_index: int, data: list, event_data: Any = None,
                      after_handler=None) -> dict:
    """Run dependency ``fn_index``; returns {"data", "error", "log", "changed", "is_generating"}."""
    if not 0 <= fn_index < len(blocks.fns):
        return {"data": None, "error": {"message": f"No dependency {fn_index}", "title": "Error"},
                "log": [], "changed": [], "is_generating": False}
    dep = blocks.fns[fn_index]
    store_inputs(blocks, session, dep, data)
    target_id = dep.targets[0][0] if dep.targets else None
    target = blocks.blocks.get(target_id) if target_id is not None else None
    run = EventRun(blocks, session)
    from .. import errors

    token = errors.alerts.set(run.info)
    try:
        ok, changed = await run.run_one(dep, (target, event_data))
    finally:
        errors.alerts.reset(token)
    if after_handler is not None:
        after_handler(ok)
    out = []
    for block in dep.outputs:
        if block.stateful:
            out.append(None)
            continue
        props = run.updates.get(block._id)
        if props is None:
            out.append({"__type__": "update"})
        elif set(props) == {"value"}:
            out.append(props["value"])
        else:
            out.append(dict(props, __type__="update"))
    return {
        "data": out if ok else None,
        "error": run.errors[0] if run.errors else None,
        "log": run.info,
        "changed": changed,
        "is_generating": False,
        "browser_state": dict(session.browser_state_written),
    }
