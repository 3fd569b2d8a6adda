"""gr.Dataframe on Gradio's frontend: a table filled by a handler shows its values, a cell the user
edits reaches the handlers (as its text, as on a gradio 6.31 server: the sum below was checked there),
and a click on a cell gives the handler its SelectData."""
from playwright.sync_api import expect

from browser_helpers import open_app

APP = """
import gradio as gr

def fill():
    return [[1, "apple", 2.5], [2, "pear", 4.0]]

def total(rows):
    return str(sum(float(r[1]) for r in rows)), repr(rows)

def picked(evt: gr.SelectData):
    return f"{evt.index} {evt.value!r} {evt.row_value!r} {evt.col_value!r}"

def edited(evt: gr.EditData):
    return f"{evt.index} {evt.value!r} {evt.previous_value!r}"

with gr.Blocks() as demo:
    btn = gr.Button("Fill")
    out = gr.Dataframe(headers=["id", "fruit", "price"], label="Fruit", interactive=False, type="array")
    btn.click(fill, None, out)
    table = gr.Dataframe(value=[["a", 1], ["b", 2]], headers=["item", "amount"], datatype=["str", "number"],
                         interactive=True, type="array", label="Amounts")
    s = gr.Textbox(label="Sum")
    rows = gr.Textbox(label="Rows")
    table.change(total, table, [s, rows])
    pick = gr.Textbox(label="Picked")
    out.select(picked, None, pick)
    ed = gr.Textbox(label="Edited")
    table.edit(edited, None, ed)
    inputs = gr.Number(label="Inputs", value=0)
    table.input(lambda n: n + 1, inputs, inputs)
    gr.Button("Reset").click(lambda: [["a", 1], ["b", 2]], None, table)
"""


def _cells(grid):
    return [t.strip() for t in grid.locator("[data-testid^=cell-]").all_inner_texts()]


def test_dataframe_output_edit_and_select(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    fruit, amounts = page.get_by_role("grid", name="Fruit"), page.get_by_role("grid", name="Amounts")
    expect(amounts.locator("[data-testid=cell-1-1]")).to_have_text("2", timeout=15_000)
    assert page.get_by_label("Sum").input_value() == ""  # drawing the tables fires no change

    page.get_by_role("button", name="Fill").click()
    expect(fruit.locator("[data-testid=cell-1-1]")).to_have_text("pear", timeout=15_000)
    assert _cells(fruit) == ["1", "apple", "2.5", "2", "pear", "4"]
    expect(fruit.locator("th[title=fruit]").first).to_be_visible()

    fruit.locator("[data-testid=cell-1-1]").click()
    expect(page.get_by_label("Picked")).to_have_value("[1, 1] 'pear' [2, 'pear', 4] ['apple', 'pear']")

    amounts.locator("[data-testid=cell-1-1]").dblclick()
    editor = amounts.locator("textarea")
    expect(editor).to_be_focused()
    page.keyboard.press("Control+a")
    page.keyboard.type("10")
    page.keyboard.press("Enter")
    expect(page.get_by_label("Sum")).to_have_value("11.0", timeout=15_000)
    expect(page.get_by_label("Rows")).to_have_value("[['a', 1], ['b', '10']]")
    expect(page.get_by_label("Edited")).to_have_value("[1, 1] '10' '2'")
    expect(page.get_by_label("Inputs")).to_have_value("1")

    page.get_by_role("button", name="Reset").click()  # the app's value redraws the edited table
    expect(page.get_by_label("Sum")).to_have_value("3.0", timeout=15_000)
    assert _cells(amounts) == ["a", "1", "b", "2"]
    expect(page.get_by_label("Inputs")).to_have_value("1")  # an app's value is no input


PANDAS_APP = """
import gradio as gr

with gr.Blocks() as demo:
    table = gr.Dataframe([[1, 2]], headers=["a", "b"], label="Table")
    out = gr.Textbox(label="Out")
    gr.Button("Go").click(lambda df: str(df), table, out)
"""


def test_pandas_type_without_pandas_names_it(context, lite_site):
    page = open_app(context, lite_site.app_url(PANDAS_APP))
    page.get_by_role("button", name="Go").click()
    expect(page.get_by_text("needs the pandas package")).to_be_visible(timeout=15_000)
