"""Gradio 6 frontend support: the config (config.py) and value calls (api.py)."""

from .config import build_config  # noqa: F401
