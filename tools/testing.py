"""`python build.py test`: install what the tests need, build, run pytest."""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

from .site import ROOT, build, log

CHROMIUM = os.environ.get("LITEBLOCKS_CHROMIUM", "/usr/bin/chromium")


def ensure_python_deps() -> None:
    if all(importlib.util.find_spec(m) for m in ("pytest", "playwright")):
        return
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "-r", str(ROOT / "requirements-test.txt")], check=True)


def ensure_chromium() -> None:
    if shutil.which(CHROMIUM) or os.path.exists(CHROMIUM):
        return
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        log("installing Chromium with apt-get")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=True, env=env)
        return
    sys.exit(f"Chromium is missing at {CHROMIUM}. Install it (Debian: sudo apt-get install chromium) "
             "or set LITEBLOCKS_CHROMIUM to a Chromium binary, then run `python build.py test` again.")


def run_tests(pytest_args: list[str]) -> int:
    ensure_python_deps()
    ensure_chromium()
    build()
    return subprocess.call([sys.executable, "-m", "pytest", *(pytest_args or ["tests", "-q"])], cwd=ROOT)
