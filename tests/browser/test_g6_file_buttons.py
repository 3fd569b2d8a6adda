"""gr.UploadButton and gr.DownloadButton on Gradio's frontend: the user clicks the upload button and
picks files in the browser's file chooser; they land in the worker's file system and the handler
reads them by path. A download button whose value a handler wrote (or the app gave) saves that
file's bytes."""
import re

from playwright.sync_api import expect

from browser_helpers import ROOT, open_app

APP = """
import gradio as gr

with open("readme.txt", "w") as f:
    f.write("read me first")

def shout(f):
    with open(f.name) as src:
        text = src.read()
    out = f + ".upper.txt"
    with open(out, "w") as dst:
        dst.write(text.upper())
    return f"{text} @ {f}", out

def sizes(files):
    return ", ".join(str(len(b)) for b in files)

with gr.Blocks() as demo:
    with gr.Row():
        up = gr.UploadButton("Upload a note", file_types=[".txt"], variant="primary")
        many = gr.UploadButton("Upload several", file_count="multiple", type="binary", size="sm")
    clicks = gr.Number(0, label="Clicks")
    info = gr.Textbox(label="Info")
    down = gr.DownloadButton("Download shouted")
    readme = gr.DownloadButton("Get readme", "readme.txt")
    up.upload(shout, up, [info, down])
    up.click(lambda n: n + 1, clicks, clicks)
    many.upload(sizes, many, info)
"""


def test_upload_button_puts_the_file_in_the_worker_and_download_button_saves_it(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(APP))
    note = tmp_path / "note.txt"
    note.write_text("hello buttons")
    button = page.get_by_role("button", name="Upload a note", exact=True)
    expect(button).to_have_class(re.compile(r"\bprimary\b"))
    with page.expect_file_chooser() as chooser:
        button.click()
    assert not chooser.value.is_multiple()
    assert page.locator("input[type=file][accept='.txt']").count() == 1
    chooser.value.set_files(str(note))
    expect(page.get_by_label("Info", exact=True)).to_have_value(
        re.compile(r"^hello buttons @ /tmp/gradio/[\w-]+/note\.txt$"), timeout=15_000)
    expect(page.get_by_label("Clicks", exact=True)).to_have_value("1")

    with page.expect_download() as download:
        page.get_by_role("button", name="Download shouted", exact=True).click()
    assert download.value.suggested_filename == "note.txt.upper.txt"
    assert open(download.value.path()).read() == "HELLO BUTTONS"

    with page.expect_download() as download:
        page.get_by_role("button", name="Get readme", exact=True).click()
    assert download.value.suggested_filename == "readme.txt"
    assert open(download.value.path()).read() == "read me first"


def test_upload_button_with_several_files_and_a_refused_type(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(APP))
    a, b = tmp_path / "a.bin", tmp_path / "b.bin"
    a.write_bytes(b"12345")
    b.write_bytes(b"123")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Upload several", exact=True).click()
    assert chooser.value.is_multiple()
    chooser.value.set_files([str(a), str(b)])
    expect(page.get_by_label("Info", exact=True)).to_have_value("5, 3", timeout=15_000)

    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Upload a note", exact=True).click()
    chooser.value.set_files(str(a))  # not a .txt: refused in the page, as Gradio's button does
    expect(page.get_by_text(re.compile(r"Invalid file type: a\.bin\. Only \.txt allowed\."))).to_be_visible()
    expect(page.get_by_label("Info", exact=True)).to_have_value("5, 3")


TOGGLE_APP = """
import gradio as gr

def uploaded(files):
    names = sorted(f.split("/")[-1] for f in files)
    return [gr.UploadButton(visible=False), gr.DownloadButton(label=f"Download {names[-1]}", value=max(files),
                                                              visible=True), ", ".join(names)]

def downloaded():
    return [gr.UploadButton(visible=True), gr.DownloadButton(visible=False)]

with gr.Blocks() as demo:
    up = gr.UploadButton("Upload a folder", file_count="directory")
    down = gr.DownloadButton("Download the file", visible=False)
    names = gr.Textbox(label="Names")
    up.upload(uploaded, up, [up, down, names])
    down.click(downloaded, None, [up, down])
"""


def test_folder_upload_then_download_buttons_swap_as_in_gradios_demo(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(TOGGLE_APP))
    folder = tmp_path / "notes"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("first")
    (folder / "sub" / "z.txt").write_text("last one")
    with page.expect_file_chooser() as chooser:
        page.get_by_role("button", name="Upload a folder", exact=True).click()
    chooser.value.set_files(str(folder))
    expect(page.get_by_label("Names", exact=True)).to_have_value("a.txt, z.txt", timeout=15_000)
    expect(page.get_by_role("button", name="Upload a folder", exact=True)).to_be_hidden()
    with page.expect_download() as download:
        page.get_by_role("button", name="Download z.txt", exact=True).click()
    assert open(download.value.path()).read() == "last one"
    expect(page.get_by_role("button", name="Upload a folder", exact=True)).to_be_visible(timeout=15_000)
    expect(page.get_by_role("button", name="Download z.txt", exact=True)).to_be_hidden()


def test_buttons_pass_axe(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    expect(page.get_by_role("button", name="Get readme", exact=True)).to_be_visible()
    page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    found = page.evaluate("""async () => (await axe.run(document.querySelector('gradio-lite'),
        { resultTypes: ['violations'] })).violations.filter(v => ['serious', 'critical'].includes(v.impact))
        .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))""")
    # white on the theme's orange (variant="primary") is Gradio's own contrast, the same for gr.Button
    assert [f for f in found if f != "color-contrast: .primary"] == []
