"""Handler plumbing: special-argument injection, input preprocessing, output
postprocessing (values, ``gr.update``, returned components, ``gr.skip``).

Why: this mirrors Gradio's ``preprocess_data``/``postprocess_data`` so apps
get the same arguments and the same update semantics. Postprocessing only
*plans* writes; ``execution.py`` commits them once the whole return value is
valid, so a failing handler stores nothing it returned.
"""

from __future__ import annotations

import inspect
import re
import typing
import warnings
from dataclasses import dataclass, field
from typing import Any

from . import base
from .request import EVENT_DATA, EventData, Progress, Request

_UPDATE = "update"


def update(**kwargs: Any) -> dict:
    """``gr.update(...)``: change only the given props of an output."""
    return {"__type__": _UPDATE, **kwargs}


def skip() -> dict:
    """``gr.skip()``: leave this output (or all outputs) unchanged."""
    return {"__type__": _UPDATE}


def is_update(value: Any) -> bool:
    return isinstance(value, dict) and "update" in str(value.get("__type__", ""))


# -- special arguments ------------------------------------------------------
_SPECIAL_NAMES = {"Request": Request, **{cls.__name__: cls for cls in EVENT_DATA}}
_NAME_RE = re.compile(r"(?:^|[\s\[|,(])(?:[A-Za-z_]\w*\.)*(" + "|".join(_SPECIAL_NAMES) + r")\b")


def _special_class(annotation: Any) -> type | None:
    """Request/EventData class named by an annotation (class or string)."""
    if annotation is inspect.Parameter.empty:
        return None
    if isinstance(annotation, str):
        m = _NAME_RE.search(annotation)
        return _SPECIAL_NAMES[m.group(1)] if m else None
    if isinstance(annotation, type):
        if issubclass(annotation, Request):
            return Request
        if issubclass(annotation, EventData):
            return annotation
        return None
    for arg in typing.get_args(annotation):
        found = _special_class(arg)
        if found is not None:
            return found
    return None


def _signature(fn: Any) -> inspect.Signature:
    """Signature of ``fn``; on Python 3.14 (lazy annotations) an annotation
    naming something undefined is read as a string instead of raising."""
    try:
        return inspect.signature(fn)
    except NameError:
        import annotationlib  # Python >= 3.14

        return inspect.signature(fn, annotation_format=annotationlib.Format.STRING)


def build_call(fn: Any, inputs: list, request: Request, event: tuple[Any, Any]) -> tuple[list, dict]:
    """Positional args and kwargs for ``fn``: inputs in order, with Request /
    EventData injected into parameters annotated with them and Progress
    defaults kept."""
    try:
        params = list(_signature(fn).parameters.values())
    except (TypeError, ValueError):
        return list(inputs), {}
    remaining = list(inputs)
    args: list = []
    kwargs: dict = {}
    positional_open = True
    for p in params:
        cls = _special_class(p.annotation)
        special: Any = inspect.Parameter.empty
        if cls is Request:
            special = request
        elif cls is not None:
            special = cls(event[0], event[1])
        elif isinstance(p.default, Progress):
            special = p.default
        if p.kind is p.VAR_POSITIONAL:
            args.extend(remaining)
            remaining = []
            positional_open = False
            continue
        if p.kind is p.VAR_KEYWORD:
            continue
        if special is not inspect.Parameter.empty:
            if positional_open and p.kind is not p.KEYWORD_ONLY:
                args.append(special)
            else:
                kwargs[p.name] = special
            continue
        if p.kind is p.KEYWORD_ONLY:
            continue
        if positional_open and remaining:
            args.append(remaining.pop(0))
        else:
            positional_open = False
    if remaining:
        args.extend(remaining)  # too many inputs: let the call raise as Python would
    return args, kwargs


# -- inputs -------------------------------------------------------------------
def preprocess_inputs(dep, session) -> list:
    values = []
    for block in dep.inputs:
        if block.stateful:
            values.append(session.get_state(block._id))  # by reference, as in Gradio
        elif isinstance(block, base.BlockContext) or not hasattr(block, "preprocess"):
            values.append(None)
        else:
            current = session.block(block._id)
            raw = session.get_value(block._id)
            values.append(current.preprocess(raw) if dep.preprocess else raw)
    if dep.inputs_as_dict:
        return [{block: value for block, value in zip(dep.inputs, values)}]
    return values


# -- outputs ------------------------------------------------------------------
@dataclass
class Write:
    """One planned output write."""

    block_id: int
    stateful: bool
    value: Any = None
    has_value: bool = False
    props: dict = field(default_factory=dict)
    new_block: Any = None


def normalize_predictions(dep, prediction: Any) -> list:
    n = len(dep.outputs)
    if n == 0:
        return []
    if is_update(prediction) and len(prediction) == 1 and n > 1:
        return [skip() for _ in range(n)]
    if isinstance(prediction, dict) and prediction and all(isinstance(k, base.Block) for k in prediction):
        return [prediction.get(block, skip()) for block in dep.outputs]
    if n == 1:
        return [prediction]
    if not isinstance(prediction, (list, tuple)):
        prediction = [prediction]
    if len(prediction) < n:
        raise ValueError(
            f"A function ({dep.name}) didn't return enough output values "
            f"(needed: {n}, returned: {len(prediction)})."
        )
    if len(prediction) > n:
        warnings.warn(f"A function ({dep.name}) returned too many output values; ignoring extra values.")
    return list(prediction)[:n]


def _update_dict(value: Any) -> dict | None:
    if isinstance(value, base.Block):
        d = {k: v for k, v in value.constructor_args().items() if k not in ("render", "key")}
        d["__type__"] = _UPDATE
        return d
    if is_update(value):
        return {k: v for k, v in value.items() if v is not None or k == "value"}
    return None


def _rebuild(block, changes: dict):
    """New instance of ``block``'s class with ``changes`` applied (Gradio's way)."""
    kwargs = block.constructor_args()
    kwargs.update(changes)
    kwargs.pop("value", None)
    kwargs.pop("default_value", None)
    kwargs["render"] = False
    new = type(block)(**kwargs)
    new._id = block._id
    new.root = block.root
    new.parent = block.parent
    if isinstance(new, base.BlockContext):
        new.children = block.children
    return new


def plan_outputs(dep, prediction: Any, session) -> list[Write]:
    writes: list[Write] = []
    for block, value in zip(dep.outputs, normalize_predictions(dep, prediction)):
        bid = block._id
        if block.stateful:
            if isinstance(value, base.Block):
                value = update(value=getattr(value, "value", None))
            if is_update(value):
                if "value" not in value:
                    continue
                value = value["value"]
            if hasattr(block, "check_json"):
                block.check_json(value)
            writes.append(Write(bid, True, value, True))
            continue
        current = session.block(bid)
        upd = _update_dict(value)
        if upd is not None:
            changes = {k: v for k, v in upd.items() if k not in ("__type__", "value")}
            write = Write(bid, False)
            target = current
            if changes:
                target = _rebuild(current, changes)
                write.new_block = target
                props = target.get_props()
                write.props = {k: props[k] for k in changes if k in props}
            if "value" in upd:
                v = upd["value"]
                if dep.postprocess and hasattr(target, "postprocess"):
                    v = target.postprocess(v)
                write.value, write.has_value = v, True
                write.props["value"] = v
            if write.props or write.has_value:
                writes.append(write)
            continue
        if isinstance(current, base.BlockContext) or not hasattr(current, "postprocess"):
            continue  # a layout takes only updates
        v = current.postprocess(value) if dep.postprocess else value
        writes.append(Write(bid, False, v, True, {"value": v}))
    return writes


def comparable(value: Any) -> Any:
    """Normalise tuples to lists so equal front-end values compare equal."""
    if isinstance(value, (list, tuple)):
        return [comparable(v) for v in value]
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items()}
    return value


def values_differ(old: Any, new: Any) -> bool:
    try:
        return bool(comparable(old) != comparable(new))
    except Exception:
        return old is not new
