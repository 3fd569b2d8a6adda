"""`python build.py bench`: speed and size numbers, printed (never asserted in tests).

Each module here named in SECTIONS has `run(lab) -> list[Row]`; the runner
shares one built dist/, one server and one Chromium between them.
"""
from __future__ import annotations

import importlib
import time
from dataclasses import dataclass

SECTIONS = ["session_latency", "global_sync", "global_big", "embed", "boot", "workers", "stop", "g6_frontend"]


@dataclass
class Row:
    name: str
    value: float
    unit: str
    target: str = ""


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main(only: list[str] | None = None) -> int:
    from .lab import Lab
    chosen = [s for s in SECTIONS if not only or s in only]
    rows: list[Row] = []
    with Lab() as lab:
        for name in chosen:
            started = time.time()
            print(f"[bench] {name} …", flush=True)
            section = importlib.import_module(f"{__name__}.{name}")
            got = section.run(lab)
            rows += got
            for row in got:
                print(f"  {row.name:<58} {row.value:>10.2f} {row.unit:<8} {row.target}", flush=True)
            print(f"[bench] {name} took {time.time() - started:.0f} s", flush=True)
    print("\nSummary")
    for row in rows:
        print(f"  {row.name:<58} {row.value:>10.2f} {row.unit:<8} {row.target}")
    return 0
