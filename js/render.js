/**
 * Turns an app CONFIG (docs/protocol.md) into DOM and applies RESULT updates.
 * Layouts become nested containers; components come from components.js.
 */
import { createComponent } from "./components.js";

const LAYOUTS = new Set(["row", "column", "group", "tabs", "tab", "accordion", "form", "blocks"]);

function layoutElement(type, props) {
  if (type === "accordion") {
    const details = document.createElement("details");
    details.className = "lb-accordion";
    details.open = props.open !== false;
    const summary = document.createElement("summary");
    summary.textContent = props.label ?? "Accordion";
    details.append(summary);
    return details;
  }
  const el = document.createElement(type === "tab" ? "section" : "div");
  el.className = `lb-layout lb-${type}`;
  if (type === "tab") {
    el.setAttribute("aria-label", props.label ?? "Tab");
    const heading = document.createElement("h3");
    heading.className = "lb-tab-label";
    heading.textContent = props.label ?? "Tab";
    el.append(heading);
  }
  return el;
}

/**
 * Renders `config` into `root`. Returns {components, values, apply}:
 * components maps id -> {el, get?, set}; apply(updates) sets props.
 */
export function renderApp(root, config, ctx) {
  const components = new Map();
  const build = (node, parent) => {
    const spec = config.components[node.id] || { type: "column", props: {} };
    const props = spec.props || {};
    let el;
    if (spec.type === "timer") { // invisible: the session keeps its interval
      components.set(String(node.id), ctx.timer(node.id, props));
      return;
    }
    if (LAYOUTS.has(spec.type)) {
      el = layoutElement(spec.type, props);
      if (props.visible === false) el.hidden = true;
      for (const child of node.children || []) build(child, el);
      components.set(String(node.id), { el, set: (p) => { if ("visible" in p) el.hidden = p.visible === false; } });
    } else {
      const made = createComponent(spec.type, node.id, props, ctx);
      if (!made) return;
      el = made.el;
      if (props.elem_id) el.id = props.elem_id;
      for (const cls of [].concat(props.elem_classes || [])) el.classList.add(cls);
      components.set(String(node.id), made);
    }
    parent.append(el);
  };
  const top = document.createElement("div");
  top.className = "lb-app";
  for (const child of config.root.children || []) build(child, top);
  root.replaceChildren(top);
  return {
    components,
    apply(updates) {
      for (const [id, props] of Object.entries(updates || {})) components.get(id)?.set(props);
    },
  };
}
