"""gr.Audio on Gradio's frontend (our js/components/audio): a handler's (sample_rate, samples) plays in
the browser's <audio> player; a WAV the user uploads reaches the handler as a worker path; Clear
empties the input and fires .clear; the microphone records (a fake device) into a WAV the handler
reads, and a page that cannot use the microphone says why in a warning toast."""
import re
import wave

from playwright.sync_api import expect

import pytest
from browser_helpers import CHROMIUM, CHROMIUM_ARGS, ROOT, open_app, toast

APP = """
import math
import wave
import gradio as gr

def tone(seconds):
    rate = 8000
    return rate, [int(12000 * math.sin(2 * math.pi * 440 * i / rate)) for i in range(int(rate * seconds))]

def frames(path):
    with wave.open(path, "rb") as w:
        return f"{w.getnframes()} frames at {w.getframerate()} Hz in {path.split('/')[-1]}"

with gr.Blocks() as demo:
    seconds = gr.Number(0.5, label="Seconds")
    out = gr.Audio(label="Tone", interactive=False)
    gr.Button("Make").click(tone, seconds, out)
    inp = gr.Audio(label="Input", type="filepath")
    info = gr.Textbox(label="Info")
    events = gr.Textbox(label="Events")
    inp.upload(frames, inp, info)
    inp.stop_recording(frames, inp, info)
    inp.clear(lambda e: e + "clear;", events, events)
    inp.start_recording(lambda e: e + "start;", events, events)
    inp.stop_recording(lambda e: e + "stop_recording;", events, events)
    plays, pauses, stops = gr.Number(0, label="Plays"), gr.Number(0, label="Pauses"), gr.Number(0, label="Stops")
    out.play(lambda n: n + 1, plays, plays)
    out.pause(lambda n: n + 1, pauses, pauses)
    out.stop(lambda n: n + 1, stops, stops)
"""

DURATION = """el => new Promise((done) => el.readyState >= 1 ? done(el.duration)
    : el.addEventListener("loadedmetadata", () => done(el.duration), { once: true }))"""


def _wav(path, frames, rate=8000):
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(b"\x10\x00" * frames)
    return str(path)


def test_samples_from_a_handler_play_in_the_browser(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    tone = page.get_by_label("Tone", exact=True).and_(page.locator("audio"))
    expect(page.locator("audio")).to_have_count(0)
    page.get_by_role("button", name="Make").click()
    expect(tone).to_have_attribute("src", re.compile(r"^blob:"), timeout=15_000)
    assert abs(tone.evaluate(DURATION) - 0.5) < 0.01  # the browser decoded the 16-bit WAV
    expect(page.get_by_role("button", name="Download")).to_be_visible()
    counts = lambda: [page.get_by_label(n).input_value() for n in ("Plays", "Pauses", "Stops")]  # noqa: E731
    tone.evaluate("a => { a.muted = true; return a.play().then(() => a.pause()); }")
    page.wait_for_function("() => document.querySelector('[aria-label=Pauses]')?.value === '1'", timeout=15_000)
    tone.evaluate("a => a.play()")  # to the end: the browser pauses, then ends (Gradio's stop)
    page.wait_for_function("() => document.querySelector('[aria-label=Stops]')?.value === '1'", timeout=15_000)
    page.wait_for_timeout(500)
    assert counts() == ["2", "2", "1"]
    with page.expect_download() as download:
        page.get_by_role("button", name="Download").click()
    assert download.value.suggested_filename == "audio.wav"
    with wave.open(str(download.value.path()), "rb") as w:
        assert (w.getframerate(), w.getnframes()) == (8000, 4000)


def test_an_uploaded_wav_reaches_the_handler_and_clear_empties_it(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(APP))
    page.locator("input[type=file]").first.set_input_files(_wav(tmp_path / "beep.wav", 1234))
    expect(page.get_by_label("Info")).to_have_value("1234 frames at 8000 Hz in beep.wav", timeout=15_000)
    shown = page.get_by_label("Input", exact=True).and_(page.locator("audio"))
    expect(shown).to_have_attribute("src", re.compile(r"^blob:"))
    assert abs(shown.evaluate(DURATION) - 1234 / 8000) < 0.01
    page.get_by_role("button", name="Clear").click()
    expect(page.get_by_label("Events")).to_have_value("clear;", timeout=15_000)
    expect(page.locator("audio")).to_have_count(0)
    expect(page.get_by_role("button", name="Drop Audio Here - or - Click to Upload")).to_be_visible()


def test_a_microphone_the_page_cannot_use_is_a_warning(context, lite_site):
    page = open_app(context, lite_site.app_url(APP))
    page.get_by_role("button", name="Record audio").click()
    page.get_by_role("button", name="Record", exact=True).click()
    # headless Chromium has no microphone (or refuses it): Gradio's own words for either
    expect(toast(page, "Warning").filter(
        has_text=re.compile("No microphone found|Please allow access to the microphone"))).to_be_visible(timeout=15_000)
    expect(page.get_by_role("button", name="Record", exact=True)).to_be_enabled()


def test_a_recording_reaches_the_handler_as_a_wav(browser, lite_site):
    fake = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS + [
        "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"])
    try:
        context = fake.new_context()
        context.grant_permissions(["microphone"], origin=lite_site.base)
        page = open_app(context, lite_site.app_url(APP))
        page.get_by_role("button", name="Record audio").click()
        page.get_by_role("button", name="Record", exact=True).click()
        expect(page.get_by_role("button", name="Stop")).to_be_visible(timeout=15_000)
        page.wait_for_timeout(1200)
        page.get_by_role("button", name="Stop").click()
        expect(page.get_by_label("Info")).to_have_value(re.compile(r"^\d+ frames at 44100 Hz in audio\.wav$"),
                                                        timeout=15_000)
        frames = int(page.get_by_label("Info").input_value().split()[0])
        assert 0.8 * 44100 < frames < 5 * 44100, frames
        expect(page.get_by_label("Events")).to_have_value(re.compile(r"start;.*stop_recording;"))
        expect(page.get_by_label("Input", exact=True).and_(page.locator("audio"))).to_have_attribute(
            "src", re.compile(r"^blob:"))
    finally:
        fake.close()


AXE = """async () => (await axe.run(document.querySelector('gradio-lite'),
    { resultTypes: ['violations'] })).violations.filter(v => ['serious', 'critical'].includes(v.impact))
    .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '))
    // the grey "- or -" of Gradio's upload text (@gradio/atoms UploadText) is Gradio's own contrast
    .filter(v => v !== 'color-contrast: .or')"""


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_audio_passes_axe(context, lite_site, theme):
    page = open_app(context, lite_site.app_url(APP, f'theme="{theme}"'))
    page.get_by_role("button", name="Make").click()
    expect(page.locator("audio")).to_have_count(1, timeout=15_000)
    page.add_script_tag(path=str(ROOT / "node_modules" / "axe-core" / "axe.min.js"))
    assert page.evaluate(AXE) == []  # a player with a value, an input waiting for an upload
    page.get_by_role("button", name="Record audio").click()
    expect(page.get_by_role("button", name="Record", exact=True)).to_be_visible()
    assert page.evaluate(AXE) == []  # the recorder


SUBTITLED = """
import gradio as gr

with open("cues.vtt", "w") as f:
    f.write("WEBVTT\\n\\n00:00.000 --> 00:00.400\\nfirst words\\n\\n00:00.400 --> 00:01.000\\nthen more\\n")

tone = (8000, [0] * 8000)
with gr.Blocks() as demo:
    listed = gr.Audio(tone, label="Listed", subtitles=[{"text": "hello there", "timestamp": [0, 0.5]}])
    filed = gr.Audio(label="Filed", interactive=False)
    gr.Button("Load").click(lambda: gr.Audio(value=tone, subtitles="cues.vtt"), None, filed)
"""


def test_subtitles_show_under_the_player(context, lite_site):
    page = open_app(context, lite_site.app_url(SUBTITLED))
    listed = page.get_by_label("Listed", exact=True).and_(page.locator("audio"))
    expect(listed).to_have_attribute("src", re.compile(r"^blob:"), timeout=15_000)
    listed.evaluate(DURATION)
    expect(page.get_by_test_id("subtitle-display").first).to_have_text("hello there")
    page.get_by_role("button", name="Load", exact=True).click()
    filed = page.get_by_label("Filed", exact=True).and_(page.locator("audio"))
    expect(filed).to_have_attribute("src", re.compile(r"^blob:"), timeout=15_000)
    filed.evaluate(DURATION)
    shown = page.get_by_test_id("subtitle-display").nth(1)
    expect(shown).to_have_text("first words")
    filed.evaluate("a => { a.currentTime = 0.7; return new Promise(r => a.addEventListener('timeupdate', r, { once: true })); }")
    expect(shown).to_have_text("then more")


NUMPY = """
import gradio as gr

with gr.Blocks() as demo:
    a = gr.Audio(label="Voice")
    t = gr.Textbox(label="Got")
    a.upload(lambda x: str(x), a, t)
"""


def test_numpy_type_without_numpy_is_an_error_naming_it(context, lite_site, tmp_path):
    page = open_app(context, lite_site.app_url(NUMPY))
    page.locator("input[type=file]").first.set_input_files(_wav(tmp_path / "v.wav", 100))
    expect(toast(page, "needs the numpy package")).to_be_visible(timeout=15_000)
    expect(page.get_by_label("Got")).to_have_value("")
