"""Gradio APIs that need a server (or the network), and the few server settings that mean
nothing here.

Why: a browser-only app cannot load a model or Space over HTTP, mount into FastAPI, serve an MCP
endpoint or sign users in.  Calling one fails at once with a message that says so (the load
error names the line), instead of a missing-attribute error or a silent no-op.
"""

from __future__ import annotations

from typing import Any

NO_RELOAD = True  # Gradio: True unless the app runs under `gradio app.py` reload mode


class ServerOnlyError(RuntimeError):
    """The app called an API that needs a Gradio server."""


def _needs_server(name: str, what: str):
    def call(*args: Any, **kwargs: Any):
        raise ServerOnlyError(f"gr.{name}() {what} needs a Gradio server; LiteBlocks runs the app in your "
                              "browser only, without one.")

    call.__name__ = name
    return call


load = _needs_server("load", "(a model or Space loaded over the network)")
load_openapi = _needs_server("load_openapi", "(an API loaded over the network)")
mount_gradio_app = _needs_server("mount_gradio_app", "(mounting into a FastAPI app)")
api = _needs_server("api", "(an API-only endpoint)")


def set_static_paths(paths: Any) -> None:
    """Files under these paths are served to the page already (they live in the worker's file
    system and are sent with the outputs that name them), so there is nothing to allow."""
