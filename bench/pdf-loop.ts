/**
 * The PDF measurement shared by the Node bench (bench/pdf.ts) and the workerd bench
 * (bench/workerd/pdf.bench-in-workerd.ts), so both time exactly the same thing: one cold render
 * (the first in the process or isolate parses the fonts), then `n` warm ones.
 */
import type { BirthReferenceDocument } from '../worker/certificates/birth-reference-layout.ts';
import { sampleBirthReference } from '../tests/fixtures/birth-reference-document.ts';
import { summarise, type Summary } from './stats.ts';

export interface PdfBenchResult {
	first: number;
	warm: Summary;
	bytes: number;
}

// A barcode text of the usual length (283–291 characters for the demo people).
const doc = sampleBirthReference('http://127.0.0.1:8787/v#' + 'A'.repeat(268));

export async function measurePdfRenders(
	render: (doc: BirthReferenceDocument) => Promise<Uint8Array>,
	n = 40
): Promise<PdfBenchResult> {
	let t = performance.now();
	let pdf = await render(doc);
	const first = performance.now() - t;
	const times: number[] = [];
	for (let i = 0; i < n; i++) {
		t = performance.now();
		pdf = await render(doc);
		times.push(performance.now() - t);
	}
	return { first, warm: summarise(times), bytes: pdf.length };
}

export function formatPdfResult(where: string, result: PdfBenchResult): string {
	const { first, warm, bytes } = result;
	return (
		`PDF in ${where}: median ${warm.median.toFixed(1)} ms, p90 ${warm.p90.toFixed(1)} ms over ${warm.n} renders; ` +
		`first (cold) ${first.toFixed(1)} ms; size ${(bytes / 1024).toFixed(1)} KB (targets ≤ 50 ms, ≤ 60 KB)`
	);
}
