/**
 * Stop without losing the worker (issue 12.2), where the page is cross-origin isolated.
 *
 * Why: terminating the worker is the only Stop that works on every static host, but it
 * throws away the interpreter: module globals start again from the other tabs or the store
 * and the app reloads (~1 s). Where `crossOriginIsolated` is true (netlify.toml sends
 * COOP/COEP; `python build.py serve --isolated`), the page and the worker share a
 * SharedArrayBuffer that Pyodide polls while Python runs (pyodide.setInterruptBuffer):
 * slot 0 = 2 (SIGINT) raises KeyboardInterrupt in the running handler, even in a tight
 * loop, and the same worker goes on with its globals and State. Slot 1 = 1 says the page's
 * Stop asked for it, so py/liteblocks/execution.py tells it apart from a KeyboardInterrupt
 * the app raised itself. A run that has not ended within STOP_WAIT_MS (suspended in a JSPI
 * `time.sleep`, busy in C code, or an app that catches the interrupt) is left to the caller's
 * fallback: terminate and restart. The worker clears both slots after every task, so a
 * Stop that came too late never hits the next event.
 *
 * Page -> worker `{"type": "interrupt-buffer", "buffer": SharedArrayBuffer}` (docs/protocol.md),
 * taken by the worker's own listener before js/worker.js sees messages.
 */
import { INTERRUPT_BUFFER } from "./protocol.js";

export const STOP_WAIT_MS = 1000;
const SIGINT = 2;
const SIGNAL = 0; // Pyodide's slot: it resets it to 0 when it raises
const BY_STOP = 1; // ours: the page's Stop set the signal

/** Page side: one per app's WorkerClient; reused by the workers that replace each other. */
export class RunInterrupt {
  /** An interrupter, or null where the page is not cross-origin isolated (then Stop restarts). */
  static create() {
    if (!globalThis.crossOriginIsolated || typeof SharedArrayBuffer !== "function") return null;
    return new RunInterrupt(new Int8Array(new SharedArrayBuffer(2)));
  }

  constructor(view) {
    this.view = view;
    this.waiter = null;
  }

  /** Gives a (new) worker the buffer, cleared. */
  attach(worker) {
    this.clear();
    worker.postMessage({ type: INTERRUPT_BUFFER, buffer: this.view.buffer });
  }

  clear() {
    Atomics.store(this.view, SIGNAL, 0);
    Atomics.store(this.view, BY_STOP, 0);
  }

  /** Interrupts the running Python; resolves true if a run in flight ended within STOP_WAIT_MS. */
  stop() {
    this.waiter?.(false);
    Atomics.store(this.view, BY_STOP, 1);
    Atomics.store(this.view, SIGNAL, SIGINT);
    return new Promise((resolve) => {
      const timer = setTimeout(() => this.waiter?.(false), STOP_WAIT_MS);
      this.waiter = (ended) => {
        clearTimeout(timer);
        this.waiter = null;
        if (!ended) this.clear();
        resolve(ended);
      };
    });
  }

  /** The page heard a run end (a reply, or a submission's last status). */
  ended() {
    this.waiter?.(true);
  }
}

/**
 * Worker side: installs the page's buffer in Pyodide once it has booted. Returns `clear()`,
 * which js/worker.js calls after every task. Must be called before js/worker.js sets
 * `onmessage`, so this listener keeps interrupt-buffer messages from it.
 */
export function acceptInterrupts(booted) {
  let view = null;
  self.addEventListener("message", (e) => {
    if (e.data?.type !== INTERRUPT_BUFFER) return;
    e.stopImmediatePropagation();
    const incoming = new Int8Array(e.data.buffer);
    booted.then((py) => {
      py.pyodide.setInterruptBuffer(incoming);
      // True once, when the page's Stop caused the KeyboardInterrupt being handled.
      py.pyodide.pyimport("liteblocks.execution").use_stop_flag(() => Atomics.exchange(incoming, BY_STOP, 0) === 1);
      view = incoming;
    }).catch(() => {}); // no Python: nothing to interrupt
  });
  return () => {
    if (!view) return;
    Atomics.store(view, SIGNAL, 0);
    Atomics.store(view, BY_STOP, 0);
  };
}
