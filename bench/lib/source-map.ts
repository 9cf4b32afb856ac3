/**
 * Which source each byte of a built file came from, read from its `.map` (a build made with
 * `npx vite build --sourcemap`). Small on purpose: the bench needs only the generated spans per
 * source, so it decodes the mappings itself rather than leaning on a bundler's transitive package.
 */
const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Generated code per source file (unmapped code under ), its spans joined end to end. */
export function codeBySource(code: string, map: { sources: string[]; mappings: string }): Map<string, string> {
	const lines = code.split('\n');
	const spans = new Map<string, string[]>();
	let source = 0; // relative across the whole mappings string, as the format says
	map.mappings.split(';').forEach((line, index) => {
		const text = lines[index] ?? '';
		const segments = line ? line.split(',').map(decodeVlq) : [];
		let column = 0; // relative within the line
		const starts = segments.map((s) => {
			column += s[0];
			if (s.length > 1) source += s[1];
			return { column, source: s.length > 1 ? map.sources[source] : '' };
		});
		if (starts.length === 0 || starts[0].column > 0) starts.unshift({ column: 0, source: '' });
		starts.forEach((start, i) => {
			const piece = text.slice(start.column, starts[i + 1]?.column ?? text.length);
			if (!spans.has(start.source)) spans.set(start.source, []);
			spans.get(start.source)!.push(piece);
		});
	});
	return new Map([...spans].map(([name, pieces]) => [name, pieces.join('')]));
}

function decodeVlq(segment: string): number[] {
	const values: number[] = [];
	let value = 0;
	let shift = 0;
	for (const char of segment) {
		const digit = base64.indexOf(char);
		value += (digit & 31) << shift;
		if (digit & 32) shift += 5;
		else {
			values.push(value & 1 ? -(value >>> 1) : value >>> 1);
			value = 0;
			shift = 0;
		}
	}
	return values;
}
