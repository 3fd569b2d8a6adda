"""Gradio's state model in the browser: sessions (``gr.State``/``gr.BrowserState`` values
per tab), and module globals shared by every tab of an app (change sets, codec, reach).

The State and BrowserState components themselves live in ``components/state.py``; this
package holds where their values and the shared globals are kept.
"""
