"""Flagging (``gr.Interface(flagging_mode=...)``, ``gr.CSVLogger``) as in Gradio: the Flag button
appends the inputs and outputs with a timestamp to ``<flagging_dir>/dataset1.csv``.

Here that file is in the worker's file system (it lasts as long as the page); an app can read it
back or offer it for download like any file a handler writes.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import sys
import time
from typing import Any

from .components import Button


class FlaggingCallback:
    """Gradio's interface: ``setup(components, flagging_dir)`` then ``flag(flag_data, ...)``."""

    def setup(self, components: list, flagging_dir: str) -> None:
        raise NotImplementedError

    def flag(self, flag_data: list, flag_option: str | None = None, username: str | None = None) -> int:
        raise NotImplementedError


class CSVLogger(FlaggingCallback):
    """One CSV row per flag: each component's value (JSON for structured ones), the flag option,
    the user name and a timestamp; a new dataset file when the headers change."""

    def __init__(self, simplify_file_data: bool = True, verbose: bool = True, dataset_file_name: str | None = None):
        self.dataset_file_name = dataset_file_name
        self.verbose = verbose

    def setup(self, components: list, flagging_dir: str) -> None:
        self.components = components
        self.flagging_dir = flagging_dir

    def _headers(self) -> list[str]:
        labels = [getattr(c, "label", None) or f"component {i}" for i, c in enumerate(self.components)]
        return labels + ["flag", "username", "timestamp"]

    def _path(self, headers: list[str]) -> str:
        os.makedirs(self.flagging_dir, exist_ok=True)
        if self.dataset_file_name:
            return os.path.join(self.flagging_dir, self.dataset_file_name)
        n = 1
        while True:
            path = os.path.join(self.flagging_dir, f"dataset{n}.csv")
            if not os.path.exists(path):
                return path
            with open(path, newline="", encoding="utf-8") as f:
                if next(csv.reader(f), None) == headers:
                    return path
            n += 1

    def flag(self, flag_data: list, flag_option: str | None = None, username: str | None = None) -> int:
        headers = self._headers()
        path = self._path(headers)
        new = not os.path.exists(path)
        row = [v if isinstance(v, str) else json.dumps(v, default=str) for v in flag_data]
        row += [flag_option or "", username or "", str(datetime.datetime.now())]
        with open(path, "a", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            if new:
                writer.writerow(headers)
            writer.writerow(row)
        with open(path, newline="", encoding="utf-8") as f:
            count = sum(1 for _ in csv.reader(f)) - 1
        if self.verbose:
            print(f"Flagged to {path} ({count} rows)", file=sys.stderr)
        return count


class FlagMethod:
    """What a Flag button runs: flag the data, show "Saving..." briefly, then the label again."""

    def __init__(self, callback: FlaggingCallback, label: str, value: str | None, visual_feedback: bool = True):
        self.callback, self.label, self.value, self.visual_feedback = callback, label, value, visual_feedback
        self.__name__ = "Flag"

    def __call__(self, *flag_data: Any):
        try:
            self.callback.flag(list(flag_data), flag_option=self.value)
        except Exception as exc:  # noqa: BLE001 - Gradio reports and shows "Error!"
            print(f"Error while flagging: {exc}", file=sys.stderr)
            if self.visual_feedback:
                return "Error!"
        if not self.visual_feedback:
            return None
        time.sleep(0.8)  # as Gradio: time to see the button change
        return self.reset()

    def reset(self):
        return Button(value=self.label, interactive=True)
