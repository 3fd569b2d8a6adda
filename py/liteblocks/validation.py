"""``gr.validate`` and event validators (Gradio 6): checks that run before a handler.

Why here: on a Gradio server a dependency's ``validator=`` runs when the event joins the queue,
with the same preprocessed inputs as the handler; if any returned ``gr.validate(False, msg)``,
the handler does not run and the frontend marks each input with its message (a status "error"
whose message is the list of per-input results).  The worker does the same before process_api
runs the handler.
"""

from __future__ import annotations

import inspect
from typing import Any

from . import processing


def validate(is_valid: bool, message: str) -> dict:
    """Returned from a validator (one per input) to accept or reject that input's value."""
    return {"__type__": "validate", "is_valid": is_valid, "message": message}


def _results(answer: Any, dep) -> list[dict]:
    """Gradio's process_validation_response: one {is_valid, message[, parameter_name]} per input."""
    if len(dep.inputs) == 1:
        answer = [answer]
    if isinstance(answer, dict):
        return [answer] if answer.get("is_valid") is False else [{"is_valid": True, "message": ""}]
    if not isinstance(answer, (list, tuple)):
        return [{"is_valid": True, "message": ""}]
    try:
        names = list(inspect.signature(dep.fn).parameters) if dep.fn else []
    except (TypeError, ValueError):
        names = []
    out = []
    for i, item in enumerate(answer):
        if isinstance(item, dict) and item.get("__type__") == "validate":
            out.append({**item, "parameter_name": names[i] if i < len(names) else f"parameter_{i}"})
        else:
            out.append({"is_valid": True, "message": ""})
    return out


async def check(dep, session, event: tuple) -> list[dict] | None:
    """Runs the dependency's validator; the per-input results when one is invalid, else None.
    An exception in the validator propagates (the event fails with it, as on a server)."""
    validator = dep.options.get("validator")
    if validator is None:
        return None
    inputs = processing.preprocess_inputs(dep, session)
    args, kwargs = processing.build_call(validator, inputs, session.request, event)
    answer = validator(*args, **kwargs)
    if inspect.isawaitable(answer):
        answer = await answer
    results = _results(answer, dep)
    return None if all(r.get("is_valid") is True for r in results) else results
