"""Default props of each component in Gradio 6.31's config, by our TYPE.

Why a table: Gradio's frontend reads these props; we observed them with
``tools/config_parity.py`` (get_config_file() of real gradio 6.31) and list
them here so our config matches.  Values an app sets override them.
"""

from __future__ import annotations

_BASE = {"visible": True, "elem_classes": [], "preserved_by_key": ["value"], "_selectable": False}
_LABELLED = dict(_BASE, show_label=True, container=True, min_width=160)
_LAYOUT = {"visible": True, "elem_classes": [], "preserved_by_key": []}

# our TYPE -> (gradio type, props)
DEFAULTS: dict[str, tuple[str, dict]] = {
    "textbox": ("textbox", dict(_LABELLED, type="text", lines=1, autofocus=False, autoscroll=True, rtl=False,
                                buttons=[], submit_btn=False, stop_btn=False)),
    "number": ("number", dict(_LABELLED, buttons=[], step=1)),
    "slider": ("slider", dict(_LABELLED, minimum=0, maximum=100, step=1)),
    "checkbox": ("checkbox", dict(_LABELLED, value=False, buttons=[])),
    "checkboxgroup": ("checkboxgroup", dict(_LABELLED, value=[], type="value", show_select_all=False, buttons=[])),
    "radio": ("radio", dict(_LABELLED, type="value", rtl=False, buttons=[])),
    "dropdown": ("dropdown", dict(_LABELLED, type="value", allow_custom_value=False, num_choices_shown=100,
                                  filterable=True, buttons=[])),
    "file": ("file", dict(_LABELLED, file_count="single", type="filepath", allow_reordering=False, buttons=[])),
    "button": ("button", dict(_BASE, value="Run", variant="secondary", size="lg", link_target="_self",
                              interactive=True)),
    "markdown": ("markdown", dict(_BASE, show_label=False, rtl=False, sanitize_html=True, line_breaks=False,
                                  header_links=False, container=False, padding=False,
                                  latex_delimiters=[{"left": "$$", "right": "$$", "display": True}])),
    "html": ("html", dict(_BASE, _retryable=False, _undoable=False, likeable=False, streamable=False,
                          html_template="${value}", css_template="",
                          js_on_load="element.addEventListener('click', function() { trigger('click') });",
                          apply_default_css=True, show_label=False, container=False, padding=False,
                          autoscroll=False, buttons=[], props={}, component_class_name="HTML")),
    "chatbot": ("chatbot", dict(_LABELLED, _undoable=False, _retryable=False, likeable=False, value=[],
                                autoscroll=True, height=400, resizable=False, rtl=False,
                                latex_delimiters=[{"left": "$$", "right": "$$", "display": True}],
                                buttons=["share", "copy", "copy_all"], avatar_images=[None, None],
                                sanitize_html=True, render_markdown=True, feedback_options=["Like", "Dislike"],
                                line_breaks=True, allow_file_downloads=True, group_consecutive_messages=True,
                                allow_tags=True, like_user_message=False)),
    "multimodaltextbox": ("multimodaltextbox", dict(_LABELLED, value={"text": "", "files": []}, sources=["upload"],
                                                    file_count="single", lines=1, max_lines=20, autofocus=False,
                                                    autoscroll=True, rtl=False, submit_btn=True, stop_btn=False,
                                                    max_plain_text_length=1000)),
    "timer": ("timer", {"value": 1, "active": True, "_selectable": False}),
    "dataset": ("dataset", dict(_BASE, show_label=True, headers=[], type="values", samples_per_page=10,
                                container=True, min_width=160)),
    "state": ("state", {"time_to_live": None, "_selectable": False}),
    "browserstate": ("browserstate", {"_selectable": False}),
    "json": ("json", dict(_LABELLED, open=False, show_indices=False, max_height=500, buttons=["copy"])),
    "label": ("label", dict(_LABELLED, value={}, show_heading=True, buttons=[])),
    "row": ("row", dict(_LAYOUT, variant="default", equal_height=False, show_progress=False)),
    "column": ("column", dict(_LAYOUT, scale=1, min_width=320, variant="default", show_progress=False)),
    "form": ("form", {"scale": 1, "min_width": 160, "preserved_by_key": []}),
    "tabs": ("tabs", dict(_LAYOUT, overflow_behavior="menu")),
    "tab": ("tabitem", dict(_LAYOUT, interactive=True, alignment="left", render_children=False)),
    "accordion": ("accordion", dict(_LAYOUT, open=True)),
    "sidebar": ("sidebar", dict(_LAYOUT, open=True, width=320, position="left")),
    "walkthrough": ("walkthrough", dict(_LAYOUT)),
    "walkthroughstep": ("walkthroughstep", dict(_LAYOUT, interactive=True)),
    "group": ("group", dict(_LAYOUT)),
    "colorpicker": ("colorpicker", dict(_LABELLED)),
    "code": ("code", dict(_LABELLED, lines=5, wrap_lines=False, show_line_numbers=True, autocomplete=False,
                          buttons=["copy", "download"])),
    "datetime": ("datetime", dict(_BASE, include_time=True, type="timestamp", show_label=True, min_width=160,
                                  buttons=[])),
    "highlightedtext": ("highlightedtext", dict(_LABELLED, show_legend=False, show_inline_category=True,
                                                combine_adjacent=False, adjacent_separator="",
                                                show_whitespaces=True, rtl=False, buttons=[])),
}
# the `name` prop Gradio sends (its component's lower-case class name)
NAMES = {"tab": "tab", "walkthroughstep": "step"}

# components Gradio wraps in a Form when they sit directly in a non-form parent
FORM_TYPES = {"textbox", "multimodaltextbox", "number", "slider", "checkbox", "checkboxgroup", "radio", "dropdown",
              "datetime"}

# constructor arguments that are None by default, which Gradio keeps in a Dataset's component_props
# (observed from gradio 6.31's config; elsewhere None props are left out)
_NONE = ["elem_id", "info", "interactive", "key", "scale"]
NONE_PROPS: dict[str, list[str]] = {
    "textbox": _NONE + ["html_attributes", "max_length", "max_lines", "placeholder", "text_align"],
    "number": _NONE + ["maximum", "minimum", "placeholder", "precision"],
    "slider": _NONE + ["buttons", "precision"],
    "checkbox": _NONE, "checkboxgroup": _NONE, "radio": _NONE,
    "dropdown": _NONE + ["max_choices", "multiselect"],
    "markdown": ["buttons", "elem_id", "height", "key", "max_height", "min_height", "min_width", "scale"],
    "html": ["elem_id", "head", "key", "max_height", "min_height", "min_width", "scale"],
    "json": ["elem_id", "height", "key", "min_height", "scale"],
    "code": ["elem_id", "interactive", "key", "max_lines", "scale"],
    "label": ["color", "elem_id", "key", "num_top_classes", "scale"],
    "multimodaltextbox": _NONE + ["file_types", "html_attributes", "placeholder", "text_align"],
}
