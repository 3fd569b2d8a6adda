/**
 * Files between the page and the worker's file system, for Gradio's frontend (no server here):
 * uploads are written under /tmp/gradio/<upload id>/ (the paths handlers receive, as on a Gradio
 * server), and FileData values a handler returns get the file's bytes attached (`_bytes`) so the
 * page can show or download them through an object URL (js/frontend/client.js).
 */
const UPLOAD_ROOT = "/tmp/gradio";
const MAX_ATTACH = 200 * 1024 * 1024; // a file bigger than this is not sent to the page

function safeName(name) {
  const base = String(name || "file").split(/[\\/]/).pop().replace(/[\u0000-\u001f]/g, "");
  return base && base !== "." && base !== ".." ? base : "file";
}

/** Writes uploaded files; returns their paths in the worker's file system. */
export function writeUploads(pyodide, files, uploadId) {
  const FS = pyodide.FS;
  const dir = `${UPLOAD_ROOT}/${String(uploadId || Math.random().toString(36).slice(2)).replace(/[^\w-]/g, "")}`;
  FS.mkdirTree(dir);
  const used = new Set();
  return files.map((f, i) => {
    let path = `${dir}/${safeName(f.name)}`;
    if (used.has(path)) { // two files of one upload with the same name (a folder's subfolders): keep both
      FS.mkdirTree(`${dir}/${i}`);
      path = `${dir}/${i}/${safeName(f.name)}`;
    }
    used.add(path);
    FS.writeFile(path, f.bytes);
    return path;
  });
}

const isFileData = (v) => v && typeof v === "object" && v.meta?._type === "gradio.FileData" && typeof v.path === "string";

/**
 * Walks `value` (outputs, config props) and gives each FileData without a url the bytes of its
 * file; returns the ArrayBuffers to transfer. Paths that are URLs already are left alone.
 */
export function attachFileBytes(pyodide, value, transfer = [], seen = new Map()) {
  if (Array.isArray(value)) {
    for (const item of value) attachFileBytes(pyodide, item, transfer, seen);
  } else if (isFileData(value)) {
    if (!value.url && !/^(https?|data|blob):/.test(value.path)) {
      try {
        const stat = pyodide.FS.stat(value.path);
        if (stat.size <= MAX_ATTACH) {
          if (!seen.has(value.path)) {
            const bytes = pyodide.FS.readFile(value.path);
            seen.set(value.path, bytes);
            transfer.push(bytes.buffer);
          }
          value._bytes = seen.get(value.path);
        }
      } catch {
        // not in the file system (yet): the frontend shows the component without it
      }
    }
  } else if (value && typeof value === "object") {
    for (const key of Object.keys(value)) attachFileBytes(pyodide, value[key], transfer, seen);
  }
  return transfer;
}
