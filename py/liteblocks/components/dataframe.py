"""``gr.Dataframe``: a table in and out (gradio/components/dataframe.py's behaviour, Gradio 6.31).

The page holds ``{"headers": [...], "data": [[...]], "metadata": ...}``. Handlers receive, by
``type``: ``"array"`` a list of lists, ``"pandas"`` (Gradio's default) a DataFrame, ``"numpy"`` an
array, ``"polars"`` a polars DataFrame. pandas/numpy/polars are packages an app may not load in
Pyodide: those types then raise a gr.Error naming the package. Outputs may be lists of lists, dicts
with headers/data(/metadata), CSV paths, and pandas/numpy/polars values and pandas Stylers; those
are recognised by their class's module, so no package is imported that the app did not import.
"""

from __future__ import annotations

import re
import warnings
from typing import Any

from ..component_base import _COMMON, Component
from ..errors import Error
from .image import _need

_TYPES = ["pandas", "numpy", "array", "polars"]
_LATEX = [{"left": "$$", "right": "$$", "display": True}]
# dtype/class name (brackets and trailing digits removed) -> Dataframe datatype, for datatype="auto"
_AUTO = {"str": "str", "object": "str", "string": "str", "utf": "str", "category": "str",
         "categorical": "str", "int": "number", "float": "number", "bool": "bool", "boolean": "bool",
         "datetime": "date", "date": "date", "timedelta": "date", "timestamp": "date"}


def _kind(value: Any) -> str | None:
    """"pandas", "styler", "numpy", "polars" for values of those packages, else None."""
    cls = type(value)
    module = cls.__module__ or ""
    if module.startswith("pandas"):
        if cls.__name__ == "Styler":
            return "styler"
        return "pandas" if cls.__name__ == "DataFrame" else None
    if module.startswith("numpy") and cls.__name__ == "ndarray":
        return "numpy"
    if module.startswith("polars") and cls.__name__ == "DataFrame":
        return "polars"
    return None


def _native(cell: Any) -> Any:
    """A numpy scalar as the Python value orjson would write (int, float, bool, str...)."""
    if type(cell).__module__ == "numpy" and hasattr(cell, "item"):
        return cell.item()
    return cell


def _rows(data: Any) -> list:
    return [[_native(c) for c in row] if isinstance(row, (list, tuple)) else row for row in data]


def _read_csv(path: str) -> tuple[list, list]:
    """Headers and rows of a CSV file: with pandas when the app has it (as Gradio), else the csv
    module with each column's numbers read as numbers."""
    try:
        import pandas as pd  # noqa: F401  - only if installed; Gradio reads CSVs with pandas
    except ImportError:
        pd = None
    if pd is not None:
        frame = pd.read_csv(path)
        return list(frame.columns), _rows(frame.to_dict(orient="split")["data"])
    import csv

    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if not rows:
        return [], []
    headers, body = rows[0], rows[1:]
    for col in range(len(headers)):
        cells = [r[col] for r in body if col < len(r)]
        for convert in (int, float):
            try:
                values = [convert(c) for c in cells]
            except ValueError:
                continue
            for r, v in zip((r for r in body if col < len(r)), values):
                r[col] = v
            break
    return headers, body


def _styler_metadata(styler: Any) -> dict:
    """display_value and styling (CSS text) of each visible cell of a pandas Styler."""
    hidden = {int(c) for c in getattr(styler, "hidden_columns", [])}
    translated = styler._compute()._translate(None, None)
    css = {}
    for style in translated.get("cellstyle", []):
        text = "; ".join(f"{prop}: {val}" for prop, val in style.get("props", []))
        for selector in style.get("selectors", []):
            css[selector] = text
    meta: dict[str, list] = {"display_value": [], "styling": []}
    for row in translated["body"]:
        cells = [c for c in row if c["type"] == "td"]
        cells = [c for i, c in enumerate(cells) if i not in hidden]
        meta["display_value"].append([c["display_value"] for c in cells])
        meta["styling"].append([css.get(c["id"], "") for c in cells])
    return meta


def _counts(count: Any, default: int = 3) -> Any:
    if count is None:
        return (default, "dynamic")
    if isinstance(count, (int, float)):
        return (int(count), "dynamic")
    return count


def auto_datatype(value: Any) -> Any:
    """Gradio's datatype="auto": a datatype per column from the value's dtypes or first row."""
    def name(text: str) -> str:
        text = re.sub(r"\s*\d+\s*$", "", re.sub(r"\[.*?\]|\(.*?\)", "", text)).lower()
        return _AUTO.get(text, "str")

    kind = _kind(value)
    if kind in ("pandas", "polars"):
        return [name(str(d)) for d in value.dtypes]
    if kind == "styler":
        return [name(str(d)) for d in value.data.dtypes]
    if kind == "numpy":
        if value.size == 0 or value.ndim < 2:
            return "str"
        return [name(type(value[0, i]).__name__) for i in range(value.shape[1])]
    if isinstance(value, list) and value and isinstance(value[0], (list, tuple)):
        return [name(type(v).__name__) for v in value[0]]
    return "str"


class Dataframe(Component):
    TYPE = "dataframe"
    EVENTS = ("change", "input", "select", "edit")
    PROPS = _COMMON + ("headers", "row_count", "row_limits", "col_count", "column_count", "column_limits",
                       "datatype", "type", "latex_delimiters", "max_height", "wrap", "line_breaks",
                       "column_widths", "buttons", "show_row_numbers", "max_chars", "show_search",
                       "pinned_columns", "static_columns")
    # props Gradio always sends (observed from gradio 6.31's config)
    _ALWAYS = ("headers", "row_count", "col_count", "column_count", "datatype", "type", "latex_delimiters",
               "max_height", "wrap", "line_breaks", "column_widths", "show_row_numbers", "show_search",
               "static_columns")
    G6_DEFAULTS = ("dataframe", {"show_label": True, "min_width": 160, "visible": True, "elem_classes": [],
                                 "preserved_by_key": ["value"], "_selectable": False})

    def __init__(self, value: Any = None, *, headers: list | None = None, row_count: Any = None,
                 row_limits: Any = None, col_count: Any = None, column_count: Any = None,
                 column_limits: Any = None, datatype: Any = "str", type: str = "pandas",
                 latex_delimiters: list | None = None, max_height: int | str = 500, wrap: bool = False,
                 line_breaks: bool = True, column_widths: list | None = None, buttons: list | None = None,
                 show_row_numbers: bool = False, max_chars: int | None = None, show_search: str = "none",
                 pinned_columns: int | None = None, static_columns: list | None = None,
                 preserved_by_key: Any = "value", **kwargs: Any):
        if col_count is not None:
            warnings.warn("The `col_count` parameter is deprecated and will be removed. "
                          "Please use `column_count` instead.", UserWarning, stacklevel=3)
        self.wrap = wrap
        self.row_count = _counts(row_count)
        self.row_limits = row_limits
        # as Gradio 6.31: col_count is ignored, column_count (or the headers) sets the columns
        self.column_count = self.col_count = _counts(column_count, len(headers) if headers else 3)
        self.column_limits = column_limits
        self.static_columns = static_columns or []
        if headers is not None and len(headers) != self.column_count[0]:
            raise ValueError(
                "The length of the headers list must be equal to the column_count.\n"
                f"The column count is set to {self.column_count[0]} but `headers` has {len(headers)} items. "
                "Check the values passed to `column_count` and `headers`.")
        self.headers = list(headers) if headers is not None else [
            str(i) for i in range(1, self.column_count[0] + 1)]
        if type not in _TYPES:
            raise ValueError(f"Invalid value for parameter `type`: {type}. Please choose from one of: {_TYPES}")
        self.type = type
        self.datatype = auto_datatype(value) if datatype == "auto" else datatype
        self.latex_delimiters = _LATEX if latex_delimiters is None else latex_delimiters
        self.max_height, self.line_breaks = max_height, line_breaks
        self.column_widths = [w if isinstance(w, str) and (w.endswith(("px", "%")) or w == "auto") else f"{w}px"
                              for w in (column_widths or [])]
        self.buttons, self.show_row_numbers, self.max_chars = buttons, show_row_numbers, max_chars
        self.show_search, self.pinned_columns = show_search, pinned_columns
        if preserved_by_key != "value":
            kwargs["preserved_by_key"] = [preserved_by_key] if isinstance(preserved_by_key, str) else (
                list(preserved_by_key or []))
        super().__init__(value, **kwargs)

    def g6_props(self, props: dict, blocks) -> dict:
        for name in self._ALWAYS:
            props[name] = getattr(self, name)
        if not (self._value_fn is not None and self._value_inputs):
            props["value"] = self.value
        return props

    # -- values ---------------------------------------------------------------------------------
    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        if not isinstance(payload, dict) or "data" not in payload:
            raise Error("A Dataframe value must have 'headers' and 'data'.")
        headers, data = payload.get("headers"), payload["data"]
        if self.type == "array":
            return data
        if self.type == "numpy":
            np = _need("numpy", "numpy", 'gr.Dataframe(type="numpy")')
            return np.array(data)
        if self.type == "polars":
            pl = _need("polars", "polars", 'gr.Dataframe(type="polars")')
            if headers is None:
                return pl.DataFrame(data)
            return pl.DataFrame([] if data == [[]] else data, schema=headers, orient="row")
        pd = _need("pandas", "pandas", 'gr.Dataframe(type="pandas"), Gradio\'s default type,')
        if headers is None:
            return pd.DataFrame(data)
        return pd.DataFrame([] if data == [[]] else data, columns=headers)

    @staticmethod
    def is_empty(value: Any) -> bool:
        kind = _kind(value)
        if value is None:
            return True
        if kind == "pandas":
            return bool(value.empty)
        if kind == "styler":
            return bool(value.data.empty)
        if kind == "numpy":
            return value.size == 0
        if kind == "polars":
            return bool(value.is_empty())
        if isinstance(value, list):
            return len(value[0]) == 0 if value and isinstance(value[0], list) else len(value) == 0
        if isinstance(value, dict):
            return len(value["data"]) == 0 if "data" in value else len(value) == 0
        return False

    def _headers_and_data(self, value: Any) -> tuple[list, list]:
        """(headers the value carries, its cells as a list of rows)."""
        kind = _kind(value)
        if isinstance(value, dict):
            return list(value.get("headers") or []), value.get("data", [[]])
        if isinstance(value, str):
            return _read_csv(value)
        if kind == "pandas":
            return list(value.columns), _rows(value.to_dict(orient="split")["data"])
        if kind == "styler":
            frame = value.data
            hidden = set(getattr(value, "hidden_columns", []))
            frame = frame.iloc[:, [i for i in range(len(frame.columns)) if i not in hidden]]
            return list(value.data.columns), _rows(frame.to_dict(orient="split")["data"])
        if kind == "polars":
            columns = value.to_dict()
            return list(value.columns), _rows(zip(*(list(s) for s in columns.values())))
        if kind == "numpy":
            value = value.tolist()
        if isinstance(value, (list, tuple)):
            value = list(value)
            first = value[0]
            if isinstance(first, list):
                return [], _rows(value)
            if isinstance(first, tuple):
                return [], _rows(list(v) for v in value)
            return [], [[_native(v)] for v in value]
        raise ValueError(f"Cannot process value of type {type(value)} in gr.Dataframe")

    def postprocess(self, value: Any) -> dict:
        if value is None or self.is_empty(value):
            own = list(value.get("headers") or []) if isinstance(value, dict) else []
            if _kind(value) in ("pandas", "polars"):
                own = list(value.columns)
            elif _kind(value) == "styler":
                own = list(value.data.columns)
            return {"headers": own or self.headers, "data": [], "metadata": None}
        own, data = self._headers_and_data(value)
        headers = own or self.headers
        if not data:
            return {"headers": headers, "data": [], "metadata": None}
        width = len(data[0])
        if len(headers) > width:
            headers = headers[:width]
        elif len(headers) < width:
            headers = [*headers, *[str(i) for i in range(len(headers) + 1, width + 1)]]
        metadata = None
        if isinstance(value, dict):
            metadata = value.get("metadata")
        elif _kind(value) == "styler":
            metadata = _styler_metadata(value)
        return {"headers": headers, "data": data, "metadata": metadata}


DataFrame = Dataframe
