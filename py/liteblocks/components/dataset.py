"""``gr.Dataset`` and ``gr.Examples``: a table of sample inputs; clicking one loads it.

Why: ``gr.ChatInterface`` builds its examples with ``gr.Examples`` (a Dataset
plus a click handler that fills the inputs), hidden when the examples show
inside the chatbot and visible under it when they carry additional inputs.
Caching examples needs a server run at launch: ``cache_examples=True`` is
accepted and behaves as not cached (clicking runs the function).
"""

from __future__ import annotations

from typing import Any

from ..component_base import Component

# Keys Gradio lists (as None) in a Dataset's component_props when the component did not set them,
# beside those of g6.defaults.NONE_PROPS.
_COMMON_NONE = ("label", "info", "scale", "interactive", "elem_id", "key")


def _example_props(comp: Component) -> dict:
    from ..g6.config import component_props  # lazy: g6.config imports the component modules

    props = {k: v for k, v in component_props(comp).items() if k not in ("name", "_selectable", "value")}
    from ..g6.defaults import NONE_PROPS

    for key in (*_COMMON_NONE, *NONE_PROPS.get(comp.TYPE, ())):
        props.setdefault(key, None)
    if comp.TYPE == "slider":
        props["buttons"] = None
    if comp.TYPE == "code":
        props.pop("info", None)  # gr.Code takes no info
    return props


def as_example(comp: Component, value: Any) -> Any:
    """A sample as the Dataset shows it (Gradio's ``as_example``): None stays None except where the
    component shows a value for it (a slider its minimum, a checkbox False, a checkbox group [])."""
    if hasattr(comp, "process_example"):
        return comp.process_example(value)
    if value is None:
        return {"slider": getattr(comp, "minimum", None), "checkbox": False, "checkboxgroup": []}.get(comp.TYPE)
    if comp.TYPE == "multimodaltextbox" and isinstance(value, dict):
        return {"text": value.get("text", ""), "files": list(value.get("files", []))}
    return value


class Dataset(Component):
    """Samples shown as a table (or gallery); value is the clicked sample's index."""

    TYPE = "dataset"
    EVENTS = ("click", "select")
    PROPS = ("label", "show_label", "component_props", "samples", "headers", "type", "samples_per_page",
             "visible", "elem_id", "elem_classes", "container", "scale", "min_width", "layout", "sample_labels")

    def __init__(self, *, label: str | None = None, show_label: bool = True, components: Any = None,
                 component_props: list | None = None, samples: list | None = None, headers: list | None = None,
                 type: str = "values", layout: str | None = None, samples_per_page: int = 10,
                 container: bool = True, sample_labels: list | None = None, **kwargs: Any):
        from .shortcuts import component_instance

        if type not in ("values", "index", "tuple"):
            raise ValueError('`type` must be "values", "index" or "tuple".')
        self._components = [component_instance(c) for c in components or []]
        self.container, self.layout, self.type = container, layout, type
        self.component_props = component_props
        self.raw_samples = [[]] if samples is None else [list(s) for s in samples]
        self.samples = [[as_example(c, v) for c, v in zip(self._components, s)] for s in self.raw_samples]
        if headers is not None:
            self.headers = headers
        elif all(getattr(c, "label", None) is None for c in self._components):
            self.headers = []
        else:
            self.headers = [getattr(c, "label", None) or "" for c in self._components]
        self.samples_per_page = samples_per_page
        self.sample_labels = sample_labels
        kwargs.setdefault("min_width", 160)
        super().__init__(None, label=label, show_label=show_label, **kwargs)

    def g6_props(self, props: dict, blocks) -> dict:
        """Config props Gradio computes: each component's props, names and ids."""
        props["component_props"] = (self.component_props if self.component_props is not None
                                    else [_example_props(c) for c in self._components])
        props["components"] = [{"name": c.TYPE} for c in self._components]
        props["component_ids"] = [c._id for c in self._components if c._id is not None]
        for key in ("samples", "headers", "type", "samples_per_page"):
            props[key] = getattr(self, key)
        return props

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        index = payload[0] if isinstance(payload, (list, tuple)) else payload
        if self.type == "index":
            return index
        if self.type == "values":
            return self.raw_samples[index]
        return index, self.raw_samples[index]

    def postprocess(self, value: Any) -> Any:
        if value is None or isinstance(value, int):
            return value
        if isinstance(value, list) and value in self.samples:
            return self.samples.index(value)
        return None


class Examples:
    """``gr.Examples``: a Dataset of ``examples`` whose click loads them into ``inputs``
    (and, with ``run_on_click``, then runs ``fn``)."""

    def __init__(self, examples: Any, inputs: Any, outputs: Any = None, fn: Any = None,
                 cache_examples: Any = None, cache_mode: Any = None, examples_per_page: int = 10,
                 label: Any = None, elem_id: str | None = None, run_on_click: bool = False,
                 preprocess: bool = True, postprocess: bool = True, api_name: Any = "load_example",
                 api_visibility: str = "undocumented", example_labels: list | None = None,
                 visible: bool = True, **kwargs: Any):
        inputs = list(inputs) if isinstance(inputs, (list, tuple)) else [inputs]
        if examples and not isinstance(examples[0], (list, tuple)):
            examples = [[e] for e in examples]
        self.examples = [list(e) + [None] * (len(inputs) - len(e)) for e in examples or []]
        self.inputs = inputs
        self.outputs = outputs
        self.fn = fn
        keep = [i for i in range(len(inputs)) if any(e[i] is not None for e in self.examples)]
        self.inputs_with_examples = [inputs[i] for i in keep]
        samples = [[e[i] for i in keep] for e in self.examples]
        # gradio 6.31 leaves its default label ("Examples") out of the Dataset's config (the frontend
        # shows "Examples" anyway); a label passed explicitly, as ChatInterface does, is kept.
        self.dataset = Dataset(components=self.inputs_with_examples, samples=samples, type="tuple", label=label,
                               samples_per_page=examples_per_page, elem_id=elem_id, visible=visible,
                               sample_labels=example_labels)
        self.dataset._components = self.inputs_with_examples  # the real inputs: their ids and props

        def load_example(example_tuple):
            _, sample = example_tuple
            # an input the example leaves out (None) keeps its value, as in Gradio; the others get the
            # value as the component shows it (Gradio postprocesses examples: a file path becomes FileData)
            updates = [{"__type__": "update"} if v is None else {"__type__": "update", "value": c.postprocess(v)}
                       for c, v in zip(self.inputs_with_examples, sample)]
            return updates[0] if len(updates) == 1 else updates

        self.cache: dict = {}
        if cache_examples and fn is not None:
            # Gradio runs fn for every example at launch; here an example's output is computed the
            # first time it is clicked and kept for the app's lifetime (Gradio's cache_mode="lazy").
            async def load_example_output(example_tuple):
                index, sample = example_tuple
                if index not in self.cache:
                    self.cache[index] = self.postprocess(await _last(fn(*self.full_example(index))))
                return self.cache[index]

            self.load_input_event = self.dataset.click(
                load_example, inputs=[self.dataset], outputs=self.inputs_with_examples, show_progress="hidden",
                postprocess=False, queue=False, api_visibility="undocumented")
            self.load_input_event.then(load_example_output, inputs=[self.dataset], outputs=self.outputs,
                                       api_name=api_name, api_visibility=api_visibility)
            return
        self.load_input_event = self.dataset.click(
            load_example, inputs=[self.dataset], outputs=self.inputs_with_examples, show_progress="hidden",
            postprocess=False, queue=False, api_name=api_name, api_visibility=api_visibility)
        if run_on_click and fn is not None:
            self.load_input_event.then(fn, inputs=self.inputs, outputs=self.outputs, api_visibility="undocumented")

    def postprocess(self, result: Any) -> Any:
        """A cached output as the outputs show it (sent with postprocess=False, as Gradio's cache is)."""
        outputs = self.outputs if isinstance(self.outputs, (list, tuple)) else [self.outputs]
        if len(outputs) == 1:
            return outputs[0].postprocess(result) if hasattr(outputs[0], "postprocess") else result
        return [o.postprocess(v) if hasattr(o, "postprocess") else v for o, v in zip(outputs, result)]

    def full_example(self, index: int) -> list:
        """Example ``index`` with a value for every input (an input it leaves out keeps its value)."""
        return [getattr(inp, "value", None) if v is None else v for inp, v in zip(self.inputs, self.examples[index])]


async def _last(result: Any) -> Any:
    """The value of a call: awaited, or a generator's last item."""
    from ..execution import resolve

    return await resolve(result)
