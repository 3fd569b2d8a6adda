"""``gradio.themes.utils``: where apps import ``colors``, ``fonts``, ``sizes`` from."""
from __future__ import annotations

from . import colors, fonts, sizes

__all__ = ["colors", "fonts", "sizes"]
