"""``gr.themes.ThemeClass`` and ``gr.themes.Base``: a theme object and its variables.

Why: a theme is plain data (hue shades, sizes, font stacks and ~270 semantic variables, set as
attributes in Gradio's order); ``.set()`` overrides some, with ``*name`` references and ``_dark``
variants; css.py turns it into theme.css. Built-in themes (classic.py, vivid.py, playful.py) are
Base with other constructor defaults and a table of ``.set()`` values.
"""
from __future__ import annotations

import json
import warnings
from collections.abc import Iterable
from pathlib import Path

from . import colors, css, fonts, sizes
from .variables import DEFAULTS, KEPT_AS, NAMES

SANS = ("ui-sans-serif", "system-ui", "sans-serif")
MONO = ("ui-monospace", "Consolas", "monospace")
GRADIO_VERSION = "6.31.0"


def parse_table(table: str) -> dict[str, str]:
    """``name value`` lines (value to the end of the line) as a dict, for the built-ins' ``.set()``."""
    return dict(line.split(" ", 1) for line in table.strip().splitlines() if line.strip())


class ThemeClass:
    """What every theme shares: CSS generation, computed values, JSON load/dump, the Hub."""

    def __init__(self):
        self._stylesheets: list[str] = []
        self.name = None
        self._font_css: list[str] = []
        self.custom_css = ""

    def _get_theme_css(self) -> str:
        return css.theme_css(self)

    def _get_computed_value(self, property: str, depth: int = 0) -> str:
        return css.computed_value(self, property, depth)

    def to_dict(self) -> dict:
        """The theme as Gradio's theme JSON (``{"theme": {...}, "gradio_version": ...}``)."""
        schema: dict = {"theme": {}, "gradio_version": GRADIO_VERSION}
        for prop in dir(self):
            if prop.startswith("__"):
                continue
            value = getattr(self, prop)
            if ((not prop.startswith("_") or prop.startswith("_font") or prop in ("_stylesheets", "name"))
                    and isinstance(value, (list, str))):
                schema["theme"][prop] = value
        return schema

    @classmethod
    def from_dict(cls, theme: dict) -> "ThemeClass":
        """A theme from ``to_dict()``'s shape; variables it lacks come from Base."""
        new = cls()
        for prop, value in theme["theme"].items():
            setattr(new, prop, value)
        base = Base()
        for attr, value in vars(base).items():
            if not attr.startswith("_") and not hasattr(new, attr):
                setattr(new, attr, value)
        return new

    @classmethod
    def load(cls, path: str) -> "ThemeClass":
        """A theme from a JSON file written by ``dump`` (or by Gradio)."""
        with open(path, encoding="utf-8") as fp:
            return cls.from_dict(json.load(fp, object_hook=fonts.as_font))

    def dump(self, filename: str) -> None:
        Path(filename).write_text(json.dumps(self.to_dict(), cls=fonts.FontEncoder))

    @classmethod
    def from_hub(cls, repo_name: str, token: str | None = None) -> "ThemeClass":
        """Hub themes need the network (huggingface.co), which LiteBlocks apps never reach: load the
        theme's JSON with ``ThemeClass.load(path)`` from the app's files instead."""
        raise ValueError(f"Cannot load theme {repo_name!r} from the Hugging Face Hub: LiteBlocks runs in "
                         "the browser without network access to the Hub. Put the theme's JSON "
                         "(themes/theme_schema@<version>.json) in the app's files and use "
                         "gr.themes.ThemeClass.load(path).")

    def push_to_hub(self, *args, **kwargs):
        raise RuntimeError("push_to_hub needs the network and a Hugging Face account; not in the browser.")


def _hue(value) -> colors.Color:
    return colors.find(value) if isinstance(value, str) else value


def _size(value, kind: str) -> sizes.Size:
    return sizes.find(kind, value) if isinstance(value, str) else value


class Base(ThemeClass):
    """Gradio's Base theme; subclasses change ``_presets`` (constructor defaults) and ``_table``."""

    _theme_name = "base"
    _presets: dict = dict(
        primary_hue=colors.blue, secondary_hue=colors.blue, neutral_hue=colors.zinc,  # type: ignore[attr-defined]
        text_size=sizes.text_md, spacing_size=sizes.spacing_md, radius_size=sizes.radius_md,  # type: ignore[attr-defined]
        font=(fonts.LocalFont("IBM Plex Sans"), *SANS), font_mono=(fonts.LocalFont("IBM Plex Mono"), *MONO),
    )
    _table = ""  # the built-in theme's .set() values, "name value" lines

    def __init__(
        self,
        *,
        primary_hue: colors.Color | str | None = None,
        secondary_hue: colors.Color | str | None = None,
        neutral_hue: colors.Color | str | None = None,
        text_size: sizes.Size | str | None = None,
        spacing_size: sizes.Size | str | None = None,
        radius_size: sizes.Size | str | None = None,
        font: fonts.Font | str | Iterable[fonts.Font | str] | None = None,
        font_mono: fonts.Font | str | Iterable[fonts.Font | str] | None = None,
    ):
        given = dict(primary_hue=primary_hue, secondary_hue=secondary_hue, neutral_hue=neutral_hue,
                     text_size=text_size, spacing_size=spacing_size, radius_size=radius_size,
                     font=font, font_mono=font_mono)
        arg = {k: self._presets[k] if v is None else v for k, v in given.items()}
        self.name = "base"
        self._font_css: list[str] = []
        self.custom_css = ""
        for role in ("primary", "secondary", "neutral"):
            hue = _hue(arg[f"{role}_hue"])
            for shade, value in zip(colors.SHADES, hue.expand()):
                setattr(self, f"{role}_{shade}", value)
        for kind in ("spacing", "radius", "text"):
            scale = _size(arg[f"{kind}_size"], kind)
            for step, value in zip(sizes.STEPS, scale.expand()):
                setattr(self, f"{kind}_{step}", value)
        self._font = fonts.stack(arg["font"])
        self._font_mono = fonts.stack(arg["font_mono"])
        self.font = ", ".join(str(f) for f in self._font)
        self.font_mono = ", ".join(str(f) for f in self._font_mono)
        self._stylesheets: list[str] = []  # remote stylesheets: never, see fonts.py
        self.set()
        if self._theme_name != "base":
            self.name = self._theme_name
            self.set(**parse_table(self._table))

    def set(self, **values) -> "Base":
        """Override semantic variables (``block_radius="*radius_lg"``, ``*_dark`` for dark mode);
        a falsy value keeps the current one, as in Gradio (but see variables.KEPT_AS).
        Returns the theme, for chaining."""
        unknown = sorted(set(values) - NAMES)
        if unknown:
            raise TypeError(f"set() got unexpected keyword argument(s): {', '.join(unknown)}")
        for name, default in DEFAULTS:
            setattr(self, name, values.get(name) or getattr(self, KEPT_AS.get(name, name), default))
        return self


def get_theme(theme) -> ThemeClass:
    """``theme=`` as Gradio resolves it: a theme object, a built-in's name, or Default."""
    from . import BUILT_IN, Default

    if theme is None:
        return Default()
    if isinstance(theme, str):
        cls = BUILT_IN.get(theme.lower())
        if cls is not None:
            return cls()
        warnings.warn(f"Cannot load {theme}. Caught Exception: themes from the Hugging Face Hub need the "
                      "network, which LiteBlocks apps never reach; using the Default theme.")
        return Default()
    if isinstance(theme, dict) and "theme" in theme:
        return ThemeClass.from_dict(theme)
    return theme
