// Renders sample applicant receipts (acceptance, state-duty payment) and a kiosk printer test page
// outside the Worker and rasterises every page with Poppler, for a look at the layout.
//
//   npx node scripts/render-sample-applicant-receipts.ts [dpi]
//
// Writes bench/out/applicant-<kind>.pdf and -<page>.png. Needs `pdftoppm` (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPaymentReceiptPdf, renderSubmissionReceiptPdf } from '../worker/certificates/applicant-receipts.ts';
import { renderPrinterTestPdf } from '../worker/certificates/printer-test.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
const ttf = (file: string) => new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf', file)));
const fonts = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };
const dpi = process.argv[2] ?? '60';
const service = {
	kk: 'Азаматтық хал актілерін тіркеу туралы анықтамалар беру',
	ru: 'Выдача справок о регистрации актов гражданского состояния'
};

const samples: [string, () => Promise<Uint8Array>][] = [
	[
		'submission',
		() =>
			renderSubmissionReceiptPdf(
				{
					number: 'KX7F-M3PA-R',
					submittedAt: '2026-11-23T09:05:00Z',
					channel: 'kiosk',
					applicant: { name: 'Әбілқасымова Гүлнұр Өмірқызы', iin: '900321401236' },
					service,
					provider: { kk: 'Алмалы ауданының АХАЖ бөлімі', ru: 'Отдел ЗАГС Алмалинского района' },
					signedAt: '2026-11-23T09:05:00Z',
					dueAt: null,
					payBy: { at: '2026-11-24T09:05:00Z', amountTiyn: 129750 },
					documents: [
						{ name: { kk: 'Жеке басын куәландыратын құжат', ru: 'Документ, удостоверяющий личность' }, files: 2 },
						{ name: { kk: 'Туу туралы куәлік', ru: 'Свидетельство о рождении' }, files: 1 }
					]
				},
				fonts
			)
	],
	[
		'payment',
		() =>
			renderPaymentReceiptPdf(
				{
					number: 'KX7F-M3PA-R',
					service,
					payer: { name: 'Әбілқасымова Гүлнұр Өмірқызы', iin: '900321401236' },
					amountTiyn: 129750,
					mrpMultiple: 0.3,
					mrpTiyn: 432500,
					mrpYear: 2026,
					paymentId: '0b6f3c1e-5a2d-4c8e-9f10-2a3b4c5d6e7f',
					paidAt: '2026-11-23T09:12:41Z',
					transactionId: 'TX-7f3a9c2e-1b4d-4e6f-8a0b-c1d2e3f4a5b6',
					gateway: { kk: 'Qyzmet демо-банкі', ru: 'Демо-банк Qyzmet' }
				},
				fonts
			)
	],
	[
		'printer-test',
		() => renderPrinterTestPdf({ kioskId: 'kiosk-alm-03', office: 'PSC-ALA-ALM', at: '2026-11-23T09:30:00Z' }, fonts)
	]
];

mkdirSync(outDir, { recursive: true });
for (const [kind, render] of samples) {
	const base = join(outDir, `applicant-${kind}`);
	const pdf = await render();
	writeFileSync(`${base}.pdf`, pdf);
	execFileSync('pdftoppm', ['-r', dpi, '-png', `${base}.pdf`, base]);
	console.log(`${base}.pdf (${(pdf.length / 1024).toFixed(1)} KB)`);
}
