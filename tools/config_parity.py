"""Config parity: our Gradio 6 config (liteblocks.g6.build_config) vs real gradio 6.31.

Usage:
    python tools/config_parity.py [FOLDER_OR_FILE ...] [--ref PYTHON] [--strict] [--show N] [--dump DIR]

Default folder: examples/ (the gallery apps the site ships).  Each app runs in a
subprocess twice: under the reference interpreter (default
/work/gradio-ref/bin/python, real gradio; launch() is disabled) and under this
interpreter with py/ on sys.path and ``gradio`` aliased to liteblocks.  Both
configs are normalised (see normalise()) and diffed; a per-app summary and a
total are printed.  With --strict the exit status is 1 if any app whose
components are all ones we support differs.  Without the reference venv the
tool prints a message and exits 0 (CI has none).

Ignored (server-only or not read when drawing the app): IGNORE_TOP, IGNORE_COMP,
IGNORE_DEP, IGNORE_PROPS below.  Ids are renumbered structurally: layout order
(depth first), then components not in the layout, in id order.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REF = "/work/gradio-ref/bin/python"

IGNORE_TOP = {"version", "app_id", "api_prefix", "connect_heartbeat", "analytics_enabled", "space_id",
              "is_colab", "username", "root", "max_file_size", "page", "pages", "mcp_server", "pwa",
              "i18n_translations", "run_history", "enable_queue", "dev_mode", "vibe_mode", "theme_hash",
              "stylesheets", "theme", "css", "head", "js", "body_css"}
IGNORE_COMP = {"id", "component_class_id", "api_info", "api_info_as_input", "api_info_as_output",
               "example_inputs"}
IGNORE_DEP = {"api_description", "api_name"}
IGNORE_PROPS = {"delete_callback", "time_to_live"}  # State: server-only
RANDOM_PROPS = {"storage_key", "secret"}  # BrowserState: random when the app gives none; compared as present

SUPPORTED = {"audio", "code", "sidebar", "dataframe", "gallery", "video", "walkthrough", "walkthroughstep", "colorpicker", "datetime", "highlightedtext", "file", "uploadbutton", "downloadbutton", "textbox", "number", "slider", "checkbox", "checkboxgroup", "radio", "dropdown", "button",
             "markdown", "html", "chatbot", "state", "browserstate", "json", "label", "row", "column",
             "form", "tabs", "tabitem", "accordion", "group", "timer", "dataset"}

RUNNER = r'''
import json, runpy, sys, os
mode, path = sys.argv[1], sys.argv[2]
if mode == "ours":
    sys.path.insert(0, sys.argv[3])
    from liteblocks import runtime
    runtime.install_gradio_alias()
import gradio as gr
gr.Blocks.launch = lambda self, *a, **k: None
os.chdir(os.path.dirname(os.path.abspath(path)))
sys.path.insert(0, os.getcwd())
g = runpy.run_path(path, run_name="__app__")
demo = g.get("demo")
if not isinstance(demo, gr.Blocks):
    demo = next((v for v in g.values() if isinstance(v, gr.Blocks)), None)
if demo is None:
    raise SystemExit("no Blocks found")
if mode == "ours":
    from liteblocks.g6 import build_config
    cfg = build_config(demo)
else:
    cfg = demo.get_config_file()
sys.stdout.write("\n@@CONFIG@@" + json.dumps(cfg, default=str))
'''


def run(python: str, mode: str, path: Path, timeout: int = 120) -> dict:
    proc = subprocess.run([python, "-c", RUNNER, mode, str(Path(path).resolve()), str(ROOT / "py")],
                          capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", PYTHONWARNINGS="ignore"))
    if "@@CONFIG@@" not in proc.stdout:
        raise RuntimeError((proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["failed"])
    return json.loads(proc.stdout.split("@@CONFIG@@", 1)[1])


def normalise(cfg: dict) -> dict:
    order: list[int] = []

    def walk(node):
        order.append(node["id"])
        for c in node.get("children", []) or []:
            walk(c)

    walk(cfg["layout"])
    for comp in sorted(cfg["components"], key=lambda c: c["id"]):
        if comp["id"] not in order:
            order.append(comp["id"])
    m = {old: i for i, old in enumerate(order)}

    def lay(node):
        out = {"id": m[node["id"]]}
        kids = node.get("children")
        if kids:
            out["children"] = [lay(c) for c in kids]
        return out

    comps = {}
    for comp in cfg["components"]:
        c = {k: v for k, v in comp.items() if k not in IGNORE_COMP}
        c["props"] = {k: ("<random>" if k in RANDOM_PROPS and isinstance(v, str) else v)
                      for k, v in comp.get("props", {}).items() if k not in IGNORE_PROPS}
        if "component_ids" in c["props"]:  # Dataset: ids of its components, renumbered like the rest
            c["props"]["component_ids"] = [m.get(i, i) for i in c["props"]["component_ids"]]
        if isinstance(c["props"].get("components"), list):  # class_id: a hash of the server's class
            c["props"]["components"] = [{k: v for k, v in x.items() if k != "class_id"} if isinstance(x, dict)
                                        else x for x in c["props"]["components"]]
        comps[m[comp["id"]]] = c
    deps = []
    for d in cfg["dependencies"]:
        d = {k: v for k, v in d.items() if k not in IGNORE_DEP}
        d["targets"] = [[m.get(t, t), e] for t, e in d["targets"]]
        d["inputs"] = [m.get(i, i) for i in d["inputs"]]
        d["outputs"] = [m.get(i, i) for i in d["outputs"]]
        deps.append(d)
    top = {k: v for k, v in cfg.items() if k not in IGNORE_TOP | {"components", "layout", "dependencies"}}
    return {"top": top, "layout": lay(cfg["layout"]), "components": comps, "dependencies": deps}


def diff(ref: dict, ours: dict) -> list[str]:
    out = []
    for k in sorted(set(ref["top"]) | set(ours["top"])):
        if ref["top"].get(k, "<absent>") != ours["top"].get(k, "<absent>"):
            out.append(f"top.{k}: gradio={ref['top'].get(k, '<absent>')!r} ours={ours['top'].get(k, '<absent>')!r}")
    if ref["layout"] != ours["layout"]:
        out.append(f"layout: gradio={json.dumps(ref['layout'])} ours={json.dumps(ours['layout'])}")
    for cid in sorted(set(ref["components"]) | set(ours["components"])):
        r, o = ref["components"].get(cid), ours["components"].get(cid)
        if r is None or o is None:
            out.append(f"component {cid}: only in {'ours' if r is None else 'gradio'} ({(r or o)['type']})")
            continue
        where = f"component {cid} ({r['type']})"
        for k in sorted(set(r) | set(o)):
            if k == "props":
                continue
            if r.get(k, "<absent>") != o.get(k, "<absent>"):
                out.append(f"{where}.{k}: gradio={r.get(k, '<absent>')!r} ours={o.get(k, '<absent>')!r}")
        rp, op = r["props"], o["props"]
        for k in sorted(set(rp) | set(op)):
            if rp.get(k, "<absent>") != op.get(k, "<absent>"):
                out.append(f"{where}.props.{k}: gradio={rp.get(k, '<absent>')!r} ours={op.get(k, '<absent>')!r}")
    if len(ref["dependencies"]) != len(ours["dependencies"]):
        out.append(f"dependencies: gradio has {len(ref['dependencies'])}, ours {len(ours['dependencies'])}")
    for i, (r, o) in enumerate(zip(ref["dependencies"], ours["dependencies"])):
        for k in sorted(set(r) | set(o)):
            if r.get(k, "<absent>") != o.get(k, "<absent>"):
                out.append(f"dependency {i}.{k}: gradio={r.get(k, '<absent>')!r} ours={o.get(k, '<absent>')!r}")
    return out


def apps_in(paths: list[str]) -> list[Path]:
    files = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files += sorted(x for x in p.glob("*.py") if not x.name.startswith("_"))
            files += sorted(p.glob("*/run.py"))
        else:
            files.append(p)
    return files


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "examples")])
    ap.add_argument("--ref", default=DEFAULT_REF, help="python of the virtualenv with gradio==6.31.0")
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--show", type=int, default=8, help="diff lines shown per app")
    ap.add_argument("--dump", help="write normalised gradio configs here (test fixtures)")
    a = ap.parse_args(argv)
    if not Path(a.ref).exists():
        print(f"config_parity: reference interpreter {a.ref} not found; skipping (needs gradio==6.31.0).")
        return 0
    total = same = failed_supported = errors = 0
    for app in apps_in(a.paths):
        total += 1
        name = app.parent.name if app.name == "run.py" else app.stem
        try:
            ref = normalise(run(a.ref, "ref", app))
        except Exception as e:  # noqa: BLE001 - report and go on
            errors += 1
            print(f"{name}: gradio failed: {e}")
            continue
        if a.dump:
            Path(a.dump).mkdir(parents=True, exist_ok=True)
            (Path(a.dump) / f"{name}.json").write_text(json.dumps(ref, indent=1, sort_keys=True) + "\n")
        supported = all(c["type"] in SUPPORTED for c in ref["components"].values())
        try:
            ours = normalise(run(sys.executable, "ours", app))
        except Exception as e:  # noqa: BLE001
            errors += 1
            print(f"{name}: ours failed: {e}{'' if supported else ' (uses unsupported components)'}")
            failed_supported += supported
            continue
        d = diff(ref, ours)
        tag = "" if supported else " [unsupported components]"
        if not d:
            same += 1
            print(f"{name}: same")
        else:
            failed_supported += supported
            print(f"{name}: {len(d)} differences{tag}")
            for line in d[: a.show]:
                print("    " + line[:300])
    print(f"total: {same}/{total} apps identical, {errors} failed to run, "
          f"{failed_supported} differing apps use only supported components")
    return 1 if a.strict and failed_supported else 0


if __name__ == "__main__":
    sys.exit(main())
