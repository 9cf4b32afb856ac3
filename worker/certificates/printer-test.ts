// The test page a PSC's staff print from a kiosk's health screen: does the kiosk reach its
// printer, and does the printer render what the documents need — Kazakh letters, small type,
// hairlines, greys, solid black (a QR) and the A4 margins the documents use. Nothing personal:
// the kiosk's id, its PSC and the time.
import { PDFDocument, rgb } from 'pdf-lib';
import { formatAlmatyDateTime } from '../../src/lib/domain/dates.ts';
import { NBSP, PageWriter, embedCertificateFonts, saveDocument } from './pdf-kit.ts';
import type { CertificateFonts } from './pdf-kit.ts';

export const PRINTER_TEST_TITLE = { kk: 'Принтерді тексеру беті', ru: 'Тестовая страница принтера' } as const;

export interface PrinterTest {
	kioskId: string;
	office: string;
	at: string; // ISO instant
}

const PAGE_W = 595.28;
const PAGE_H = 841.89;
const MARGIN = 54; // the documents' side margin: the frame below must print whole

export async function renderPrinterTestPdf(test: PrinterTest, fonts?: CertificateFonts): Promise<Uint8Array> {
	const fontBytes = fonts ?? (await import('./fonts.ts')).bundledFonts;
	const pdf = await PDFDocument.create();
	const embedded = await embedCertificateFonts(pdf, fontBytes);
	const w = new PageWriter(pdf.addPage([PAGE_W, PAGE_H]), embedded);
	const grey = rgb(0.36, 0.36, 0.36);

	// The printable frame, and corner marks 10 mm inside the page edge.
	const frame = [MARGIN, MARGIN, PAGE_W - MARGIN, PAGE_H - MARGIN] as const;
	w.rule(frame[0], frame[2], frame[1], 0.6);
	w.rule(frame[0], frame[2], frame[3], 0.6);
	for (const x of [frame[0], frame[2]])
		w.page.drawLine({ start: { x, y: frame[1] }, end: { x, y: frame[3] }, thickness: 0.6 });
	for (const [x, y] of [
		[28, 28],
		[PAGE_W - 28, 28],
		[28, PAGE_H - 28],
		[PAGE_W - 28, PAGE_H - 28]
	]) {
		w.rule(x - 8, x + 8, y, 0.5);
		w.page.drawLine({ start: { x, y: y - 8 }, end: { x, y: y + 8 }, thickness: 0.5 });
	}

	let y = PAGE_H - MARGIN - 40;
	const line = (text: string, size: number, bold = false, color = rgb(0, 0, 0)) => {
		w.text(text, MARGIN + 20, y, size, bold, color);
		y -= size * 1.5;
	};
	line(PRINTER_TEST_TITLE.kk, 18, true);
	line(PRINTER_TEST_TITLE.ru, 15, true, grey);
	y -= 8;
	line(`Киоск / Киоск:${NBSP}${test.kioskId}`, 12, true);
	line(`ХҚКО / ЦОН:${NBSP}${test.office}`, 12);
	line(`Уақыты / Время:${NBSP}${formatAlmatyDateTime(test.at)} (Алматы уақыты / время Алматы)`, 12);
	y -= 10;
	line('Әә Іі Ңң Ғғ Үү Ұұ Ққ Өө Һһ — АаБбВв … ЭэЮюЯя — 0123456789 ₸ № «»', 12);
	for (const size of [6, 8, 10, 14]) line(`${size}${NBSP}pt: Қазақстан Республикасы / Республика Казахстан`, size);
	y -= 10;

	// Grey steps, hairlines and a solid block with fine checks (what a QR needs from the printer).
	const steps = 10;
	const stepW = (PAGE_W - 2 * MARGIN - 40) / steps;
	for (let i = 0; i < steps; i++) {
		const shade = 1 - (i + 1) / steps;
		w.box(MARGIN + 20 + i * stepW, y - 40, stepW, 40, rgb(shade, shade, shade));
	}
	y -= 60;
	for (const thickness of [0.25, 0.5, 1, 2]) {
		w.rule(MARGIN + 20, PAGE_W - MARGIN - 20, y, thickness);
		w.text(`${thickness}${NBSP}pt`, PAGE_W - MARGIN - 60, y + 3, 7, false, grey);
		y -= 14;
	}
	y -= 10;
	const cell = 4; // about 1.4 mm: the size of a certificate QR's module
	for (let row = 0; row < 20; row++)
		for (let col = 0; col < 20; col++)
			if ((row + col) % 2 === 0) w.box(MARGIN + 20 + col * cell, y - (row + 1) * cell, cell, cell, rgb(0, 0, 0));
	w.box(MARGIN + 120, y - 80, 80, 80, rgb(0, 0, 0));
	y -= 100;
	line('Жақтаудың төрт жағы да басылуы тиіс.', 9, false, grey);
	line('Рамка должна пропечататься со всех четырёх сторон.', 9, false, grey);

	return saveDocument(pdf, {
		title: PRINTER_TEST_TITLE,
		number: test.kioskId,
		author: test.office,
		issuedAt: test.at
	});
}
