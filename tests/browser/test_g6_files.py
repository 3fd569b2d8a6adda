"""Files without a server, on Gradio's frontend (issue 16.3 / 13.3): a file chosen in the page
lands in the worker's file system, the handler gets its path, and the file the handler writes
comes back as a link the user can download."""
import re

from playwright.sync_api import expect

from browser_helpers import open_app

APP = """
import gradio as gr

def shout(path):
    with open(path) as f:
        text = f.read()
    out = path + ".upper.txt"
    with open(out, "w") as f:
        f.write(text.upper())
    return f"{len(text)} characters in {path.split('/')[-1]}", out

with gr.Blocks() as demo:
    f = gr.File(label="Upload a text file")
    info = gr.Textbox(label="Info")
    result = gr.File(label="Shouted")
    f.upload(shout, f, [info, result])
"""


def test_upload_reaches_the_handler_and_its_file_downloads(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(APP, 'renderer="gradio"'))
    source = tmp_path / "note.txt"
    source.write_text("hello files")
    page.locator("input[type=file]").first.set_input_files(str(source))
    expect(page.get_by_label("Info", exact=True)).to_have_value("11 characters in note.txt", timeout=15_000)
    link = page.get_by_role("row", name=re.compile(r"note\.txt\.upper\.txt")).get_by_role("link")
    expect(link).to_be_visible()
    with page.expect_download() as download:
        link.click()
    assert open(download.value.path()).read() == "HELLO FILES"
