// Colour conversions for the picker: hex <-> HSV (the picker's own model), RGB and HSL text.
export function hex_to_rgb(hex) {
	let h = String(hex || "").trim().replace(/^#/, "");
	if (h.length === 3) h = h.split("").map((c) => c + c).join("");
	if (!/^[0-9a-f]{6}$/i.test(h)) return null;
	return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16));
}
export function rgb_to_hex([r, g, b]) {
	return "#" + [r, g, b].map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("");
}
export function rgb_to_hsv([r, g, b]) {
	r /= 255; g /= 255; b /= 255;
	const max = Math.max(r, g, b), d = max - Math.min(r, g, b);
	let h = 0;
	if (d) h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
	return [(h * 60 + 360) % 360, max ? d / max : 0, max];
}
export function hsv_to_rgb([h, s, v]) {
	const f = (n) => { const k = (n + h / 60) % 6; return v - v * s * Math.max(0, Math.min(k, 4 - k, 1)); };
	return [f(5) * 255, f(3) * 255, f(1) * 255];
}
export function rgb_to_hsl([r, g, b]) {
	r /= 255; g /= 255; b /= 255;
	const max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2, d = max - min;
	const s = d ? d / (1 - Math.abs(2 * l - 1)) : 0;
	const [h] = rgb_to_hsv([r * 255, g * 255, b * 255]);
	return [h, s, l];
}
export function hsl_to_rgb([h, s, l]) {
	const a = s * Math.min(l, 1 - l);
	const f = (n) => { const k = (n + h / 30) % 12; return l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)); };
	return [f(0) * 255, f(8) * 255, f(4) * 255];
}
/** The colour as text in a mode ("hex" | "rgb" | "hsl"). */
export function format(hex, mode) {
	const rgb = hex_to_rgb(hex);
	if (!rgb || mode === "hex") return hex;
	if (mode === "rgb") return `rgb(${rgb.join(", ")})`;
	const [h, s, l] = rgb_to_hsl(rgb);
	return `hsl(${Math.round(h)}, ${Math.round(s * 100)}%, ${Math.round(l * 100)}%)`;
}
/** Reads hex, rgb(...) or hsl(...) text; null when it is none of them. */
export function parse(text) {
	const t = String(text).trim().toLowerCase();
	if (hex_to_rgb(t)) return rgb_to_hex(hex_to_rgb(t));
	const n = (t.match(/-?[\d.]+/g) || []).map(Number);
	if (t.startsWith("rgb") && n.length >= 3) return rgb_to_hex(n.slice(0, 3));
	if (t.startsWith("hsl") && n.length >= 3) return rgb_to_hex(hsl_to_rgb([n[0], n[1] / 100, n[2] / 100]));
	return null;
}
