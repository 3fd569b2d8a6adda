"""``gr.Blocks``: the root container, its handler table and its CONFIG.

Why: the root Blocks owns the id counter (ids = creation order, stable for a
given source), the list of registered handlers, and knows how to describe
itself to the front end. ``launch()`` only registers the app with the runtime
and returns at once: the worker, not a web server, drives it.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from . import base
from .events import BlockFunction

# Root Blocks whose ``with`` body finished, in order; the runtime uses the
# last one when the app never calls ``launch()``.
created_roots: list["Blocks"] = []
# Set by the runtime while an app module runs; receives launched Blocks.
launch_hook = None


def _caller_dir() -> str | None:
    """Directory of the app file calling into liteblocks: relative css_paths/head_paths resolve there
    (Gradio reads them from the working directory, which is the app's folder when run as a script)."""
    here = os.path.dirname(os.path.abspath(__file__)) + os.sep
    frame = sys._getframe(1)
    while frame is not None:
        path = frame.f_globals.get("__file__")
        if path and not os.path.abspath(path).startswith(here):
            return os.path.dirname(os.path.abspath(path))
        frame = frame.f_back
    return None


def _read_paths(text: str | None, paths: Any, base_dir: str | None) -> str | None:
    """``text`` followed by each file's contents on a new line, as Gradio joins css/css_paths."""
    if paths is None:
        return text
    for path in [paths] if isinstance(paths, (str, os.PathLike)) else list(paths):
        path = os.fspath(path)
        if not os.path.isabs(path) and base_dir and not os.path.exists(path):
            path = os.path.join(base_dir, path)
        with open(path, encoding="utf-8") as fh:
            text = (text or "") + "\n" + fh.read()
    return text


def _theme_name(theme: Any) -> Any:
    if theme is None or isinstance(theme, (str, dict)):
        return theme
    return getattr(theme, "name", type(theme).__name__.lower())


class Blocks(base.BlockContext):
    """Root of an app; also usable nested (then it behaves like a Column)."""

    TYPE = "column"
    EVENTS = ("load", "unload")

    def __init__(
        self,
        theme: Any = None,
        analytics_enabled: bool | None = None,
        mode: str = "blocks",
        title: str = "Gradio",
        css: str | None = None,
        js: str | None = None,
        head: str | None = None,
        css_paths: Any = None,
        head_paths: Any = None,
        fill_height: bool = False,
        fill_width: bool = False,
        delete_cache: Any = None,
        **kwargs: Any,
    ):
        self.blocks: dict[int, base.Block] = {}
        self.fns: list[BlockFunction] = []
        self._next_id = 0
        self.mode = mode
        self.title = title
        self.css = css
        self.js = js
        self.head = head
        self.theme = theme
        self.css_paths = css_paths
        self.head_paths = head_paths
        self._app_dir = _caller_dir()
        self.fill_height = fill_height
        self.fill_width = fill_width
        self.launched = False
        nested = base.current_context() is not None
        super().__init__(render=nested, **kwargs)
        if not nested:
            self.root = self
            self._id = self._allocate_id(self)

    def _allocate_id(self, block: base.Block) -> int:
        if self.root is not None and self.root is not self:
            return self.root._allocate_id(block)
        new_id = self._next_id
        self._next_id += 1
        self.blocks[new_id] = block
        return new_id

    def _next_fn_index(self, key=None) -> int:
        """The index of the next handler (``key=`` only matters inside a gr.render)."""
        if self.root is not None and self.root is not self:
            return self.root._next_fn_index()
        return len(self.fns)

    def _add_fn(self, dep: BlockFunction) -> None:
        if self.root is not None and self.root is not self:
            return self.root._add_fn(dep)
        self.fns.append(dep)

    def __exit__(self, exc_type, exc, tb):
        super().__exit__(exc_type, exc, tb)
        if exc_type is None and self.root is self:
            self._attach_callable_values()
            created_roots.append(self)
        return False

    def _attach_callable_values(self) -> None:
        """A callable ``value=`` of a non-State component runs as a load event, and also on each
        change of its ``inputs=`` and each tick of its ``every=`` (a gr.Timer, made here for a
        number of seconds, drawn after the component: Component.__init__), as in Gradio."""
        from .timer import Timer

        for block in list(self.blocks.values()):
            fn = getattr(block, "_value_fn", None)
            if fn is None or getattr(block, "_value_fn_attached", False):
                continue
            block._value_fn_attached = True
            inputs = block._value_inputs
            inputs = [] if inputs is None else [inputs] if isinstance(inputs, base.Block) else list(inputs)
            targets = [(i._id, "change") for i in inputs if "change" in type(i).EVENTS]
            every = block._value_every
            if isinstance(every, Timer) and every._id is not None:
                targets.append((every._id, "tick"))
            dep = BlockFunction(len(self.fns), fn, inputs, [block], targets + [(self._id, "load")])
            # Gradio attaches these with set_event_trigger, whose trigger_mode defaults to "once"
            dep.options = {"show_progress": "hidden" if targets else "full", "trigger_mode": "once"}
            self.fns.append(dep)

    # -- Gradio API -------------------------------------------------------
    def launch(self, *args: Any, theme: Any = None, css: str | None = None, css_paths: Any = None,
               js: str | None = None, head: str | None = None, head_paths: Any = None,
               favicon_path: Any = None, **kwargs: Any) -> None:
        """Register the app with the runtime; returns immediately. Gradio 6 takes theme/css/js/head
        here (the Blocks() arguments still work, as in Gradio, where they are deprecated).
        ``favicon_path`` is kept for `build.py export`, which ships the icon with the page."""
        root = self.root or self
        if favicon_path is not None:
            root.favicon_path = str(favicon_path)
        for name, value in (("theme", theme), ("css", css), ("css_paths", css_paths), ("js", js),
                            ("head", head), ("head_paths", head_paths)):
            if value is not None:
                setattr(root, name, value)
        if css_paths is not None or head_paths is not None:
            root._app_dir = _caller_dir() or root._app_dir
        root.launched = True
        if launch_hook is not None:
            launch_hook(root)
        return None

    def queue(self, *args: Any, **kwargs: Any) -> "Blocks":
        return self

    def clear(self) -> "Blocks":
        """Forget every child and event (Gradio's Blocks.clear: ``with demo.clear():`` starts over)."""
        self.children = []
        self.fns = []
        self.blocks = {self._id: self} if self._id is not None else {}
        return self

    def route(self, name: str, path: str | None = None, show_in_navbar: bool = True) -> "Blocks":
        """Multipage apps serve one URL per page from a Gradio server: said at the point of use."""
        from .server_only import ServerOnlyError
        raise ServerOnlyError(f"demo.route({name!r}) (a multipage app, one URL per page) needs a Gradio "
                              "server; LiteBlocks runs one page in your browser: put the pages in gr.Tabs instead.")

    def close(self, *args: Any, **kwargs: Any) -> None:
        return None

    def integrate(self, *args: Any, **kwargs: Any) -> None:
        return None

    # -- config -----------------------------------------------------------
    def page_assets(self) -> dict[str, Any]:
        """The resolved theme object and the page's css/head (with their files) and js."""
        from .themes import get_theme

        return {
            "theme": get_theme(self.theme),
            "css": _read_paths(self.css, self.css_paths, self._app_dir),
            "head": _read_paths(self.head, self.head_paths, self._app_dir),
            "js": self.js,
        }

    def get_config_file(self) -> dict[str, Any]:
        components: dict[int, Any] = {}
        listeners: dict[int, list[str]] = {}
        for bid, block in self.blocks.items():
            if block is self:
                components[bid] = {"type": "column", "props": {"visible": True}}
            else:
                components[bid] = block.get_config()
        for dep in self.fns:
            for target, event in dep.targets:
                block = self.blocks.get(target) if target is not None else None
                if block is None or block.stateful or isinstance(block, Blocks):
                    continue
                events = listeners.setdefault(target, [])
                if event not in events:
                    events.append(event)
        return {
            "title": self.title,
            "css": self.css,
            "theme": _theme_name(self.theme),
            "root": self.tree(),
            "components": components,
            "listeners": listeners,
        }

    def deps_for(self, target: int | None, event: str) -> list[BlockFunction]:
        return [d for d in self.fns if (target, event) in d.targets]

    def deps_for_event(self, event: str) -> list[BlockFunction]:
        """Handlers of an app-level event (load/unload) on any Blocks."""
        return [
            d
            for d in self.fns
            if any(
                ev == event and isinstance(self.blocks.get(t), Blocks) for t, ev in d.targets
            )
        ]

    def deps_for_trigger(self, target: int | None, event: str) -> list[BlockFunction]:
        """Handlers a front-end event starts (load/unload sent with the Blocks as target)."""
        if event in ("load", "unload") and isinstance(self.blocks.get(target), Blocks):
            return self.deps_for_event(event)
        return self.deps_for(target, event)

    def has_listener(self, target: int, event: str) -> bool:
        return any((target, event) in d.targets for d in self.fns)
