// How many lines a JSON value takes fully expanded: one for a scalar or an empty object/array, else
// its opening line, its children's lines and its closing line.
const cache = new WeakMap();
export function lines(value) {
	if (value === null || typeof value !== "object") return 1;
	if (cache.has(value)) return cache.get(value);
	const children = Array.isArray(value) ? value : Object.values(value);
	const n = children.length ? 2 + children.reduce((sum, v) => sum + lines(v), 0) : 1;
	cache.set(value, n);
	return n;
}
