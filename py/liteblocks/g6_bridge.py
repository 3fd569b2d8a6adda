"""Interim worker side of the Gradio frontend messages (docs/protocol.md, "Gradio frontend messages").

TO BE REPLACED by the gradio-6-config work's `process_api(session, fn_index, data, event_data)` when it
is merged: this maps a g6-submit (fn_index = the handler's index, as in Gradio's `dependencies`) onto the
existing dispatch path (runtime._run), so it keeps our pre/postprocessing and state rules but not yet
Gradio's value shapes. Returns the reply messages, without `id` (the worker adds it).
"""
from __future__ import annotations

import json
from typing import Any

from . import runtime


async def process_api(app_id: str, session_hash: str, fn_index: int, data_json: str,
                      event_data_json: str = "null") -> str:
    return json.dumps(await _process(app_id, session_hash, fn_index, json.loads(data_json),
                                     json.loads(event_data_json)))


async def _process(app_id: str, session_hash: str, fn_index: int, data: list, event_data: Any) -> list[dict]:
    app = runtime.get_app(app_id)
    if app is None:
        return [{"type": "g6-status", "stage": "error", "message": f"Unknown app {app_id!r}"}]
    dep = next((d for d in app.blocks.fns if d.index == fn_index), None)
    if dep is None:
        return [{"type": "g6-status", "stage": "error", "message": f"No function with fn_index {fn_index}"}]
    session = app.store.get_or_create(session_hash)
    for block, value in zip(dep.inputs, data or []):
        if not getattr(block, "stateful", False):
            session.set_value(block._id, value)
    target_id = dep.targets[0][0] if dep.targets else None
    target = app.blocks.blocks.get(target_id) if target_id is not None else None
    result = await runtime._run(app, session, [dep], target, event_data)
    out: list[dict] = []
    for info in result.get("info", []):
        level = {"warn": "warning"}.get(info.get("kind", "info"), info.get("kind", "info"))
        out.append({"type": "g6-log", "level": level, "log": info.get("message", ""),
                    "title": info.get("title"), "duration": info.get("duration")})
    errors = result.get("errors", [])
    if errors:
        out.append({"type": "g6-status", "stage": "error", "message": errors[0].get("message", ""),
                    "title": errors[0].get("title", "Error")})
        return out
    updates = result.get("updates", {})
    out.append({"type": "g6-data", "data": [updates.get(str(o._id), updates.get(o._id)) for o in dep.outputs]})
    out.append({"type": "g6-status", "stage": "complete"})
    return out
