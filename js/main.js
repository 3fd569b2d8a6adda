/**
 * Entry point loaded by lite.js. Python starts booting right away, in one worker
 * per <gradio-lite> already in the document (at least one), while the rest of
 * the page's modules load; then <gradio-lite> is defined.
 */
import { WorkerClient } from "./worker_client.js";

WorkerClient.prewarm(Math.max(1, document.querySelectorAll("gradio-lite").length));
await import("./element.js");
