"""Exported pages are titled as the app (Blocks(title=)), else by the entrypoint's name, and carry
launch(favicon_path=) as their icon."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.export import app_facts, app_page, copy_favicon  # noqa: E402


def test_title_from_the_app_or_the_file_name():
    titled = {"app.py": "import gradio as gr\nwith gr.Blocks(title='Ledger') as demo:\n    gr.Textbox()\n"}
    assert app_facts(titled, "app.py", "app") == ("Ledger", None)
    plain = {"app.py": "import gradio as gr\nwith gr.Blocks() as demo:\n    gr.Textbox()\n"}
    assert app_facts(plain, "app.py", "app") == ("app", None)
    broken = {"app.py": "import not_installed_anywhere\n"}
    assert app_facts(broken, "app.py", "app") == ("app", None)


def test_favicon_path_is_shipped_beside_the_page(tmp_path):
    app = {"app.py": "import gradio as gr\nwith gr.Blocks() as demo:\n    gr.Textbox()\n"
                     "demo.launch(favicon_path='art/icon.PNG')\n"}
    title, favicon = app_facts(app, "app.py", "app")
    assert favicon == "art/icon.PNG"
    (tmp_path / "src" / "art").mkdir(parents=True)
    (tmp_path / "src" / "art" / "icon.PNG").write_bytes(b"\x89PNG")
    (tmp_path / "out").mkdir()
    name = copy_favicon(favicon, tmp_path / "src", tmp_path / "out")
    assert name == "favicon.png" and (tmp_path / "out" / name).read_bytes() == b"\x89PNG"
    assert '<link rel="icon" href="./favicon.png">' in app_page(app, "app.py", [], title, name)
    assert copy_favicon("missing.ico", tmp_path / "src", tmp_path / "out") is None
    assert "rel=\"icon\"" not in app_page(app, "app.py", [], title)
