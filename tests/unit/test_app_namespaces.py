"""Apps loaded side by side keep their own modules: each `import utils` finds its own file.

All apps of a page share one interpreter (one sys.modules), so the runtime
swaps each app's own modules in before running its code.
"""

from __future__ import annotations

import sys

from liteblocks import runtime

APP = '''
import gradio as gr
import utils

with gr.Blocks() as demo:
    out = gr.Textbox()
    eager = gr.Button("eager")
    lazy = gr.Button("lazy")
    eager.click(lambda: utils.WHO, None, out)

    def late():
        import utils as again, helper_{n}
        return f"{{again.WHO}}/{{again is utils}}/{{helper_{n}.N}}"

    lazy.click(late, None, out)
'''


def load_pair(harness):
    a = harness.app(APP.format(n="a"), extra_files={"utils.py": "WHO = 'alpha'\n", "helper_a.py": "N = 1\n"})
    b = harness.app(APP.format(n="b"), extra_files={"utils.py": "WHO = 'beta'\n", "helper_b.py": "N = 2\n"})
    for h in (a, b):
        h.start("s")
    return a, b


def value(result, handle):
    (update,) = result["updates"].values()
    return update["value"]


def test_each_app_imports_its_own_utils_eagerly_and_lazily(harness):
    a, b = load_pair(harness)
    eager_a, lazy_a = 2, 3  # component ids: out=1, eager=2, lazy=3
    assert value(a.send("s", eager_a, "click"), a) == "alpha"
    assert value(b.send("s", eager_a, "click"), b) == "beta"
    # Handlers that import later, in alternating order, still get their own file.
    for _ in range(2):
        assert value(a.send("s", lazy_a, "click"), a) == "alpha/True/1"
        assert value(b.send("s", lazy_a, "click"), b) == "beta/True/2"


def test_another_apps_helper_is_not_importable(harness):
    a, b = load_pair(harness)
    src = '''
import gradio as gr
with gr.Blocks() as demo:
    out = gr.Textbox()
    go = gr.Button()
    def probe():
        try:
            import helper_a
            return "leaked"
        except ImportError:
            return "isolated"
    go.click(probe, None, out)
'''
    c = harness.app(src)
    c.start("s")
    assert value(c.send("s", 2, "click"), c) == "isolated"
    assert value(a.send("s", 3, "click"), a) == "alpha/True/1"


def test_reloading_one_app_keeps_the_others_module_objects(harness):
    a, b = load_pair(harness)
    b.send("s", 3, "click")
    before = runtime.get_app(b.app_id).module.utils
    # Re-run app a (playground "Run"): same app id, new code.
    out = harness.load(APP.format(n="a"), extra_files={"utils.py": "WHO = 'alpha2'\n", "helper_a.py": "N = 3\n"},
                       app_id=a.app_id)
    assert out["ok"], out
    a.start("s")
    assert value(a.send("s", 3, "click"), a) == "alpha2/True/3"
    assert value(b.send("s", 3, "click"), b) == "beta/True/2"
    assert runtime.get_app(b.app_id).module.utils is before
    runtime.unload_app(a.app_id)
    assert value(b.send("s", 3, "click"), b) == "beta/True/2"
    assert not any(p == runtime.get_app(b.app_id).directory for p in sys.path[1:])
