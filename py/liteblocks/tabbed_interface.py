"""``gr.TabbedInterface``: several Interfaces (or ChatInterfaces), one per tab, as Gradio draws them.

Why rebuilt rather than moved: Gradio renders each given Interface into its tab
(``interface.render()``). Our Interfaces are composed at construction, so each one is composed
again, from the arguments it was given, inside its tab; the originals stay as they were. A plain
``gr.Blocks`` cannot be recomposed that way: it is refused with a message saying what to do.
"""
from __future__ import annotations

from typing import Any, Sequence

from .blocks import Blocks
from .display import Markdown
from .layouts import Tab, Tabs


class TabbedInterface(Blocks):
    def __init__(self, interface_list: Sequence[Blocks], tab_names: Sequence[str] | None = None,
                 title: str | None = None, theme: Any = None, analytics_enabled: bool | None = None,
                 css: str | None = None, js: str | None = None, head: str | None = None, **kwargs: Any):
        from .components.chat_interface import ChatInterface
        from .interface import Interface

        kwargs.setdefault("fill_height", True)
        super().__init__(title=title or "Gradio", theme=theme, css=css, js=js, head=head,
                         mode="tabbed_interface", **kwargs)
        interfaces = list(interface_list)
        names = list(tab_names) if tab_names is not None else [f"Tab {i}" for i in range(len(interfaces))]
        for item in interfaces:
            if not isinstance(item, (Interface, ChatInterface)):
                raise TypeError(f"gr.TabbedInterface here takes gr.Interface and gr.ChatInterface objects, not "
                                f"{type(item).__name__}: LiteBlocks cannot move a built gr.Blocks into a tab yet; "
                                "write its code inside `with gr.Tab(...):` instead.")
        with self:
            if title:
                Markdown(f"<h1 style='text-align: center; margin-bottom: 1rem'>{title}</h1>")
            with Tabs():
                for item, name in zip(interfaces, names):
                    with Tab(label=name) as tab:
                        inner = type(item)(**item.constructor_args())
                    # as Gradio's render(): the Interface's children stand in the tab itself
                    tab.children = [c for c in tab.children if c is not inner] + inner.children
                    for child in inner.children:
                        child.parent = tab
                    self.blocks.pop(inner._id, None)
