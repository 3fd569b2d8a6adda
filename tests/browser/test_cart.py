"""The guide's cart example (session state), driven the way a person would."""
from playwright.sync_api import expect

from browser_helpers import example, open_app


def add(page, *items):
    for item in items:
        page.get_by_label(item).check()
    page.get_by_role("button", name="Add Items").click()


def test_cart_counts_per_tab(context, lite_site):
    url = lite_site.app_url(example("cart"))
    first = open_app(context, url)
    add(first, "Milk", "Water")
    expect(first.get_by_label("Cart Size")).to_have_value("2")
    first.get_by_role("button", name="Add Items").click()
    expect(first.get_by_label("Cart Size")).to_have_value("4")

    second = open_app(context, url)
    add(second, "Cereal")
    expect(second.get_by_label("Cart Size")).to_have_value("1")
    expect(first.get_by_label("Cart Size")).to_have_value("4")


def test_home_page_gallery_and_playground(context, lite_site):
    page = open_app(context, lite_site.base + "/?example=cart")
    expect(page.get_by_role("link", name="Open Visitor counter")).to_be_visible()
    add(page, "Milk")
    expect(page.get_by_label("Cart Size")).to_have_value("1")
    code = page.get_by_label("Code")
    code.fill(example("cart").replace('"Add Items"', '"Put in cart"'))
    page.get_by_role("button", name="Run").click()
    page.get_by_label("Cereal").check()
    page.get_by_role("button", name="Put in cart").click()
    expect(page.get_by_label("Cart Size")).to_have_value("1")


def test_syntax_error_is_shown_in_the_element(context, lite_site):
    page = open_app(context, lite_site.app_url("import gradio as gr\n\nwith gr.Blocks() as demo:\n    x = (\n"))
    alert = page.get_by_role("alert")
    expect(alert).to_contain_text("SyntaxError")
    expect(alert).to_contain_text("line 4")
