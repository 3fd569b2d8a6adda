"""Event listeners: ``.click``/``.change``/..., ``gr.on``, ``Dependency``.

Why: Gradio apps wire handlers through listener methods that double as
decorators and return a ``Dependency`` whose ``.then``/``.success``/``.failure``
chain further handlers. This module records those wirings as
``BlockFunction`` objects on the root Blocks; ``execution.py`` runs them.
"""

from __future__ import annotations

from collections.abc import Set
from typing import Any, Callable

from . import base

DECORATOR = "decorator"


class BlockFunction:
    """One registered handler (Gradio's BlockFunction)."""

    def __init__(
        self,
        index: int,
        fn: Callable | None,
        inputs: list,
        outputs: list,
        targets: list[tuple[int | None, str]],
        *,
        inputs_as_dict: bool = False,
        trigger_after: int | None = None,
        only_success: bool = False,
        only_failure: bool = False,
        preprocess: bool = True,
        postprocess: bool = True,
    ):
        self.index = index
        self.fn = fn
        self.inputs = inputs
        self.outputs = outputs
        self.targets = targets
        self.inputs_as_dict = inputs_as_dict
        self.trigger_after = trigger_after
        self.only_success = only_success
        self.only_failure = only_failure
        self.preprocess = preprocess
        self.postprocess = postprocess
        self.name = getattr(fn, "__name__", "fn") if fn is not None else "None"
        self.options: dict = {}
        self.renderable = None  # the gr.render this handler redraws (renderable.Renderable)
        self.rendered_in = None  # the gr.render whose function defined this handler

    def __repr__(self) -> str:
        return f"<BlockFunction {self.index} {self.name} targets={self.targets}>"


def _as_block_list(value: Any) -> tuple[list, bool]:
    """Normalise inputs/outputs; returns (blocks, given_as_set_or_dict)."""
    if value is None:
        return [], False
    if isinstance(value, dict):
        return list(value.keys()), True
    if isinstance(value, Set):
        return list(value), True
    if isinstance(value, (list, tuple)):
        return list(value), False
    return [value], False


def _register(
    root,
    targets: list[tuple[int | None, str]],
    fn: Callable | None,
    inputs: Any,
    outputs: Any,
    *,
    trigger_after: int | None = None,
    only_success: bool = False,
    only_failure: bool = False,
    preprocess: bool = True,
    postprocess: bool = True,
    options: dict | None = None,
) -> "Dependency":
    render = base.active_render()
    if render is not None:  # inside a gr.render function: the handler belongs to this render
        root = render
    if root is None:
        raise AttributeError("Event listeners must be set up inside a `with gr.Blocks():` context.")
    options = dict(options or {})
    every = options.pop("every", None)
    if every is not None:
        targets = list(targets) + [(_every_timer(root, every)._id, "tick")]
    in_blocks, as_dict = _as_block_list(inputs)
    out_blocks, _ = _as_block_list(outputs)
    for b in in_blocks + out_blocks:
        if not isinstance(b, base.Block):
            raise TypeError(f"{b!r} is not a component; inputs/outputs must be components.")
        if b._id is None:
            b.render()
    key = options.get("key")
    dep = BlockFunction(
        root._next_fn_index(key) if key is not None else root._next_fn_index(),
        fn,
        in_blocks,
        out_blocks,
        targets,
        inputs_as_dict=as_dict,
        trigger_after=trigger_after,
        only_success=only_success,
        only_failure=only_failure,
        preprocess=preprocess,
        postprocess=postprocess,
    )
    dep.options = dict(options or {})  # listener keywords (queue=, js=, ...) for the Gradio 6 config
    cancels = dep.options.pop("cancels", None)
    root._add_fn(dep)
    if cancels and targets:
        # Gradio's rule: cancels= becomes a second, function-less dependency on the same triggers.
        cancel = BlockFunction(root._next_fn_index(), None, [], [], list(targets))
        cancel.options = {"cancels": cancels if isinstance(cancels, list) else [cancels], "_cancel": True,
                          "_via_on": dep.options.get("_via_on", False)}
        cancel.rendered_in = dep.rendered_in
        root._add_fn(cancel)
    return Dependency(root, dep, fn)


def _every_timer(root, every: Any):
    """``every=`` on a listener (Gradio 3/4; gradio 6 takes a gr.Timer instead): a Timer whose
    tick is one more trigger, drawn where the listener is set up (else at the end of the app)."""
    from .timer import Timer

    if isinstance(every, Timer):
        return every
    if isinstance(every, bool) or not isinstance(every, (int, float)) or every <= 0:
        raise ValueError(f"every= must be a number of seconds or a gr.Timer, not {every!r}")
    if base.current_context() is not None:
        return Timer(every)
    app = getattr(root, "app", root)  # a RenderRoot draws into its app only while it runs
    base._context_stack.append(app)
    try:
        return Timer(every)
    finally:
        base._context_stack.pop()


class _Decorator:
    """Returned by a listener called without ``fn``: registers when applied."""

    def __init__(self, register: Callable[[Callable], "Dependency"]):
        self._register = register

    def __call__(self, func: Callable) -> Callable:
        self._register(func)
        return func


class Dependency(dict):
    """Handle on a registered handler; chain with then/success/failure."""

    def __init__(self, root, block_fn: BlockFunction, fn: Callable | None):
        super().__init__(id=block_fn.index)
        self.root = root
        self.block_fn = block_fn
        self.fn = fn

    def _chain(self, fn, inputs, outputs, *, success=False, failure=False, **kw):
        def register(f):
            return _register(
                self.root,
                [],
                f,
                inputs,
                outputs,
                trigger_after=self.block_fn.index,
                only_success=success,
                only_failure=failure,
                preprocess=kw.get("preprocess", True),
                postprocess=kw.get("postprocess", True),
                options=kw,
            )

        if isinstance(fn, str) and fn == DECORATOR:
            return _Decorator(register)
        return register(fn)

    def then(self, fn: Any = DECORATOR, inputs: Any = None, outputs: Any = None, **kwargs):
        """Run after this handler, whatever its outcome."""
        return self._chain(fn, inputs, outputs, **kwargs)

    def success(self, fn: Any = DECORATOR, inputs: Any = None, outputs: Any = None, **kwargs):
        """Run after this handler only if it raised nothing."""
        return self._chain(fn, inputs, outputs, success=True, **kwargs)

    def failure(self, fn: Any = DECORATOR, inputs: Any = None, outputs: Any = None, **kwargs):
        """Run after this handler only if it raised."""
        return self._chain(fn, inputs, outputs, failure=True, **kwargs)

    def __call__(self, *args, **kwargs):
        if self.fn is None:
            return None
        return self.fn(*args, **kwargs)

    def __hash__(self) -> int:  # dict subclass; keep usable in sets
        return id(self)

    def __eq__(self, other) -> bool:
        return self is other


def make_listener(event_name: str) -> Callable:
    def listener(self, fn: Any = DECORATOR, inputs: Any = None, outputs: Any = None, **kwargs):
        root = self.root if isinstance(self, base.Block) else None
        if root is None:
            root = base.current_root()
        target = self._id

        def register(f):
            return _register(
                root,
                [(target, event_name)],
                f,
                inputs,
                outputs,
                preprocess=kwargs.get("preprocess", True),
                postprocess=kwargs.get("postprocess", True),
                options=kwargs,
            )

        if isinstance(fn, str) and fn == DECORATOR:
            return _Decorator(register)
        return register(fn)

    listener.__name__ = event_name
    listener._lb_event_name = event_name  # type: ignore[attr-defined]
    listener.__doc__ = f"Register a handler for this component's '{event_name}' event."
    return listener


def install_event_methods(cls) -> None:
    for name in cls.__dict__.get("EVENTS", ()):
        if name not in cls.__dict__:
            setattr(cls, name, make_listener(name))


def _trigger_of(trigger: Any) -> tuple[Any, str]:
    owner = getattr(trigger, "__self__", None)
    func = getattr(trigger, "__func__", trigger)
    name = getattr(func, "_lb_event_name", None)
    if owner is None or name is None:
        raise TypeError(f"{trigger!r} is not an event listener such as `btn.click` or `demo.load`.")
    return owner, name


def on(
    triggers: Any = None,
    fn: Any = DECORATOR,
    inputs: Any = None,
    outputs: Any = None,
    **kwargs: Any,
):
    """Attach one handler to several triggers (Gradio's ``gr.on``).

    ``triggers=None`` means: the ``change`` event of every input component plus
    the app's ``load`` event (Gradio's rule).
    """
    root = base.current_root()
    if root is None:
        raise Exception("Cannot call on() outside of a gradio.Blocks context.")
    if triggers is None:
        in_blocks, _ = _as_block_list(inputs)
        targets = [(b._id, "change") for b in in_blocks] + [(root._id, "load")]
    else:
        if not isinstance(triggers, (list, tuple)):
            triggers = [triggers]
        targets = []
        for t in triggers:
            owner, name = _trigger_of(t)
            targets.append((owner._id, name))

    def register(f):
        return _register(
            root,
            targets,
            f,
            inputs,
            outputs,
            preprocess=kwargs.get("preprocess", True),
            postprocess=kwargs.get("postprocess", True),
            options=dict(kwargs, _via_on=True),
        )

    if isinstance(fn, str) and fn == DECORATOR:
        return _Decorator(register)
    return register(fn)
