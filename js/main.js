/** Entry point loaded by lite.js: defines <gradio-lite>. */
import "./element.js";
