// Entry of the Gradio 6 frontend build (opt-in renderer, issue 16): mounts @gradio/core's Blocks
// for a Gradio 6.31 config, fed by client.js over a worker transport.
import "@gradio/theme/reset.css";
import "@gradio/theme/global.css";
import "@gradio/theme/pollen.css";
import "@gradio/theme/typography.css";
import { mount, unmount } from "svelte";
import Blocks from "@gradio/core/blocks";
import { setupi18n } from "@gradio/core";
import { makeClient } from "./client.js";

let i18nReady = null;

export async function mountGradio(target, config, transport, { session } = {}) {
  i18nReady ??= setupi18n(undefined, "en");
  await i18nReady;
  const app = makeClient(config, transport, session);
  const component = mount(Blocks, { target, props: {
    ...config, app, target, root: "", api_prefix: "", theme_mode: "light", autoscroll: false,
    footer_links: [], control_page_title: false, app_mode: true, space_id: null, version: "liteblocks",
    js: null, fill_height: false, username: null, max_file_size: undefined, initial_layout: undefined,
    css: null, vibe_mode: false, search_params: new URLSearchParams(),
  } });
  return { app, unmount: () => { app.close(); unmount(component); } };
}

globalThis.LiteBlocksFrontend = { mountGradio };
