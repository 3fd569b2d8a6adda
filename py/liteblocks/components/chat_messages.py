"""Message helpers of ``gr.ChatInterface``: what a message, a reply or an example becomes in the history.

Why separate: the same rules serve submit, retry, undo, edit and examples, and
they are worth testing on their own (tests/unit/test_chat_interface.py).
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from ..component_base import Component
from .chatbot import ChatMessage, file_data


def i18n(key: str) -> str:
    """A translatable string as Gradio's config carries it; Gradio's frontend shows it in the page's language."""
    return "__i18n__" + json.dumps({"__type__": "translation_metadata", "key": key})


def as_messages(message: Any, role: str) -> list[dict]:
    """A user message, example or reply as message dicts with ``role`` (Gradio's rules):
    a string or component is the content; a ChatMessage or a message dict keeps its fields;
    a multimodal ``{"text", "files"}`` value becomes one message, files first."""
    out: list[dict] = []
    for msg in message if isinstance(message, list) else [message]:
        if isinstance(msg, ChatMessage):
            msg.role = role
            out.append({f.name: getattr(msg, f.name) for f in fields(msg)})
        elif isinstance(msg, (str, Component)):
            out.append({"role": role, "content": msg})
        elif isinstance(msg, dict) and "content" in msg:
            msg["role"] = role
            out.append(msg)
        elif isinstance(msg, dict):
            content: list = [{"path": f.get("path") if isinstance(f, dict) else f} for f in msg.get("files", [])]
            if msg.get("text"):
                content.append(msg["text"])
            out.append({"role": role, "content": content})
        elif msg is None:
            continue
        else:
            out.append({"role": role, "content": str(msg)})
    return out


def append_message(message: Any, history: list, role: str = "user") -> list:
    """A new history list: ``history`` then ``message`` as ``role``'s messages (shallow, as Gradio)."""
    return list(history or []) + as_messages(message, role)


def pop_last_user_message(history: list, multimodal: bool) -> tuple[list, Any]:
    """The history without its last exchange, and the user's last message (text, or {"text", "files"})."""
    if not history:
        return history, {"text": "", "files": []} if multimodal else ""
    i = len(history) - 1
    while i >= 0 and history[i]["role"] == "assistant":
        i -= 1
    while i >= 0 and history[i]["role"] == "user":
        i -= 1
    text, files = "", []
    for msg in history[i + 1:]:
        if msg["role"] != "user":
            continue
        for item in msg["content"] if isinstance(msg["content"], list) else [msg["content"]]:
            if isinstance(item, str):
                text += item
            elif item.get("type") == "file":
                files.append(item["file"])
            elif item.get("type") == "text":
                text += item["text"]
    return history[: i + 1], {"text": text, "files": files} if multimodal else text


def example_messages(examples: Any, labels: list | None, icons: list | None, multimodal: bool) -> list[dict]:
    """The examples as the Chatbot shows them (Gradio's ExampleMessage dicts)."""
    out: list[dict] = []
    for index, example in enumerate(examples or []):
        if isinstance(example, list):
            example = example[0]
        item: dict = {}
        if isinstance(example, str):
            item["text"] = example
        elif isinstance(example, dict):
            item["text"] = example.get("text", "")
            item["files"] = [file_data(f, orig_name=str(f).rsplit("/", 1)[-1]) if isinstance(f, str) else f
                             for f in example.get("files", [])]
        if labels:
            item["display_text"] = labels[index]
        if multimodal and not item.get("files"):
            item["icon"] = icons[index] if icons else {"path": "", "url": None, "orig_name": None, "mime_type": "text",
                                                          "meta": {"_type": "gradio.FileData"}}
        elif icons:
            item["icon"] = icons[index]
        out.append(item)
    return out


def conversation_title(conversation: list) -> str:
    """A saved conversation's title: its first user text (📎 per file before it), 40 characters at most."""
    title = ""
    for message in conversation:
        if message["role"] != "user":
            continue
        for item in message["content"]:
            if item.get("type") == "text":
                title += item["text"]
                break
            title += "📎 "
        else:
            continue
        break
    if len(title) > 40:
        title = title[:40] + "..."
    return title or "Conversation"
