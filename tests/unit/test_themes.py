"""gr.themes against gradio 6.31: every variable of every built-in theme, hues, sizes, fonts,
.set() and dark variants (fixtures recorded by tests/fixtures/themes/record.py)."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

import gradio as gr  # liteblocks (tests/unit/conftest.py aliases it)
from liteblocks import themes

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "themes"
sys.path.insert(0, str(FIXTURES))
from record import BUILT_IN, blocks  # noqa: E402  (the fixture's own parser of theme.css)

RECORDED = json.loads((FIXTURES / "gradio631.json").read_text())
CASES = RECORDED["cases"]


def ours(case: str):
    return eval(CASES[case]["expr"], {"gr": gr})  # noqa: S307 - the recorded expressions


def generated(theme) -> tuple[dict, dict]:
    light, dark = blocks(theme._get_theme_css())
    return light, {k: v for k, v in dark.items() if light.get(k) != v}


@pytest.mark.parametrize("case", sorted(CASES))
def test_variables_match_gradio(case):
    rec = CASES[case]
    theme = ours(case)
    light, dark_differs = generated(theme)
    assert theme.name == rec["name"]
    assert list(light.items()) == list(rec["light"].items())  # names, values and order
    assert dark_differs == rec["dark_differs"]


@pytest.mark.parametrize("case", sorted(CASES))
def test_computed_values_match_gradio(case):
    rec, theme = CASES[case], ours(case)
    assert {k: theme._get_computed_value(k) for k in rec["computed"]} == rec["computed"]
    assert {k: theme._get_computed_value(k + "_dark") for k in rec["computed_dark"]} == rec["computed_dark"]


def test_every_built_in_is_recorded_and_exported():
    for name in BUILT_IN:
        assert name.lower() in CASES and isinstance(getattr(gr.themes, name)(), themes.Base)


def test_no_remote_font_requests():
    """Gradio links Google Fonts (or its own /static/fonts); we reference nothing off-site."""
    for case in CASES:
        theme = ours(case)
        css = theme._get_theme_css()
        assert theme._stylesheets == [] and "@import" not in css
        assert re.findall(r"url\((?![\"']?data:)", css) == []  # only data: URLs (the checkbox tick)


def test_font_stacks_and_self_hosted_faces(monkeypatch):
    theme = gr.themes.Base(font=[gr.themes.GoogleFont("Inter"), "Arial", "sans-serif"], font_mono="Menlo")
    assert theme.font == "'Inter', Arial, sans-serif" and theme.font_mono == "Menlo"  # plain strings as given
    monkeypatch.setattr(themes.fonts, "FONT_BASE_URL", "./fonts/")
    css = gr.themes.Soft()._get_theme_css()
    faces = re.findall(r"font-family: '([^']+)';\s*src: url\('([^']+)'\)[^}]*font-weight: (\d+)", css)
    assert faces == [(n, u.replace("static/fonts", "./fonts"), w) for n, u, w in CASES["soft"]["font_faces"]]


def test_hue_and_size_shortcuts():
    theme = gr.themes.Base(primary_hue="green", text_size="sm", spacing_size="lg", radius_size="xxl")
    assert theme.primary_500 == gr.themes.colors.green.c500 == "#22c55e"
    assert (theme.text_md, theme.spacing_xxl, theme.radius_md) == ("13px", "28px", "20px")
    with pytest.raises(ValueError, match="Color shortcut"):
        gr.themes.Base(primary_hue="no-such-hue")
    with pytest.raises(ValueError, match="Size shortcut"):
        gr.themes.Base(text_size="huge")
    from gradio.themes.utils import colors, sizes  # the import path apps use
    assert colors.red.c50 == "#fef2f2" and sizes.radius_none.md == "0px"


def test_set_references_dark_and_errors():
    theme = gr.themes.Default().set(button_primary_background_fill="*secondary_500",
                                    button_primary_background_fill_dark="*neutral_900")
    light, dark = generated(theme)
    assert light["button-primary-background-fill"] == "var(--secondary-500)"
    assert dark["button-primary-background-fill"] == "var(--neutral-900)"
    assert theme._get_computed_value("button_primary_background_fill") == "#3b82f6"
    assert theme._get_computed_value("button_primary_background_fill_dark") == "#18181b"
    with pytest.raises(TypeError):
        gr.themes.Base().set(no_such_variable="1px")
    with pytest.raises(ValueError, match="_dark suffix"):
        gr.themes.Base().set(block_radius="*radius_lg_dark")._get_theme_css()


def test_theme_strings_resolve_as_gradio():
    assert themes.get_theme(None).name == "default"
    assert themes.get_theme("Soft").name == "soft" and themes.get_theme("mario").name == "mario"
    with pytest.warns(UserWarning, match="Hugging Face Hub"):
        assert themes.get_theme("someone/some-theme").name == "default"
    with pytest.raises(ValueError, match="network"):
        gr.themes.Base.from_hub("gradio/seafoam")


def test_dump_and_load_round_trip(tmp_path):
    theme = gr.themes.Ocean(primary_hue="rose").set(block_radius="*radius_xs")
    theme.dump(tmp_path / "t.json")
    back = gr.themes.ThemeClass.load(str(tmp_path / "t.json"))
    assert dict(generated(back)[0]) == dict(generated(theme)[0])  # loading orders by name, as Gradio


def test_theme_hash_and_body_css():
    theme = gr.themes.Soft()
    css = themes.theme_css(theme)
    assert re.fullmatch(r"[0-9a-f]{64}", themes.theme_hash(css))
    assert themes.body_css(theme) == {
        "body_background_fill": CASES["soft"]["computed"]["body_background_fill"],
        "body_text_color": CASES["soft"]["computed"]["body_text_color"],
        "body_background_fill_dark": CASES["soft"]["computed_dark"]["body_background_fill"],
        "body_text_color_dark": CASES["soft"]["computed_dark"]["body_text_color"],
    }
