"""``gr.Dataset``: a table of samples for other components; a click picks one.

Why: gr.Examples (examples.py) is a Dataset plus a click handler that loads
the picked sample into the inputs.  As in gradio 6.31 the Dataset's value is
the index of the clicked sample; ``type`` says what a handler gets: "values"
(the sample), "index", or "tuple" (index, sample).  Its config carries the
samples (each value as its component shows it: ``postprocess``), headers and
the components' names and props, which Gradio's frontend draws.
"""

from __future__ import annotations

from typing import Any

from ..component_base import _COMMON, Component


class Dataset(Component):
    TYPE = "dataset"
    EVENTS = ("click", "select")
    PROPS = _COMMON + ("samples", "headers", "type", "samples_per_page", "sample_labels", "container")

    def __init__(
        self,
        *,
        label: str | None = None,
        show_label: bool = True,
        components: Any = None,
        component_props: list | None = None,
        samples: list | None = None,
        headers: list | None = None,
        type: str = "values",
        layout: str | None = None,
        samples_per_page: int = 10,
        container: bool = True,
        sample_labels: list | None = None,
        **kwargs: Any,
    ):
        if type not in ("values", "index", "tuple"):
            raise ValueError('`type` must be one of "values", "index", or "tuple".')
        self.components = list(components or [])
        self.type = type
        self.layout = layout
        self.samples_per_page = samples_per_page
        self.container = container
        self.sample_labels = sample_labels
        self.raw_samples = [list(s) if isinstance(s, (list, tuple)) else [s] for s in (samples or [])]
        self.samples = [[c.postprocess(v) if hasattr(c, "postprocess") else v
                         for c, v in zip(self.components, sample)] for sample in self.raw_samples]
        self.headers = headers if headers is not None else [getattr(c, "label", None) or "" for c in self.components] \
            if any(getattr(c, "label", None) for c in self.components) else []
        self._component_props = component_props
        super().__init__(None, label=label, show_label=show_label, **kwargs)

    def preprocess(self, payload: Any) -> Any:
        if payload is None:
            return None
        index = int(payload)
        if self.type == "index":
            return index
        sample = self.raw_samples[index] if 0 <= index < len(self.raw_samples) else None
        return sample if self.type == "values" else (index, sample)

    def postprocess(self, value: Any) -> Any:
        return value

    def g6_props(self) -> dict:
        """Props of Gradio 6's dataset config that come from its components."""
        from ..g6.config import component_props
        from ..g6.defaults import DEFAULTS, NONE_PROPS

        props_of = self._component_props or [
            {**dict.fromkeys(NONE_PROPS.get(c.TYPE, [])),
             **{k: v for k, v in component_props(c).items() if k not in ("name", "value", "_selectable")}}
            for c in self.components]
        return {
            "component_props": props_of,
            "components": [{"name": DEFAULTS.get(c.TYPE, (c.TYPE,))[0], "class_id": c.TYPE} for c in self.components],
            "component_ids": [c._id for c in self.components],
            "samples": self.samples,
            "headers": self.headers,
        }
