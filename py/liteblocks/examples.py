"""``gr.Examples``: sample inputs shown as a Dataset; clicking one fills the inputs.

Why: most demos offer examples.  As in gradio 6.31 (gradio/helpers.py): the
Dataset (type "tuple") lists the columns that have a value in some example;
its click runs ``load_example`` (queue=False, show_progress hidden, not
postprocessed) whose outputs are those inputs; with ``fn`` and
``run_on_click=True`` a ``.then`` runs ``fn`` on the inputs into ``outputs``.
Caching (``cache_examples=True``/"lazy") needs a server's disk; here it runs
``fn`` after the click instead, so the outputs still show the example's result.
"""

from __future__ import annotations

from typing import Any, Callable

from . import base
from .processing import update


def _rows(examples: Any, n_inputs: int) -> list[list]:
    if isinstance(examples, str):
        raise ValueError("gr.Examples from a directory is not available in LiteBlocks; pass a list of examples.")
    rows = list(examples or [])
    if rows and not isinstance(rows[0], (list, tuple)):
        if n_inputs != 1:
            raise ValueError("With several inputs, each example must be a list with one value per input.")
        rows = [[r] for r in rows]
    return [list(r) for r in rows]


class Examples:
    """Gradio's Examples (keyword arguments as in 6.31; the server-only ones accepted and ignored)."""

    def __init__(
        self,
        examples: Any,
        inputs: Any,
        outputs: Any = None,
        fn: Callable | None = None,
        cache_examples: Any = None,
        examples_per_page: int = 10,
        label: str | None = "Examples",
        elem_id: str | None = None,
        run_on_click: bool = False,
        preprocess: bool = True,
        postprocess: bool = True,
        api_visibility: str = "undocumented",
        api_name: str = "load_example",
        api_description: Any = None,
        batch: bool = False,
        *,
        example_labels: list | None = None,
        visible: bool = True,
        preload: Any = 0,
        cache_mode: Any = None,
        _api_mode: bool = False,
        visible_columns: list | None = None,
        **_ignored: Any,
    ):
        from .components.dataset import Dataset

        inputs = [inputs] if isinstance(inputs, base.Block) else list(inputs or [])
        outputs = [outputs] if isinstance(outputs, base.Block) else list(outputs or [])
        self.examples = _rows(examples, len(inputs))
        if example_labels is not None and len(example_labels) != len(self.examples):
            raise ValueError("If `example_labels` are provided, the length of `example_labels` must be the "
                             "same as the number of examples.")
        has = [any(i < len(r) and r[i] is not None for r in self.examples) for i in range(len(inputs))]
        self.inputs = inputs
        self.outputs = outputs
        self.inputs_with_examples = [c for c, keep in zip(inputs, has) if keep]
        kept = [i for i, keep in enumerate(has) if keep]
        if visible_columns:
            kept_visible = [i for i in kept if i in set(visible_columns)] or kept
        else:
            kept_visible = kept
        self.non_none_examples = [[r[i] if i < len(r) else None for i in kept] for r in self.examples]
        self.fn = fn
        self.run_on_click = run_on_click or (bool(cache_examples) and fn is not None and bool(outputs))
        if run_on_click and fn is None:
            raise ValueError("Cannot run_on_click if no function is provided")
        shown = [inputs[i] for i in kept_visible]
        self.dataset = Dataset(
            components=shown,
            samples=[[r[i] if i < len(r) else None for i in kept_visible] for r in self.examples],
            type="tuple",
            label=None if label == "Examples" else label,
            samples_per_page=examples_per_page,
            elem_id=elem_id,
            visible=visible,
            sample_labels=example_labels,
        )
        self.load_input_event = None
        if base.current_context() is None:
            return
        self._wire(api_name, api_visibility, preprocess, postprocess, batch)

    def _wire(self, api_name: str, api_visibility: str, preprocess: bool, postprocess: bool, batch: bool) -> None:
        targets = self.inputs_with_examples
        rows = self.non_none_examples

        def load_example(example: tuple):
            index = example[0] if example else None
            values = rows[index] if index is not None and 0 <= index < len(rows) else [None] * len(targets)
            updates = [update() if v is None else update(value=v) for v in values]
            return updates[0] if len(updates) == 1 else updates

        event = self.dataset.click(load_example, [self.dataset], targets, show_progress="hidden",
                                   postprocess=True, queue=False, api_name=api_name,
                                   api_visibility=api_visibility)
        self.load_input_event = event
        if self.run_on_click:
            event.then(self.fn, self.inputs, self.outputs, api_visibility="undocumented",
                       preprocess=preprocess, postprocess=postprocess, batch=batch)
