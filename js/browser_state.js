/**
 * gr.BrowserState's bridge: workers cannot reach localStorage, so the page
 * reads, decrypts and hands values to Python before load events run, and
 * encrypts and writes the values that events change.
 *
 * Storage format: "lb1." + base64(iv ‖ AES-GCM ciphertext of the JSON value),
 * the key derived with PBKDF2-SHA-256 from the secret, salted with the
 * storage key. "lb1" is the format tag: other tags are read as unreadable.
 */
import { showMessages } from "./messages.js";

const FORMAT = "lb1";
const PBKDF2_ITERATIONS = 100_000;
const keyCache = new Map();
const encoder = new TextEncoder();

function toBase64(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text) {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

async function sha256Hex(text) {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The AES-GCM key for (secret, storageKey), derived once per page. */
function deriveKey(secret, storageKey) {
  const id = `${storageKey}\u0000${secret}`;
  if (!keyCache.has(id)) {
    keyCache.set(id, (async () => {
      const material = await crypto.subtle.importKey("raw", encoder.encode(secret), "PBKDF2", false, ["deriveKey"]);
      return crypto.subtle.deriveKey(
        { name: "PBKDF2", hash: "SHA-256", salt: encoder.encode(`liteblocks:${storageKey}`), iterations: PBKDF2_ITERATIONS },
        material, { name: "AES-GCM", length: 256 }, false, ["encrypt", "decrypt"]);
    })());
  }
  return keyCache.get(id);
}

export async function encrypt(value, secret, storageKey) {
  const key = await deriveKey(secret, storageKey);
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, encoder.encode(JSON.stringify(value))));
  const out = new Uint8Array(iv.length + data.length);
  out.set(iv);
  out.set(data, iv.length);
  return `${FORMAT}.${toBase64(out)}`;
}

/** Decrypts a stored value; throws with a reason when it cannot be read. */
export async function decrypt(stored, secret, storageKey) {
  const dot = stored.indexOf(".");
  const tag = dot < 0 ? "" : stored.slice(0, dot);
  if (tag !== FORMAT) throw new Error(`unknown format "${tag.slice(0, 16)}"`);
  const bytes = fromBase64(stored.slice(dot + 1));
  if (bytes.length < 13) throw new Error("too short");
  const key = await deriveKey(secret, storageKey);
  const plain = await crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes.subarray(0, 12) }, key, bytes.subarray(12));
  return JSON.parse(new TextDecoder().decode(plain));
}

/**
 * Fills in storage_key and secret that the app left out, from the app's
 * identity (its source) and the component's position, so data survives a
 * reload but two different apps never share it.
 */
export async function resolveKeys(appIdentity, componentId, props) {
  const base = await sha256Hex(`${appIdentity}\u0000${componentId}`);
  return {
    storageKey: props.storage_key || `liteblocks-${base.slice(0, 24)}`,
    secret: props.secret || `liteblocks-secret-${base}`,
  };
}

export class BrowserStateBridge {
  /**
   * @param {string} appIdentity  stable text identifying the app (hash of its files)
   * @param {Array<[string, object]>} ids  each BrowserState's component id and props
   * @param {HTMLElement} messages  where a page that cannot encrypt is told so
   */
  constructor(appIdentity, ids, messages) {
    this.appIdentity = appIdentity;
    this.messages = messages;
    this.ids = ids;
    this.keys = new Map();
    this.writing = Promise.resolve();
    this.available = !!(globalThis.crypto && crypto.subtle);
    if (this.ids.length && !this.available) {
      showMessages(this.messages, [{ kind: "warning", title: "Warning", duration: null,
        message: "This page is not a secure context (https or localhost), so BrowserState cannot be "
          + "encrypted and is kept for this session only." }]);
    }
  }

  async keysFor(id, props) {
    if (!this.keys.has(id)) this.keys.set(id, await resolveKeys(this.appIdentity, id, props));
    return this.keys.get(id);
  }

  /** Reads every BrowserState value; unreadable ones fall back to the default. */
  async beforeStart() {
    const browserState = {};
    if (!this.available) return { browserState };
    for (const [id, props] of this.ids) {
      const { storageKey, secret } = await this.keysFor(id, props);
      let stored = null;
      try {
        stored = localStorage.getItem(storageKey);
      } catch (err) {
        console.warn(`LiteBlocks: localStorage is not available (${err.message}); BrowserState starts from its default.`);
        continue;
      }
      if (stored === null) continue;
      try {
        browserState[id] = await decrypt(stored, secret, storageKey);
      } catch (err) {
        console.warn(`LiteBlocks: the stored value of BrowserState "${storageKey}" could not be read `
          + `(${err.message || "wrong secret or tampered data"}); using its default.`);
      }
    }
    return { browserState };
  }

  /**
   * Writes the values an event changed, in event order. Resolves with null, or with a message
   * saying why the browser refused a write (its quota is full): the value stored before stays,
   * and js/g6_session.js fails that event with the message.
   */
  afterResult(result) {
    if (!this.available || !result.browser_state) return Promise.resolve(null);
    const done = this.writing.then(() => this.write(result.browser_state));
    this.writing = done.catch(() => null);
    return done.then((failure) => failure?.message ?? null);
  }

  async write(values) {
    let failure = null;
    for (const [id, value] of Object.entries(values)) {
      const props = this.ids.find(([i]) => i === id)?.[1];
      if (!props) continue;
      const { storageKey, secret } = await this.keysFor(id, props);
      try {
        localStorage.setItem(storageKey, await encrypt(value, secret, storageKey));
      } catch (err) {
        const reason = err.name || err.message;
        failure ??= { reason, message: `The browser refused to save this app's BrowserState (${reason}: `
          + "its storage for this site is full). The value saved before is kept." };
      }
    }
    return failure;
  }
}
