// Renders sample PSC receipts (accepted and refused; normal and worst-case lengths) outside the
// Worker and rasterises every page with Poppler, for a look at the layout.
//
//   npx node scripts/render-sample-receipt.ts [dpi]     (Node ≥ 22.18 strips the types)
//
// Writes bench/out/psc-receipt-<kind>[-long].pdf and -<page>.png. Needs `pdftoppm` (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPscReceiptPdf } from '../worker/certificates/psc-receipt.ts';
import { longPscReceipt, samplePscReceipt } from '../tests/fixtures/psc-receipt.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
const ttf = (file: string) => new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf', file)));
const fonts = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };
const dpi = process.argv[2] ?? '60';

mkdirSync(outDir, { recursive: true });
for (const kind of ['receipt', 'refusal'] as const) {
	for (const [suffix, receipt] of [
		['', samplePscReceipt(kind)],
		['-long', longPscReceipt(kind)]
	] as const) {
		const base = join(outDir, `psc-receipt-${kind}${suffix}`);
		const pdf = await renderPscReceiptPdf(receipt, fonts);
		writeFileSync(`${base}.pdf`, pdf);
		execFileSync('pdftoppm', ['-r', dpi, '-png', `${base}.pdf`, base]);
		console.log(`${base}.pdf (${(pdf.length / 1024).toFixed(1)} KB)`);
	}
}
