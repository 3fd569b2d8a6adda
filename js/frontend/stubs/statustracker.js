// @gradio/core 1.12 wants @gradio/statustracker 0.15, which the registry lacks; 0.14.1 plus the two
// names it is missing. Drop this when 0.15 is installable.
export * from "../../../node_modules/@gradio/statustracker/dist/index.js";
export { default } from "../../../node_modules/@gradio/statustracker/dist/index.js";
import { LoadingStatus } from "../../../node_modules/@gradio/statustracker/dist/index.js";
export class LoadingStatusState extends LoadingStatus {
  remap_ids(id, _old_out, new_out, _old_in, new_in) { this.register(id, new_out, new_in, this.show_progress[id]); }
}
export { default as LiveStatus } from "./LiveStatus.svelte";
