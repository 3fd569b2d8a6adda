"""Minimal ``gr.themes``: theme objects are accepted and reported by name.

Why: many apps pass ``theme=gr.themes.Soft()``; styling is the front end's
business, so Python only needs to carry the theme's name into CONFIG.
"""

from __future__ import annotations

from typing import Any


class Base:
    name = "base"

    def __init__(self, *args: Any, **kwargs: Any):
        self.args = args
        self.kwargs = kwargs

    def set(self, **kwargs: Any) -> "Base":
        self.kwargs.update(kwargs)
        return self

    @classmethod
    def from_hub(cls, repo_name: str, *args: Any, **kwargs: Any) -> "Base":
        theme = cls()
        theme.name = repo_name
        return theme


def _theme(name: str) -> type:
    return type(name.capitalize(), (Base,), {"name": name.lower()})


Default = _theme("default")
Soft = _theme("soft")
Glass = _theme("glass")
Monochrome = _theme("monochrome")
Origin = _theme("origin")
Citrus = _theme("citrus")
Ocean = _theme("ocean")
