// @ffmpeg/ffmpeg and @ffmpeg/util as @gradio/video uses them, without ffmpeg.wasm. Gradio's video
// editor loads ffmpeg's core from unpkg.com when an interactive video is shown (for Trim); LiteBlocks
// fetches nothing from outside its site, so that load does nothing here and Trim keeps the whole
// video (@gradio/video's trimVideo returns the original when ffmpeg fails).
const MISSING = "Trimming a video needs ffmpeg.wasm, which this site does not include.";

export class FFmpeg {
  loaded = false;
  async load() { return false; }
  async writeFile() { throw new Error(MISSING); }
  async exec() { throw new Error(MISSING); }
  async readFile() { throw new Error(MISSING); }
  on() {}
  off() {}
  terminate() {}
}

// trimVideo fetches the shown video (a blob: URL here) through it: the URL itself does.
export async function toBlobURL(url) { return url; }

export async function fetchFile(file) {
  const blob = file instanceof Blob ? file : await (await fetch(file)).blob();
  return new Uint8Array(await blob.arrayBuffer());
}
