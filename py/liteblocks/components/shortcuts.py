"""Gradio's string shortcuts for components ("text", "image", "files"...), as Interface,
ChatInterface's additional_inputs and Examples accept them (``gradio.components.component``).

Why its own module: Interface, Dataset and ChatInterface all resolve shortcuts; kept beside the
components so none of them imports interface.py (that was an import cycle).
"""

from __future__ import annotations

from typing import Any, Callable

from ..choices import CheckboxGroup, Dropdown, Radio
from ..component_base import Component
from ..display import HTML, JSON, Label, Markdown
from ..inputs import Checkbox, Number, Slider, Textbox
from .audio import Audio, Microphone
from .state import State

# String shortcuts accepted in ``inputs``/``outputs`` (Gradio looks names up
# among its component classes, case- and underscore-insensitively).
SHORTCUTS: dict[str, Callable[..., Component]] = {
    "text": Textbox,
    "textbox": Textbox,
    "textarea": lambda **kw: Textbox(lines=7, **kw),
    "number": Number,
    "slider": Slider,
    "checkbox": Checkbox,
    "checkboxgroup": CheckboxGroup,
    "radio": Radio,
    "dropdown": Dropdown,
    "markdown": Markdown,
    "html": HTML,
    "json": JSON,
    "label": Label,
    "state": State,
    "audio": Audio,
    "microphone": Microphone,
}

def _class_named(spec: str) -> Callable[..., Component] | None:
    """Any component class by its lower-case name ("image", "dataframe", "colorpicker"), and Gradio's
    templates of them ("files", "list", "matrix", "numpy"), as Gradio resolves string shortcuts."""
    import liteblocks as gr

    templates = {"files": lambda **kw: gr.File(file_count="multiple", **kw),
                 "list": lambda **kw: gr.Dataframe(type="array", **kw),
                 "matrix": lambda **kw: gr.Dataframe(type="array", **kw),
                 "numpy": lambda **kw: gr.Dataframe(type="numpy", **kw),
                 "highlight": gr.HighlightedText}
    name = spec.lower().replace("_", "")
    if name in templates:
        return templates[name]
    for attr in gr.__all__:
        cls = getattr(gr, attr, None)
        if attr.lower() == name and isinstance(cls, type) and issubclass(cls, Component):
            return cls
    return None


def component_instance(spec: Any) -> Component:
    """A component from an instance, a component class or a string shortcut."""
    if isinstance(spec, str):
        factory = SHORTCUTS.get(spec.lower().replace("_", "")) or _class_named(spec)
        if factory is None:
            raise ValueError(f"No component for the string shortcut {spec!r}; "
                             f"use one of {sorted(SHORTCUTS)} or a component instance.")
        return factory(render=False)
    if isinstance(spec, type) and issubclass(spec, Component):
        return spec(render=False)
    if isinstance(spec, Component):
        return spec
    raise ValueError(f"{spec!r} is not a valid input/output component for Interface.")
