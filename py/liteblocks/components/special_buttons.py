"""Buttons whose action belongs to a server or to Hugging Face Spaces.

Why: apps made for Spaces place them; here they draw as Gradio draws them and say, when
clicked, what they cannot do in a browser-only app (an API accepted but silently inert is a bug).
"""

from __future__ import annotations

from typing import Any

from ..buttons import Button


def _explain(message: str):
    from ..errors import Warning as _Warning

    def explain():
        _Warning(message)

    return explain


class _ServerButton(Button):
    DEFAULTS: dict[str, Any] = {}
    EXPLAIN = ""

    def __init__(self, value: Any = None, **kwargs: Any):
        for name, default in self.DEFAULTS.items():
            kwargs.setdefault(name, default)
        super().__init__(value, **kwargs)
        for name in ("value", *self.DEFAULTS):  # Gradio's config lists them (they differ from Button's)
            self._explicit_args[name] = getattr(self, name)
        if self.EXPLAIN and self._id is not None:
            self.click(_explain(self.EXPLAIN), None, None, api_visibility="undocumented", queue=False)


class DuplicateButton(_ServerButton):
    """Duplicates the Space on Hugging Face; outside a Space Gradio gives it no action either."""

    DEFAULTS = {"variant": "huggingface", "size": "sm", "scale": 0}

    def __init__(self, value: Any = "Duplicate Space", **kwargs: Any):
        super().__init__(value, **kwargs)


class LoginButton(_ServerButton):
    """Hugging Face sign-in (OAuth) needs a server: clicking says so."""

    DEFAULTS = {"variant": "huggingface", "size": "lg"}
    EXPLAIN = "Signing in with Hugging Face needs a Gradio server; this app runs in your browser only."

    def __init__(self, value: Any = "Sign in with Hugging Face", logout_value: str = "Logout ({})", **kwargs: Any):
        self.logout_value = logout_value
        super().__init__(value, **kwargs)


class DeepLinkButton(_ServerButton):
    """Copies a link to the app's current state on a server; here it says that it cannot."""

    DEFAULTS = {"variant": "secondary", "size": "lg"}
    EXPLAIN = "Share links to an app's state need a Gradio server; copy the page address instead."

    def __init__(self, value: Any = "Share via Link", copied_value: str = "Link copied to clipboard!",
                 **kwargs: Any):
        self.copied_value = copied_value
        super().__init__(value, **kwargs)
