// An app's look on the page: the theme.css text our Python generates (runtime.g6_theme_css, the
// same variables gradio 6.31 serves as /theme.css) scoped to the app's mount target, its light/dark
// mode, and the app's css= / head= (config.css, config.head). Why scoped: Gradio's sheet sets
// `:root`, so two apps with different themes on one page would overwrite each other; here each
// target gets `data-lb-theme="<id>"` and its own <style>. Dark mode is Gradio's `.dark` class, put on
// the target (not <body>) so each app follows its own mode; "system" follows prefers-color-scheme
// live. installAppearance() is the one call a mount makes.

const MODES = ["light", "dark", "system"];
const installed = new WeakMap(); // target -> { style, stop }

/** The mode Gradio would use: the element's theme="..." attribute, else ?__theme=..., else system. */
export function resolveThemeMode(attribute, search = globalThis.location?.search ?? "") {
  const fromUrl = new URLSearchParams(search).get("__theme");
  for (const mode of [attribute, fromUrl]) if (MODES.includes(mode)) return mode;
  return "system";
}

/** Gradio's theme.css with `:root` (light) and `:root.dark, :root .dark` (dark) moved onto `scope`. */
export function scopeThemeCss(css, scope) {
  return css
    .replace(/:root\.dark\s*,\s*:root \.dark\s*\{/g, `${scope}.dark {`)
    .replace(/:root\s*\{/g, `${scope} {`);
}

// What Gradio applies to its container (body-background-fill on the app area, text colour, font).
function areaRules(scope) {
  return `\n${scope} { background: var(--body-background-fill); color: var(--body-text-color);` +
    ` font-family: var(--font); color-scheme: light; }\n${scope}.dark { color-scheme: dark; }\n`;
}

function watchMode(target, mode) {
  const set = (dark) => target.classList.toggle("dark", dark);
  if (mode !== "system") {
    set(mode === "dark");
    return () => {};
  }
  const query = globalThis.matchMedia?.("(prefers-color-scheme: dark)");
  const update = () => set(Boolean(query?.matches));
  update();
  query?.addEventListener?.("change", update);
  return () => query?.removeEventListener?.("change", update);
}

/**
 * Install `css` (theme.css text) for the app mounted in `target`, in `mode` "light" | "dark" |
 * "system". Calling it again for the same target replaces the previous theme. Returns
 * { scope, setMode(mode), isDark() (for Blocks' theme_mode), uninstall() }.
 */
export function installTheme(target, css, mode = "system") {
  uninstallTheme(target);
  // Counted on the page, not the module: every copy of this module (the build, a test's) agrees.
  const id = target.getAttribute("data-lb-theme") || `t${(globalThis.__liteblocksThemes = (globalThis.__liteblocksThemes || 0) + 1)}`;
  target.setAttribute("data-lb-theme", id);
  const scope = `[data-lb-theme="${id}"]`;
  const style = document.createElement("style");
  style.setAttribute("data-lb-theme-for", id);
  style.textContent = scopeThemeCss(css || "", scope) + areaRules(scope);
  document.head.append(style);
  const entry = { style, stop: watchMode(target, MODES.includes(mode) ? mode : "system") };
  installed.set(target, entry);
  return {
    scope,
    setMode(next) {
      entry.stop();
      entry.stop = watchMode(target, MODES.includes(next) ? next : "system");
    },
    isDark: () => target.classList.contains("dark"),
    uninstall: () => uninstallTheme(target),
  };
}

/** Remove what installTheme added to `target` and the document (no-op if nothing). */
export function uninstallTheme(target) {
  const entry = installed.get(target);
  if (!entry) return;
  entry.stop();
  entry.style.remove();
  target.classList.remove("dark");
  installed.delete(target);
}

// Custom css= rules get the scope three times: the specificity of Gradio's own prefix
// (".gradio-container.gradio-container-<version> .contain"), so they beat component styles as there.
const PAGE_SELECTOR = /^(:root|html|body|\.gradio-container)$/;

function splitSelectors(list) { // at top-level commas only (not inside :is(a, b))
  const parts = [];
  let depth = 0, start = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === "(") depth++;
    else if (list[i] === ")") depth--;
    else if (list[i] === "," && depth === 0) { parts.push(list.slice(start, i)); start = i + 1; }
  }
  return [...parts, list.slice(start)];
}

function scopeSelector(selector, scope) {
  const strong = scope + scope + scope;
  return splitSelectors(selector).map((part) => {
    let s = part.trim();
    const dark = /\.dark\b/.test(s);
    if (dark) s = s.replace(/\.dark\b/, "").trim();
    const head = dark ? `${scope}.dark${scope}${scope}` : strong;
    if (!s || PAGE_SELECTOR.test(s)) return head;
    return `${head} ${s.replace(/^(:root|html|body)\s+/, "")}`;
  }).join(", ");
}

function scopeRules(rules, scope) {
  let out = "";
  for (const rule of rules) {
    if (rule instanceof CSSStyleRule) {
      out += `${scopeSelector(rule.selectorText, scope)} { ${rule.style.cssText} }\n`;
    } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
      const kind = rule instanceof CSSMediaRule ? "media" : "supports";
      out += `@${kind} ${rule.conditionText} {\n${scopeRules(rule.cssRules, scope)}}\n`;
    } else {
      out += rule.cssText + "\n"; // @font-face, @keyframes, @import...: global by nature
    }
  }
  return out;
}

/** An app's css= text with every rule confined to `scope` (which stands for :root, html, body). */
export function scopeCustomCss(css, scope) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css.replace(/@import[^;]*;/g, "")); // replaceSync ignores @import; keep them
  const imports = (css.match(/@import[^;]*;/g) || []).join("\n");
  return (imports ? imports + "\n" : "") + scopeRules(sheet.cssRules, scope);
}

/** Gradio's head=: the elements go into document.head (scripts re-created so they run); a meta
 * with the same name/property replaces the page's. Returns a function removing what was added. */
export function installHead(head) {
  if (!head) return () => {};
  const template = document.createElement("template");
  template.innerHTML = head;
  const added = [];
  for (const node of [...template.content.children]) {
    let el = node;
    if (node.tagName === "SCRIPT") {
      el = document.createElement("script");
      for (const { name, value } of node.attributes) el.setAttribute(name, value);
      el.textContent = node.textContent;
    } else if (node.tagName === "META") {
      const key = node.getAttribute("name") ? "name" : node.getAttribute("property") ? "property" : null;
      if (key) document.head.querySelector(`meta[${key}="${CSS.escape(node.getAttribute(key))}"]`)?.remove();
    }
    document.head.append(el);
    added.push(el);
  }
  return () => added.forEach((el) => el.remove());
}

/**
 * Everything of an app's look for the app mounted in `target`: the theme (`themeCss`, from
 * runtime.g6_theme_css), the mode (`mode`, else the element's theme= / ?__theme= / system), the
 * app's css= (config.css, scoped to the target) and head= (config.head). Returns installTheme's
 * handle, whose uninstall() also removes the custom css and head elements.
 */
export function installAppearance(target, { themeCss, config = {}, mode } = {}) {
  const handle = installTheme(target, themeCss, MODES.includes(mode) ? mode : resolveThemeMode(null));
  const style = document.createElement("style");
  style.setAttribute("data-lb-css-for", target.getAttribute("data-lb-theme"));
  style.textContent = config.css ? scopeCustomCss(config.css, handle.scope) : "";
  document.head.append(style);
  const removeHead = installHead(config.head);
  const uninstall = handle.uninstall;
  handle.uninstall = () => { uninstall(); style.remove(); removeHead(); };
  return handle;
}
