"""Every component type our Gradio 6 config can emit has an entry in the frontend's component map
(js/frontend/components.mjs), so Gradio's frontend can draw every app the runtime runs."""

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "py"))

import liteblocks as gr  # noqa: E402
from liteblocks import base  # noqa: E402
from liteblocks.g6 import build_config  # noqa: E402
from liteblocks.g6.defaults import DEFAULTS  # noqa: E402

MAP = (ROOT / "js" / "frontend" / "components.mjs").read_text()


def test_every_emitted_type_has_a_frontend_component():
    with gr.Blocks() as demo:
        with gr.Tabs():
            with gr.Tab("A"):
                gr.Textbox(), gr.Number(), gr.Checkbox(), gr.Slider()
                gr.CheckboxGroup(["a"]), gr.Radio(["a"]), gr.Dropdown(["a"])
        with gr.Accordion("x"):
            with gr.Group():
                gr.Markdown("m"), gr.HTML("h"), gr.JSON({}), gr.Label("l"), gr.Chatbot()
                gr.MultimodalTextbox(), gr.Dataset(components=["text"], samples=[["a"]])
        with gr.Row():
            with gr.Column():
                gr.Button(), gr.ClearButton(), gr.State(), gr.BrowserState(), gr.Timer()
                gr.File(), gr.Image(), gr.Dataset(components=[gr.Textbox(render=False)], samples=[["a"]])
                gr.ColorPicker(), gr.DateTime(), gr.HighlightedText(), gr.DuplicateButton()
                gr.UploadButton(), gr.DownloadButton(), gr.Gallery(), gr.Video(), gr.Dataframe(), gr.Code(), gr.Audio(), gr.Microphone()
        with gr.Sidebar():
            gr.Textbox()
        with gr.Walkthrough():
            with gr.Step("s"):
                gr.Textbox()
    emitted = {c["type"] for c in build_config(demo)["components"]}
    # the app above holds one of each block class the package exports (a new one must join it)
    exported = {DEFAULTS.get(c.TYPE, (c.TYPE,))[0] for c in vars(gr).values()
                if isinstance(c, type) and issubclass(c, base.Block) and c.TYPE not in ("block", "component")}
    assert exported <= emitted, exported - emitted
    mapped = set(re.findall(r"(\w+): (?:\"@gradio/|ours\()", MAP))
    assert emitted <= mapped, emitted - mapped
