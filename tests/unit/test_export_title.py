"""Exported pages are titled as the app (Blocks(title=)), else by the entrypoint's name."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tools.export import app_title  # noqa: E402


def test_title_from_the_app_or_the_file_name():
    titled = {"app.py": "import gradio as gr\nwith gr.Blocks(title='Ledger') as demo:\n    gr.Textbox()\n"}
    assert app_title(titled, "app.py", "app") == "Ledger"
    plain = {"app.py": "import gradio as gr\nwith gr.Blocks() as demo:\n    gr.Textbox()\n"}
    assert app_title(plain, "app.py", "app") == "app"
    broken = {"app.py": "import not_installed_anywhere\n"}
    assert app_title(broken, "app.py", "app") == "app"
