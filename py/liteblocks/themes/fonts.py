"""``gr.themes.Font`` / ``GoogleFont`` / ``LocalFont``: the families behind ``--font`` and ``--font-mono``.

Why: a theme's font stack is part of its variables (``'IBM Plex Sans', ui-sans-serif, ...``), and
Gradio also emits ``@font-face`` rules or a Google Fonts stylesheet for it. LiteBlocks makes no
request outside the site's origin: the stack is emitted as Gradio does, but no remote stylesheet is
ever referenced. ``@font-face`` rules are emitted only when the site self-hosts font files
(``FONT_BASE_URL``, Gradio's layout ``<base>/IBMPlexSans/IBMPlexSans-Regular.woff2``); otherwise
the family is used if the visitor has it installed and the stack's fallbacks apply.
"""
from __future__ import annotations

import json
from collections.abc import Iterable

# Same-origin folder with self-hosted woff2 files (None: emit no @font-face at all).
FONT_BASE_URL: str | None = None

GENERIC = ("sans-serif", "serif", "monospace", "cursive", "fantasy")
WEIGHT_NAMES = {100: "Thin", 200: "ExtraLight", 300: "Light", 400: "Regular", 500: "Medium",
                600: "SemiBold", 700: "Bold", 800: "ExtraBold", 900: "Black"}


class Font:
    """A family by name: quoted in the stack unless it is a CSS generic family."""

    def __init__(self, name: str):
        self.name = name

    def __str__(self) -> str:
        return self.name if self.name in GENERIC else f"'{self.name}'"

    def stylesheet(self) -> dict:
        """``{"url": ..., "css": ...}`` as Gradio's; a plain Font needs neither."""
        return {"url": None, "css": None}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Font) and self.name == other.name and self.stylesheet() == other.stylesheet()

    def __hash__(self) -> int:
        return hash(self.name)

    def __repr__(self) -> str:
        attrs = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"<{type(self).__name__} ({attrs})>"


class LocalFont(Font):
    """A family served by the site itself: ``@font-face`` rules when FONT_BASE_URL is set."""

    def __init__(self, name: str, weights: Iterable[int] = (400, 600)):
        super().__init__(name)
        self.weights = tuple(weights)

    def stylesheet(self) -> dict:
        if FONT_BASE_URL is None:
            return {"url": None, "css": None}
        folder = self.name.replace(" ", "")
        base = FONT_BASE_URL.rstrip("/")
        rules = [
            f"@font-face {{\n    font-family: '{self.name}';\n"
            f"    src: url('{base}/{folder}/{folder}-{WEIGHT_NAMES.get(w, str(w))}.woff2') format('woff2');\n"
            f"    font-weight: {w};\n    font-style: normal;\n}}\n"
            for w in self.weights
        ]
        return {"url": None, "css": "\n".join(rules)}


class GoogleFont(LocalFont):
    """Gradio loads these from fonts.googleapis.com; we never do (no third-party requests), so a
    GoogleFont behaves as a LocalFont: self-hosted if the site has the files, else the fallbacks."""


def stack(fonts: Font | str | Iterable[Font | str]) -> list[Font | str]:
    """A ``font=`` argument as a list; bare names in a list become LocalFont as in Gradio."""
    if isinstance(fonts, (Font, str)):
        return [fonts]
    return [f if isinstance(f, (Font, str)) else LocalFont(f) for f in fonts]


class FontEncoder(json.JSONEncoder):
    """Theme JSON (``theme.dump``) in Gradio's format: fonts as ``__gradio_font__`` objects."""

    def default(self, obj):
        if isinstance(obj, Font):
            kind = "google" if isinstance(obj, GoogleFont) else "local" if isinstance(obj, LocalFont) else "font"
            return {"__gradio_font__": True, "name": obj.name, "class": kind,
                    "weights": getattr(obj, "weights", None)}
        return super().default(obj)


def as_font(dct: dict):
    """json object_hook reading FontEncoder's objects back."""
    if "__gradio_font__" not in dct:
        return dct
    cls = {"google": GoogleFont, "local": LocalFont}.get(dct["class"])
    if cls is None:
        return Font(dct["name"])
    return cls(dct["name"], weights=dct["weights"]) if dct.get("weights") else cls(dct["name"])
