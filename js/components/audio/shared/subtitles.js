// Subtitles as Gradio's Audio takes them: a list of {start, end, text} (seconds), or a .vtt / .srt
// file (FileData with a url) whose cues are read here.

function seconds(stamp) {
	const parts = stamp.trim().replace(",", ".").split(":").map(Number);
	return parts.reduce((total, part) => total * 60 + part, 0);
}

/** The cues of WebVTT or SRT text. */
export function parse_cues(text) {
	const cues = [];
	for (const block of text.replace(/\r/g, "").split(/\n\s*\n/)) {
		const lines = block.split("\n");
		const at = lines.findIndex((l) => l.includes("-->"));
		if (at < 0) continue;
		const [start, end] = lines[at].split("-->").map((s) => s.trim().split(/\s+/)[0]);
		const words = lines.slice(at + 1).join("\n").trim();
		if (words) cues.push({ start: seconds(start), end: seconds(end), text: words });
	}
	return cues;
}

/** The cues of the subtitles prop (a list, or a file to fetch). */
export async function load_cues(subtitles) {
	if (!subtitles) return [];
	if (Array.isArray(subtitles)) return subtitles.filter((c) => c && typeof c.text === "string");
	const url = typeof subtitles === "string" ? subtitles : subtitles.url;
	if (!url) return [];
	try {
		return parse_cues(await (await fetch(url)).text());
	} catch {
		return [];
	}
}
