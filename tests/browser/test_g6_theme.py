"""Themes on Gradio 6's frontend: our generated theme.css, installed by js/frontend/theme.js on the
mount target of the built frontend (a fixture config, as test_g6_frontend.py), gives in the browser
the computed values a gradio 6.31 server's page shows for each built-in theme (record_server.py), in
light and dark mode; apps on one
page keep their own theme; "system" follows prefers-color-scheme live; nothing loads off-site."""
from __future__ import annotations

import json
import re
import sys

import pytest

from browser_helpers import ROOT

sys.path.insert(0, str(ROOT / "py"))
from liteblocks import themes  # noqa: E402

GREET = json.loads((ROOT / "tests" / "fixtures" / "g6" / "greet.json").read_text())
for _comp in GREET["components"]:  # elem_id / elem_classes for the custom css test
    if _comp["type"] == "button":
        _comp["props"].update(elem_id="go", elem_classes=["big"])
FIXTURES = ROOT / "tests" / "fixtures" / "themes"
RECORDED = json.loads((FIXTURES / "gradio631.json").read_text())
SERVER = json.loads((FIXTURES / "gradio631_server.json").read_text())  # read on Gradio's own pages
BUILT_IN = ["base", "default", "soft", "monochrome", "glass", "origin", "citrus", "ocean",
            "ember", "cyberpunk", "neon", "mario"]

PAGE = """<!doctype html><html lang='en'><head><meta charset='utf-8'><title>g6 theme</title>
<style>* { transition: none !important; }</style></head>
<body><div id='app'></div><div id='other'><p class='note'>other app</p></div><script type='module'>
import { mountGradio } from '/frontend/frontend.js';
import * as theme from './theme.js';
window.theme = theme;
window.css = %s;
const transport = { send() {}, subscribe() { return () => {}; } };
await mountGradio(document.getElementById('app'), %s, transport);
window.mounted = true;
</script></body></html>"""

READ = """([sel, names]) => { const s = getComputedStyle(document.querySelector(sel));
  return Object.fromEntries(names.map((n) => [n, s.getPropertyValue('--' + n.replaceAll('_', '-')).trim()])); }"""


def rgb(hex_or_white: str) -> str | None:
    if hex_or_white == "white":
        return "rgb(255, 255, 255)"
    m = re.fullmatch(r"#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})", hex_or_white)
    return f"rgb({', '.join(str(int(x, 16)) for x in m.groups())})" if m else None


@pytest.fixture
def page(context, lite_site):
    css = {name: themes.theme_css(themes.get_theme(name) if name in themes.BUILT_IN else
                                  getattr(themes, name.capitalize())()) for name in BUILT_IN}
    (lite_site.pages / "theme.js").write_text((ROOT / "js" / "frontend" / "theme.js").read_text())
    (lite_site.pages / "g6_theme.html").write_text(PAGE % (json.dumps(css), json.dumps(GREET)))
    page = context.new_page()
    page.goto(f"{lite_site.base}/_pages/g6_theme.html")
    page.wait_for_function("() => window.mounted === true", timeout=30_000)
    return page


def test_each_built_in_theme_computes_as_gradio_in_light_and_dark(page):
    names = RECORDED["computed_vars"]
    report = {}
    for name in BUILT_IN:
        for mode, want in SERVER[name].items():
            page.evaluate("([n, m]) => window.theme.installTheme(document.getElementById('app'), window.css[n], m)",
                          [name, mode])
            got = page.evaluate(READ, ["#app", names])
            same = [k for k in names if got[k] == want[k]]  # exactly as Chromium shows Gradio's page
            report[f"{name}/{mode}"] = (len(same), [(k, got[k], want[k]) for k in names if k not in same])
            button = page.get_by_role("button", name="Greet")
            expect = rgb(want["button_secondary_background_fill"])
            if expect:  # the frontend's own component reads the variable
                assert button.evaluate("(b) => getComputedStyle(b).backgroundColor") == expect, (name, mode)
    print("\n".join(f"{k}: {n}/{len(names)}" for k, (n, _) in report.items()))
    assert all(n == len(names) for n, _ in report.values()), {k: bad for k, (n, bad) in report.items() if bad}


def test_two_apps_keep_their_own_theme_and_mode(page):
    page.evaluate("""() => {
      window.theme.installTheme(document.getElementById('app'), window.css.soft, 'light');
      window.theme.installTheme(document.getElementById('other'), window.css.ocean, 'dark');
    }""")
    app = page.evaluate(READ, ["#app", ["primary_500", "body_background_fill"]])
    other = page.evaluate(READ, ["#other", ["primary_500", "body_background_fill"]])
    soft, ocean = RECORDED["cases"]["soft"], RECORDED["cases"]["ocean"]
    assert app == {"primary_500": soft["light"]["primary-500"], "body_background_fill": soft["computed"]["body_background_fill"]}
    assert other["primary_500"] == ocean["light"]["primary-500"]
    assert other["body_background_fill"] == ocean["computed_dark"]["body_background_fill"]
    assert page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--primary-500')") == ""


def test_system_mode_follows_the_os_live_and_url_mode(page):
    page.emulate_media(color_scheme="light")
    styles = "() => document.querySelectorAll('style[data-lb-theme-for]').length"
    before = page.evaluate(styles)  # mountGradio's own theme for #app
    page.evaluate("() => window.handle = window.theme.installTheme(document.getElementById('app'), window.css.base, 'system')")
    is_dark = "() => document.getElementById('app').classList.contains('dark')"
    assert page.evaluate(is_dark) is False
    page.emulate_media(color_scheme="dark")
    page.wait_for_function(is_dark, timeout=5_000)
    assert page.evaluate("() => window.handle.isDark()") is True
    page.evaluate("() => window.handle.setMode('light')")
    assert page.evaluate(is_dark) is False
    assert page.evaluate("() => window.theme.resolveThemeMode(null, '?__theme=dark')") == "dark"
    assert page.evaluate("() => window.theme.resolveThemeMode('light', '?__theme=dark')") == "light"
    assert page.evaluate("() => window.theme.resolveThemeMode(null, '')") == "system"
    page.evaluate("() => window.handle.uninstall()")
    assert page.evaluate(styles) == before


CUSTOM_CSS = """
#go { color: rgb(1, 2, 3); }
.dark #go { color: rgb(4, 5, 6); }
.big, :is(.note, .x) { letter-spacing: 3px; }
body { outline: 2px solid rgb(7, 8, 9); }
@media (min-width: 1px) { #go { text-transform: uppercase; } }
"""


def test_custom_css_and_head_are_the_apps_own(page):
    page.evaluate("""(css) => window.handle = window.theme.installAppearance(document.getElementById('app'), {
        themeCss: window.css.citrus, mode: 'light',
        config: { css, head: '<meta name="x-test" content="1"><script>window.headRan = 1</script>' } })""",
                  CUSTOM_CSS)
    style = "([sel, prop]) => getComputedStyle(document.querySelector(sel))[prop]"
    assert page.evaluate(style, ["#go", "color"]) == "rgb(1, 2, 3)"  # elem_id reaches the component
    assert page.evaluate(style, ["#go", "textTransform"]) == "uppercase"
    assert page.evaluate(style, [".big", "letterSpacing"]) == "3px"  # elem_classes too
    assert page.evaluate(style, ["#app", "outlineColor"]) == "rgb(7, 8, 9)"  # body {} = the app area
    assert page.evaluate(style, ["body", "outlineStyle"]) == "none"  # ...not the page
    assert page.evaluate(style, [".note", "letterSpacing"]) == "normal"  # nor the other app
    page.evaluate("() => window.handle.setMode('dark')")
    assert page.evaluate(style, ["#go", "color"]) == "rgb(4, 5, 6)"
    assert page.evaluate("() => [window.headRan, document.querySelector('meta[name=x-test]')?.content]") == [1, "1"]
    page.evaluate("() => window.handle.uninstall()")
    assert page.evaluate(style, ["#go", "color"]) != "rgb(4, 5, 6)"
    assert page.evaluate("() => document.querySelector('meta[name=x-test]')") is None
