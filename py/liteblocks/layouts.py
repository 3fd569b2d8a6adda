"""Layout containers: Row, Column, Group, Tabs/Tab, Accordion, Walkthrough/Step, Sidebar.

Why: they only shape the NODE tree sent to the front end (and can be shown or
hidden through updates); they hold no value.
"""

from __future__ import annotations

from typing import Any

from . import base

_COMMON = ("visible", "elem_id", "elem_classes")


class Row(base.BlockContext):
    TYPE = "row"
    PROPS = _COMMON + ("variant", "equal_height", "scale", "height")

    def __init__(
        self,
        *,
        variant: str = "default",
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: Any = None,
        render: bool = True,
        equal_height: bool = False,
        scale: int | None = None,
        height: Any = None,
        **kwargs: Any,
    ):
        self.variant = variant
        self.equal_height = equal_height
        self.scale = scale
        self.height = height
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, **kwargs
        )


class Column(base.BlockContext):
    TYPE = "column"
    PROPS = _COMMON + ("scale", "min_width", "variant")

    def __init__(
        self,
        scale: int = 1,
        min_width: int = 320,
        *,
        variant: str = "default",
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: Any = None,
        render: bool = True,
        **kwargs: Any,
    ):
        self.scale = scale
        self.min_width = min_width
        self.variant = variant
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, **kwargs
        )


class Group(base.BlockContext):
    TYPE = "group"

    def __init__(
        self,
        *,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: Any = None,
        render: bool = True,
        **kwargs: Any,
    ):
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, **kwargs
        )


class Tabs(base.BlockContext):
    TYPE = "tabs"
    EVENTS = ("change", "select")
    PROPS = _COMMON + ("selected",)

    def __init__(
        self,
        *,
        selected: Any = None,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: Any = None,
        render: bool = True,
        **kwargs: Any,
    ):
        self.selected = selected
        self._implicit = False
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, **kwargs
        )


class Tab(base.BlockContext):
    """A tab; consecutive Tabs outside a ``gr.Tabs`` share an implicit one."""

    TYPE = "tab"
    EVENTS = ("select",)
    PROPS = _COMMON + ("label", "interactive", "id")

    def __init__(
        self,
        label: str | None = None,
        visible: bool = True,
        interactive: bool = True,
        *,
        id: Any = None,
        elem_id: str | None = None,
        elem_classes: Any = None,
        render: bool = True,
        **kwargs: Any,
    ):
        self.label = label
        self.interactive = interactive
        self.id = id
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, **kwargs
        )

    def render(self):
        ctx = base.current_context()
        if ctx is not None and self._id is None and not isinstance(ctx, Tabs):
            last = ctx.children[-1] if ctx.children else None
            if isinstance(last, Tabs) and last._implicit:
                tabs = last
            else:
                tabs = Tabs()
                tabs._implicit = True
            with tabs:
                return super().render()
        return super().render()


TabItem = Tab


class Walkthrough(Tabs):
    """Steps shown one at a time with a step indicator (Gradio's frontend draws it with @gradio/tabs)."""

    TYPE = "walkthrough"


class Step(Tab):
    """One step of a ``gr.Walkthrough``."""

    TYPE = "walkthroughstep"

    def render(self):
        return base.BlockContext.render(self)


class Accordion(base.BlockContext):
    TYPE = "accordion"
    EVENTS = ("expand", "collapse")
    PROPS = _COMMON + ("label", "open")

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: Any = None,
        render: bool = True,
        **kwargs: Any,
    ):
        self.label = label
        self.open = open
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, **kwargs
        )


class Sidebar(base.BlockContext):
    """gr.Sidebar: a panel at the side of the app that the user can open and close
    (js/components/sidebar); ``expand``/``collapse`` fire as it does."""

    TYPE = "sidebar"
    EVENTS = ("expand", "collapse")
    PROPS = _COMMON + ("label", "open", "width", "position")

    def __init__(
        self,
        label: str | None = None,
        *,
        open: bool = True,
        visible: bool = True,
        elem_id: str | None = None,
        elem_classes: Any = None,
        render: bool = True,
        width: int | str = 320,
        position: str = "left",
        **kwargs: Any,
    ):
        if position not in ("left", "right"):
            raise ValueError(f"position must be 'left' or 'right', not {position!r}")
        self.label, self.open, self.width, self.position = label, open, width, position
        super().__init__(
            visible=visible, elem_id=elem_id, elem_classes=elem_classes, render=render, **kwargs
        )
