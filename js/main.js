/**
 * Entry point loaded by lite.js. Python starts booting in a first worker
 * right away, while the rest of the page's modules load; then <gradio-lite> is defined.
 */
import { WorkerClient } from "./worker_client.js";

WorkerClient.prewarm();
await import("./element.js");
