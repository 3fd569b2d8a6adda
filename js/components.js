/**
 * One factory per component type: builds accessible DOM and knows how to read
 * the user's value and apply props that Python sends.
 *
 * A factory returns {el, get?, set(props)}. `get` reads the current value
 * from the DOM (absent for display-only components); `set` applies a props
 * object such as {value, label, visible, choices}. User edits call
 * ctx.edited(id) and user actions call ctx.fire(id, eventName).
 */
import { markdownToHtml, sanitizeHtml } from "./markdown.js";
import { createChatbot } from "./chat.js";

const DEFAULT_LABELS = {
  textbox: "Textbox", number: "Number", checkbox: "Checkbox", checkboxgroup: "Checkbox Group",
  radio: "Radio", dropdown: "Dropdown", slider: "Slider", json: "JSON", label: "Label",
};

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k === "text") el.textContent = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  el.append(...children);
  return el;
}

/** A labelled block: wrapper, visible label text, optional info line. */
function block(kind, id, props, ctx, labelTag = "label") {
  const domId = `${ctx.prefix}-${id}`;
  const wrapper = h("div", { class: `lb-block lb-${kind}` });
  const label = h(labelTag, { class: "lb-label", for: labelTag === "label" ? domId : null });
  const info = h("div", { class: "lb-info", id: `${domId}-info` });
  wrapper.append(label);
  const setCommon = (p) => {
    if ("label" in p || !label.textContent) label.textContent = p.label ?? DEFAULT_LABELS[kind] ?? kind;
    if ("show_label" in p) label.classList.toggle("lb-visually-hidden", p.show_label === false);
    if ("info" in p) {
      info.textContent = p.info ?? "";
      if (p.info && !info.isConnected) label.after(info);
    }
    if ("visible" in p) wrapper.hidden = p.visible === false;
  };
  setCommon(props);
  return { wrapper, label, domId, setCommon };
}

function choicePairs(choices) {
  return (choices || []).map((c) => (Array.isArray(c) ? c : [String(c), c]));
}

const factories = {
  chatbot: createChatbot,
  textbox(id, props, ctx) {
    const b = block("textbox", id, props, ctx);
    const multiline = (props.lines ?? 1) > 1 || (props.max_lines ?? 1) > 1 && props.lines > 1;
    const input = multiline
      ? h("textarea", { id: b.domId, rows: props.lines })
      : h("input", { id: b.domId, type: props.type || "text" });
    input.addEventListener("input", () => ctx.edited(id));
    input.addEventListener("blur", () => ctx.fire(id, "blur"));
    input.addEventListener("focus", () => ctx.fire(id, "focus"));
    input.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && (!multiline || props.lines <= 1)) {
        e.preventDefault();
        ctx.fire(id, "submit");
      }
    });
    b.wrapper.append(input);
    const set = (p) => {
      b.setCommon(p);
      if ("value" in p) input.value = p.value ?? "";
      if ("placeholder" in p) input.placeholder = p.placeholder ?? "";
      if ("interactive" in p) input.readOnly = p.interactive === false;
      if ("type" in p && !multiline) input.type = p.type || "text";
    };
    set(props);
    return { el: b.wrapper, get: () => input.value, set };
  },

  number(id, props, ctx) {
    const b = block("number", id, props, ctx);
    const input = h("input", { id: b.domId, type: "number", step: "any" });
    input.addEventListener("input", () => ctx.edited(id));
    input.addEventListener("keydown", (e) => { if (e.key === "Enter") ctx.fire(id, "submit"); });
    b.wrapper.append(input);
    const set = (p) => {
      b.setCommon(p);
      if ("value" in p) input.value = p.value === null || p.value === undefined ? "" : String(p.value);
      if ("minimum" in p && p.minimum !== null) input.min = p.minimum;
      if ("maximum" in p && p.maximum !== null) input.max = p.maximum;
      if ("interactive" in p) input.readOnly = p.interactive === false;
    };
    set(props);
    return { el: b.wrapper, get: () => (input.value === "" ? null : Number(input.value)), set };
  },

  slider(id, props, ctx) {
    const b = block("slider", id, props, ctx);
    const input = h("input", { id: b.domId, type: "range" });
    const shown = h("output", { for: b.domId });
    input.addEventListener("input", () => { shown.textContent = input.value; ctx.edited(id); });
    b.wrapper.append(input, shown);
    const set = (p) => {
      b.setCommon(p);
      if ("minimum" in p) input.min = p.minimum ?? 0;
      if ("maximum" in p) input.max = p.maximum ?? 100;
      if ("step" in p) input.step = p.step ?? 1;
      if ("value" in p) { input.value = p.value ?? input.min; shown.textContent = input.value; }
      if ("interactive" in p) input.disabled = p.interactive === false;
    };
    set(props);
    return { el: b.wrapper, get: () => Number(input.value), set };
  },

  checkbox(id, props, ctx) {
    const b = block("checkbox", id, props, ctx);
    const input = h("input", { id: b.domId, type: "checkbox" });
    input.addEventListener("change", () => ctx.edited(id));
    b.wrapper.prepend(input);
    const set = (p) => {
      b.setCommon(p);
      if ("value" in p) input.checked = !!p.value;
      if ("interactive" in p) input.disabled = p.interactive === false;
    };
    set(props);
    return { el: b.wrapper, get: () => input.checked, set };
  },

  checkboxgroup: (id, props, ctx) => choiceGroup("checkboxgroup", "checkbox", id, props, ctx),
  radio: (id, props, ctx) => choiceGroup("radio", "radio", id, props, ctx),

  dropdown(id, props, ctx) {
    const b = block("dropdown", id, props, ctx);
    const select = h("select", { id: b.domId, multiple: !!props.multiselect });
    select.addEventListener("change", () => ctx.edited(id));
    b.wrapper.append(select);
    let pairs = [];
    const set = (p) => {
      b.setCommon(p);
      if ("choices" in p) {
        pairs = choicePairs(p.choices);
        select.replaceChildren(...pairs.map(([label], i) => h("option", { value: i, text: label })));
      }
      if ("value" in p || "choices" in p) {
        const wanted = props.multiselect ? (p.value ?? []) : [p.value];
        const value = "value" in p ? wanted : null;
        if (value) pairs.forEach(([, v], i) => { select.options[i].selected = value.some((w) => w === v); });
      }
      if ("interactive" in p) select.disabled = p.interactive === false;
    };
    set(props);
    const get = () => {
      const chosen = [...select.selectedOptions].map((o) => pairs[Number(o.value)][1]);
      return props.multiselect ? chosen : (chosen[0] ?? null);
    };
    return { el: b.wrapper, get, set };
  },

  button(id, props, ctx) {
    const button = h("button", { type: "button", class: "lb-button", id: `${ctx.prefix}-${id}` });
    button.addEventListener("click", () => ctx.fire(id, "click"));
    const set = (p) => {
      if ("value" in p) button.textContent = p.value ?? "Run";
      if ("variant" in p) button.dataset.variant = p.variant || "secondary";
      if ("visible" in p) button.hidden = p.visible === false;
      if ("interactive" in p) button.disabled = p.interactive === false;
    };
    set(props);
    return { el: button, set };
  },

  markdown: (id, props, ctx) => display(id, props, ctx, "lb-markdown", (el, v) => { el.innerHTML = markdownToHtml(v); }),
  html: (id, props, ctx) => display(id, props, ctx, "lb-html", (el, v) => { el.innerHTML = sanitizeHtml(v); }),

  json(id, props, ctx) {
    const b = block("json", id, props, ctx, "div");
    const pre = h("pre", { class: "lb-json", role: "region", "aria-label": props.label || "JSON" });
    b.wrapper.append(pre);
    const set = (p) => {
      b.setCommon(p);
      if ("value" in p) pre.textContent = JSON.stringify(p.value, null, 2) ?? "";
    };
    set(props);
    return { el: b.wrapper, set };
  },

  label(id, props, ctx) {
    const b = block("label", id, props, ctx, "div");
    const out = h("output", { class: "lb-label-value", "aria-live": "polite" });
    b.wrapper.append(out);
    const set = (p) => {
      b.setCommon(p);
      if ("value" in p) {
        const v = p.value;
        out.textContent = v && typeof v === "object" ? String(v.label ?? JSON.stringify(v)) : String(v ?? "");
      }
    };
    set(props);
    return { el: b.wrapper, set };
  },
};

function choiceGroup(kind, inputType, id, props, ctx) {
  const b = block(kind, id, props, ctx, "legend");
  const fieldset = h("fieldset", { class: `lb-block lb-${kind}` });
  fieldset.append(b.label, ...[...b.wrapper.childNodes].filter((n) => n !== b.label));
  const options = h("div", { class: "lb-options" });
  fieldset.append(options);
  let pairs = [];
  let inputs = [];
  let disabled = false;
  const set = (p) => {
    b.setCommon(p);
    fieldset.hidden = b.wrapper.hidden;
    if ("interactive" in p) disabled = p.interactive === false;
    if ("choices" in p) {
      pairs = choicePairs(p.choices);
      inputs = pairs.map(([label], i) => {
        const input = h("input", { type: inputType, name: `${ctx.prefix}-${id}`, id: `${ctx.prefix}-${id}-${i}` });
        input.addEventListener("change", () => ctx.edited(id));
        return { input, row: h("label", { class: "lb-option" }, input, label) };
      });
      options.replaceChildren(...inputs.map((x) => x.row));
    }
    if ("value" in p) {
      const chosen = inputType === "radio" ? [p.value] : (p.value ?? []);
      pairs.forEach(([, v], i) => { inputs[i].input.checked = chosen.some((c) => c === v); });
    }
    inputs.forEach((x) => { x.input.disabled = disabled; });
  };
  set(props);
  const get = () => {
    const chosen = pairs.filter((_, i) => inputs[i].input.checked).map(([, v]) => v);
    return inputType === "radio" ? (chosen[0] ?? null) : chosen;
  };
  return { el: fieldset, get, set };
}

function display(id, props, ctx, cls, render) {
  const el = h("div", { class: `lb-block ${cls}`, id: `${ctx.prefix}-${id}` });
  const set = (p) => {
    if ("value" in p) render(el, p.value);
    if ("visible" in p) el.hidden = p.visible === false;
  };
  set(props);
  return { el, set };
}

/** Builds the component of `type`, or null for non-visual ones (state). */
export function createComponent(type, id, props, ctx) {
  const factory = factories[type];
  if (factory) return factory(id, props, ctx);
  if (type === "state" || type === "browserstate") return null;
  const el = h("div", { class: "lb-block lb-unsupported", role: "note", text: `Component "${type}" is not supported yet.` });
  return { el, set: (p) => { if ("visible" in p) el.hidden = p.visible === false; } };
}
