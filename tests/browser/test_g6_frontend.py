"""Gradio 6's own frontend (issue 16): the Vite build in dist/frontend/ mounts a
config that real gradio 6.31 emitted (tests/fixtures/g6/) and runs a click through js/frontend/client.js.

The transport here is a page-side double that answers the g6-* messages of docs/protocol.md as the
worker does (the real path, through js/worker.js and runtime.process_api, is test_g6_app.py)."""
from __future__ import annotations

import json
import re

from browser_helpers import ROOT

GREET = json.loads((ROOT / "tests" / "fixtures" / "g6" / "greet.json").read_text())

PAGE = """<!doctype html><html lang='en'><head><meta charset='utf-8'><title>g6</title></head>
<body><div id='app'></div><script type='module'>
import { mountGradio } from '/frontend/frontend.js';
const config = %s;
const listeners = [];
window.sent = [];
const transport = {
  send(msg) {
    window.sent.push(msg);
    if (msg.type !== 'g6-submit') return;
    const reply = (m) => setTimeout(() => listeners.forEach((f) => f({ id: msg.id, ...m })), 5);
    reply({ type: 'g6-log', level: 'info', log: 'greeting ' + msg.data[0] });
    reply({ type: 'g6-status', stage: 'complete', data: ['Hello, ' + msg.data[0] + '!'] });
  },
  subscribe(f) { listeners.push(f); return () => {}; },
};
await mountGradio(document.getElementById('app'), config, transport);
window.mounted = true;
</script></body></html>"""


def open_greet(context, lite_site):
    (lite_site.pages / "g6_greet.html").write_text(PAGE % json.dumps(GREET))
    page = context.new_page()
    loaded: list[str] = []
    page.on("request", lambda r: loaded.append(r.url))
    page.goto(f"{lite_site.base}/_pages/g6_greet.html")
    page.wait_for_function("() => window.mounted === true", timeout=30_000)
    return page, loaded


def test_click_runs_through_the_adapter(context, lite_site):
    page, _ = open_greet(context, lite_site)
    page.get_by_label("Name").fill("Ada")
    page.get_by_role("button", name="Greet").click()
    page.wait_for_function("() => [...document.querySelectorAll('textarea')].some(t => t.value === 'Hello, Ada!')",
                           timeout=10_000)
    sent = page.evaluate("window.sent")
    assert sent[0]["type"] == "g6-submit" and sent[0]["fn_index"] == 0 and sent[0]["data"][0] == "Ada"


def test_plain_app_loads_only_its_component_chunks(context, lite_site):
    page, loaded = open_greet(context, lite_site)
    page.wait_for_timeout(500)
    manifest = json.loads((ROOT / "dist" / "frontend" / ".vite" / "manifest.json").read_text())
    def chunk(pkg):
        return next(v["file"] for k, v in manifest.items() if re.search(rf"@gradio/{pkg}/", k) and v.get("isDynamicEntry"))
    names = [u.rsplit("/", 1)[-1] for u in loaded]
    assert chunk("textbox").rsplit("/", 1)[-1] in names
    assert chunk("chatbot").rsplit("/", 1)[-1] not in names
    assert chunk("checkbox").rsplit("/", 1)[-1] not in names
