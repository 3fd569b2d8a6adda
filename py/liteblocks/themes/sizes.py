"""``gr.themes.sizes``: the text, spacing and radius scales of a theme.

Why: ``text_size="lg"`` or ``sizes.text_lg`` picks seven steps (xxs ... xxl) that become
``--text-xxs`` ... ``--text-xxl`` (likewise ``--spacing-*``, ``--radius-*``); values are Gradio 6.31's.
"""
from __future__ import annotations

STEPS = ("xxs", "xs", "sm", "md", "lg", "xl", "xxl")


class Size:
    """Seven steps of one scale; every Size made is findable by its name (e.g. ``text_lg``)."""

    all: list["Size"] = []

    def __init__(self, xxs: str, xs: str, sm: str, md: str, lg: str, xl: str, xxl: str, name=None):
        self.xxs, self.xs, self.sm, self.md, self.lg, self.xl, self.xxl = xxs, xs, sm, md, lg, xl, xxl
        self.name = name
        Size.all.append(self)

    def expand(self) -> list[str]:
        return [getattr(self, s) for s in STEPS]

    def __repr__(self) -> str:
        return f"<Size {self.name or '(unnamed)'}: {' '.join(self.expand())}>"


# name, then xxs ... xxl
_SCALES = """
radius_none 0px 0px 0px 0px 0px 0px 0px
radius_sm 1px 1px 2px 4px 6px 8px 12px
radius_md 1px 2px 4px 6px 8px 12px 22px
radius_lg 2px 4px 6px 8px 12px 16px 24px
radius_xxl 6px 8px 10px 20px 24px 28px 32px
spacing_sm 1px 1px 2px 4px 6px 9px 12px
spacing_md 1px 2px 4px 6px 8px 10px 16px
spacing_lg 2px 4px 6px 8px 10px 14px 28px
text_sm 8px 9px 11px 13px 16px 20px 24px
text_md 9px 10px 12px 14px 16px 22px 26px
text_lg 10px 12px 14px 16px 20px 24px 28px
"""


def _define() -> None:
    for line in _SCALES.strip().splitlines():
        name, *values = line.split()
        globals()[name] = Size(*values, name=name)


_define()


def find(kind: str, name: str) -> Size:
    """``find("text", "lg")`` -> text_lg, as ``text_size="lg"`` looks it up."""
    for size in Size.all:
        if size.name == f"{kind}_{name}":
            return size
    raise ValueError(f"Size shortcut {name} not found.")
