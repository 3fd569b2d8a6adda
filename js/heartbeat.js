/**
 * Page side of the health check (issue 12.4): a worker that is idle but stops
 * answering is dead.
 *
 * Why only when idle: a handler in a tight loop also answers nothing, and that
 * is "busy" (the Stop button after LONG_RUN_MS), not death. So pings are judged
 * only while the page waits for nothing from the worker, and only after the
 * worker answered a request once: its boot may hold the event loop for a while
 * (restoring the snapshot, importing our runtime on a plain boot), and a
 * prewarmed worker no app has claimed yet boots with nothing pending. A miss is
 * counted per tick, so a frozen tab that wakes up (page and worker together)
 * is not taken for a dead worker; any message from the worker counts as an answer.
 * `globalThis.LITEBLOCKS_HEARTBEAT_MS` (set before the first app starts) shortens
 * the tick for tests.
 */
export const HEARTBEAT_MS = 2000;
export const MISSES_FOR_DEATH = 4;

export class Heartbeat {
  /**
   * @param {Worker} worker
   * @param {() => boolean} idle  true while no call or submission is pending
   * @param {() => void} onDeath  called once, when MISSES_FOR_DEATH ticks in a row got no answer
   */
  constructor(worker, idle, onDeath) {
    this.worker = worker;
    this.idle = idle;
    this.onDeath = onDeath;
    this.heard = false; // the worker answered a request: it has booted
    this.waiting = false; // a ping went out and nothing came back since
    this.misses = 0;
    this.seq = 0;
    this.timer = setInterval(() => this.tick(), globalThis.LITEBLOCKS_HEARTBEAT_MS || HEARTBEAT_MS);
  }

  /** Any message from the worker: it is alive. `reply`: it answered a request. */
  heardFrom(reply) {
    if (reply) this.heard = true;
    this.waiting = false;
    this.misses = 0;
  }

  tick() {
    if (!this.heard || !this.idle()) {
      this.waiting = false;
      this.misses = 0;
      return;
    }
    if (this.waiting && ++this.misses >= MISSES_FOR_DEATH) {
      this.stop();
      this.onDeath();
      return;
    }
    this.waiting = true;
    this.worker.postMessage({ type: "ping", seq: ++this.seq });
  }

  stop() {
    clearInterval(this.timer);
  }
}
