// The client object @gradio/core 1.12 drives (Blocks + DependencyManager), implemented over our
// worker protocol instead of HTTP. Contract (docs/protocol.md, "Gradio frontend messages"):
//   page -> worker  {type:"g6-submit", id, session, fn_index, data, event_data, trigger_id}
//                   {type:"g6-cancel", id, session, fn_index}
//   worker -> page  {type:"g6-status", id, stage:"pending"|"generating"|"complete"|"error", progress_data?, message?}
//                   {type:"g6-data",   id, data}          one per yield of a generator, one for a function
//                   {type:"g6-log",    id, level:"info"|"warning"|"success"|"error", log, title?, duration?, visible?}
//                   {type:"g6-render", id, render_config}
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

export function makeClient(config, transport, session = "g6-" + Math.random().toString(36).slice(2)) {
  const pending = new Map(); // id -> {push, close, fn_index, start}
  const unsubscribe = transport.subscribe((msg) => {
    if (!msg || typeof msg.type !== "string" || !msg.type.startsWith("g6-")) return;
    const job = pending.get(msg.id);
    if (!job) return;
    const base = { fn_index: job.fn_index, time: new Date() };
    const elapsed = (performance.now() - job.start) / 1000;
    if (msg.type === G6.STATUS) {
      const stage = msg.stage;
      job.push({ type: "status", ...base, stage, queue: false, eta: null, progress_data: msg.progress_data,
                 message: msg.message, _title: msg.title, duration: msg.duration, visible: msg.visible,
                 time_limit: null, changed_state_ids: msg.changed_state_ids,
                 ...(stage === "complete" || stage === "error" ? { eta: elapsed } : {}) });
      if (stage === "complete" || stage === "error") { pending.delete(msg.id); job.close(); }
    } else if (msg.type === G6.DATA) {
      job.push({ type: "data", ...base, data: msg.data });
    } else if (msg.type === G6.LOG) {
      job.push({ type: "log", ...base, level: msg.level, log: msg.log, title: msg.title ?? msg.level,
                 duration: msg.duration ?? 10, visible: msg.visible ?? true });
    } else if (msg.type === G6.RENDER) {
      job.push({ type: "render", ...base, data: msg.render_config });
    }
  });

  return {
    config,
    session_hash: session,
    close() { unsubscribe?.(); for (const job of pending.values()) job.close(); pending.clear(); },
    async reconnect() { return "connected"; },
    async component_server() { return null; },
    async upload(files) { return files; }, // issue 16 point 3: files into the worker FS (not yet)
    submit(fn_index, data, event_data, trigger_id) {
      const id = nextId++;
      const q = queueIterator();
      pending.set(id, { push: q.push, close: q.close, fn_index, start: performance.now() });
      q.push({ type: "status", fn_index, stage: "pending", queue: false, time: new Date() });
      transport.send({ type: G6.SUBMIT, id, session, fn_index, data, event_data: event_data ?? null,
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
