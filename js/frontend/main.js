// Entry of the Gradio 6 frontend build (issue 16): mounts @gradio/core's Blocks
// for a Gradio 6.31 config, fed by client.js over a worker transport.
import "@gradio/theme/reset.css";
import "@gradio/theme/global.css";
import "@gradio/theme/pollen.css";
import "@gradio/theme/typography.css";
import { mount, unmount } from "svelte";
import App from "./App.svelte";
import { setupi18n } from "@gradio/core";
import { makeClient, hydrateFiles } from "./client.js";
import { installAppearance } from "./theme.js";

let i18nReady = null;

/**
 * Draws `config` (Gradio 6.31's config, from runtime.g6_config) into `target`, running its events
 * through `transport` (docs/protocol.md, "Gradio frontend messages").
 * Options: session (hash), version (one per app on a page), themeCss (runtime.g6_theme_css),
 * themeMode ("light" | "dark" | "system"; else ?__theme=, else the system's), ownsPage (the app
 * sets the document title). The theme and css= are scoped to `target` (theme.js).
 */
export async function mountGradio(target, config, transport, options = {}) {
  i18nReady ??= setupi18n(undefined, "en");
  await i18nReady;
  config = hydrateFiles(config);
  const app = makeClient(config, transport, options.session);
  const look = installAppearance(target, { themeCss: options.themeCss, config, mode: options.themeMode });
  const component = mount(App, { target, props: {
    config: { ...config, css: null }, app, target, version: options.version ?? "liteblocks",
    theme_mode: look.isDark() ? "dark" : "light", control_page_title: !!options.ownsPage, footer_links: ["gradio"],
  } });
  return { app, unmount: () => { app.close(); unmount(component); look.uninstall(); } };
}

globalThis.LiteBlocksFrontend = { mountGradio };
