"""``Chatbot`` and ``ChatMessage``: a chat history shown as a list of messages.

Why one canonical form: whatever an app returns (Gradio 6 messages, Gradio 5
``type="tuples"`` pairs, ``gr.ChatMessage`` objects), ``postprocess`` turns it
into plain ``{"role", "content"}`` dicts, so the browser renders one shape and
change detection compares like with like. ``preprocess`` hands the handler a
fresh copy in the app's declared format, so a handler that appends to
``history`` in place cannot silently edit the stored value (which would hide
the change from ``.change`` listeners).
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Any

from .component_base import _COMMON, Component

ROLES = ("user", "assistant", "system")


@dataclass
class ChatMessage:
    """One message, as Gradio's ``gr.ChatMessage`` (files and components are not supported)."""

    content: Any = ""
    role: str = "assistant"
    metadata: dict = field(default_factory=dict)
    options: list = field(default_factory=list)


def _text(content: Any) -> str:
    """Message content as Markdown text (a file tuple shows its path; None shows nothing)."""
    if content is None:
        return ""
    if isinstance(content, str):
        return inspect.cleandoc(content)
    if isinstance(content, (list, tuple)) and content:
        if all(isinstance(c, dict) and c.get("type") == "text" for c in content):
            return inspect.cleandoc("\n".join(str(c.get("text", "")) for c in content))
        return str(content[0])
    return str(content)


def _message(item: Any) -> dict | None:
    """A dict/ChatMessage-like item as a canonical message, or None if it is not one."""
    if isinstance(item, dict):
        if "role" not in item:
            return None
        role, content = item["role"], item.get("content")
        metadata, options = item.get("metadata"), item.get("options")
    elif hasattr(item, "role") and hasattr(item, "content"):
        role, content = item.role, item.content
        metadata, options = getattr(item, "metadata", None), getattr(item, "options", None)
    else:
        return None
    if role not in ROLES:
        raise ValueError(f"Chatbot message role must be one of {ROLES}, not {role!r}.")
    out = {"role": role, "content": _text(content)}
    if metadata:
        out["metadata"] = dict(metadata)
    if options:
        out["options"] = list(options)
    return out


def pairs_to_messages(pairs: Any) -> list[dict]:
    """Gradio 5 ``[[user, bot], ...]`` pairs as messages; a None side is left out."""
    out: list[dict] = []
    for pair in pairs:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise TypeError(f"Expected a list of [user, bot] pairs. Received: {pair!r}")
        for role, content in zip(("user", "assistant"), pair):
            if content is not None:
                out.append({"role": role, "content": _text(content)})
    return out


def messages_to_pairs(messages: list[dict]) -> list[list]:
    """Messages back as pairs: each user message opens a pair, the next reply fills it."""
    pairs: list[list] = []
    for m in messages:
        if m["role"] == "user" or not pairs or pairs[-1][1] is not None:
            pairs.append([None, None])
        pairs[-1][0 if m["role"] == "user" else 1] = m["content"]
    return pairs


class Chatbot(Component):
    """A chat history display; value is a list of ``{"role", "content"}`` messages."""

    TYPE = "chatbot"
    EVENTS = ("change", "select", "like", "retry", "undo", "clear", "copy", "option_select", "edit")
    PROPS = _COMMON + (
        "type", "height", "min_height", "max_height", "placeholder", "autoscroll",
        "render_markdown", "rtl", "layout",
    )

    def __init__(
        self,
        value: Any = None,
        *,
        type: str | None = None,
        height: int | str | None = 400,
        min_height: int | str | None = None,
        max_height: int | str | None = None,
        placeholder: str | None = None,
        autoscroll: bool = True,
        render_markdown: bool = True,
        rtl: bool = False,
        layout: str | None = None,
        **kwargs: Any,
    ):
        # Gradio 6 has only messages; Gradio 5 apps opt into pairs with type="tuples".
        if type is None:
            type = "messages"
        if type not in ("messages", "tuples"):
            raise ValueError('`type` must be "messages" or "tuples".')
        self.type = type
        self.height = height
        self.min_height = min_height
        self.max_height = max_height
        self.placeholder = placeholder
        self.autoscroll = autoscroll
        self.render_markdown = render_markdown
        self.rtl = rtl
        self.layout = layout
        super().__init__(value, **kwargs)

    def postprocess(self, value: Any) -> list[dict]:
        """Any accepted history shape as canonical messages (None -> empty chat)."""
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"Chatbot value must be a list of messages, not {value!r}.")
        out: list[dict] = []
        for item in value:
            msg = _message(item)
            if msg is not None:
                out.append(msg)
            elif isinstance(item, (list, tuple)):
                out.extend(pairs_to_messages([item]))
            else:
                raise TypeError(
                    "Chatbot messages must be {'role': ..., 'content': ...} dicts, "
                    f"gr.ChatMessage objects or [user, bot] pairs. Received: {item!r}")
        return out

    def preprocess(self, payload: Any) -> list | None:
        """A fresh copy of the history in the declared format (messages or pairs)."""
        if payload is None:
            return None
        messages = self.postprocess(payload)
        return messages_to_pairs(messages) if self.type == "tuples" else messages
