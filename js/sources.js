/**
 * Reads an app's code from a <gradio-lite> element, with Gradio-Lite's HTML API:
 * inline text (or a <gradio-code> child), or <gradio-file name=… [entrypoint]
 * [url=…]> children whose other files the entrypoint can import, plus
 * <gradio-requirements> (one package per line).
 */

/** Removes the common leading indentation (code is often indented in HTML). */
export function dedent(text) {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  while (lines.length && !lines[0].trim()) lines.shift();
  while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
  const indents = lines.filter((l) => l.trim()).map((l) => l.match(/^[ \t]*/)[0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(cut)).join("\n") + "\n";
}

/** Parses requirement text: one per line, '#' comments and blank lines ignored. */
export function parseRequirements(text) {
  return text.split("\n").map((l) => l.replace(/#.*/, "").trim()).filter(Boolean);
}

/** Inline code: a <gradio-code> child, else the element's own text. */
function inlineCode(element) {
  const codeEl = element.querySelector(":scope > gradio-code");
  if (codeEl) return codeEl.textContent;
  return [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join("");
}

/** The text of one <gradio-file>: fetched from its url=, else its own text (.py files dedented). */
async function readFile(fileEl, name) {
  const url = fileEl.getAttribute("url");
  if (!url) return name.endsWith(".py") ? dedent(fileEl.textContent) : fileEl.textContent;
  let response;
  try {
    response = await fetch(new URL(url, document.baseURI));
  } catch (err) {
    throw new Error(`Could not fetch ${name} from ${url}: ${err.message}`);
  }
  if (!response.ok) throw new Error(`Could not fetch ${name} from ${url}: HTTP ${response.status}`);
  return response.text();
}

/**
 * @returns {Promise<{files: Object<string,string>, entrypoint: string, requirements: string[]}>}
 * Throws an Error with a readable message when a file cannot be fetched or the entrypoint is unclear.
 */
export async function readSources(element) {
  const fileEls = [...element.querySelectorAll(":scope > gradio-file")];
  const requirements = [...element.querySelectorAll(":scope > gradio-requirements")]
    .flatMap((el) => parseRequirements(el.textContent));
  const code = inlineCode(element);
  if (!fileEls.length) return { files: { "app.py": dedent(code) }, entrypoint: "app.py", requirements };
  const files = {};
  let entrypoint = null;
  for (const el of fileEls) {
    const name = el.getAttribute("name");
    if (!name) throw new Error("A <gradio-file> has no name attribute.");
    if (name in files) throw new Error(`Two <gradio-file> elements are named ${name}.`);
    if (el.hasAttribute("entrypoint")) {
      if (entrypoint) throw new Error(`Two entrypoints: ${entrypoint} and ${name}. Mark only one <gradio-file> with entrypoint.`);
      entrypoint = name;
    }
    files[name] = await readFile(el, name);
  }
  if (!entrypoint && code.trim()) {
    if ("app.py" in files) throw new Error("No entrypoint: mark one <gradio-file> with the entrypoint attribute.");
    files["app.py"] = dedent(code);
    entrypoint = "app.py";
  }
  if (!entrypoint) {
    const scripts = Object.keys(files).filter((n) => n.endsWith(".py"));
    if (scripts.length !== 1) throw new Error("No entrypoint: mark one <gradio-file> with the entrypoint attribute.");
    entrypoint = scripts[0];
  }
  if (!entrypoint.endsWith(".py")) throw new Error(`The entrypoint ${entrypoint} is not a Python file (.py).`);
  return { files, entrypoint, requirements };
}

/**
 * A stable id for an app: the same files give the same id in every tab, so it
 * names the app's shared variables and its BrowserState defaults. SHA-256
 * where WebCrypto is available (secure contexts), else a 64-bit FNV-1a.
 */
export async function appIdentity(sources) {
  const text = JSON.stringify([sources.entrypoint, Object.entries(sources.files).sort()]);
  const bytes = new TextEncoder().encode(text);
  if (globalThis.crypto?.subtle) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
    return Array.from(digest.subarray(0, 16), (b) => b.toString(16).padStart(2, "0")).join("");
  }
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h.toString(16).padStart(16, "0");
}
