"""``gr.Interface``: a whole app from ``fn``, ``inputs`` and ``outputs``.

Why: most Gradio demos are one-liners such as
``gr.Interface(fn=greet, inputs="text", outputs="text").launch()``. An
Interface is just a Blocks that builds Gradio's standard layout and wiring
(labels from the fn's parameter names, Submit/Clear buttons, live mode,
State pairs), so everything else (sessions, events, CONFIG) is unchanged.
Flagging writes Gradio's CSV into the worker's file system (flagging.py).
"""

from __future__ import annotations

import html
import inspect
import itertools
import warnings
from collections.abc import Iterable, Sequence
from typing import Any, Callable

from . import base
from .blocks import Blocks
from .components import Button, ClearButton, Component, Markdown
from .events import on
from .flagging import CSVLogger, FlagMethod
from .layouts import Accordion, Column, Row
from .processing import _signature, _special_class
from .components.shortcuts import component_instance
from .components.state import State

STANDARD, INPUT_ONLY, OUTPUT_ONLY, UNIFIED = "standard", "input_only", "output_only", "unified"


def _as_list(value: Any, what: str) -> list:
    if value is None:
        return []
    if isinstance(value, (str, Component)):
        return [value]
    if isinstance(value, Sequence):
        return list(value)
    raise TypeError(f"{what} must be a string, list, or Component, not {value}")


def _set_default(component: Component, name: str, value: Any) -> None:
    """Set a prop as if passed to the constructor (so updates keep it)."""
    setattr(component, name, value)
    component._explicit_args[name] = value


def input_labels(fn: Callable) -> Iterable[str]:
    """Labels for unlabeled inputs: the fn's positional parameter names,
    without Request/EventData ones (Gradio's rule); "input 0"... if unknown."""
    try:
        names = inspect.getfullargspec(fn)[0]
        if names and inspect.ismethod(fn):
            names = names[1:]
        params = _signature(fn).parameters
    except (TypeError, ValueError):
        return (f"input {i}" for i in itertools.count())
    return [n for n in names if n not in params or _special_class(params[n].annotation) is None]


def _default_args(fn: Callable) -> list:
    try:
        params = _signature(fn).parameters.values()
    except (TypeError, ValueError):
        return []
    return [None if p.default is p.empty else p.default for p in params]


def _place(component: base.Block) -> None:
    """Render ``component`` into the current context (moving it if needed)."""
    ctx = base.current_context()
    if component._id is not None and component.root is not ctx.root:
        component._id = None
    if component._id is None:
        component.render()
    elif component.parent is not ctx:
        component.unrender()
        ctx.add_child(component)


def _button(spec: Any, what: str, **defaults: Any) -> dict:
    """Constructor kwargs for the Submit/Clear buttons from a string or Button."""
    if isinstance(spec, Button):
        kwargs = {k: v for k, v in spec.constructor_args().items() if k not in ("render", "components")}
        kwargs.setdefault("value", spec.value)
        return kwargs
    if isinstance(spec, str):
        return {"value": spec, **defaults}
    raise ValueError(f"The {what} parameter must be a gr.Button or string, not {type(spec)}")


class Interface(Blocks):
    """Gradio's high-level app: ``fn`` wrapped with input and output components."""

    def __init__(
        self,
        fn: Callable,
        inputs: Any,
        outputs: Any,
        examples: Any = None,
        *,
        live: bool = False,
        title: str | None = None,
        description: str | None = None,
        article: str | None = None,
        theme: Any = None,
        css: str | None = None,
        flagging_mode: str | None = None,
        allow_flagging: str | None = None,
        flagging_options: Any = None,
        flagging_dir: str = ".gradio/flagged",
        flagging_callback: Any = None,
        additional_inputs: Any = None,
        additional_inputs_accordion: Any = None,
        cache_examples: Any = None,
        examples_per_page: int = 10,
        example_labels: list | None = None,
        submit_btn: Any = "Submit",
        stop_btn: Any = "Stop",
        clear_btn: Any = "Clear",
        validator: Any = None,
        **kwargs: Any,
    ):
        super().__init__(theme=theme, title=title or "Gradio", css=css, mode="interface", **kwargs)
        inputs = _as_list(inputs, "inputs")
        outputs = _as_list(outputs, "outputs")
        if not inputs and not outputs:
            raise ValueError("Must provide at least one of `inputs` or `outputs`")
        self.interface_type = INPUT_ONLY if not outputs else OUTPUT_ONLY if not inputs else STANDARD
        self.main_input_components = [component_instance(c) for c in inputs]
        self.additional_input_components = [component_instance(c) for c in _as_list(additional_inputs, "additional_inputs")]
        self.input_components = self.main_input_components + self.additional_input_components
        self.output_components = [component_instance(c) for c in outputs]
        self._pair_states(fn, inputs)
        if len(self.input_components) == len(self.output_components) and all(
            i is o for i, o in zip(self.input_components, self.output_components)
        ):
            self.interface_type = UNIFIED
        if self.interface_type in (STANDARD, OUTPUT_ONLY):
            for o in self.output_components:
                if o.interactive is None:
                    _set_default(o, "interactive", False)  # outputs are read-only unless asked
        if allow_flagging is not None:
            warnings.warn("The `allow_flagging` parameter in `Interface` is deprecated. "
                          "Use `flagging_mode` instead.")
            flagging_mode = allow_flagging
        if flagging_mode not in (None, "manual", "never", "auto"):
            raise ValueError("Invalid value for `flagging_mode` parameter. Must be: 'auto', 'manual', or 'never'.")
        self.flagging_mode = flagging_mode or "manual"
        if flagging_options is None:
            self.flagging_options = [("Flag", None)]
        elif isinstance(flagging_options, list) and all(isinstance(x, str) for x in flagging_options):
            self.flagging_options = [(f"Flag as {x}", x) for x in flagging_options]
        elif isinstance(flagging_options, list) and all(isinstance(x, tuple) and len(x) == 2 for x in flagging_options):
            self.flagging_options = list(flagging_options)
        else:
            raise ValueError("flagging_options must be a list of strings or list of (string, string) tuples.")
        self.flagging_dir = flagging_dir
        self.flagging_callback = flagging_callback or CSVLogger()
        if isinstance(additional_inputs_accordion, Accordion):
            accordion = {k: v for k, v in additional_inputs_accordion.constructor_args().items() if k != "render"}
        elif isinstance(additional_inputs_accordion, str):
            accordion = {"label": additional_inputs_accordion}
        else:
            accordion = {"label": "Additional Inputs", "open": False}
        self.fn = fn
        self.validator = validator
        self.__name__ = getattr(fn, "__name__", "fn")
        self.live = live
        self.description = description
        self.article = article
        self.examples = examples
        self.cache_examples = cache_examples
        self.examples_per_page = examples_per_page
        self.example_labels = example_labels
        self._label_components(fn)
        submit = _button(submit_btn, "submit_btn", variant="primary")
        clear = {"visible": False} if clear_btn is None else _button(clear_btn, "clear_btn", variant="secondary")
        _button(stop_btn, "stop_btn")
        with self:
            self._render(title, submit, clear, accordion)

    def _pair_states(self, fn: Callable, inputs: list) -> None:
        """Exactly one State input and one State output share one State."""
        ins = [i for i, c in enumerate(self.input_components) if isinstance(c, State)]
        outs = [i for i, c in enumerate(self.output_components) if isinstance(c, State)]
        if not ins and not outs:
            return
        if len(ins) != 1 or len(outs) != 1:
            raise ValueError("If using 'state', there must be exactly one state input and one state output.")
        idx = ins[0]
        state = self.input_components[idx]
        if idx < len(inputs) and isinstance(inputs[idx], str):
            # "state" shortcut: its initial value is the fn parameter's default.
            defaults = _default_args(fn)
            state = State(defaults[idx] if idx < len(defaults) else None, render=False)
            if idx < len(self.main_input_components):
                self.main_input_components[idx] = state
            else:
                self.additional_input_components[idx - len(self.main_input_components)] = state
        self.input_components[idx] = state
        self.output_components[outs[0]] = state

    def _label_components(self, fn: Callable) -> None:
        for component, name in zip(self.input_components, input_labels(fn)):
            if component.label is None:
                _set_default(component, "label", name)
        many = len(self.output_components) > 1
        for i, component in enumerate(self.output_components):
            if component.label is None:
                _set_default(component, "label", f"output {i}" if many else "output")

    def _render(self, title: Any, submit: dict, clear: dict, accordion: dict) -> None:
        if title:
            Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{html.escape(str(title))}</h1>")
        if self.description:
            Markdown(self.description)
        submit_btn = clear_btn = None
        kind = self.interface_type
        with Row():
            self._input_column = None
            if kind != OUTPUT_ONLY:
                with Column():
                    with Column() as self._input_column:
                        for c in self.main_input_components:
                            _place(c)
                        if self.additional_input_components:
                            with Accordion(**accordion):
                                for c in self.additional_input_components:
                                    _place(c)
                    with Row():
                        clear_btn = ClearButton(**clear)
                        if kind == UNIFIED or not self.live:
                            submit_btn = Button(**submit)
            flag_btns = None
            if kind in (STANDARD, OUTPUT_ONLY):
                with Column():
                    for c in self.output_components:
                        _place(c)
                    if kind == OUTPUT_ONLY:
                        with Row():
                            clear_btn = ClearButton(**clear)
                            submit_btn = Button("Generate", variant="primary")
                    if self.flagging_mode == "manual":
                        with Row():
                            flag_btns = [Button(label) for label, _ in self.flagging_options]
        submit_event = self._attach_submit(submit_btn)
        clear_btn.add(self.input_components + self.output_components)
        if kind != OUTPUT_ONLY and self._input_column is not None:
            # As Gradio: Clear also shows the input column again.
            clear_btn.click(None, None, self._input_column,
                            js='() => [{"variant": null, "visible": true, "__type__": "update"}]\n            ',
                            api_visibility="private")
        self._attach_flagging(flag_btns, clear_btn, submit_event)
        self._render_examples()
        if self.article:
            Markdown(self.article)

    def _attach_submit(self, submit_btn: Button | None):
        ins, outs = self.input_components, self.output_components
        if self.live and self.interface_type == OUTPUT_ONLY:
            self.load(self.fn, None, outs)
            return submit_btn.click(self.fn, None, outs, scroll_to_output=True)
        if self.live:
            return on([c.change for c in ins if "change" in c.EVENTS], self.fn, ins, outs, validator=self.validator)
        triggers = [submit_btn.click] + [c.submit for c in ins if "submit" in c.EVENTS]
        return on(triggers, self.fn, ins, outs, scroll_to_output=True, validator=self.validator)

    def _attach_flagging(self, flag_btns: list | None, clear_btn, submit_event) -> None:
        """Gradio's flagging events: "auto" flags after each successful run; "manual" gives each
        Flag button "Saving..." then the flag itself, and Clear resets the button."""
        if self.interface_type == INPUT_ONLY or self.flagging_mode == "never":
            return
        components = self.input_components if self.interface_type == UNIFIED else self.input_components + self.output_components
        self.flagging_callback.setup(components, self.flagging_dir)
        if self.flagging_mode == "auto":
            if submit_event is not None:
                submit_event.success(FlagMethod(self.flagging_callback, "", None, visual_feedback=False),
                                     components, None, preprocess=False, queue=False, api_visibility="undocumented")
            return
        for flag_btn, (label, value) in zip(flag_btns or [], self.flagging_options):
            method = FlagMethod(self.flagging_callback, label, value)
            flag_btn.click(lambda: Button(value="Saving...", interactive=False), None, flag_btn,
                           queue=False, api_visibility="undocumented")
            flag_btn.click(method, components, flag_btn, preprocess=False, queue=False, api_visibility="undocumented")
            clear_btn.click(method.reset, None, flag_btn, queue=False, api_visibility="undocumented")

    def _render_examples(self) -> None:
        """gr.Examples under the app, as Gradio's Interface draws them (clicking one fills the inputs;
        ``cache_examples`` runs fn after the click, see examples.py)."""
        from .components.dataset import Examples

        inputs = [c for c in self.input_components if not isinstance(c, State)]
        if not self.examples or not inputs:
            return
        outputs = [c for c in self.output_components if not isinstance(c, State)]
        self.examples_handler = Examples(
            self.examples, inputs, outputs, fn=self.fn, cache_examples=self.cache_examples,
            examples_per_page=self.examples_per_page, example_labels=self.example_labels,
            visible_columns=list(range(len(self.main_input_components)))
            if self.additional_input_components and self.main_input_components else None)

    def __repr__(self) -> str:
        head = f"Gradio Interface for: {self.__name__}"
        lines = [head, "-" * len(head), "inputs:"]
        lines += [f"|-{c}" for c in self.input_components]
        lines += ["outputs:"] + [f"|-{c}" for c in self.output_components]
        return "\n".join(lines)
