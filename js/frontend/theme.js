// An app's theme on the page: the theme.css text our Python generates (runtime.g6_theme_css, the
// same variables gradio 6.31 serves as /theme.css) scoped to the app's mount target, and its
// light/dark mode. Why scoped: Gradio's sheet sets `:root`, so two apps with different themes on
// one page would overwrite each other; here each target gets `data-lb-theme="<id>"` and its own
// <style>. Dark mode is Gradio's `.dark` class, put on the target (not <body>) so each app follows
// its own mode; "system" follows prefers-color-scheme live.

const MODES = ["light", "dark", "system"];
const installed = new WeakMap(); // target -> { style, stop }
let counter = 0;

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
 * { scope, setMode(mode), uninstall() }.
 */
export function installTheme(target, css, mode = "system") {
  uninstallTheme(target);
  const id = target.getAttribute("data-lb-theme") || `t${++counter}`;
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
