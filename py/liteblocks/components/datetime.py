"""``gr.DateTime``: a date (and time) as text in the page; a timestamp, datetime or string in Python.

Why its own module: Gradio 6.31's rules for the three ``type``s, the ``now - 2h`` shorthand and
``timezone`` (zoneinfo here; pytz is not needed) live with the component.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from ..component_base import _COMMON, Component
from ..errors import Error

_NOW = re.compile(r"^(?:\s*now\s*(?:-\s*(\d+)\s*([dmhs]))?)?\s*$")
_UNITS = {"d": "days", "h": "hours", "m": "minutes", "s": "seconds"}


class DateTime(Component):
    TYPE = "datetime"
    EVENTS = ("change", "submit")
    PROPS = _COMMON + ("include_time", "type", "timezone")

    def __init__(self, value: Any = None, *, include_time: bool = True, type: str = "timestamp",
                 timezone: str | None = None, **kwargs: Any):
        if type not in ("timestamp", "datetime", "string"):
            raise ValueError('`type` must be "timestamp", "datetime" or "string".')
        self.include_time = include_time
        self.type = type
        self.timezone = timezone
        self.time_format = "%Y-%m-%d %H:%M:%S" if include_time else "%Y-%m-%d"
        super().__init__(value, **kwargs)

    def _zone(self):
        if not self.timezone:
            return None
        try:
            from zoneinfo import ZoneInfo

            return ZoneInfo(self.timezone)
        except Exception as exc:  # noqa: BLE001 - unknown zone or no tz database in this Python
            raise Error(f"gr.DateTime: the time zone {self.timezone!r} is not available here ({exc}); "
                        "add `tzdata` to the app's requirements.") from exc

    def parse(self, text: str) -> datetime:
        """The moment `text` names: "YYYY-MM-DD[ HH:MM:SS]", or "now" / "now - 3d" (d, h, m, s)."""
        if "now" in text:
            match = _NOW.match(text)
            if not match:
                raise Error(f"Invalid 'now' time format: {text!r}")
            amount = int(match.group(1) or 0)
            return datetime.now() - timedelta(**{_UNITS[match.group(2) or "s"]: amount})
        try:
            moment = datetime.strptime(text, self.time_format)
        except ValueError as exc:
            raise Error(f"{text!r} is not a date in the format {self.time_format}.") from exc
        zone = self._zone()
        return moment.replace(tzinfo=zone) if zone else moment

    def preprocess(self, payload: Any) -> str | float | datetime | None:
        if payload is None or str(payload).strip() == "":
            return None
        text = str(payload)
        if self.type == "string" and "now" not in text:
            return text
        moment = self.parse(text)
        if self.type == "string":
            return moment.strftime(self.time_format)
        return moment if self.type == "datetime" else moment.timestamp()

    def postprocess(self, value: Any) -> str | None:
        if value is None:
            return None
        if isinstance(value, datetime):
            return value.strftime(self.time_format)
        if isinstance(value, str):
            return value
        return datetime.fromtimestamp(value, tz=self._zone()).strftime(self.time_format)

    def example_payload(self) -> str:
        return "2020-10-01 05:20:15"
