// Vite build of Gradio 6's frontend (@gradio/core + one npm package per component) for LiteBlocks.
// Run by tools/site.py (build_frontend); output goes to dist/frontend/.
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { fileURLToPath } from "node:url";
import { COMPONENTS } from "./components.mjs";
const here = (p) => fileURLToPath(new URL(p, import.meta.url));


// Gradio's own build generates `virtual:component-loader`; its build package is not published.
function componentLoader() {
  const id = "virtual:component-loader", rid = "\0" + id;
  return {
    name: "liteblocks-component-loader", enforce: "pre",
    resolveId(s) { if (s === id) return rid; },
    load(s) {
      if (s !== rid) return;
      const rows = Object.entries(COMPONENTS).map(([k, v]) =>
        `  ${JSON.stringify(k)}: () => import(${JSON.stringify(v)})`).join(",\n");
      return `const loaders = {\n${rows}\n};\n` +
        `export function load_component({ name, variant = "component" }) {\n` +
        `  let load = loaders[name];\n` +
        `  if (!load) {\n` +
        `    console.warn("LiteBlocks: no frontend component for " + name + "; drawing its value instead");\n` +
        `    load = loaders.fallback ?? loaders.lb_missing;\n` +
        `  }\n` +
        `  return { name, component: variant === "component" ? load() : Promise.resolve({ default: null }) };\n}\n`;
    },
  };
}

// @gradio/markdown-code's published prism.css (nested under @gradio/dataframe) begins mid-comment
// ("Tables */ table, ..."), which lightningcss rejects: reopen the comment.
function fixPrismCss() {
  return {
    name: "liteblocks-fix-prism-css", enforce: "pre",
    transform(code, id) {
      if (id.includes("markdown-code") && id.endsWith("prism.css") && code.startsWith("Tables */"))
        return { code: "/* " + code, map: null };
    },
  };
}

// Prism's language files (prismjs/components/prism-*.js) are scripts that use a global `Prism`. The
// older @gradio/markdown-code that @gradio/chatbot 0.28 nests imports them statically beside
// `import * as Prism from "prismjs"`, and the bundle may run them first ("Prism is not defined": a
// chatbot with messages failed to draw). Each one now requires prismjs itself.
function prismGlobal() {
  return {
    name: "liteblocks-prism-global", enforce: "pre",
    transform(code, id) {
      if (/[\\/]prismjs[\\/]components[\\/]prism-(?!core)[\w-]+(\.min)?\.js$/.test(id) && !/\brequire\(/.test(code))
        return { code: 'var Prism = require("prismjs");\n' + code, map: null };
    },
  };
}

// @gradio/gallery 0.19 wants @gradio/icons ^0.16 and @gradio/file ^0.16 (npm here has 0.15.1, which core
// pins, and 0.13.1): it gets them through modules that add what those lack (the DownloadAll icon; a
// BaseFileUpload with callback props). Only the gallery 0.19 package itself, not chatbot's nested 0.15.
const GALLERY_SHIMS = { "@gradio/icons": "./stubs/gallery_icons.js", "@gradio/file": "./stubs/gallery_file.js" };
function galleryShims() {
  return {
    name: "liteblocks-gallery-shims", enforce: "pre",
    resolveId(source, importer) {
      if (GALLERY_SHIMS[source] && importer && /[\\/]node_modules[\\/]@gradio[\\/]gallery[\\/]/.test(importer)
          && !/[\\/]chatbot[\\/]/.test(importer))
        return here(GALLERY_SHIMS[source]);
    },
  };
}

// @gradio/dataframe 0.20.1's EditableCell (Svelte 4 syntax) saves its value whenever it is not being
// edited (`$: if (!edit) handle_blur(...)`); under Svelte 5 every save re-runs it, an endless loop
// (effect_update_depth_exceeded) as soon as a table has a value. Save when an edit ends instead.
function dataframeCellSave() {
  const loop = "$: if (!edit) {\n  handle_blur({ target: { value } });\n}";
  return {
    name: "liteblocks-dataframe-cell-save", enforce: "pre",
    transform(code, id) {
      if (!/[\\/]@gradio[\\/]dataframe[\\/]dist[\\/]shared[\\/]EditableCell\.svelte$/.test(id)) return;
      if (!code.includes(loop)) throw new Error("@gradio/dataframe EditableCell changed: review dataframeCellSave");
      return { code: code.replace(loop, "let was_editing = false;\n" +
        "$: { if (!edit && was_editing) handle_blur({ target: { value } }); was_editing = !!edit; }"), map: null };
    },
  };
}

export default defineConfig({
  root: here("."),
  base: "./",
  logLevel: "warn",
  plugins: [componentLoader(), fixPrismCss(), prismGlobal(), galleryShims(), dataframeCellSave(), svelte({ compilerOptions: { experimental: { async: true } } })],
  resolve: {
    conditions: ["svelte", "browser", "import"],
    alias: {
      "@gradio/sanitize": here("./sanitize.js"),
      "@liteblocks/components": here("../components"),
      "@gradio/statustracker": here("./stubs/statustracker.js"),
      "@gradio/vibeeditor": here("./stubs/empty.js"),
      "@ffmpeg/ffmpeg": here("./stubs/ffmpeg.js"),
      "@ffmpeg/util": here("./stubs/ffmpeg.js"),
    },
  },
  build: {
    outDir: here("../../dist/frontend"), emptyOutDir: true, sourcemap: false, manifest: true,
    target: "es2022", lib: false,
    rollupOptions: { input: { main: here("./main.js") }, preserveEntrySignatures: "exports-only", output: { entryFileNames: "[name]-[hash].js" } },
  },
});
