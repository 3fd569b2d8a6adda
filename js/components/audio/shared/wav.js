// A recording as Gradio's frontend uploads it: the browser's MediaRecorder gives webm/ogg, which is
// decoded (at the waveform sample rate, 44100 Hz unless waveform_options says otherwise) and written
// as a 16-bit PCM WAV file, so the worker can read it with Python's `wave` module.

/** 16-bit PCM WAV bytes of an AudioBuffer (every channel, interleaved). */
export function audio_buffer_to_wav(buffer) {
	const channels = buffer.numberOfChannels;
	const frames = buffer.length;
	const rate = buffer.sampleRate;
	const data_size = frames * channels * 2;
	const out = new DataView(new ArrayBuffer(44 + data_size));
	const text = (offset, s) => [...s].forEach((c, i) => out.setUint8(offset + i, c.charCodeAt(0)));
	text(0, "RIFF");
	out.setUint32(4, 36 + data_size, true);
	text(8, "WAVE");
	text(12, "fmt ");
	out.setUint32(16, 16, true); // fmt chunk size
	out.setUint16(20, 1, true); // PCM
	out.setUint16(22, channels, true);
	out.setUint32(24, rate, true);
	out.setUint32(28, rate * channels * 2, true); // byte rate
	out.setUint16(32, channels * 2, true); // block align
	out.setUint16(34, 16, true); // bits per sample
	text(36, "data");
	out.setUint32(40, data_size, true);
	const samples = Array.from({ length: channels }, (_, c) => buffer.getChannelData(c));
	let offset = 44;
	for (let i = 0; i < frames; i++) {
		for (let c = 0; c < channels; c++) {
			const s = Math.max(-1, Math.min(1, samples[c][i]));
			out.setInt16(offset, s < 0 ? s * 0x8000 : s * 0x7fff, true);
			offset += 2;
		}
	}
	return new Uint8Array(out.buffer);
}

/** A recorded Blob (any format the browser decodes) as a WAV File named audio.wav. */
export async function recording_to_wav(blob, sample_rate = 44100) {
	const context = new OfflineAudioContext(1, 1, sample_rate);
	const buffer = await context.decodeAudioData(await blob.arrayBuffer());
	return new File([audio_buffer_to_wav(buffer)], "audio.wav", { type: "audio/wav" });
}

/** "m:ss" of a number of seconds. */
export function format_time(seconds) {
	const s = Math.max(0, Math.floor(seconds || 0));
	return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
