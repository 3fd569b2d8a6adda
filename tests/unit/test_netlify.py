"""netlify.toml: its build command makes dist/, and every path it names exists there."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / "netlify.toml").read_text())


def matches(pattern: str, publish: Path) -> list[str]:
    """Files of `publish` a Netlify header path matches (`*` is a splat: anything, slashes too)."""
    if pattern.endswith("/"):
        pattern += "index.html"
    rx = re.compile("^" + ".*".join(map(re.escape, pattern.split("*"))) + "$")
    return [f"/{p.relative_to(publish).as_posix()}" for p in publish.rglob("*")
            if p.is_file() and rx.match(f"/{p.relative_to(publish).as_posix()}")]


def test_build_command_produces_the_publish_dir():
    cmd = shlex.split(CONFIG["build"]["command"])
    assert cmd[:2] == ["python", "build.py"], cmd
    done = subprocess.run([sys.executable, *cmd[1:]], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    publish = ROOT / CONFIG["build"]["publish"]
    for name in ("index.html", "lite.js", "lite.css"):
        assert (publish / name).is_file(), name
    versioned = [p for p in (publish / "v").iterdir() if p.is_dir()]
    assert len(versioned) == 1 and (versioned[0] / "pyodide" / "pyodide-lock.json").is_file()


def test_every_header_path_names_existing_files():
    publish = ROOT / CONFIG["build"]["publish"]
    assert (publish / "lite.js").is_file(), "run `python build.py` first"
    for rule in CONFIG["headers"]:
        assert matches(rule["for"], publish), f"{rule['for']} matches nothing in {publish}"


def test_headers_wasm_type_long_cache_for_versioned_short_for_html():
    rules = {r["for"]: r["values"] for r in CONFIG["headers"]}
    assert rules["/*.wasm"]["Content-Type"] == "application/wasm"
    for versioned in ("/v/*", "/pyodide/*"):
        assert "immutable" in rules[versioned]["Cache-Control"]
    for short in ("/*.html", "/", "/lite.js", "/lite.css"):
        assert "max-age=0" in rules[short]["Cache-Control"]
    # A header named by two matching rules would be merged by Netlify: keep Cache-Control rules disjoint.
    publish = ROOT / CONFIG["build"]["publish"]
    seen: dict[str, str] = {}
    for pattern, values in rules.items():
        if "Cache-Control" in values and not pattern.endswith("/"):  # "/" is the URL, not /index.html
            for f in matches(pattern, publish):
                assert f not in seen, f"{f} gets Cache-Control from {seen[f]} and {pattern}"
                seen[f] = pattern


def test_pages_are_cross_origin_isolated_as_the_isolated_dev_server():
    from tools.serve import ISOLATION_HEADERS
    rules = {r["for"]: r["values"] for r in CONFIG["headers"]}
    assert rules["/*"] == ISOLATION_HEADERS  # every page: Stop interrupts Python (js/run_interrupt.js)
    for runtime in ("/v/*", "/pyodide/*", "/lite.js", "/lite.css"):  # embeddable by isolated pages elsewhere
        assert rules[runtime]["Cross-Origin-Resource-Policy"] == "cross-origin"
