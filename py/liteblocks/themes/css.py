"""A theme's CSS text (what Gradio serves as ``theme.css``) and its computed values.

Why: the frontend's components only read CSS variables; generating the same ``:root { ... }`` and
``:root.dark, :root .dark { ... }`` blocks as gradio 6.31 (names, values, order, and even its
quirks) keeps an app looking as it does on a Gradio server. The page scopes the text per app
(js/frontend/theme.js), so ``:root`` here is only Gradio's spelling.
"""
from __future__ import annotations

import hashlib
import re
import warnings

REF = re.compile(r"(\*)([\w_]+)(\b)")


def public_vars(theme) -> list[tuple[str, object]]:
    """The theme's variables in definition order: every attribute not starting with ``_``."""
    return [(k, v) for k, v in vars(theme).items() if not k.startswith("_")]


def _to_css_value(attr: str, val: str) -> str:
    def repl(match: re.Match) -> str:
        full = match.group(0)
        if full.endswith("_dark"):
            raise ValueError(f"Cannot refer '{attr}' to '{val}' - dark variable references are automatically "
                             "used for dark mode attributes, so do not use the _dark suffix in the value.")
        if attr.endswith("_dark") and attr[:-5] == full[1:]:
            raise ValueError(f"Cannot refer '{attr}' to '{val}' - if dark and light mode values are the same, "
                             "set dark mode version to None.")
        return f"var(--{match.group(2).replace('_', '-')})"

    return REF.sub(repl, val)


def variable_blocks(theme) -> tuple[dict[str, str], dict[str, object]]:
    """(light, dark) as {css-name: value}; dark holds every variable, light values where unset."""
    light: dict[str, str] = {}
    dark: dict[str, object] = {}
    for attr, val in public_vars(theme):
        if val is None:
            if not attr.endswith("_dark"):
                raise ValueError(f"Cannot set '{attr}' to None - only dark mode variables can be None.")
            # Gradio keys these by the raw attribute name (underscores): a harmless extra
            # "--block_shadow: None;" line, kept so the text matches.
            dark[attr[:-5]] = None
            continue
        value = _to_css_value(attr, str(val))
        name = attr.replace("_", "-")
        if name.endswith("-dark"):
            dark[name[:-5]] = value
        else:
            light[name] = value
    for name, value in light.items():
        dark.setdefault(name, value)
    return light, dark


def font_css(theme) -> str:
    """``@font-face`` rules for the theme's self-hosted fonts (none unless fonts.FONT_BASE_URL)."""
    rules = list(getattr(theme, "_font_css", []) or [])
    if not rules:
        for font in list(getattr(theme, "_font", [])) + list(getattr(theme, "_font_mono", [])):
            css = font.stylesheet().get("css") if hasattr(font, "stylesheet") else None
            if css:
                rules.append(css)
    return "\n".join(rules)


def theme_css(theme) -> str:
    """The theme.css text: font faces, the light block, the dark block, then the theme's custom CSS."""
    light, dark = variable_blocks(theme)
    root = ":root {\n" + "\n".join(f"  --{k}: {v};" for k, v in light.items()) + "\n}"
    dark_root = "\n:root.dark, :root .dark {\n" + "\n".join(f"  --{k}: {v};" for k, v in dark.items()) + "\n}"
    text = f"{font_css(theme)}\n{root}\n{dark_root}"
    custom = getattr(theme, "custom_css", "")
    return f"{text}\n\n{custom}" if custom else text


def theme_hash(css: str) -> str:
    """Gradio's ``theme_hash``: sha256 of the theme.css text."""
    return hashlib.sha256(css.encode("utf-8")).hexdigest()


def computed_value(theme, prop: str, depth: int = 0) -> str:
    """A variable with its ``*references`` resolved (``prop_dark`` resolves dark references)."""
    if depth > 100:
        warnings.warn(f"Cannot resolve '{prop}' - circular reference detected.")
        return ""
    if prop.endswith("_dark"):
        value = getattr(theme, prop, getattr(theme, prop[:-5], ""))
    else:
        value = getattr(theme, prop, "")
    if value is None:  # an unset dark variable reads as its light one
        value = getattr(theme, prop[:-5], "")
    suffix = "_dark" if prop.endswith("_dark") else ""
    return REF.sub(lambda m: computed_value(theme, m.group(2) + suffix, depth + 1), str(value))


def body_css(theme) -> dict[str, str]:
    """The four values Gradio's config carries so the page paints before theme.css loads."""
    return {k: computed_value(theme, k) for k in
            ("body_background_fill", "body_text_color", "body_background_fill_dark", "body_text_color_dark")}
