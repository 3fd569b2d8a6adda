"""``import gradio`` (and any ``gradio.<submodule>``) resolves to liteblocks.

Why a finder: apps import Gradio's submodules by their paths (``gradio.themes.base``,
``gradio.components.chatbot``, ``from gradio.components.textbox import Textbox``).  Mapping each
``gradio.X`` to the one ``liteblocks.X`` module keeps a single copy of every class (a second copy
would make isinstance checks fail); a Gradio component module we keep elsewhere resolves to the
``liteblocks.components`` facade, which holds every component class.
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.util
import sys

# Gradio module paths whose contents live in a module of another name here
_RENAMED = {"gradio.routes": "liteblocks.request", "gradio.route_utils": "liteblocks.request",
            "gradio.helpers": "liteblocks.validation", "gradio.caching": "liteblocks.caching"}


def _target(fullname: str) -> str | None:
    if fullname in _RENAMED:
        return _RENAMED[fullname]
    ours = "liteblocks" + fullname[len("gradio"):]
    if importlib.util.find_spec(ours) is not None:
        return ours
    if fullname.startswith("gradio.components."):
        return "liteblocks.components"
    return None


class _Loader(importlib.abc.Loader):
    def __init__(self, target: str):
        self.target = target

    _KEPT = ("__name__", "__spec__", "__loader__", "__package__")

    def create_module(self, spec):
        module = importlib.import_module(self.target)
        self.kept = {k: getattr(module, k) for k in self._KEPT if hasattr(module, k)}
        return module

    def exec_module(self, module) -> None:
        # Already executed under its own name; importlib has just relabelled it with the
        # gradio name: put its own attributes back (pickling, relative imports, reload).
        for key, value in self.kept.items():
            setattr(module, key, value)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith("gradio."):
            return None
        try:
            ours = _target(fullname)
        except (ImportError, ValueError):
            return None
        if ours is None:
            return None
        module = importlib.import_module(ours)
        return importlib.util.spec_from_loader(fullname, _Loader(ours),
                                               is_package=hasattr(module, "__path__"))


def install() -> None:
    """Make ``import gradio`` and its submodules resolve to liteblocks (idempotent)."""
    import liteblocks

    sys.modules["gradio"] = liteblocks
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())
