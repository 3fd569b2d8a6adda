// @gradio/file as @gradio/gallery 0.19 imports it (it wants ^0.16; npm here has 0.13.1): the
// pinned package, with a BaseFileUpload on 0.19's callback contract (GalleryFileUpload.svelte).
export * from "@gradio/file";
export { default as BaseFileUpload } from "./GalleryFileUpload.svelte";
