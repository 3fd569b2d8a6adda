"""``build_config(blocks)``: the config dict Gradio 6.31's frontend consumes.

Why: the page is drawn by Gradio's own frontend (@gradio/core), which boots
from the dict ``gradio.Blocks.get_config_file()`` returns.  We build that dict
from our own block tree and handlers; tools/config_parity.py diffs it against
real gradio 6.31 for a folder of apps.
"""

from __future__ import annotations

import inspect
from typing import Any

from .. import base, protocol, themes
from .defaults import DEFAULTS, FORM_TYPES, NAMES

VERSION = "6.31.0"

# a listener on these events turns on the prop Gradio's frontend reads to offer them
_EVENT_FLAGS = {"select": "_selectable", "like": "likeable", "undo": "_undoable", "retry": "_retryable"}
# props sent even when None (Gradio lists them)
_KEEP_NONE = {"component_props"}

_NON_BREAKING = {"state", "browserstate", "timer"}
# default trigger_mode by the first target's event (Gradio 6.31's Blocks.set_event_trigger); else "once"
_DEFAULT_MODE = {"change": "always_last", "key_up": "always_last", "stream": "multiple"}


def _jsonable(value: Any) -> Any:
    value = protocol.jsonable(value)
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


def _random_key(block, what: str) -> str:
    # Gradio draws a random storage key / secret when the app gives none; keep ours per block.
    import secrets
    import string

    attr = "_g6_" + what
    if not getattr(block, attr, None):
        alphabet = string.ascii_letters + string.digits
        setattr(block, attr, "".join(secrets.choice(alphabet) for _ in range(16)))
    return getattr(block, attr)


def component_props(block: base.Block) -> dict:
    """Gradio 6 props of one block: its defaults, then what the app set."""
    gtype, defaults = DEFAULTS.get(block.TYPE) or getattr(block, "G6_DEFAULTS", None) or (
        block.TYPE, {"visible": True, "elem_classes": []})
    props = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
             for k, v in defaults.items()}
    explicit = getattr(block, "_explicit_args", {}) or {}
    for name in block.PROPS:
        if name in ("label", "choices") or name in explicit or (name == "value" and block.TYPE == "dropdown"):
            v = getattr(block, name, None)
            if v is not None:
                props[name] = v
    for k, v in block.extra_props.items():
        if v is not None:
            props[k] = v
    if getattr(block, "_value_fn", None) is not None and getattr(block, "_value_inputs", None):
        props.pop("value", None)  # Gradio calls a value callable with inputs only on load
    if getattr(block, "key", None) is not None:
        props["key"] = block.key
    if block.TYPE == "browserstate":
        props["default_value"] = block.default_value
        props["storage_key"] = block.storage_key or _random_key(block, "storage_key")
        props["secret"] = block.secret or _random_key(block, "secret")
    if props.get("container") is False and "show_label" in props:
        props["show_label"] = False  # Gradio's Component: no label without its container
    if block.TYPE == "slider" and props.get("value") is None:
        props["value"] = props.get("minimum", 0)
    if hasattr(block, "g6_props"):
        props = block.g6_props(props, block.root)
    if "choices" in props:
        props["choices"] = [[c[0], c[1]] if isinstance(c, (list, tuple)) else [c, c] for c in props["choices"]]
    props = {k: _jsonable(v) for k, v in props.items() if v is not None or k in _KEEP_NONE}
    props["name"] = NAMES.get(block.TYPE, gtype)
    root = getattr(block, "root", None)
    for dep in getattr(root, "fns", ()):  # listener-driven flags (Gradio's EventListener callbacks)
        for target, event in dep.targets:
            if target == block._id and event in _EVENT_FLAGS and _EVENT_FLAGS[event] in props:
                props[_EVENT_FLAGS[event]] = True
            elif target == block._id and event == "edit" and block.TYPE == "chatbot":
                props.setdefault("editable", "user")
    return props


def _component(block: base.Block, render_id: int | None = None) -> dict:
    gtype = (DEFAULTS.get(block.TYPE) or getattr(block, "G6_DEFAULTS", None) or (block.TYPE, None))[0]
    key = getattr(block, "key", None)
    rendered_in = getattr(block, "rendered_in", None)
    config = {
        "id": block._id,
        "type": gtype,
        "props": component_props(block),
        "skip_api": block.TYPE in ("button", "row", "column", "form", "tabs", "tab", "accordion", "sidebar", "group", "state",
                                   "walkthrough", "walkthroughstep"),
        # Gradio's unique_key(): the key within its render
        "key": None if key is None else hash((rendered_in._id if rendered_in else None, _hashable(key))),
    }
    if render_id is not None:
        config["renderable"] = render_id
    if rendered_in is not None:
        config["rendered_in"] = rendered_in._id
    return config


def _hashable(key: Any) -> Any:
    return tuple(_hashable(k) for k in key) if isinstance(key, (list, tuple)) else key


class _Form(base.Block):
    TYPE = "form"
    PROPS = ("scale", "min_width")

    def __init__(self, block_id: int, in_row: bool, key: Any = None):  # not rendered: a config-only wrapper
        self.__dict__["_explicit_args"] = {"scale": 0, "min_width": 0}
        self._id = block_id
        self.key = key
        self.extra_props = {}
        self.visible = True
        self.in_row = in_row
        self.scale = 0
        self.min_width = 0

    def add(self, child) -> None:
        # In a Row the form takes its children's room (Gradio sums their scale and min_width).
        if self.in_row:
            self.scale += 1 if getattr(child, "scale", None) is None else child.scale
            self.min_width += getattr(child, "min_width", 0) or 0


def _form_id(app, parent_id: int, first_child_id: int) -> int:
    """A Form wrapper's id, the same each time for the same parent and first child (so a
    render that keeps a keyed first child keeps its form); taken from the app's id counter."""
    ids = app.__dict__.setdefault("_g6_form_ids", {})
    if (parent_id, first_child_id) not in ids:
        ids[(parent_id, first_child_id)] = app._next_id
        app._next_id += 1
    return ids[(parent_id, first_child_id)]


def _layout(ctx: base.BlockContext, app, forms: list) -> dict:
    children: list[dict] = []
    form_node = None
    wrap = ctx.TYPE != "form"
    for child in ctx.children:
        if isinstance(child, base.BlockContext):
            node = _layout(child, app, forms)
        else:
            node = {"id": child._id}
        if wrap and child.TYPE in FORM_TYPES:
            if form_node is None:
                key = getattr(child, "key", None)
                form_id = _form_id(app, ctx._id, child._id)
                form_node = {"id": form_id, "children": []}
                forms.append(_Form(form_id, ctx.TYPE == "row", None if key is None else (key, "_parent")))
                children.append(form_node)
            forms[-1].add(child)
            form_node["children"].append(node)
            continue
        if child.TYPE not in _NON_BREAKING:  # State, BrowserState, Timer keep a form going (Gradio's breaks_grouping)
            form_node = None
        children.append(node)
    return {"id": ctx._id, "children": children}


def _blocks_in(ctx: base.BlockContext):
    for child in ctx.children:
        yield child
        if isinstance(child, base.BlockContext):
            yield from _blocks_in(child)


def _wants_event_data(fn: Any) -> bool:
    from ..request import EventData

    try:
        params = inspect.signature(fn).parameters.values()
    except (TypeError, ValueError):
        return False
    from ..processing import _special_class

    for p in params:
        cls = _special_class(p.annotation)  # a class or its name (string annotations)
        if isinstance(cls, type) and issubclass(cls, EventData):
            return True
    return False


def _api_names(deps: list) -> list:
    seen: dict[str, int] = {}
    names = []
    for dep in deps:
        name = dep.options.get("api_name")
        if name is None:
            name = "lambda" if dep.name == "<lambda>" else dep.name
        if name is False:
            names.append(None)
            continue
        if name in seen:
            seen[name] += 1
            name = f"{name}_{seen[name]}"
        else:
            seen[name] = 0
        names.append(name)
    return names


def dependency_config(dep, api_name: str | None) -> dict:
    o = dep.options
    fn = dep.fn
    generator = bool(fn) and (inspect.isgeneratorfunction(fn) or inspect.isasyncgenfunction(fn))
    events = [e for _, e in dep.targets]
    default_mode = _DEFAULT_MODE.get(events[0], "once") if events else "once"
    stream = bool(events) and events[0] == "stream"  # Gradio's stream listener: its connection and args
    cancels = o.get("cancels") or []
    if not isinstance(cancels, list):
        cancels = [cancels]
    unload = events == ["unload"]
    targets = [[None if e == "unload" else t, e] for t, e in dep.targets]
    if not targets and dep.trigger_after is not None:
        targets = [[None, "success" if dep.only_success else "failure" if dep.only_failure else "then"]]
    return {
        "id": dep.index,
        "targets": targets,
        "inputs": [b._id for b in dep.inputs],
        "outputs": [b._id for b in dep.outputs],
        "backend_fn": fn is not None,
        "js": o.get("js"),
        "queue": fn is not None and o.get("queue", True) is not False,
        "api_name": api_name,
        "api_description": None,
        "scroll_to_output": bool(o.get("scroll_to_output", False)),
        "show_progress": o.get("show_progress", "hidden" if unload or events == ["tick"] else
                               "minimal" if stream else "full"),
        "show_progress_on": None,
        "batch": bool(o.get("batch", False)),
        "max_batch_size": o.get("max_batch_size", 4),
        "cancels": [c["id"] if isinstance(c, dict) else c for c in cancels],
        "types": {"generator": generator, "cancel": bool(o.get("_cancel"))},
        "collects_event_data": bool(fn) and _wants_event_data(fn),
        "trigger_after": dep.trigger_after,
        "trigger_only_on_success": dep.only_success,
        "trigger_only_on_failure": dep.only_failure,
        "trigger_mode": o.get("trigger_mode") or default_mode,
        "api_visibility": ("private" if o.get("api_name") is False or unload or fn is None
                           else o.get("api_visibility", "public")),
        "rendered_in": dep.rendered_in._id if dep.rendered_in is not None else None,
        "render_id": dep.renderable._id if dep.renderable is not None else None,
        "connection": "stream" if stream else "sse",
        "time_limit": o.get("time_limit"),
        "stream_every": o.get("stream_every", 0.5),
        "event_specific_args": ["stream_every"] if stream else [] if dep.options.get("_via_on") else None,
        "component_prop_inputs": [],
        "js_implementation": None,
    }


def build_config(blocks) -> dict:
    """Gradio 6.31's ``get_config_file()`` for our root Blocks."""
    forms: list = []
    layout = _layout(blocks, blocks, forms)
    blocks_list = [b for b in _blocks_in(blocks)] + forms
    components = [_component(b) for b in sorted(blocks_list, key=lambda b: b._id)]
    deps = list(blocks.fns)
    names = _api_names(deps)
    dependencies = [dependency_config(d, n) for d, n in zip(deps, names)]
    page = blocks.page_assets()
    theme = page["theme"]
    return {
        "version": VERSION,
        "api_prefix": "/gradio_api",
        "mode": getattr(blocks, "mode", "blocks"),
        "app_id": None,
        "dev_mode": False,
        "vibe_mode": False,
        "analytics_enabled": False,
        "components": components,
        "css": page["css"],
        "connect_heartbeat": False,
        "js": page["js"],
        "head": page["head"],
        "title": blocks.title or "Gradio",
        "space_id": None,
        "enable_queue": True,
        "show_error": True,
        "footer_links": [],
        "run_history": True,
        "is_colab": False,
        "max_file_size": None,
        "stylesheets": list(theme._stylesheets),
        "theme": theme.name,
        "protocol": "sse_v3",
        "body_css": themes.body_css(theme),
        "fill_height": bool(blocks.fill_height),
        "fill_width": bool(blocks.fill_width),
        "theme_hash": themes.theme_hash(themes.theme_css(theme)),
        "pwa": False,
        "pages": [["", "Home", True]],
        "layout": layout,
        "dependencies": dependencies,
        "mcp_server": False,
        "i18n_translations": None,
    }


def render_config(renderable, container, deps: list) -> dict:
    """What a gr.render run sends (gradio's ``get_config(renderable)`` + ``render_id``): the layout
    under its container, the container and every block drawn in it, the handlers it defined."""
    forms: list = []
    layout = _layout(container, renderable.app, forms)
    blocks = [container] + list(_blocks_in(container)) + forms
    components = [_component(b, renderable._id) for b in sorted(blocks, key=lambda b: b._id)]
    names = _api_names(deps)
    return {
        "layout": layout,
        "components": components,
        "dependencies": [dependency_config(d, n) for d, n in zip(deps, names)],
        "render_id": renderable._id,
    }
