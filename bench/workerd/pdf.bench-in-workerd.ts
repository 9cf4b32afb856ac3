/**
 * Birth-reference PDF generation inside workerd, with the Worker's own entry point (fonts
 * bundled as Data modules, as in production): the first render in a fresh isolate, then 40
 * more. Prints numbers only; it asserts nothing about time (benchmarks never fail a build).
 *   npx vitest run --config vitest.bench-worker.config.ts
 * workerd's clock has 1 ms resolution, enough for renders of ~25 ms.
 */
import { expect, inject, it } from 'vitest';
import { renderBirthReferencePdf } from '../../worker/certificates/birth-reference-pdf.ts';
import { formatPdfResult, measurePdfRenders } from '../pdf-loop.ts';

it('renders the birth reference in workerd', async () => {
	const result = await measurePdfRenders(renderBirthReferencePdf);
	const node = inject('nodePdf');
	console.log(formatPdfResult('workerd', result));
	console.log(
		`workerd / Node (same run): median ${(result.warm.median / node.warm.median).toFixed(2)}×, ` +
			`first render ${(result.first / node.first).toFixed(2)}×`
	);
	expect(result.bytes).toBeGreaterThan(1000);
});
