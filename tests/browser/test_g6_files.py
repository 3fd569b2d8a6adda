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
    page = open_app(context, lite_site.app_url(APP))
    source = tmp_path / "note.txt"
    source.write_text("hello files")
    page.locator("input[type=file]").first.set_input_files(str(source))
    expect(page.get_by_label("Info", exact=True)).to_have_value("11 characters in note.txt", timeout=15_000)
    link = page.get_by_role("row", name=re.compile(r"note\.txt\.upper\.txt")).get_by_role("link")
    expect(link).to_be_visible()
    with page.expect_download() as download:
        link.click()
    assert open(download.value.path()).read() == "HELLO FILES"


IMAGE_APP = """
import gradio as gr

def size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    w, h = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
    return path, f"{w}x{h} {path.split('/')[-1]}"

with gr.Blocks() as demo:
    im = gr.Image(label="Photo", type="filepath")
    out = gr.Image(label="Same photo", interactive=False)
    info = gr.Textbox(label="Size")
    gr.Button("Measure").click(size, im, [out, info])
"""


def _png(path, w, h):
    import struct
    import zlib
    raw = b"".join(b"\x00" + bytes([200, 30, 30] * w) for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def test_image_upload_reaches_the_handler_as_a_path_and_comes_back(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(IMAGE_APP))
    _png(tmp_path / "red.png", 40, 30)
    page.locator("input[type=file]").first.set_input_files(str(tmp_path / "red.png"))
    expect(page.locator("img[src^='blob:']")).to_have_count(1, timeout=15_000)  # the upload's preview
    page.get_by_role("button", name="Measure").click()
    expect(page.get_by_label("Size")).to_have_value("40x30 red.png", timeout=15_000)
    shown = page.locator("img[src^='blob:']")
    expect(shown).to_have_count(2)
    assert shown.nth(1).evaluate("im => im.complete && im.naturalWidth") == 40


MEDIA_APP = """
import gradio as gr
from gradio.media import get_file, get_image

with gr.Blocks() as demo:
    gr.Image(get_image("cheetah1.jpg"), label="Sample")
    text = gr.Textbox(label="Text")
    gr.Button("Read").click(lambda: open(get_file("sample.txt")).read(), None, text)
"""


def test_gradio_media_files_are_fetched_into_the_worker(context, lite_site, tmp_path):
    # Gradio's sample files come from its public repository (answered here, so nothing leaves the machine)
    _png(tmp_path / "c.png", 12, 8)
    asked = []
    context.allowed_origins.add("https://raw.githubusercontent.com")

    def answer(route):
        asked.append(route.request.url)
        if route.request.url.endswith(".jpg"):
            route.fulfill(status=200, body=(tmp_path / "c.png").read_bytes(), content_type="image/png")
        else:
            route.fulfill(status=200, body="sample text", content_type="text/plain")

    context.route("https://raw.githubusercontent.com/**", answer)
    page = open_app(context, lite_site.app_url(MEDIA_APP))
    shown = page.locator("img[src^='blob:']")
    expect(shown).to_have_count(1, timeout=15_000)
    assert shown.evaluate("im => im.complete && im.naturalWidth") == 12
    page.get_by_role("button", name="Read").click()
    expect(page.get_by_label("Text")).to_have_value("sample text", timeout=15_000)
    assert [u.rsplit("/", 2)[-2:] for u in asked] == [["images", "cheetah1.jpg"], ["data", "sample.txt"]]
