"""``gr.HighlightedText``: text with labelled spans, in Gradio 6.31's token format.

Handlers return ``[(text, label | confidence | None), ...]`` or ``{"text", "entities": [{"entity"
or "entity_group", "start", "end"}]}``; the page gets ``[{"token", "class_or_confidence"}]`` and
handlers receive that list back (Gradio's ``model_dump()`` of it).
"""

from __future__ import annotations

from typing import Any

from ..component_base import _COMMON, Component


def _from_entities(value: dict) -> list[tuple[str, Any]]:
    try:
        text, entities = value["text"], value["entities"]
    except KeyError as exc:
        raise ValueError("Expected a dictionary with keys 'text' and 'entities' "
                         "for the value of the HighlightedText component.") from exc
    if not entities:
        return [(text, None)]
    spans, at = [], 0
    for entity in sorted(entities, key=lambda e: e["start"]):
        spans.append((text[at:entity["start"]], None))
        spans.append((text[entity["start"]:entity["end"]], entity.get("entity") or entity.get("entity_group")))
        at = entity["end"]
    spans.append((text[at:], None))
    return spans


class HighlightedText(Component):
    TYPE = "highlightedtext"
    EVENTS = ("change", "select")
    PROPS = _COMMON + ("color_map", "show_legend", "show_inline_category", "combine_adjacent",
                       "adjacent_separator", "show_whitespaces", "container", "rtl")

    def __init__(self, value: Any = None, *, color_map: dict | None = None, show_legend: bool = False,
                 show_inline_category: bool = True, combine_adjacent: bool = False,
                 adjacent_separator: str = "", show_whitespaces: bool = True, container: bool = True,
                 rtl: bool = False, **kwargs: Any):
        self.color_map = color_map
        self.show_legend = show_legend
        self.show_inline_category = show_inline_category
        self.combine_adjacent = combine_adjacent
        self.adjacent_separator = adjacent_separator
        self.show_whitespaces = show_whitespaces
        self.container = container
        self.rtl = rtl
        super().__init__(value, **kwargs)

    def _combined(self, spans) -> list[tuple[str, Any]]:
        out: list[tuple[str, Any]] = []
        for text, category in spans:
            if not text:
                continue  # empty pieces neither start a run nor add a separator
            if out and out[-1][1] == category:
                out[-1] = (out[-1][0] + self.adjacent_separator + text, category)
            else:
                out.append((text, category))
        return out

    def postprocess(self, value: Any) -> list[dict] | None:
        if value is None:
            return None
        spans = _from_entities(value) if isinstance(value, dict) else [tuple(s) for s in value]
        if self.combine_adjacent:
            spans = self._combined(spans)
        return [{"token": text if self.show_whitespaces else text.strip(), "class_or_confidence": category}
                for text, category in spans]

    def preprocess(self, payload: Any) -> list[dict] | None:
        if payload is None:
            return None
        return [{"token": t.get("token"), "class_or_confidence": t.get("class_or_confidence")} for t in payload]
