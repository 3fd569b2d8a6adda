"""``gr.Error`` (raised, shown to the user) and ``gr.Warning``/``gr.Info``.

Why: handlers report problems to the user through these; the runtime turns
them into the RESULT ``errors``/``info`` lists. Warning/Info are functions (as
in Gradio) that append to the alert list of the event being handled.
"""

from __future__ import annotations

import contextvars
import sys
from typing import Any

# The alert list of the event currently running (set by execution.py).
alerts: contextvars.ContextVar[list | None] = contextvars.ContextVar("liteblocks_alerts", default=None)


class Error(Exception):
    """Raise inside a handler to show ``message`` to the user as an error."""

    def __init__(
        self,
        message: str = "Error raised.",
        duration: float | None = 10,
        visible: bool = True,
        title: str = "Error",
        print_exception: bool = True,
    ):
        super().__init__(message)
        self.message = message
        self.duration = duration
        self.visible = visible
        self.title = title
        self.print_exception = print_exception

    def __str__(self) -> str:
        return repr(self.message)


class DuplicateBlockError(ValueError):
    pass


def _alert(kind: str, message: Any, duration: float | None, visible: bool, title: str) -> None:
    sink = alerts.get()
    entry = {"message": str(message), "kind": kind, "title": title}
    if duration != 10:
        entry["duration"] = duration
    if not visible:
        return
    if sink is None:
        print(f"{kind.capitalize()}: {message}", file=sys.stderr)
    else:
        sink.append(entry)


def Warning(  # noqa: N802 - Gradio's public name
    message: str = "Warning issued.", duration: float | None = 10, visible: bool = True, title: str = "Warning"
) -> None:
    """Show a warning toast to the user of the current event."""
    _alert("warning", message, duration, visible, title)


def Info(  # noqa: N802 - Gradio's public name
    message: str = "Info issued.", duration: float | None = 10, visible: bool = True, title: str = "Info"
) -> None:
    """Show an info toast to the user of the current event."""
    _alert("info", message, duration, visible, title)
