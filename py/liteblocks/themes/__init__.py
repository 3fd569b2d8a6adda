"""``gr.themes``: Gradio's theme API, generating the CSS variables Gradio's frontend reads.

Why: ``theme=gr.themes.Soft(primary_hue="green").set(...)`` must look as on a Gradio server, so the
theme's variables are generated here exactly as gradio 6.31 does (css.theme_css) and the page
installs them per app (js/frontend/theme.js). Modules: colors/sizes/fonts (the inputs), variables
(the semantic names and Base defaults), base (Base, .set()), classic/vivid/playful (built-ins),
css (theme.css text).
"""
from __future__ import annotations

from . import colors, fonts, sizes
from .base import Base, ThemeClass, get_theme
from .classic import Default, Glass, Monochrome, Origin, Soft
from .colors import Color
from .css import body_css, computed_value, theme_css, theme_hash
from .fonts import Font, GoogleFont, LocalFont
from .playful import Cyberpunk, Mario, Neon
from .sizes import Size
from .vivid import Citrus, Ember, Ocean

# The names ``theme="..."`` accepts, as Gradio's BUILT_IN_THEMES (Ember, Cyberpunk, Neon are
# classes only there too).
BUILT_IN = {t._theme_name: t for t in (Base, Default, Monochrome, Soft, Glass, Origin, Citrus, Ocean, Mario)}


def builder(*args, **kwargs):
    raise RuntimeError("gr.themes.builder() is Gradio's theme-building app; run it with real gradio.")


__all__ = [
    "Base", "Color", "Default", "Ember", "Font", "Glass", "GoogleFont", "LocalFont", "Cyberpunk",
    "Monochrome", "Neon", "Size", "Soft", "ThemeClass", "colors", "sizes", "fonts", "Origin", "Citrus",
    "Ocean", "Mario", "get_theme", "theme_css", "theme_hash", "body_css", "computed_value",
]
