// The client object @gradio/core 1.12 drives (Blocks + DependencyManager), implemented over our
// worker protocol instead of HTTP. Contract (docs/protocol.md, "Gradio frontend messages"):
//   page -> worker  {type:"g6-submit", id, session, fn_index, data, event_data, trigger_id}
//                   {type:"g6-cancel", id, session, fn_index}
//   worker -> page  {type:"g6-status", id, stage:"pending"|"generating"|"complete"|"error", progress_data?, message?}
//                   {type:"g6-data",   id, data}          one per yield of a generator
//                   {type:"g6-log",    id, level:"info"|"warning"|"success"|"error", log, title?, duration?, visible?}
//   A function's outputs ride on its "complete" status (data?, render_config? for gr.render).
//   page -> worker  {type:"g6-upload", id, upload_id, files:[{name, bytes}]}  -> {type:"g6-uploaded", id, paths | error}
// FileData values from the worker may carry `_bytes` (the file, read from the worker's file
// system): they become object URLs here, as a Gradio server would serve the file.
// A transport is {send(msg), subscribe(fn) -> unsubscribe}: a Worker, a MessagePort or a test double.
import { G6 } from "../protocol.js";

let nextId = 1;

function queueIterator() {
  const items = []; let wake = null; let closed = false;
  return {
    push(m) { if (!closed) { items.push(m); wake && wake(); } },
    close() { closed = true; wake && wake(); },
    async *[Symbol.asyncIterator]() {
      for (;;) {
        while (!items.length && !closed) await new Promise((r) => (wake = r));
        wake = null;
        if (!items.length) return;
        yield items.shift();
      }
    },
  };
}

const FILE_URLS = new Map(); // bytes seen -> object URL (one per file per page)

const json = (value) => (value === undefined || value === null ? null : JSON.parse(JSON.stringify(value)));

/** Turns the `_bytes` of FileData values (in place) into `url`s the components can load. */
export function hydrateFiles(value) {
  if (Array.isArray(value)) value.forEach(hydrateFiles);
  else if (value && typeof value === "object") {
    if (value._bytes && value.meta?._type === "gradio.FileData") {
      const blob = new Blob([value._bytes], { type: value.mime_type || "" });
      value.url = URL.createObjectURL(blob);
      FILE_URLS.set(value.url, blob);
      delete value._bytes;
    } else for (const key of Object.keys(value)) hydrateFiles(value[key]);
  }
  return value;
}

export function makeClient(config, transport, session = "g6-" + Math.random().toString(36).slice(2)) {
  const pending = new Map(); // id -> {push, close, fn_index, start}
  const uploads = new Map(); // id -> {resolve, reject}
  const progress = new Map(); // upload_id -> {done, sources: fake EventSources of Upload's progress bar}
  const uploadDone = (uploadId) => {
    const entry = progress.get(uploadId) ?? { sources: [] };
    entry.done = true;
    progress.set(uploadId, entry);
    for (const source of entry.sources) setTimeout(() => source.onmessage?.({ data: JSON.stringify({ msg: "done" }) }));
  };
  const unsubscribe = transport.subscribe((msg) => {
    if (!msg || typeof msg.type !== "string" || !msg.type.startsWith("g6-")) return;
    if (msg.type === G6.UPLOADED) {
      const waiter = uploads.get(msg.id);
      uploads.delete(msg.id);
      if (msg.error) waiter?.reject(new Error(msg.error));
      else waiter?.resolve(msg.paths);
      return;
    }
    const job = pending.get(msg.id);
    if (!job) return;
    const base = { fn_index: job.fn_index, time: new Date() };
    const elapsed = (performance.now() - job.start) / 1000;
    if (msg.type === G6.STATUS) {
      const stage = msg.stage;
      if (stage === "complete" && msg.data) job.push({ type: "data", ...base, data: hydrateFiles(msg.data) });
      if (stage === "complete" && msg.render_config) job.push({ type: "render", ...base, data: msg.render_config });
      job.push({ type: "status", ...base, stage, queue: false, eta: null, progress_data: msg.progress_data,
                 message: msg.message, _title: msg.title, duration: msg.duration, visible: msg.visible,
                 time_limit: null, changed_state_ids: msg.changed_state_ids,
                 ...(stage === "complete" || stage === "error" ? { eta: elapsed } : {}) });
      if (stage === "complete" || stage === "error") { pending.delete(msg.id); job.close(); }
    } else if (msg.type === G6.DATA) {
      job.push({ type: "data", ...base, data: hydrateFiles(msg.data) });
    } else if (msg.type === G6.LOG) {
      job.push({ type: "log", ...base, level: msg.level, log: msg.log, title: msg.title ?? msg.level,
                 duration: msg.duration ?? 10, visible: msg.visible ?? true });
    }
  });

  return {
    config,
    session_hash: session,
    close() { unsubscribe?.(); for (const job of pending.values()) job.close(); pending.clear(); },
    async reconnect() { return "connected"; },
    async component_server() { return null; },
    /** Gradio's Client.stream, used by Upload's progress bar (an EventSource on a server): here the
     * upload is one message to the worker, so the bar just hears "done" when it is in. */
    stream(url) {
      const uploadId = new URL(url).searchParams.get("upload_id");
      const entry = progress.get(uploadId) ?? { done: false, sources: [] };
      progress.set(uploadId, entry);
      const source = { onmessage: null, close() { entry.sources = entry.sources.filter((s) => s !== source); } };
      entry.sources.push(source);
      if (entry.done) uploadDone(uploadId);
      return source;
    },
    /** Gradio's Client.fetch (Gallery's downloads): the files are object URLs, any fetch reads them. */
    fetch(input, init) { return fetch(input, init); },
    /** Gradio's Client.upload: the files go into the worker's file system; FileData comes back. */
    async upload(file_data, _root, upload_id, max_file_size = Infinity) {
      for (const f of file_data) {
        if ((f.size ?? f.blob?.size ?? 0) > max_file_size) throw new Error(`${f.orig_name} is larger than the app allows.`);
      }
      const files = await Promise.all(file_data.map(async (f) => ({
        name: f.orig_name || f.blob?.name || "file", bytes: new Uint8Array(await f.blob.arrayBuffer()) })));
      const id = nextId++;
      const paths = await new Promise((resolve, reject) => {
        uploads.set(id, { resolve, reject });
        transport.send({ type: G6.UPLOAD, id, upload_id, files }, files.map((f) => f.bytes.buffer));
      });
      uploadDone(upload_id);
      return file_data.map((f, i) => ({
        path: paths[i], url: f.blob ? URL.createObjectURL(f.blob) : null, orig_name: files[i].name,
        size: f.size ?? f.blob?.size ?? null, mime_type: f.mime_type ?? f.blob?.type ?? null,
        is_stream: false, meta: { _type: "gradio.FileData" },
      }));
    },
    submit(fn_index, data, event_data, trigger_id) {
      const id = nextId++;
      const q = queueIterator();
      pending.set(id, { push: q.push, close: q.close, fn_index, start: performance.now() });
      q.push({ type: "status", fn_index, stage: "pending", queue: false, time: new Date() });
      // As JSON, which is how Gradio's client sends them (and the worker reads them): a component's
      // event data may hold Svelte state proxies, which postMessage cannot clone (Gallery's select).
      transport.send({ type: G6.SUBMIT, id, session, fn_index, data: json(data ?? []), event_data: json(event_data),
                       trigger_id: trigger_id ?? null });
      return {
        [Symbol.asyncIterator]: () => q[Symbol.asyncIterator](),
        async cancel() {
          transport.send({ type: G6.CANCEL, id, session, fn_index });
          q.push({ type: "status", fn_index, stage: "complete", queue: false, time: new Date() });
          pending.delete(id); q.close();
        },
        send_chunk() {}, close() { pending.delete(id); q.close(); },
      };
    },
  };
}
