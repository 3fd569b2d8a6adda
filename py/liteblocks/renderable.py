"""``@gr.render``: a function that draws components and handlers, run again on its triggers.

Why: Gradio apps change their layout at run time this way.  As in gradio 6.31
(gradio/renderable.py): the decorated function gets a placeholder Column (a Row
inside a Row) in the layout, and one dependency with ``render_id`` whose
output is that container; its triggers are the app's load and each input's
change unless ``triggers=`` is given.  Each run happens in one session: the
components and listeners it creates live in that session only
(``Session.render_blocks`` / ``render_fns``), the previous run's are dropped,
and the answer carries a render config (layout, components, dependencies,
render_id) that Gradio's frontend draws in the container.  Ids: a component
with ``key=`` gets the same id in every run (so the frontend keeps what the
user typed, the value being left out of its props); others, and every handler,
get new ids.  Handlers defined inside become callable by their fn_index.
"""

from __future__ import annotations

import contextvars
import functools
from collections import ChainMap
from typing import Any, Callable

from . import base

# The session a handler runs for (set by EventRun.run_one); a render function needs it.
current_session: contextvars.ContextVar = contextvars.ContextVar("liteblocks_render_session", default=None)


class RenderState:
    """What one render of one session drew: block ids and fn indices."""

    def __init__(self):
        self.block_ids: set[int] = set()
        self.fn_indices: list[int] = []
        self.fn_keys: dict = {}  # listener key= -> fn_index


class RenderRoot:
    """Stands in for the root Blocks while a render function runs: ids, handlers, lookups."""

    def __init__(self, renderable: "Renderable", session):
        self.renderable = renderable
        self.app = renderable.app
        self.session = session
        self._id = self.app._id
        self.root = self
        self.blocks: dict[int, base.Block] = {}
        self.fns: list = []

    def _allocate_id(self, block: base.Block) -> int:
        key = getattr(block, "key", None)
        keys = self.renderable.key_to_id
        if key is not None and _hashable(key) in keys:
            bid = keys[_hashable(key)]
        else:
            bid = self.app._next_id
            self.app._next_id += 1
            if key is not None:
                keys[_hashable(key)] = bid
        block.rendered_in = self.renderable
        self.blocks[bid] = block
        return bid

    def _next_fn_index(self, key: Any = None) -> int:
        """A new fn_index; a listener given ``key=`` keeps the one it had in the last run (Gradio)."""
        state = self.session.renders.get(self.renderable._id)
        if key is not None and state is not None and _hashable(key) in state.fn_keys:
            return state.fn_keys[_hashable(key)]
        index = self.session.next_fn_index
        self.session.next_fn_index += 1
        return index

    def _add_fn(self, dep) -> None:
        dep.rendered_in = self.renderable
        self.fns.append(dep)


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


class Renderable:
    """One ``@gr.render`` of an app (shared by all sessions; its runs are per session)."""

    def __init__(self, fn: Callable, inputs: list, triggers: list, *, trigger_mode: str | None,
                 queue: bool, show_progress: str, concurrency_limit: Any = None, concurrency_id: Any = None):
        from .events import _register
        from .layouts import Column, Row

        app = base.current_root()
        if base.active_render() is not None:
            raise ValueError("A gr.render inside another gr.render's function is not available in LiteBlocks yet.")
        if app is None:
            raise ValueError("Reactive render must be inside a Blocks context.")
        self.app = app
        renderables = app.__dict__.setdefault("_renderables", [])
        self._id = len(renderables)
        renderables.append(self)
        self.container_class = Row if isinstance(base.current_context(), Row) else Column
        self.container = self.container_class(show_progress=True)
        self.fn = fn
        self.inputs = inputs
        self.key_to_id: dict[Any, int] = {}

        @functools.wraps(fn)
        def apply(*args, **kwargs):
            return self.apply(args, kwargs)

        apply.__name__ = "apply"
        options = {"trigger_mode": trigger_mode, "queue": queue, "show_progress": show_progress,
                   "api_visibility": "undocumented", "concurrency_limit": concurrency_limit,
                   "concurrency_id": concurrency_id}
        targets = triggers if triggers is not None else (
            [(app._id, "load")] + [(i._id, "change") for i in inputs if "change" in type(i).EVENTS])
        dependency = _register(app, targets, apply, inputs, [self.container], postprocess=False,
                               options={k: v for k, v in options.items() if v is not None})
        self.dep = dependency.block_fn
        self.dep.renderable = self
        self.dep.name = "apply"

    # -- a run --------------------------------------------------------------
    def apply(self, args: tuple, kwargs: dict) -> None:
        """Run the function for the current session; its render config goes to
        ``session.pending_render`` (g6/api.py sends it)."""
        session = current_session.get()
        if session is None:
            raise RuntimeError("gr.render ran outside a session")
        root = RenderRoot(self, session)
        container = self.container_class(render=False, show_progress=True)
        container._id = self.container._id
        container.root = root
        container.rendered_in = None
        base._context_stack.append(container)
        base._render_roots.append(root)
        try:
            self.fn(*args, **kwargs)
            _attach_value_callables(root)
        finally:
            base._render_roots.pop()
            if base._context_stack and base._context_stack[-1] is container:
                base._context_stack.pop()
        self._commit(session, root, container)
        return None

    def _commit(self, session, root: RenderRoot, container) -> None:
        """Swap this render's blocks and handlers in the session for the new ones."""
        state = session.renders.setdefault(self._id, RenderState())
        new_ids = set(root.blocks)
        for bid in state.block_ids - new_ids:  # gone: forget them and what the session knew
            session.render_blocks.pop(bid, None)
            session.values.pop(bid, None)
            session.block_overrides.pop(bid, None)
            session.state_data.pop(bid, None)
            session.written_at.pop(bid, None)
        for bid, block in root.blocks.items():
            session.render_blocks[bid] = block
            session.block_overrides.pop(bid, None)
            if bid in state.block_ids and "value" in getattr(block, "_explicit_args", {}):
                session.values.pop(bid, None)  # a keyed component given a value takes it again
        for index in state.fn_indices:
            session.render_fns.pop(index, None)
        for dep in root.fns:
            session.render_fns[dep.index] = dep
        state.block_ids = new_ids
        state.fn_indices = [dep.index for dep in root.fns]
        state.fn_keys = {_hashable(dep.options["key"]): dep.index for dep in root.fns
                         if dep.options.get("key") is not None}
        session.render_blocks[container._id] = container
        session.pending_render = (self, container, list(root.fns))


def _attach_value_callables(root: RenderRoot) -> None:
    """Value callables of components drawn by a render: load handlers of that render
    (the frontend dispatches the load events of the dependencies a render brings)."""
    from .events import BlockFunction

    for block in list(root.blocks.values()):
        fn = getattr(block, "_value_fn", None)
        if fn is None:
            continue
        inputs = block._value_inputs
        inputs = [] if inputs is None else [inputs] if isinstance(inputs, base.Block) else list(inputs)
        targets = [(i._id, "change") for i in inputs if "change" in type(i).EVENTS]
        every = getattr(block, "_value_every", None)
        if getattr(every, "_id", None) is not None and "tick" in type(every).EVENTS:
            targets.append((every._id, "tick"))
        dep = BlockFunction(root._next_fn_index(), fn, inputs, [block], targets + [(root._id, "load")])
        dep.options = {"show_progress": "hidden" if targets else "full"}
        root._add_fn(dep)


def render(inputs: Any = None, triggers: Any = None, *, queue: bool = True,
           trigger_mode: str | None = "always_last", concurrency_limit: Any = None,
           concurrency_id: Any = None, show_progress: str = "full"):
    """``@gr.render(inputs=..., triggers=...)`` (Gradio's signature)."""
    from .events import _trigger_of

    if base.current_root() is None:
        raise ValueError("Reactive render must be inside a Blocks context.")
    if isinstance(inputs, base.Block):
        inputs = [inputs]
    inputs = list(inputs or [])
    targets = None
    if triggers is not None:
        if not isinstance(triggers, (list, tuple)):
            triggers = [triggers]
        targets = []
        for t in triggers:
            owner, name = _trigger_of(t)
            targets.append((owner._id, name))

    def wrapper(fn: Callable) -> Callable:
        Renderable(fn, inputs, targets, trigger_mode=trigger_mode, queue=queue, show_progress=show_progress,
                   concurrency_limit=concurrency_limit, concurrency_id=concurrency_id)
        return fn

    return wrapper


class SessionView:
    """The app's blocks and handlers as one session sees them (its renders included);
    what EventRun and g6/api.py look blocks and handlers up in."""

    def __init__(self, app, session):
        self.app = app
        self._id = app._id
        self.blocks = ChainMap(session.render_blocks, app.blocks)
        self.fns = list(app.fns) + list(session.render_fns.values())
        self.session = session

    def fn(self, index: int):
        if 0 <= index < len(self.app.fns):
            return self.app.fns[index]
        return self.session.render_fns.get(index)

    def deps_for(self, target, event: str) -> list:
        return [d for d in self.fns if (target, event) in d.targets]

    def has_listener(self, target: int, event: str) -> bool:
        return any((target, event) in d.targets for d in self.fns)

    def __getattr__(self, name: str):
        return getattr(self.app, name)
