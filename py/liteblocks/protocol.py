"""The one place that knows the wire shapes (see docs/protocol.md).

Why: the worker and Python exchange JSON strings only; this module decodes
what the worker sends (request, event, browser state, files) and encodes
RESULT / CONFIG / ERROR, making every value JSON-safe (tuples and sets become
lists, NaN/inf become null, unknown objects their ``str``).
"""

from __future__ import annotations

import json
import math
from typing import Any


def jsonable(obj: Any) -> Any:
    if obj is None or isinstance(obj, (bool, str, int)):
        return obj
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {_key(k): jsonable(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set, frozenset)):
        return [jsonable(v) for v in obj]
    block_id = getattr(obj, "_id", None)
    if block_id is not None and hasattr(obj, "get_props"):
        return block_id
    return str(obj)


def _key(k: Any) -> str:
    if isinstance(k, str):
        return k
    if hasattr(k, "_id") and hasattr(k, "get_props"):
        return str(k._id)
    return str(k)


def dumps(obj: Any) -> str:
    return json.dumps(jsonable(obj), allow_nan=False)


def loads(text: str | None, default: Any = None) -> Any:
    if text is None or text == "":
        return {} if default is None else default
    if isinstance(text, (dict, list)):
        return text
    return json.loads(text)


# -- decoding -------------------------------------------------------------------
def _int_keys(d: dict | None) -> dict[int, Any]:
    out: dict[int, Any] = {}
    for k, v in (d or {}).items():
        try:
            out[int(k)] = v
        except (TypeError, ValueError):
            continue
    return out


def decode_files(files_json: str) -> dict[str, str]:
    files = loads(files_json)
    if not isinstance(files, dict):
        raise ValueError("files_json must be a JSON object {filename: source}")
    return {str(k): str(v) for k, v in files.items()}


def decode_request(request_json: str | None) -> dict:
    data = loads(request_json)
    return data if isinstance(data, dict) else {}


def decode_browser_state(browser_state_json: str | None) -> dict[int, Any]:
    data = loads(browser_state_json)
    return _int_keys(data) if isinstance(data, dict) else {}


def decode_event(event_json: str) -> tuple[int | None, str, dict[int, Any], Any]:
    """(target id, event name, {component id: value}, event payload)."""
    data = loads(event_json)
    target = data.get("target")
    target = int(target) if target is not None else None
    return target, str(data.get("event", "")), _int_keys(data.get("data")), data.get("event_data")


# -- encoding ---------------------------------------------------------------------
def empty_result() -> dict:
    return {"updates": {}, "errors": [], "info": [], "browser_state": {}}


def encode_result(result: dict) -> str:
    full = empty_result()
    full.update(result)
    return dumps(full)


def error_result(message: str) -> str:
    res = empty_result()
    res["errors"].append({"message": message, "title": "Error", "kind": "error"})
    return dumps(res)


def encode_config(config: dict) -> str:
    return dumps({"ok": True, "config": config})


def encode_error(
    type_name: str, message: str, line: int | None, traceback_text: str, file: str | None = None
) -> str:
    """ERROR = {type, message, line, traceback, file} (file: extension)."""
    return dumps(
        {
            "ok": False,
            "error": {
                "type": type_name,
                "message": message,
                "line": line,
                "traceback": traceback_text,
                "file": file,
            },
        }
    )
