/**
 * Markdown and HTML to safe DOM: marked renders, DOMPurify sanitises.
 * Nothing user-controlled reaches innerHTML without going through here.
 */
import { marked } from "./vendor/marked.esm.js";
import DOMPurify from "./vendor/purify.es.mjs";

/** Sanitised HTML for Markdown source. */
export function markdownToHtml(source) {
  return DOMPurify.sanitize(marked.parse(String(source ?? ""), { async: false }));
}

/** Sanitised HTML for HTML source. */
export function sanitizeHtml(source) {
  return DOMPurify.sanitize(String(source ?? ""));
}
