"""Every value component, under the import path apps and modules use.

Why a facade: the classes live in smaller modules by concern
(``component_base``, ``inputs``, ``choices``, ``buttons``, ``display``);
``from .components import X`` and ``gradio.components.X`` keep working.
"""

from __future__ import annotations

from ..component_base import _COMMON, DEFAULT, Component, _Default  # noqa: F401
from ..buttons import Button, ClearButton  # noqa: F401
from ..choices import CheckboxGroup, Dropdown, Radio, _ChoiceComponent, normalize_choices  # noqa: F401
from ..inputs import Checkbox, Number, Slider, Textbox  # noqa: F401
from ..display import HTML, JSON, Label, Markdown  # noqa: E402,F401
from .file import File  # noqa: E402,F401
from .image import Image  # noqa: E402,F401
from .gallery import Gallery  # noqa: E402,F401
from .video import Video  # noqa: E402,F401
from .dataframe import DataFrame, Dataframe  # noqa: E402,F401
from .code import Code  # noqa: E402,F401
from .audio import Audio, Microphone, WaveformOptions  # noqa: E402,F401
