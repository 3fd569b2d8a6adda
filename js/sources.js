/**
 * Reads an app's code from a <gradio-lite> element, with Gradio-Lite's HTML API:
 * inline text, or <gradio-file name=… [entrypoint] [url=…]> children, plus
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

/**
 * @returns {Promise<{files: Object<string,string>, entrypoint: string, requirements: string[]}>}
 * Throws an Error with a readable message when a file cannot be fetched or no entrypoint is given.
 */
export async function readSources(element) {
  const fileEls = [...element.querySelectorAll(":scope > gradio-file")];
  const reqEls = [...element.querySelectorAll(":scope > gradio-requirements")];
  const requirements = reqEls.flatMap((el) => parseRequirements(el.textContent));
  if (!fileEls.length) {
    const code = [...element.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE || (n.nodeType === Node.ELEMENT_NODE && !["GRADIO-REQUIREMENTS"].includes(n.tagName)))
      .map((n) => n.textContent).join("");
    return { files: { "app.py": dedent(code) }, entrypoint: "app.py", requirements };
  }
  const files = {};
  let entrypoint = null;
  for (const el of fileEls) {
    const name = el.getAttribute("name");
    if (!name) throw new Error("A <gradio-file> has no name attribute.");
    const url = el.getAttribute("url");
    if (url) {
      let response;
      try {
        response = await fetch(new URL(url, document.baseURI));
      } catch (err) {
        throw new Error(`Could not fetch ${name} from ${url}: ${err.message}`);
      }
      if (!response.ok) throw new Error(`Could not fetch ${name} from ${url}: HTTP ${response.status}`);
      files[name] = await response.text();
    } else {
      files[name] = dedent(el.textContent);
    }
    if (el.hasAttribute("entrypoint")) entrypoint = name;
  }
  if (!entrypoint) {
    if (fileEls.length === 1) entrypoint = fileEls[0].getAttribute("name");
    else throw new Error("No entrypoint: mark one <gradio-file> with the entrypoint attribute.");
  }
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
