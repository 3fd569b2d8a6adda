// Gradio component name -> module that the component loader imports lazily (one chunk each).
// npm packages where the registry has them; our own Svelte packages (js/components/<name>/) where
// it does not, written on the same contract (issue 16 point 4).
export const COMPONENTS = {
  textbox: "@gradio/textbox", button: "@gradio/button", number: "@gradio/number",
  markdown: "@gradio/markdown", column: "@gradio/column", row: "@gradio/row", form: "@gradio/form",
  checkbox: "@gradio/checkbox", dataframe: "@gradio/dataframe",
  state: "./stubs/Nothing.svelte", browserstate: "./stubs/Nothing.svelte",
};
