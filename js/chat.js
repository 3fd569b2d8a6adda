/**
 * gr.Chatbot: a labelled, scrolling log of chat messages.
 *
 * Python sends the history as Gradio 6's messages: {role, metadata, content: [{type: "text", text} |
 * {type: "file", file} | {type: "component", ...}], options} (py/liteblocks/components/chatbot.py
 * normalises every format to that; this classic view shows the text parts and a file's name). Text is Markdown and
 * goes through markdown.js (marked + DOMPurify) so user text never reaches
 * innerHTML raw. Messages already on screen are kept when the history only
 * grows, so a long chat is not re-rendered on every reply.
 */
import { markdownToHtml } from "./markdown.js";

const SPEAKERS = { user: "You", assistant: "Assistant", system: "System" };

function el(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** CSS length for a Gradio size: numbers are pixels, strings pass through. */
function cssSize(v) {
  if (v === null || v === undefined || v === "") return "";
  return typeof v === "number" ? `${v}px` : String(v);
}

/** A message's content as Markdown text (older strings pass through). */
function contentText(content) {
  if (!Array.isArray(content)) return String(content ?? "");
  return content.map((c) => (c?.type === "text" ? c.text
    : c?.type === "file" ? `[${c.file?.orig_name || String(c.file?.path || "").split("/").pop()}]`
    : c?.type === "component" ? `[${c.component}]` : "")).join("\n");
}

/** One message bubble; the speaker is spoken by screen readers, not shown. */
function messageElement(m, markdown) {
  const role = SPEAKERS[m.role] ? m.role : "assistant";
  const row = el("div", `lb-chat-message lb-chat-${role}`);
  row.dataset.role = role;
  row.append(el("span", "lb-visually-hidden", `${SPEAKERS[role]}: `));
  const title = m.metadata && m.metadata.title;
  if (title) row.append(el("div", "lb-chat-title", String(title)));
  const body = el("div", "lb-chat-content");
  if (markdown) body.innerHTML = markdownToHtml(contentText(m.content));
  else body.textContent = contentText(m.content);
  row.append(body);
  return row;
}

/** Factory for components.js: returns {el, set}; the chat is display-only (no get). */
export function createChatbot(id, props, ctx) {
  const wrapper = el("div", "lb-block lb-chatbot");
  const label = el("div", "lb-label");
  label.id = `${ctx.prefix}-${id}-label`;
  const log = el("div", "lb-chat-log");
  log.id = `${ctx.prefix}-${id}`;
  log.setAttribute("role", "log");
  log.tabIndex = 0; // a scrollable region must be reachable from the keyboard
  const placeholder = el("div", "lb-chat-placeholder");
  wrapper.append(label, log);

  let shown = []; // [{key, node}] in display order
  let messages = [];
  let markdown = true;
  let autoscroll = true;
  let placeholderSource = null;

  const render = () => {
    const next = messages.map((m) => ({ m, key: JSON.stringify([m.role, m.content, m.metadata?.title ?? null, markdown]) }));
    let same = 0;
    while (same < shown.length && same < next.length && shown[same].key === next[same].key) same++;
    const nearBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 48;
    for (const old of shown.slice(same)) old.node.remove();
    const added = next.slice(same).map((n) => ({ key: n.key, node: messageElement(n.m, markdown) }));
    shown = shown.slice(0, same).concat(added);
    log.append(...added.map((a) => a.node));
    if (messages.length === 0 && placeholderSource) {
      placeholder.innerHTML = markdownToHtml(placeholderSource);
      log.append(placeholder);
    } else {
      placeholder.remove();
    }
    // Follow the conversation unless the user scrolled up to reread while a reply streams in.
    if (autoscroll && added.length && (nearBottom || same < next.length - 1 || added.some((a) => a.node.dataset.role === "user"))) {
      log.scrollTop = log.scrollHeight;
    }
  };

  const set = (p) => {
    if ("label" in p || !label.textContent) {
      label.textContent = p.label ?? "Chatbot";
      log.setAttribute("aria-label", label.textContent);
    }
    if ("show_label" in p) label.classList.toggle("lb-visually-hidden", p.show_label === false);
    if ("visible" in p) wrapper.hidden = p.visible === false;
    if ("height" in p) log.style.height = cssSize(p.height);
    if ("min_height" in p) log.style.minHeight = cssSize(p.min_height);
    if ("max_height" in p) log.style.maxHeight = cssSize(p.max_height);
    if ("rtl" in p) log.dir = p.rtl ? "rtl" : "";
    if ("autoscroll" in p) autoscroll = p.autoscroll !== false;
    let dirty = false;
    if ("render_markdown" in p && (p.render_markdown !== false) !== markdown) {
      markdown = p.render_markdown !== false;
      dirty = true;
    }
    if ("placeholder" in p) { placeholderSource = p.placeholder || null; dirty = true; }
    if ("value" in p) { messages = Array.isArray(p.value) ? p.value : []; dirty = true; }
    if (dirty) render();
  };
  set(props);
  return { el: wrapper, set };
}
