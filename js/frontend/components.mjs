// Gradio component name -> module that the component loader imports lazily (one chunk each).
// npm packages where the registry has them (pinned in package.json); our own Svelte packages
// (js/components/<name>/, "@liteblocks/components" in vite.config.mjs) where it does not, written on
// the same contract (issue 16 point 4).
const ours = (name) => `@liteblocks/components/${name}/Index.svelte`;

export const COMPONENTS = {
  textbox: "@gradio/textbox", button: "@gradio/button", number: "@gradio/number",
  markdown: "@gradio/markdown", column: "@gradio/column", row: "@gradio/row", form: "@gradio/form",
  checkbox: "@gradio/checkbox",
  slider: "@gradio/slider", dropdown: "@gradio/dropdown", tabs: "@gradio/tabs", tabitem: "@gradio/tabitem",
  // @gradio/tabs draws a Walkthrough when its name prop is "walkthrough"
  walkthrough: "@gradio/tabs", walkthroughstep: "@gradio/tabitem",
  html: "@gradio/html", chatbot: "@gradio/chatbot", file: "@gradio/file", image: "@gradio/image",
  gallery: "@gradio/gallery", video: "@gradio/video",
  downloadbutton: "@gradio/downloadbutton", uploadbutton: ours("uploadbutton"),
  checkboxgroup: ours("checkboxgroup"), radio: ours("radio"), accordion: ours("accordion"),
  group: ours("group"), sidebar: ours("sidebar"), json: ours("json"), label: ours("label"), highlightedtext: ours("highlightedtext"),
  colorpicker: ours("colorpicker"), datetime: ours("datetime"), code: ours("code"), audio: ours("audio"),
  // @gradio/dataframe 0.20.1 (newest on the registry) takes Gradio 5 props: ours wraps its table
  dataframe: ours("dataframe"),
  multimodaltextbox: ours("multimodaltextbox"), dataset: ours("dataset"),
  // any other type (no package yet): its label and value, read-only
  fallback: ours("fallback"),
  // non-visual: they draw nothing (see js/components/state, timer)
  state: ours("state"), browserstate: ours("state"), timer: ours("timer"),
};
