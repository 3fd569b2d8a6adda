"""``gr.Chatbot`` and ``gr.ChatMessage`` in Gradio 6's messages format.

Why one normalised form: whatever an app returns (messages whose content is a
string, a file dict, a component or a list of those, ``gr.ChatMessage``
objects, or Gradio 5 ``type="tuples"`` pairs), ``postprocess`` turns it into
the messages Gradio 6.31 sends to its frontend::

    {"role": "user" | "assistant" | "system", "metadata": dict | None,
     "content": [{"type": "text", "text": ...} | {"type": "file", "file": FileData, "alt_text": ...}
                 | {"type": "component", "component": name, "value", "constructor_args", "props"}],
     "options": list | None}

``preprocess`` hands handlers a fresh copy of that list (Gradio 6 gives
handlers the normalised dicts too), so appending to ``history`` in place never
edits the stored value behind a ``.change`` listener's back.
"""

from __future__ import annotations

import copy
import inspect
import mimetypes
import re
from dataclasses import dataclass, field
from typing import Any, TypedDict

from ..component_base import _COMMON, Component
from ..errors import Error

ROLES = ("user", "assistant", "system")


@dataclass
class ChatMessage:
    """One message, as Gradio's ``gr.ChatMessage``: ``metadata`` with a ``title`` shows it as a thought."""

    content: Any = ""
    role: str = "assistant"
    metadata: dict = field(default_factory=dict)
    options: list = field(default_factory=list)


Message = ChatMessage  # gradio.components.chatbot.Message: the same fields


class MessageDict(TypedDict, total=False):
    """A message as a dict (gradio.components.chatbot.MessageDict)."""

    content: Any
    role: str
    metadata: dict
    options: list


def file_data(path: Any, **extra: Any) -> dict:
    """A FileData dict for ``path`` (Gradio's shape; the mime type guessed from the name)."""
    path = str(path)
    data = {"path": path, "url": None, "size": None, "orig_name": None,
            "mime_type": mimetypes.guess_type(path)[0], "is_stream": False, "meta": {"_type": "gradio.FileData"}}
    data.update({k: v for k, v in extra.items() if k in data and k != "meta"})
    return data


def _component_content(comp: Component) -> dict:
    from ..g6.config import component_props  # lazy: g6.config imports the component modules

    comp.unrender()  # a component given as content is shown in the message, not in the layout
    args = {k: v for k, v in comp.constructor_args().items() if k != "value"}
    args["render"] = False
    props = component_props(comp)
    return {"component": comp.TYPE, "value": props.get("value"), "constructor_args": args, "props": props,
            "type": "component"}


def normalize_content(item: Any) -> dict | None:
    """One content item in Gradio's normalised form (None for an empty one)."""
    if item is None:
        return None
    if isinstance(item, str):
        return {"text": inspect.cleandoc(item), "type": "text"}
    if isinstance(item, Component):
        return _component_content(item)
    if isinstance(item, (tuple, list)) and item and isinstance(item[0], str):  # Gradio 5 (path, alt_text)
        return {"file": file_data(item[0]), "alt_text": item[1] if len(item) > 1 else None, "type": "file"}
    if isinstance(item, dict):
        kind = item.get("type")
        if "path" in item and kind is None:
            return {"file": file_data(item["path"]), "alt_text": item.get("alt_text"), "type": "file"}
        if "file" in item and kind in (None, "file"):
            f = item["file"]
            f = file_data(f) if isinstance(f, str) else dict(file_data(f.get("path", "")), **f)
            return {"file": f, "alt_text": item.get("alt_text"), "type": "file"}
        if kind == "text":
            return {"text": str(item.get("text", "")), "type": "text"}
        if kind == "component":
            return {"component": item.get("component"), "value": item.get("value"),
                    "constructor_args": dict(item.get("constructor_args") or {}),
                    "props": dict(item.get("props") or {}), "type": "component"}
    raise ValueError(f"Invalid message for Chatbot component: {item!r}")


def _parts(message: Any) -> tuple[str, Any, Any, Any]:
    if isinstance(message, dict):
        return message["role"], message["content"], message.get("metadata"), message.get("options")
    return message.role, message.content, getattr(message, "metadata", None), getattr(message, "options", None)


def _is_message(item: Any) -> bool:
    return (isinstance(item, dict) and "role" in item and "content" in item) or isinstance(item, ChatMessage) or (
        not isinstance(item, (dict, list, tuple, str)) and hasattr(item, "role") and hasattr(item, "content"))


def thinking_segments(text: str, tags: list) -> list[tuple[str, bool, str]]:
    """Split ``text`` at reasoning tags: (text, is_thinking, "done" | "pending") in order;
    an opening tag never closed marks its thinking as still pending."""
    alternatives = [f"({re.escape(a)})(.*?)(?:({re.escape(b)})|$)" for a, b in tags]
    out: list[tuple[str, bool, str]] = []
    pos = 0
    for m in re.finditer("|".join(alternatives), text, re.DOTALL):
        if text[pos:m.start()].strip():
            out.append((text[pos:m.start()].strip(), False, "done"))
        groups = m.groups()
        for i in range(0, len(groups), 3):
            if groups[i] is not None:
                inner = (groups[i + 1] or "").strip()
                if inner:
                    out.append((inner, True, "done" if groups[i + 2] is not None else "pending"))
                break
        pos = m.end()
    if text[pos:].strip():
        out.append((text[pos:].strip(), False, "done"))
    return out


def pairs_to_messages(pairs: Any) -> list[dict]:
    """Gradio 5 ``[[user, bot], ...]`` pairs as ``{"role", "content"}`` messages; a None side is left out."""
    out: list[dict] = []
    for pair in pairs:
        if not isinstance(pair, (list, tuple)) or len(pair) != 2:
            raise TypeError(f"Expected a list of [user, bot] pairs. Received: {pair!r}")
        for role, content in zip(("user", "assistant"), pair):
            if content is not None:
                out.append({"role": role, "content": content})
    return out


def message_text(message: dict) -> str:
    """The text parts of a normalised message, joined (files and components left out)."""
    return "\n".join(c["text"] for c in message.get("content") or [] if c.get("type") == "text")


def messages_to_pairs(messages: list[dict]) -> list[list]:
    """Normalised messages back as pairs of texts: each user message opens a pair, the next reply fills it."""
    pairs: list[list] = []
    for m in messages:
        if m["role"] == "user" or not pairs or pairs[-1][1] is not None:
            pairs.append([None, None])
        pairs[-1][0 if m["role"] == "user" else 1] = message_text(m)
    return pairs


class Chatbot(Component):
    """A chat history display; its value is a list of messages (see the module docstring)."""

    TYPE = "chatbot"
    EVENTS = ("change", "select", "like", "retry", "undo", "example_select", "option_select", "clear", "copy",
              "edit")
    PROPS = _COMMON + (
        "container", "autoscroll", "height", "resizable", "max_height", "min_height", "editable",
        "latex_delimiters", "rtl", "buttons", "watermark", "avatar_images", "sanitize_html", "render_markdown",
        "feedback_options", "feedback_value", "line_breaks", "layout", "placeholder", "examples",
        "allow_file_downloads", "group_consecutive_messages", "allow_tags", "like_user_message",
    )

    def __init__(
        self,
        value: Any = None,
        *,
        type: str | None = None,
        container: bool = True,
        autoscroll: bool = True,
        height: int | str | None = 400,
        resizable: bool = False,
        max_height: int | str | None = None,
        min_height: int | str | None = None,
        editable: str | None = None,
        latex_delimiters: list | None = None,
        rtl: bool = False,
        buttons: list | None = None,
        watermark: str | None = None,
        avatar_images: Any = None,
        sanitize_html: bool = True,
        render_markdown: bool = True,
        feedback_options: Any = ("Like", "Dislike"),
        feedback_value: Any = None,
        line_breaks: bool = True,
        layout: str | None = None,
        placeholder: str | None = None,
        examples: list | None = None,
        allow_file_downloads: bool = True,
        group_consecutive_messages: bool = True,
        allow_tags: Any = True,
        reasoning_tags: list | None = None,
        like_user_message: bool = False,
        **kwargs: Any,
    ):
        # Gradio 6 has only messages; Gradio 5 apps may still say type="messages" or opt into pairs.
        if type not in (None, "messages", "tuples"):
            raise ValueError('`type` must be "messages" or "tuples".')
        self.type = type or "messages"
        if editable not in (None, "user", "all"):
            raise ValueError('`editable` must be None, "user" or "all".')
        self.container, self.autoscroll, self.height, self.resizable = container, autoscroll, height, resizable
        self.max_height, self.min_height, self.editable = max_height, min_height, editable
        self.latex_delimiters = latex_delimiters or [{"left": "$$", "right": "$$", "display": True}]
        self.rtl, self.buttons, self.watermark = rtl, buttons, watermark
        self.avatar_images = [None, None] if avatar_images is None else [
            None if a is None else file_data(a) for a in avatar_images]
        self.sanitize_html, self.render_markdown = sanitize_html, render_markdown
        self.feedback_options = list(feedback_options) if feedback_options is not None else None
        self.feedback_value = feedback_value
        self.line_breaks, self.layout, self.placeholder = line_breaks, layout, placeholder
        self.examples = examples
        self.allow_file_downloads, self.group_consecutive_messages = allow_file_downloads, group_consecutive_messages
        self.allow_tags = allow_tags if allow_tags else False
        self.reasoning_tags = reasoning_tags
        self.like_user_message = like_user_message
        super().__init__(value, **kwargs)

    def _message(self, message: Any) -> list[dict]:
        role, content, metadata, options = _parts(message)
        if role not in ROLES:
            raise ValueError(f"Chatbot message role must be one of {ROLES}, not {role!r}.")
        items = content if isinstance(content, list) else [content]
        parts = [p for p in (normalize_content(c) for c in items) if p is not None]
        if not parts:
            return []
        metadata = dict(metadata) if isinstance(metadata, dict) else metadata
        options = list(options) if isinstance(options, (list, tuple)) else options
        if not self.reasoning_tags:
            return [{"role": role, "metadata": metadata, "content": parts, "options": options}]
        out = []
        for part in parts:
            if part["type"] != "text":
                continue
            for text, thinking, status in thinking_segments(part["text"], self.reasoning_tags):
                if thinking:
                    out.append({"role": role, "metadata": {"title": "Reasoning", "status": status},
                                "content": [{"text": text, "type": "text"}], "options": None})
                else:
                    out.append({"role": role, "metadata": metadata, "content": [{"text": text, "type": "text"}],
                                "options": options})
        others = [p for p in parts if p["type"] != "text"]
        if others:
            out.append({"role": role, "metadata": metadata, "content": others, "options": options})
        return out

    def postprocess(self, value: Any) -> list[dict]:
        """Any accepted history as normalised messages (None -> an empty chat)."""
        if value is None:
            return []
        if not isinstance(value, (list, tuple)):
            raise Error("Data incompatible with messages format. Each message should be a dictionary with "
                        "'role' and 'content' keys or a ChatMessage object.")
        items: list = []
        for item in value:
            if _is_message(item):
                items.append(item)
            elif isinstance(item, (list, tuple)) and (self.type == "tuples" or len(item) == 2):
                items.extend(pairs_to_messages([item]))
            else:
                raise Error("Data incompatible with messages format. Each message should be a dictionary with "
                            "'role' and 'content' keys or a ChatMessage object.")
        out: list[dict] = []
        for item in items:
            out.extend(self._message(item))
        return out

    def preprocess(self, payload: Any) -> list:
        """A fresh copy of the history: normalised messages (or pairs of texts for type="tuples")."""
        if payload is None:
            return []
        messages = copy.deepcopy(self.postprocess(payload))
        return messages_to_pairs(messages) if self.type == "tuples" else messages
