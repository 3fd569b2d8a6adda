/**
 * Errors and notices shown inside the app: gr.Error text, gr.Warning/gr.Info,
 * and load errors. Always rendered as text, never as HTML.
 */

/** Appends one dismissible notice per message to `container`. */
export function showMessages(container, messages) {
  for (const m of messages) {
    const kind = m.kind || "info";
    const box = document.createElement("div");
    box.className = `lb-toast lb-toast-${kind}`;
    box.setAttribute("role", kind === "error" ? "alert" : "status");
    const title = document.createElement("strong");
    title.textContent = m.title || (kind === "error" ? "Error" : kind === "warning" ? "Warning" : "Info");
    const text = document.createElement("span");
    text.className = "lb-toast-message";
    text.textContent = m.message ?? "";
    const close = document.createElement("button");
    close.type = "button";
    close.className = "lb-toast-close";
    close.textContent = "Dismiss";
    close.addEventListener("click", () => box.remove());
    box.append(title, " ", text, close);
    container.append(box);
    const ttl = m.duration ?? (kind === "error" ? null : 10);
    if (ttl) setTimeout(() => box.remove(), ttl * 1000);
  }
}

/** A load-time error (syntax error, exception at import): message and line. */
export function renderLoadError(container, error) {
  const box = document.createElement("div");
  box.className = "lb-load-error";
  box.setAttribute("role", "alert");
  const heading = document.createElement("strong");
  heading.textContent = `${error.type || "Error"}${error.line ? ` on line ${error.line}` : ""}`;
  const message = document.createElement("pre");
  message.textContent = typeof error === "string" ? error : String(error.message ?? ""); // KeyboardInterrupt has none
  box.append(heading, message);
  if (error.traceback) {
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "Traceback";
    const tb = document.createElement("pre");
    tb.textContent = error.traceback;
    details.append(summary, tb);
    box.append(details);
  }
  container.replaceChildren(box);
}
