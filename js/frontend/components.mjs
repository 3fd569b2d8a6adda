// Gradio component name -> module that the component loader imports lazily (one chunk each).
// npm packages where the registry has them (pinned in package.json); our own Svelte packages
// (js/components/<name>/, "@liteblocks/components" in vite.config.mjs) where it does not, written on
// the same contract (issue 16 point 4).
export const COMPONENTS = {
  textbox: "@gradio/textbox", button: "@gradio/button", number: "@gradio/number",
  markdown: "@gradio/markdown", column: "@gradio/column", row: "@gradio/row", form: "@gradio/form",
  checkbox: "@gradio/checkbox", dataframe: "@gradio/dataframe",
  slider: "@gradio/slider", dropdown: "@gradio/dropdown", tabs: "@gradio/tabs", tabitem: "@gradio/tabitem",
  html: "@gradio/html", chatbot: "@gradio/chatbot",
};
