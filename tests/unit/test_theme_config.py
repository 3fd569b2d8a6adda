"""Theme, css/css_paths, head/head_paths and js in the Gradio 6 config and runtime.g6_theme_css,
as a launched gradio 6.31 app carries them (values checked against the ref venv once)."""
from __future__ import annotations

import json

from liteblocks import runtime, themes

RECORDED = json.loads((__import__("pathlib").Path(__file__).resolve().parent.parent
                       / "fixtures" / "themes" / "gradio631.json").read_text())["cases"]


def g6(app) -> dict:
    return json.loads(runtime.g6_config(app.app_id))


def test_launch_carries_theme_css_head_js_like_gradio(harness):
    app = harness.app('''
    import gradio as gr
    with gr.Blocks() as demo:
        gr.Textbox(label="Name")
    demo.launch(theme=gr.themes.Soft(primary_hue="green").set(block_radius="*radius_xl"), css=".a{}",
                css_paths=["style.css"], head="<b>", head_paths="head.html", js="() => 1")
    ''', extra_files={"style.css": ".x { color: red; }\n", "head.html": '<meta name="x">\n'})
    cfg = g6(app)
    assert cfg["theme"] == "soft" and cfg["stylesheets"] == []
    assert cfg["css"] == ".a{}\n.x { color: red; }\n"  # gradio 6.31: css, then each file on a new line
    assert cfg["head"] == '<b>\n<meta name="x">\n' and cfg["js"] == "() => 1"
    # "white", not Soft's neutral_50: Gradio's .set() resets background_fill_primary (variables.KEPT_AS)
    assert cfg["body_css"] == {"body_background_fill": "white", "body_text_color": "#1f2937",
                               "body_background_fill_dark": "#0b0f19", "body_text_color_dark": "#f3f4f6"}
    css = runtime.g6_theme_css(app.app_id)
    assert cfg["theme_hash"] == themes.theme_hash(css)
    assert "--primary-500: #22c55e;" in css and "--block-radius: var(--radius-xl);" in css


def test_default_theme_when_none_and_blocks_arguments(harness):
    plain = harness.app('''
    import gradio as gr
    with gr.Blocks() as demo:
        gr.Textbox()
    ''')
    cfg = g6(plain)
    assert (cfg["theme"], cfg["css"], cfg["head"], cfg["js"]) == ("default", None, None, None)
    rec = RECORDED["default"]
    assert cfg["body_css"]["body_background_fill"] == rec["computed"]["body_background_fill"]
    old_style = harness.app('''
    import gradio as gr
    with gr.Blocks(theme="ocean", css=".b{}") as demo:
        gr.Textbox()
    demo.launch()
    ''')
    cfg = g6(old_style)
    assert (cfg["theme"], cfg["css"]) == ("ocean", ".b{}")  # Gradio 5 style: still honoured
    assert runtime.g6_theme_css(old_style.app_id).count(":root") == 3  # ":root {" and the dark pair


def test_interface_theme_and_unknown_app(harness):
    app = harness.app('''
    import gradio as gr
    demo = gr.Interface(lambda s: s, "text", "text", theme=gr.themes.Monochrome())
    ''')
    assert g6(app)["theme"] == "monochrome"
    assert "Unknown app" in runtime.g6_theme_css("no-such-app")
