// What Markdown, Chatbot and Label content goes through (@gradio/sanitize is aliased here by
// vite.config.mjs): Gradio's own sanitiser first (Amuchina, no <style>/<link>, safe links), then
// our stricter rule for content that must not be able to cover or imitate the page (issue 16.7):
// no forms (their content stays), no text/password fields, no fixed or sticky positioning.
// gr.HTML does not come here: it is the app author's HTML, as in Gradio.
import { sanitize as gradioSanitize } from "../../node_modules/@gradio/sanitize/dist/browser.js";

const POSITION = /(^|;)\s*position\s*:\s*(fixed|sticky)\s*(!important)?\s*(?=;|$)/gi;

export function sanitize(source) {
  const clean = gradioSanitize(source);
  if (!/<(form|input|textarea|select)|position/i.test(clean)) return clean;
  const doc = new DOMParser().parseFromString(clean, "text/html");
  for (const form of doc.body.querySelectorAll("form")) form.replaceWith(...form.childNodes);
  for (const field of doc.body.querySelectorAll("input, textarea, select")) {
    const checkbox = field.localName === "input" && field.type === "checkbox"; // Markdown task lists
    if (checkbox) field.setAttribute("disabled", "");
    else field.remove();
  }
  for (const el of doc.body.querySelectorAll("[style]")) {
    el.setAttribute("style", el.getAttribute("style").replace(POSITION, "$1"));
  }
  return doc.body.innerHTML;
}
