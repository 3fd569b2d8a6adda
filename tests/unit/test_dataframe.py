"""gr.Dataframe: config props, values into handlers and out to the page as Gradio 6.31 gives them.

Expected values were read from a real gradio 6.31 (`demo.get_config_file()`, `Dataframe.postprocess`
and `.preprocess`, tools/config_parity.py); pandas is needed only by the tests that say so."""

import builtins
import csv

import pytest

import liteblocks as gr
from liteblocks.g6.config import component_props

LATEX = [{"left": "$$", "right": "$$", "display": True}]


def _props(**kwargs):
    with gr.Blocks():
        df = gr.Dataframe(**kwargs)
    return component_props(df)


def test_default_props_are_gradios():
    assert _props() == {
        "value": {"headers": ["1", "2", "3"], "data": [], "metadata": None}, "headers": ["1", "2", "3"],
        "row_count": [3, "dynamic"], "col_count": [3, "dynamic"], "column_count": [3, "dynamic"],
        "datatype": "str", "type": "pandas", "latex_delimiters": LATEX, "show_label": True, "max_height": 500,
        "min_width": 160, "visible": True, "elem_classes": [], "preserved_by_key": ["value"], "wrap": False,
        "line_breaks": True, "column_widths": [], "show_row_numbers": False, "show_search": "none",
        "static_columns": [], "name": "dataframe", "_selectable": False}
    assert gr.DataFrame is gr.Dataframe


def test_props_an_app_sets():
    with pytest.warns(UserWarning, match="col_count"):  # deprecated and ignored in 6.31
        props = _props(headers=["x", "y"], datatype=["str", "number"], row_count=3, col_count=5,
                       interactive=True, wrap=True, column_widths=[100, "20%"], max_height=300, label="T",
                       value=[[1, 2], [3, 4]], type="array")
    assert props["value"] == {"headers": ["x", "y"], "data": [[1, 2], [3, 4]], "metadata": None}
    assert props["headers"] == ["x", "y"] and props["column_count"] == props["col_count"] == [2, "dynamic"]
    assert props["row_count"] == [3, "dynamic"] and props["datatype"] == ["str", "number"]
    assert props["column_widths"] == ["100px", "20%"] and props["max_height"] == 300 and props["wrap"] is True
    assert props["label"] == "T" and props["interactive"] is True and props["type"] == "array"
    more = _props(column_count=4, row_count=(2, "fixed"), buttons=["copy"], show_row_numbers=True,
                  show_search="filter", pinned_columns=1, static_columns=[0], max_chars=10, latex_delimiters=[])
    assert more["headers"] == ["1", "2", "3", "4"] and more["row_count"] == [2, "fixed"]
    assert (more["buttons"], more["pinned_columns"], more["static_columns"], more["max_chars"]) == (
        ["copy"], 1, [0], 10)
    assert more["show_search"] == "filter" and more["latex_delimiters"] == []


def test_dict_value_and_auto_datatype():
    assert _props(value={"headers": ["p", "q"], "data": [["a", 1]]})["value"] == {
        "headers": ["p", "q"], "data": [["a", 1]], "metadata": None}
    assert gr.Dataframe([[1, "a", True, 2.5]], datatype="auto").datatype == ["number", "str", "bool", "number"]
    assert gr.Dataframe([1], datatype="auto").datatype == "str"


def test_constructor_checks():
    with pytest.raises(ValueError, match="headers list must be equal to the column_count"):
        gr.Dataframe(headers=["a", "b"], column_count=3)
    with pytest.raises(ValueError, match="Invalid value for parameter `type`"):
        gr.Dataframe(type="dict")


def test_select_listener_turns_on_selectable_and_events_exist():
    with gr.Blocks():
        df = gr.Dataframe()
        df.select(lambda: None, None, None)
        df.edit(lambda: None, None, None)
        df.input(lambda: None, None, None)
        df.change(lambda: None, None, None)
    assert component_props(df)["_selectable"] is True


@pytest.mark.parametrize("kwargs, value, expected", [
    ({}, None, {"headers": ["1", "2", "3"], "data": [], "metadata": None}),
    ({"headers": ["a", "b"]}, None, {"headers": ["a", "b"], "data": [], "metadata": None}),
    ({}, [[1, 2], [3, 4]], {"headers": ["1", "2"], "data": [[1, 2], [3, 4]], "metadata": None}),
    ({"headers": ["a"]}, [[1, 2, 3]], {"headers": ["a", "2", "3"], "data": [[1, 2, 3]], "metadata": None}),
    ({"headers": ["a", "b", "c"]}, [[1]], {"headers": ["a"], "data": [[1]], "metadata": None}),
    ({}, [1, 2], {"headers": ["1"], "data": [[1], [2]], "metadata": None}),
    ({}, [(1, "a"), (2, "b")], {"headers": ["1", "2"], "data": [[1, "a"], [2, "b"]], "metadata": None}),
    ({}, [], {"headers": ["1", "2", "3"], "data": [], "metadata": None}),
    ({}, [[]], {"headers": ["1", "2", "3"], "data": [], "metadata": None}),
    ({}, {"headers": ["p"], "data": [[1], [2]]}, {"headers": ["p"], "data": [[1], [2]], "metadata": None}),
    ({}, {"data": [[1, 2]]}, {"headers": ["1", "2"], "data": [[1, 2]], "metadata": None}),
    ({"headers": ["z"]}, {"headers": ["q"], "data": []}, {"headers": ["q"], "data": [], "metadata": None}),
    ({}, {"data": [[1]], "metadata": {"display_value": [["one"]]}},
     {"headers": ["1"], "data": [[1]], "metadata": {"display_value": [["one"]]}}),
])
def test_postprocess_as_gradio(kwargs, value, expected):
    assert gr.Dataframe(**kwargs).postprocess(value) == expected


def test_postprocess_numpy_values_as_plain_numbers():
    np = pytest.importorskip("numpy")
    assert gr.Dataframe().postprocess(np.array([[1, 2], [3, 4]])) == {
        "headers": ["1", "2"], "data": [[1, 2], [3, 4]], "metadata": None}
    out = gr.Dataframe().postprocess([[np.int64(3), np.float32(1.5), np.bool_(True)]])["data"][0]
    assert out == [3, 1.5, True] and [type(v) for v in out] == [int, float, bool]
    assert gr.Dataframe(headers=["u"]).postprocess(np.array([]))["headers"] == ["u"]


def test_postprocess_csv_path_without_pandas(tmp_path, monkeypatch):
    path = tmp_path / "t.csv"
    with open(path, "w", newline="") as f:
        csv.writer(f).writerows([["a", "b", "c"], [1, "x", 2.5], [3, "y", 4]])
    _hide(monkeypatch, "pandas")
    assert gr.Dataframe().postprocess(str(path)) == {
        "headers": ["a", "b", "c"], "data": [[1, "x", 2.5], [3, "y", 4.0]], "metadata": None}


def _hide(monkeypatch, *packages):
    real = builtins.__import__

    def no_package(name, *a, **k):
        if name.split(".")[0] in packages:
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_package)


PAYLOAD = {"headers": ["a", "b"], "data": [[1, "x"], [2, "y"]], "metadata": None}


def test_preprocess_array_and_none():
    assert gr.Dataframe(type="array").preprocess(PAYLOAD) == [[1, "x"], [2, "y"]]
    assert gr.Dataframe(type="array").preprocess(None) is None


def test_missing_packages_are_named(monkeypatch):
    _hide(monkeypatch, "pandas", "numpy", "polars")
    for kind, package in (("pandas", "pandas"), ("numpy", "numpy"), ("polars", "polars")):
        with pytest.raises(gr.Error, match=package):
            gr.Dataframe(type=kind).preprocess(PAYLOAD)
    assert gr.Dataframe(type="array").preprocess(PAYLOAD) == PAYLOAD["data"]
    assert gr.Dataframe().postprocess([[1]])["data"] == [[1]]  # outputs need none of them


def test_preprocess_numpy():
    np = pytest.importorskip("numpy")
    out = gr.Dataframe(type="numpy").preprocess(PAYLOAD)
    assert isinstance(out, np.ndarray) and out.tolist() == [["1", "x"], ["2", "y"]]


def test_pandas_both_ways():
    pd = pytest.importorskip("pandas")
    frame = gr.Dataframe().preprocess(PAYLOAD)
    assert list(frame.columns) == ["a", "b"] and frame["a"].tolist() == [1, 2]
    empty = gr.Dataframe().preprocess({"headers": ["a", "b"], "data": [[]], "metadata": None})
    assert empty.empty and list(empty.columns) == ["a", "b"]
    df = pd.DataFrame({"n": [1, 2], "s": ["a", None], "f": [1.5, float("nan")], "b": [True, False]})
    out = gr.Dataframe().postprocess(df)
    assert out["headers"] == ["n", "s", "f", "b"] and out["data"][0] == [1, "a", 1.5, True]
    from liteblocks.protocol import jsonable

    assert jsonable(out["data"][1]) == [2, None, None, False]  # NaN goes as null, as Gradio's orjson
    assert gr.Dataframe(df, datatype="auto").datatype == ["number", "str", "number", "bool"]
    assert gr.Dataframe().postprocess(pd.DataFrame({"x": []}))["headers"] == ["x"]
    styled = pd.DataFrame({"a": [1.234, 2.0]}).style.format("{:.1f}").highlight_max(color="red")
    assert gr.Dataframe().postprocess(styled)["metadata"] == {
        "display_value": [["1.2"], ["2.0"]], "styling": [[""], ["background-color: red"]]}
