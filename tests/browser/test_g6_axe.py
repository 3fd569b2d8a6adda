"""Accessibility of apps drawn by Gradio's frontend (issue 16.7): axe-core (from npm) finds no
serious or critical violation in any gallery app, in light and dark mode."""
import json

import pytest

from browser_helpers import ROOT, example, open_app

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
GALLERY = [e["file"].removesuffix(".py") for e in json.loads((ROOT / "examples" / "gallery.json").read_text())]
RUN = """async () => {
  const r = await axe.run(document.querySelector('gradio-lite'), { resultTypes: ['violations'] });
  return r.violations.filter(v => ['serious', 'critical'].includes(v.impact))
    .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5) }));
}"""


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", GALLERY)
def test_no_serious_axe_violations(context, lite_site, name, theme):
    page = open_app(context, lite_site.app_url(example(name), f'theme="{theme}"'))
    page.wait_for_timeout(500)
    page.add_script_tag(path=str(AXE))
    assert page.evaluate(RUN) == []
