"""Block tree primitives shared by components, layouts and Blocks.

Why this module exists: every component and layout needs the same three
things — an id allocated in creation order by its root ``Blocks`` (so ids are
stable for a given source), a parent in the layout tree, and a record of which
constructor arguments were passed explicitly (so that returning
``gr.Markdown("x", visible=True)`` from a handler updates only ``value`` and
``visible``, as in Gradio).
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

# Stack of open ``with`` contexts (Blocks, Row, Column, ...). Module code runs
# synchronously in one thread (Pyodide worker), so a plain list is enough.
_context_stack: list["BlockContext"] = []

# Hooks set by blocks.py / runtime.py to learn about root Blocks.
_root_exit_hooks: list = []

# While a gr.render function runs (renderable.py), its RenderRoot: every block and handler
# created meanwhile belongs to that render, whichever block a listener is called on.
_render_roots: list = []


def active_render():
    return _render_roots[-1] if _render_roots else None


def current_context() -> "BlockContext | None":
    return _context_stack[-1] if _context_stack else None


def current_root():
    """The root Blocks currently being built, or None outside any Blocks."""
    ctx = current_context()
    return ctx.root if ctx is not None else None


def _capture_explicit_args(cls) -> None:
    """Wrap ``cls.__init__`` to record the arguments the caller passed."""
    init = cls.__dict__.get("__init__")
    if init is None or getattr(init, "_lb_wrapped", False):
        return
    sig = inspect.signature(init)
    var_kw = [p.name for p in sig.parameters.values() if p.kind is p.VAR_KEYWORD]

    @functools.wraps(init)
    def wrapped(self, *args, **kwargs):
        if "_explicit_args" not in self.__dict__:
            try:
                bound = sig.bind(self, *args, **kwargs)
            except TypeError:
                bound = None
            explicit: dict[str, Any] = {}
            if bound is not None:
                for name, val in bound.arguments.items():
                    if name == "self":
                        continue
                    if name in var_kw:
                        explicit.update(val)
                    else:
                        explicit[name] = val
            self.__dict__["_explicit_args"] = explicit
        init(self, *args, **kwargs)

    wrapped._lb_wrapped = True  # type: ignore[attr-defined]
    cls.__init__ = wrapped


class Block:
    """Anything with an id in the layout tree (component or layout)."""

    TYPE = "block"
    EVENTS: tuple[str, ...] = ()
    # Props sent to the front end (config and updates).
    PROPS: tuple[str, ...] = ("visible", "elem_id", "elem_classes")

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        _capture_explicit_args(cls)
        from .events import install_event_methods

        install_event_methods(cls)

    def __init__(
        self,
        *,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: list[str] | str | None = None,
        render: bool = True,
        key: Any = None,
        **extra: Any,
    ):
        self.__dict__.setdefault("_explicit_args", {})
        self._id: int | None = None
        self.parent: BlockContext | None = None
        self.root = None
        self.visible = visible
        self.elem_id = elem_id
        if isinstance(elem_classes, str):
            elem_classes = [elem_classes]
        self.elem_classes = elem_classes
        self.key = key
        # Unknown Gradio keyword arguments are kept and forwarded as props so
        # apps using options we do not model still load.
        self.extra_props = {k: v for k, v in extra.items() if not callable(v)}
        if render:
            self.render()

    @property
    def stateful(self) -> bool:
        return False

    def render(self):
        ctx = current_context()
        if ctx is None or self._id is not None:
            return self
        root = ctx.root
        self._id = root._allocate_id(self)
        self.root = root
        ctx.add_child(self)
        return self

    def unrender(self):
        if self.parent is not None and self in self.parent.children:
            self.parent.children.remove(self)
        return self

    def get_props(self) -> dict[str, Any]:
        props = {name: getattr(self, name, None) for name in self.PROPS}
        for k, v in self.extra_props.items():
            props.setdefault(k, v)
        return props

    def get_config(self) -> dict[str, Any]:
        return {"type": self.TYPE, "props": self.get_props()}

    def constructor_args(self) -> dict[str, Any]:
        return dict(self._explicit_args)

    def __repr__(self) -> str:
        label = getattr(self, "label", None)
        return f"<{type(self).__name__} id={self._id}{' ' + repr(label) if label else ''}>"


class BlockContext(Block):
    """A block with children, usable as a ``with`` context."""

    TYPE = "column"

    def __init__(self, **kwargs):
        self.children: list[Block] = []
        super().__init__(**kwargs)

    def add_child(self, child: Block) -> None:
        child.parent = self
        self.children.append(child)

    def __enter__(self):
        if self._id is None and current_context() is not None:
            self.render()
        _context_stack.append(self)
        return self

    def __exit__(self, exc_type, exc, tb):
        if _context_stack and _context_stack[-1] is self:
            _context_stack.pop()
        elif self in _context_stack:
            _context_stack.remove(self)
        return False

    def tree(self) -> dict[str, Any]:
        return {
            "id": self._id,
            "children": [
                c.tree() if isinstance(c, BlockContext) else {"id": c._id, "children": []}
                for c in self.children
                if not c.stateful  # State is never rendered
            ],
        }
