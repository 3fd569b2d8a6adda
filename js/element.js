/**
 * The <gradio-lite> custom element: reads the app's code, shows boot
 * progress, asks its own worker to load the app and has Gradio 6's own frontend
 * draw it in a page session (js/g6_session.js). With the `playground` attribute it
 * also shows a code editor whose Run button re-runs the app.
 *
 * Attributes (Gradio-Lite's): theme="light|dark" (default: the system's),
 * playground, layout="horizontal|vertical" (the playground's editor beside or
 * above the app), initial-height (space kept while loading, any CSS length).
 * A bad value is reported inside the element and the default is used.
 *
 * A run (load or event) still going after a few seconds shows a Stop button;
 * Stop interrupts Python where the page is cross-origin isolated, else (or if that
 * does not end the run within a second) terminates the app's worker and reloads the
 * app in a fresh one. A
 * worker that dies is restarted automatically, at most MAX_RESTARTS times.
 */
import { WorkerClient } from "./worker_client.js";
import { G6Session, loadFrontend } from "./g6_session.js";
import { readSources, appIdentity } from "./sources.js";
import { renderLoadError, showMessages } from "./messages.js";
import { BrowserStateBridge } from "./browser_state.js";

let appCounter = 0;
const MAX_RESTARTS = 3;
const CHOICES = { theme: ["light", "dark", "system"], layout: ["horizontal", "vertical"] };
const LAYOUT_STYLES = {
  horizontal: "display:grid;gap:16px;align-items:start;grid-template-columns:repeat(auto-fit,minmax(min(100%,22rem),1fr))",
  vertical: "display:grid;gap:16px;grid-template-columns:minmax(0,1fr)",
};

/** Reads the embedding attributes; `problems` lists each bad value, in words. */
export function readOptions(element) {
  const problems = [];
  const choice = (name, fallback) => {
    const value = element.getAttribute(name);
    if (value === null || value === "") return fallback;
    if (CHOICES[name].includes(value)) return value;
    problems.push(`Unknown ${name}="${value}": expected ${CHOICES[name].map((c) => `"${c}"`).join(" or ")}; using "${fallback}".`);
    return fallback;
  };
  const options = { theme: choice("theme", "system"), layout: choice("layout", "horizontal"),
    initialHeight: null, problems };
  const height = element.getAttribute("initial-height");
  if (height) {
    const css = /^\d+(\.\d+)?$/.test(height.trim()) ? `${height.trim()}px` : height.trim();
    if (globalThis.CSS?.supports?.("min-height", css)) options.initialHeight = css;
    else problems.push(`Unknown initial-height="${height}": expected a CSS length such as "600px"; ignored.`);
  }
  return options;
}

function el(tag, cls, attrs = {}) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  return e;
}

export class GradioLiteElement extends HTMLElement {
  constructor() {
    super();
    this.appId = `app-${++appCounter}`;
    this.session = null;
    this.started = false;
  }

  connectedCallback() {
    if (this.started) return;
    this.started = true;
    globalThis.addEventListener("liteblocks:notice", (e) => this.notice(e.detail));
    if (document.readyState === "loading") {
      document.addEventListener("DOMContentLoaded", () => this.start(), { once: true });
    } else {
      queueMicrotask(() => this.start());
    }
  }

  async start() {
    let sources;
    let sourceError = null;
    try {
      sources = await readSources(this);
    } catch (err) {
      sourceError = err;
      sources = { files: { "app.py": "" }, entrypoint: "app.py", requirements: [] };
    }
    this.buildShell(sources);
    if (sourceError) {
      this.status.hidden = true;
      this.root.style.minHeight = "";
      renderLoadError(this.mount, { type: "This app cannot start", message: sourceError.message });
      this.dispatchEvent(new CustomEvent("lite-error", { detail: { type: "Error", message: sourceError.message } }));
      return;
    }
    loadFrontend().catch(() => {}); // while Python boots
    this.client = WorkerClient.forApp();
    this.client.onProgress((p) => { if (!this.session) this.status.textContent = p.message; });
    this.restarts = 0;
    this.client.onState((kind, detail) => this.workerState(kind, detail));
    addEventListener("pagehide", () => this.session?.end());
    await this.run(sources);
  }

  /** Busy: show Stop. Idle: hide it. Dead: say so and restart (bounded). */
  workerState(kind, detail) {
    this.runBar.hidden = kind !== "busy";
    if (kind !== "dead") return;
    if (this.restarts >= MAX_RESTARTS) {
      this.notify("error", "App stopped", `The app's Python worker stopped (${detail?.message || "unknown error"}) and was restarted ${MAX_RESTARTS} times; reload the page to try again.`);
      return;
    }
    this.restarts += 1;
    this.restartApp(`The app's Python worker stopped (${detail?.message || "unknown error"}); it was restarted. Its gr.State values are as after the last completed event.`);
  }

  /** Stop: interrupt Python where the page allows it (js/run_interrupt.js), else replace the worker. */
  async stop() {
    this.runBar.hidden = true;
    if (await this.client.interruptRun()) {
      this.notify("warning", "Stopped", "Stopped: the run was interrupted; the app kept its worker, globals and State.");
      return;
    }
    this.restartApp("Stopped: the app was restarted in a fresh worker.");
  }

  restartApp(message) {
    const session = this.session;
    session?.abandon(); // its worker is gone: nothing to end there
    // gr.State values after the last completed event (js/worker.js keepStates) seed the new session.
    const states = session && this.client.sessionStates.get(`${this.appId}\n${session.sessionHash}`);
    this.client.restart();
    this.run(this.current, states).then(() => this.notify("warning", "Restarted", message));
  }

  notify(kind, title, message) {
    showMessages(this.messages, [{ kind, title, message, duration: 0 }]);
  }

  /** Worker notices about this app that a person should see (js/global_sync.js posts them). */
  notice(detail) {
    if (detail?.appId !== this.appId || !this.messages) return;
    if (detail.kind === "global-reset") {
      showMessages(this.messages, [{
        kind: "warning", title: "Shared values started over", duration: 0,
        message: "This app's stored shared values were missing or damaged and no other open tab " +
          "could supply them, so they start from the app's defaults.",
      }]);
    }
  }

  /** Lays out notices, editor (playground) and the app pane: status line, app mount, messages. */
  buildShell(sources) {
    const options = readOptions(this);
    this.options = options;
    this.replaceChildren();
    this.root = el("div", "lb-root", { "data-theme": options.theme });
    if (options.initialHeight) this.root.style.minHeight = options.initialHeight; // until loaded, as Gradio does
    const notices = el("div", "lb-messages lb-notices");
    showMessages(notices, options.problems.map((message) => ({ kind: "warning", title: "Embedding", message, duration: 0 })));
    this.status = el("div", "lb-status", { role: "status" });
    this.status.textContent = "Loading…";
    this.mount = el("div", "lb-mount");
    this.messages = el("div", "lb-messages");
    this.runBar = el("div", "lb-running", { role: "status" });
    this.runBar.hidden = true;
    const runText = el("span");
    runText.textContent = "Running… ";
    const stopButton = el("button", "lb-button", { type: "button", "data-variant": "stop" });
    stopButton.textContent = "Stop";
    stopButton.addEventListener("click", () => this.stop());
    this.runBar.append(runText, stopButton);
    const pane = el("div", "lb-pane");
    pane.append(this.status, this.runBar, this.mount, this.messages);
    if (this.hasAttribute("playground")) {
      const body = el("div", "lb-body", { "data-layout": options.layout, style: LAYOUT_STYLES[options.layout] });
      body.append(this.buildEditor(sources), pane);
      this.root.append(notices, body);
    } else {
      this.root.append(notices, pane);
    }
    this.append(this.root);
  }

  buildEditor(sources) {
    const id = `lb-code-${this.appId}`;
    const box = el("div", "lb-playground");
    const label = el("label", "lb-label", { for: id });
    label.textContent = "Code";
    this.editor = el("textarea", "lb-code", { id, spellcheck: "false", rows: "18" });
    this.editor.value = sources.files[sources.entrypoint];
    const runButton = el("button", "lb-button", { type: "button", "data-variant": "primary" });
    runButton.textContent = "Run";
    runButton.addEventListener("click", () => this.run({ ...sources, files: { ...sources.files, [sources.entrypoint]: this.editor.value } }));
    box.append(label, this.editor, runButton);
    return box;
  }

  /** (Re)loads the app from `sources` and starts a fresh page session. */
  async run(sources, states = null) {
    this.current = sources;
    delete this.dataset.ready;
    const previous = this.session;
    this.session = null;
    if (previous) await previous.end();
    this.messages.replaceChildren();
    this.status.hidden = false;
    this.mount.replaceChildren();
    const appKey = await appIdentity(sources);
    let loaded;
    try {
      loaded = await this.client.call("load-app", { appId: this.appId, appKey, ...sources });
    } catch (err) {
      loaded = { ok: false, error: err };
    }
    this.status.hidden = true;
    this.root.style.minHeight = "";
    if (!loaded.ok) {
      renderLoadError(this.mount, loaded.error || { message: "The app could not be loaded." });
      this.dispatchEvent(new CustomEvent("lite-error", { detail: loaded.error }));
      return;
    }
    if (loaded.waits === "block") warnBlockingWaits(this.messages);
    // keys as the app gave them (the runtime's own config): Gradio's config draws a random secret
    // per load when the app gives none, which would lose the values at every reload
    const stores = loaded.g6.components.filter((c) => c.type === "browserstate")
      .map((c) => [String(c.id), loaded.config?.components?.[c.id]?.props || c.props || {}]);
    const bridges = stores.length ? [new BrowserStateBridge(appKey, stores, this.messages)] : [];
    this.session = new G6Session(this.client, this.appId, loaded.g6, this.mount, bridges,
      { themeMode: this.getAttribute("theme") || undefined, themeCss: loaded.g6Theme, ownsPage: ownsPage() });
    this.session.states = states || {};
    try {
      await this.session.start();
    } catch (err) {
      renderLoadError(this.mount, { type: "This app could not be drawn", message: err?.message || String(err) });
      this.dispatchEvent(new CustomEvent("lite-error", { detail: { type: "Error", message: String(err) } }));
      return;
    }
    this.dataset.ready = "";
    this.dispatchEvent(new CustomEvent("lite-ready"));
  }

  /** Replaces the code of the entrypoint (or whole file set) and re-runs. */
  async setCode(code) {
    const sources = { ...this.current, files: { ...this.current.files, [this.current.entrypoint]: code } };
    if (this.editor) this.editor.value = code;
    await this.run(sources);
  }
}

const pageTitled = !!document.querySelector("head > title")?.textContent.trim();
/** An app sets the document title (Blocks(title=)) only on a page with no title of its own. */
function ownsPage() {
  return !pageTitled;
}

let waitsWarned = false;
/** Said once per page where the engine has no JSPI (js/runtime_choices.js): waits block there. */
function warnBlockingWaits(messages) {
  if (waitsWarned) return;
  waitsWarned = true;
  showMessages(messages, [{
    kind: "warning", title: "This browser cannot pause Python", duration: 0,
    message: "time.sleep() and other waits in this app keep it busy until they end (the app does " +
      "not respond meanwhile). Chrome and Edge 137+ and Firefox 153+ wait without blocking.",
  }]);
}

if (!customElements.get("gradio-lite")) customElements.define("gradio-lite", GradioLiteElement);
