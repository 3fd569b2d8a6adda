// @gradio/icons as @gradio/gallery 0.19 imports it: the pinned icons (0.15.1) plus the one it adds.
export * from "@gradio/icons";
export { default as DownloadAll } from "./DownloadAll.svelte";
