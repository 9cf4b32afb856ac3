import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { BIRTH_REFERENCE_TITLE, renderBirthReferencePdf } from '../../worker/certificates/birth-reference-pdf.ts';
import { formatAlmatyDateTime, formatDate } from '../../worker/certificates/birth-reference-layout.ts';
import { sampleBirthReference } from '../fixtures/birth-reference-document.ts';

const sample = sampleBirthReference('QZ1.BR.KX7F-M3PA-R.' + 'A'.repeat(331));

async function inflate(bytes: Uint8Array): Promise<string> {
	const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate'));
	return new Response(stream).text();
}

/** Embedded TrueType programs (FontFile2 streams) and ToUnicode CMaps of all fonts in the file. */
function fontStreams(pdf: PDFDocument) {
	const files: PDFRawStream[] = [];
	const names: string[] = [];
	const cmaps: PDFRawStream[] = [];
	const stream = (v: unknown) => (v instanceof PDFRef ? pdf.context.lookup(v) : v) as PDFRawStream;
	for (const [, obj] of pdf.context.enumerateIndirectObjects()) {
		if (!(obj instanceof PDFDict)) continue;
		const file = obj.get(PDFName.of('FontFile2'));
		if (file) files.push(stream(file));
		if (file) names.push(String(obj.get(PDFName.of('FontName'))));
		const toUnicode = obj.get(PDFName.of('ToUnicode'));
		if (toUnicode) cmaps.push(stream(toUnicode));
	}
	return { files, cmaps, names };
}

describe('birth reference PDF', () => {
	it('renders a one-page A4 PDF with metadata, small enough to download quickly', async () => {
		const bytes = await renderBirthReferencePdf(sample);
		expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
		expect(bytes.length).toBeLessThan(60 * 1024);

		const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
		expect(pdf.getPageCount()).toBe(1);
		const { width, height } = pdf.getPage(0).getSize();
		expect(width).toBeCloseTo(595.28, 1);
		expect(height).toBeCloseTo(841.89, 1);

		expect(pdf.getTitle()).toBe('Туу туралы анықтама / Справка о рождении');
		expect(pdf.getTitle()).toBe(BIRTH_REFERENCE_TITLE);
		expect(pdf.getProducer()).toBe('Qyzmet');
		expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-23T09:05:00.000Z');
		const lang = pdf.catalog.get(PDFName.of('Lang'));
		expect(lang?.toString()).toContain('kk');
	});

	it('embeds subset fonts that map the Kazakh letters', async () => {
		const pdf = await PDFDocument.load(await renderBirthReferencePdf(sample));
		const { files, cmaps, names } = fontStreams(pdf);
		expect(files).toHaveLength(2); // DejaVu Sans + DejaVu Sans Bold
		for (const name of names) expect(name).toMatch(/^\/[A-Z]{6}\+DejaVuSans/); // subset tag
		for (const file of files) {
			// The full faces are 757 KB and 706 KB (≈ 330 KB deflated); subsets are a few KB.
			expect(file.contents.length).toBeLessThan(25 * 1024);
		}
		const unicode = (await Promise.all(cmaps.map((c) => inflate(c.contents)))).join('\n').toUpperCase();
		// Ә Ғ Қ Ө Ұ Ү І (capitals in the names) and ә ғ қ ө ұ ү і ң (lower case in the body text)
		for (const cp of [
			'04D8',
			'0492',
			'049A',
			'04E8',
			'04B0',
			'04AE',
			'0406',
			'04D9',
			'0493',
			'049B',
			'04A3',
			'04E9',
			'04B1',
			'04AF',
			'0456'
		])
			expect(unicode, `U+${cp}`).toContain(`<${cp}>`);
	});

	it('prints blank lines for unknown parents and copes with long names', async () => {
		const bytes = await renderBirthReferencePdf({
			...sample,
			father: null,
			mother: null,
			office: {
				kk: 'Қарағанды облысы Әділет департаментінің Қарағанды қаласы бойынша тіркеу және азаматтық хал актілерін жазу бөлімі',
				ru: 'Отдел регистрации актов гражданского состояния по городу Караганде Департамента юстиции Карагандинской области'
			},
			placeOfBirth: {
				kk: 'Қазақстан Республикасы, Қарағанды облысы, Бұқар жырау ауданы, Ботақара кенті, Шахтерская көшесі',
				ru: 'Республика Казахстан, Карагандинская область, район Бухар-Жырау, поселок Ботакара, улица Шахтерская'
			}
		});
		const pdf = await PDFDocument.load(bytes);
		expect(pdf.getPageCount()).toBe(1);
	});

	it('fits short and over-long QR payloads too', async () => {
		for (const barcodeText of ['QZ1', 'http://127.0.0.1:8787/v#' + 'A'.repeat(600)]) {
			const pdf = await PDFDocument.load(await renderBirthReferencePdf({ ...sample, barcodeText }));
			expect(pdf.getPageCount()).toBe(1);
		}
	});

	it('formats dates as dd.mm.yyyy and times in Almaty (UTC+5)', () => {
		expect(formatDate('2018-03-14')).toBe('14.03.2018');
		expect(formatAlmatyDateTime(new Date('2026-11-23T09:05:00Z'))).toBe('23.11.2026 14:05');
		expect(formatAlmatyDateTime(new Date('2026-12-31T19:30:00Z'))).toBe('01.01.2027 00:30');
	});

	it('rejects data it cannot print faithfully', async () => {
		await expect(renderBirthReferencePdf({ ...sample, barcodeText: 'x'.repeat(701) })).rejects.toThrow(RangeError);
		await expect(renderBirthReferencePdf({ ...sample, barcodeText: 'Әлия' })).rejects.toThrow(RangeError);
		await expect(
			renderBirthReferencePdf({
				...sample,
				holder: { ...sample.holder, birthDate: '14.03.2018' }
			})
		).rejects.toThrow(RangeError);
		await expect(renderBirthReferencePdf({ ...sample, issuedAt: new Date('nope') })).rejects.toThrow(RangeError);
	});
});
