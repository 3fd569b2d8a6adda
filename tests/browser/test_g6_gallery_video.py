"""gr.Gallery and gr.Video on Gradio's frontend (@gradio/gallery, @gradio/video): a handler's images
fill a gallery and load from the worker's files, a click on a thumbnail reaches the handler as
gr.SelectData; a video picked in the file input reaches the handler as a worker path and the video it
returns (with subtitles) plays from an object URL."""
import re

from playwright.sync_api import expect

from browser_helpers import open_app

GALLERY_APP = """
import struct, zlib
import gradio as gr

def png(path, w, h, rgb):
    raw = b"".join(b"\\x00" + bytes(rgb * w) for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    with open(path, "wb") as f:
        f.write(b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    return path

def fill():
    return [(png("/tmp/red.png", 40, 30, [200, 30, 30]), "red"), png("/tmp/green.png", 20, 10, [30, 200, 30]),
            (png("/tmp/blue.png", 16, 16, [30, 30, 200]), "blue")]

def picked(evt: gr.SelectData):
    return f"{evt.index} {evt.value['image']['orig_name']} {evt.value['caption']}"

def count(items):
    return f"{len(items or [])} items: " + ", ".join(p.split("/")[-1] for p, _ in items or [])

with gr.Blocks() as demo:
    gallery = gr.Gallery(label="Pictures", columns=3)
    info = gr.Textbox(label="Selected")
    sent = gr.Textbox(label="Sent")
    gr.Button("Fill").click(fill, None, gallery)
    gallery.select(picked, None, info)
    gr.Button("Count").click(count, gallery, sent)
    drop = gr.Gallery(label="Drop", interactive=True, elem_id="drop")
    drop.upload(count, drop, sent)
    gallery.preview_open(lambda: "preview opened", None, sent)
    gallery.preview_close(lambda: "preview closed", None, sent)
"""


def test_gallery_shows_a_handlers_images_and_select_gives_the_index(context, lite_site):
    page = open_app(context, lite_site.app_url(GALLERY_APP))
    page.get_by_role("button", name="Fill").click()
    thumbs = page.get_by_role("button", name=re.compile(r"^Thumbnail \d of 3$"))
    expect(thumbs).to_have_count(3, timeout=15_000)
    images = page.locator("img[src^='blob:']")
    expect(images).to_have_count(3)
    page.wait_for_function("() => [...document.querySelectorAll(\"img[src^='blob:']\")]"
                           ".every(im => im.complete && im.naturalWidth > 0)")
    assert images.evaluate_all("ims => ims.map(im => im.naturalWidth)") == [40, 20, 16]
    expect(page.get_by_text("blue", exact=True)).to_be_visible()  # a caption
    page.get_by_role("button", name="Thumbnail 2 of 3").click()
    expect(page.get_by_label("Selected", exact=True)).to_have_value("1 green.png None", timeout=15_000)
    # the preview is open, showing the picked image large; its own thumbnails select too
    expect(page.get_by_role("button", name="detailed view of selected image")).to_be_visible()
    page.locator("button.thumbnail-small[aria-label='Thumbnail 3 of 3']").click()
    expect(page.get_by_label("Selected", exact=True)).to_have_value("2 blue.png blue", timeout=15_000)
    # as an input the handler gets (path, caption) pairs of the worker's files
    page.get_by_role("button", name="Count").click()
    expect(page.get_by_label("Sent", exact=True)).to_have_value("3 items: red.png, green.png, blue.png", timeout=15_000)


def test_gallery_preview_events_and_downloads(context, lite_site):
    import zipfile

    page = open_app(context, lite_site.app_url(GALLERY_APP))
    page.get_by_role("button", name="Fill").click()
    expect(page.get_by_role("button", name="Thumbnail 1 of 3")).to_be_visible(timeout=15_000)
    with page.expect_download() as everything:
        page.get_by_role("button", name="Download All").click()
    assert zipfile.ZipFile(everything.value.path()).namelist() == ["red.png", "green.png", "blue.png"]
    page.get_by_role("button", name="Thumbnail 2 of 3").click()
    expect(page.get_by_label("Sent", exact=True)).to_have_value("preview opened", timeout=15_000)
    with page.expect_download() as one:
        page.get_by_role("button", name="Download", exact=True).click()
    assert one.value.suggested_filename == "green.png"
    page.get_by_role("button", name="Close", exact=True).click()
    expect(page.get_by_label("Sent", exact=True)).to_have_value("preview closed", timeout=15_000)


def test_files_dropped_on_a_gallery_reach_its_upload_handler(context, lite_site):
    page = open_app(context, lite_site.app_url(GALLERY_APP))
    page.locator("#drop input[type=file]").set_input_files(
        [{"name": "a.png", "mimeType": "image/png", "buffer": _png(5, 4)},
         {"name": "b.png", "mimeType": "image/png", "buffer": _png(6, 3)}])
    expect(page.get_by_label("Sent", exact=True)).to_have_value("2 items: a.png, b.png", timeout=15_000)
    shown = page.locator("#drop img[src^='blob:']")
    expect(shown).to_have_count(2)
    page.wait_for_function("() => [...document.querySelectorAll(\"#drop img\")].every(im => im.naturalWidth > 0)")


def _png(w, h):
    import struct
    import zlib
    raw = b"".join(b"\x00" + bytes([9, 99, 199] * w) for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


VIDEO_APP = """
import os
import gradio as gr

def got(path):
    where = os.path.dirname(os.path.dirname(path))
    with open("/tmp/captions.srt", "w") as f:
        f.write("1\\n00:00:00,000 --> 00:00:05,000\\nHello there\\n")
    return (gr.Video(value=path, subtitles="/tmp/captions.srt"),
            f"{os.path.basename(path)} {os.path.getsize(path)} bytes in {where}", [(path, "the clip")])

with gr.Blocks() as demo:
    clip = gr.Video(label="Clip", sources=["upload"])
    back = gr.Video(label="Back", interactive=False)
    info = gr.Textbox(label="Info")
    plays = gr.Number(0, label="Plays")
    shelf = gr.Gallery(label="Shelf", elem_id="shelf")
    clip.upload(got, clip, [back, info, shelf])
    back.play(lambda n: n + 1, plays, plays)
"""

# A short WebM, recorded by the page from a canvas (Chromium's MediaRecorder)
RECORD = """async () => {
  const canvas = Object.assign(document.createElement("canvas"), { width: 64, height: 48 });
  const ctx = canvas.getContext("2d");
  const stream = canvas.captureStream(25);
  const rec = new MediaRecorder(stream, { mimeType: "video/webm" });
  const parts = [];
  rec.ondataavailable = (e) => parts.push(e.data);
  const done = new Promise((ok) => (rec.onstop = ok));
  rec.start();
  for (let i = 0; i < 12; i++) {
    ctx.fillStyle = `hsl(${i * 30}, 80%, 50%)`;
    ctx.fillRect(0, 0, 64, 48);
    await new Promise((ok) => setTimeout(ok, 40));
  }
  rec.stop();
  await done;
  return [...new Uint8Array(await new Blob(parts).arrayBuffer())];
}"""


def test_video_upload_reaches_the_handler_and_the_returned_video_plays(context, lite_site):
    page = open_app(context, lite_site.app_url(VIDEO_APP))
    webm = bytes(page.evaluate(RECORD))
    assert webm[:4] == b"\x1aE\xdf\xa3"  # EBML: a WebM
    page.locator("input[type=file]").first.set_input_files(
        {"name": "clip.webm", "mimeType": "video/webm", "buffer": webm})
    expect(page.get_by_label("Info", exact=True)).to_have_value(
        f"clip.webm {len(webm)} bytes in /tmp/gradio", timeout=15_000)
    videos = page.locator("video[src^='blob:']")
    expect(videos).to_have_count(3)  # the upload's player, the returned one, the gallery's thumbnail
    expect(page.locator("#shelf video[src^='blob:']")).to_have_count(1)
    expect(page.locator("#shelf").get_by_text("the clip")).to_be_visible()
    back = videos.nth(1)
    back.evaluate("v => new Promise((ok) => v.readyState >= 1 ? ok() : v.addEventListener('loadedmetadata', ok))")
    assert back.evaluate("v => v.videoWidth") == 64
    # the subtitles= it came with: WebVTT made from the .srt, loaded as a caption track
    track = back.locator("track[src^='blob:']")
    expect(track).to_have_count(1)
    page.wait_for_function("t => t.track.cues && t.track.cues.length === 1", arg=track.element_handle())
    assert track.evaluate("t => t.track.cues[0].text") == "Hello there"
    back.evaluate("v => { v.muted = true; return v.play(); }")
    expect(page.get_by_label("Plays", exact=True)).to_have_value("1", timeout=15_000)


def test_a_webcam_the_browser_lacks_is_said_in_a_warning(context, lite_site):
    # headless Chromium has no camera: getUserMedia fails, which Gradio's Webcam leaves uncaught
    page = open_app(context, lite_site.app_url(
        "import gradio as gr\nwith gr.Blocks() as demo:\n    gr.Video(label='Cam', sources=['webcam'])\n"))
    page.get_by_text("Click to Access Webcam").click()
    expect(page.get_by_text("The browser found no camera (or microphone) to record with.")).to_be_visible(
        timeout=15_000)
