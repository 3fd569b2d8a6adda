"""``gr.Code``: a code editor or viewer holding a string (gradio/components/code.py, Gradio 6.31).

Handlers get the text as typed (no stripping); what a handler returns is shown stripped of
leading and trailing whitespace, as Gradio 6.31's postprocess does. 6.31 no longer reads files:
a tuple (the old ``(path,)`` form) raises its ValueError, and a path is shown as the string it is.
The page draws it with CodeMirror 6 (js/components/code/).
"""

from __future__ import annotations

from typing import Any

from ..buttons import Button
from ..component_base import Component
from .upload_button import keys_list

_BUTTON_NONE = ("icon", "link", "elem_id", "key", "scale", "min_width", "proxy_url")
LANGUAGES = [
    "python", "c", "cpp", "markdown", "latex", "json", "html", "css", "javascript", "jinja2", "typescript",
    "yaml", "dockerfile", "shell", "r", "sql", "sql-msSQL", "sql-mySQL", "sql-mariaDB", "sql-sqlite",
    "sql-cassandra", "sql-plSQL", "sql-hive", "sql-pgSQL", "sql-gql", "sql-gpSQL", "sql-sparkSQL",
    "sql-esper", None,
]


class Code(Component):
    TYPE = "code"
    EVENTS = ("change", "input", "focus", "blur")
    PROPS = ("value", "language", "lines", "max_lines", "label", "interactive", "show_label", "container",
             "scale", "min_width", "visible", "elem_id", "elem_classes", "preserved_by_key", "wrap_lines",
             "show_line_numbers", "autocomplete", "buttons")

    languages = list(LANGUAGES)

    def __init__(self, value: Any = None, language: str | None = None, *, every: Any = None, inputs: Any = None,
                 lines: int = 5, max_lines: int | None = None, label: str | None = None,
                 interactive: bool | None = None, show_label: bool | None = None, container: bool = True,
                 scale: int | None = None, min_width: int = 160, visible: Any = True, elem_id: str | None = None,
                 elem_classes: Any = None, render: bool = True, key: Any = None, preserved_by_key: Any = "value",
                 wrap_lines: bool = False, show_line_numbers: bool = True, autocomplete: bool = False,
                 buttons: list | None = None, **kwargs: Any):
        if language not in LANGUAGES:
            raise ValueError(f"Language {language} not supported.")
        self.language, self.lines = language, lines
        self.max_lines = max(lines, max_lines) if max_lines is not None else None
        self.wrap_lines, self.show_line_numbers, self.autocomplete = wrap_lines, show_line_numbers, autocomplete
        self.container = container
        self.preserved_by_key = keys_list(preserved_by_key)
        if buttons is None:
            buttons = ["copy", "download"]
        else:
            for b in buttons:  # a gr.Button given here sits in the toolbar, not in the layout
                if isinstance(b, Button):
                    b.unrender()
        self.buttons = list(buttons)
        super().__init__(value, label=label, every=every, inputs=inputs, interactive=interactive,
                         show_label=show_label, scale=scale, min_width=min_width, visible=visible,
                         elem_id=elem_id, elem_classes=elem_classes, render=render, key=key, **kwargs)

    def g6_props(self, props: dict, blocks: Any) -> dict:
        if self.max_lines is not None:
            props["max_lines"] = self.max_lines  # raised to `lines` (Gradio keeps max(lines, max_lines))
        if any(isinstance(b, Button) for b in props.get("buttons", ())):
            from ..g6.config import component_props

            props["buttons"] = [self._button(b, component_props) if isinstance(b, Button) else b
                                for b in props["buttons"]]
        return props

    @staticmethod
    def _button(button: Button, component_props: Any) -> dict:
        # Gradio puts the button's whole config here, None props included, with its id
        props = dict.fromkeys(_BUTTON_NONE)
        props.update(component_props(button))
        props["id"] = button._id
        return props

    def preprocess(self, payload: Any) -> str | None:
        return payload

    def postprocess(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, tuple):
            raise ValueError("Code component does not support returning files as tuples anymore. "
                             "Please read the file contents and return as str instead.")
        return str(value).strip()

    def api_info(self) -> dict:
        return {"type": "string"}

    def example_payload(self) -> str:
        return "print('Hello World')"

    def example_value(self) -> str:
        return "print('Hello World')"
