/**
 * Birth-reference PDF generation: median time and size over 40 renders (targets ≤ 50 ms,
 * ≤ 60 KB), with the same renderer the Worker uses, fonts loaded once as in an isolate.
 * This runs on Node 24 (V8, like workerd); see BENCHMARKS.md for the workerd figure.
 *   npx node bench/pdf.ts
 */
import { readFileSync } from 'node:fs';
import { renderBirthReferencePdfWithFonts } from '../worker/certificates/birth-reference-layout.ts';
import { sampleBirthReference } from '../tests/fixtures/birth-reference-document.ts';

const font = (name: string) => readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${name}`).buffer as ArrayBuffer;
const fonts = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
const doc = sampleBirthReference('http://127.0.0.1:8787/v#' + 'A'.repeat(268));
const times: number[] = [];
let size = 0;
for (let i = 0; i < 41; i++) {
	const t = performance.now();
	const pdf = await renderBirthReferencePdfWithFonts(doc, fonts);
	if (i > 0) times.push(performance.now() - t); // the first render parses the fonts, as a cold isolate does
	size = pdf.length;
}
times.sort((a, b) => a - b);
console.log(
	`PDF: median ${times[20].toFixed(1)} ms, p90 ${times[36].toFixed(1)} ms, size ${(size / 1024).toFixed(1)} KB (targets ≤ 50 ms, ≤ 60 KB)`
);
