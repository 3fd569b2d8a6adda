"""Our Gradio 6 config (liteblocks.g6.build_config) against snapshots from real gradio 6.31.

The snapshots under tests/fixtures/g6/expected/ were made with
``python tools/config_parity.py tests/fixtures/g6/apps --dump tests/fixtures/g6/expected`` (and
the same over examples/ for the gallery apps, which the test reads from there)
(normalised: ids renumbered, server-only keys dropped; see that tool).
"""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tools.config_parity import diff, normalise  # noqa: E402

from liteblocks import runtime  # noqa: E402
from liteblocks.g6 import build_config  # noqa: E402

APPS = ROOT / "tests" / "fixtures" / "g6" / "apps"  # apps only the tests use
EXAMPLES = ROOT / "examples"  # the gallery apps, compared as they ship
EXPECTED = ROOT / "tests" / "fixtures" / "g6" / "expected"
# layouts: form scale inside a Column, Label's confidences; chat_multimodal: the history panel's New chat
# button has no icon (Gradio serves its plus.svg): not done yet
KNOWN = {"layouts": 3, "chat_multimodal": 1}


@pytest.mark.parametrize("name", sorted(p.stem for p in EXPECTED.glob("*.json")))
def test_config_matches_gradio(harness, name):
    source = APPS / f"{name}.py"
    app = harness.app((source if source.exists() else EXAMPLES / f"{name}.py").read_text())
    ours = normalise(json.loads(json.dumps(build_config(runtime.get_app(app.app_id).blocks))))
    ref = json.loads((EXPECTED / f"{name}.json").read_text())
    ref["components"] = {int(k): v for k, v in ref["components"].items()}
    d = diff(ref, ours)
    assert len(d) <= KNOWN.get(name, 0), d
