import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, decodePDFRawStream } from 'pdf-lib';
import type { PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { bundledFonts } from '../../worker/certificates/fonts.ts';
import { embedCertificateFonts, wrapRuns } from '../../worker/certificates/pdf-kit.ts';
import { PSC_RECEIPT_TITLE, renderPscReceiptPdf } from '../../worker/certificates/psc-receipt.ts';
import type { PscReceipt } from '../../worker/certificates/psc-receipt.ts';
import { longPscReceipt, samplePscReceipt } from '../fixtures/psc-receipt.ts';

// The kit writes text as TJ arrays of glyph ids (Identity-H) and maps them back to Unicode with a
// ToUnicode CMap of `bfchar` entries; reading both gives the page text in drawing order.

function toUnicodeMap(cmap: string): Map<string, string> {
	const map = new Map<string, string>();
	for (const [, gid, hex] of cmap.matchAll(/<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]+)>/g)) {
		const units = hex.match(/.{4}/g)!.map((u) => parseInt(u, 16));
		map.set(gid.toUpperCase(), String.fromCharCode(...units));
	}
	return map;
}

const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

/** The text of one page: every TJ segment on its own line, in drawing order. */
function pageText(page: PDFPage): string {
	const ctx = page.doc.context;
	const fonts = new Map<string, Map<string, string>>();
	const fontDict = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict);
	for (const [key, ref] of fontDict.entries()) {
		const font = ctx.lookup(ref, PDFDict);
		const cmap = ctx.lookup(font.get(PDFName.of('ToUnicode'))) as PDFRawStream;
		fonts.set(key.decodeText(), toUnicodeMap(latin1(decodePDFRawStream(cmap).decode())));
	}
	const contents = page.node.Contents()!;
	const streams = contents instanceof PDFArray ? contents.asArray().map((r) => ctx.lookup(r)) : [contents];
	const ops = streams.map((s) => latin1(decodePDFRawStream(s as PDFRawStream).decode())).join('\n');

	const out: string[] = [];
	let map: Map<string, string> | undefined;
	for (const m of ops.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|\[((?:[^\]])*)\]\s*TJ/g)) {
		if (m[1] !== undefined) {
			map = fonts.get(m[1]);
			continue;
		}
		let line = '';
		for (const [, hex] of m[2].matchAll(/<([0-9a-fA-F]*)>/g))
			for (const gid of hex.toUpperCase().match(/.{4}/g) ?? []) line += map?.get(gid) ?? '\ufffd';
		out.push(line);
	}
	return out.join('\n');
}

/** Page texts with all whitespace (line breaks, NBSP) collapsed to single spaces. */
async function texts(bytes: Uint8Array) {
	const pdf = await PDFDocument.load(bytes);
	return { pdf, pages: pdf.getPages().map((p) => pageText(p).replace(/\s+/g, ' ')) };
}

const presented = (r: PscReceipt) => r.documents.filter((d) => d.presented);
const missing = (r: PscReceipt) => r.documents.filter((d) => d.required && !d.presented);

describe('PSC receipt PDF', () => {
	it('renders the acceptance receipt on one A4 page with everything the counter promised', async () => {
		const r = samplePscReceipt('receipt');
		const bytes = await renderPscReceiptPdf(r);
		expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
		expect(bytes.length).toBeLessThan(60 * 1024);
		const { pdf, pages } = await texts(bytes);
		expect(pdf.getPageCount()).toBe(1);
		const { width, height } = pdf.getPage(0).getSize();
		expect(width).toBeCloseTo(595.28, 1);
		expect(height).toBeCloseTo(841.89, 1);
		expect(pdf.getTitle()).toBe('Құжаттарды қабылдағаны туралы қолхат / Расписка о приёме документов');
		expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-23T09:05:00.000Z');

		const text = pages[0];
		for (const s of [
			PSC_RECEIPT_TITLE.receipt.kk,
			PSC_RECEIPT_TITLE.receipt.ru,
			r.psc.kk,
			r.psc.ru,
			r.psc.address.kk,
			r.psc.address.ru,
			'KX7F-M3PA-R',
			'23.11.2026 14:05', // 09:05Z in Almaty
			r.applicant.name,
			r.applicant.iin,
			r.service.kk,
			r.service.ru,
			r.provider.kk,
			r.provider.ru,
			'25.11.2026',
			'1 (бір) жұмыс күні ішінде',
			'в течение 1 (одного) рабочего дня',
			r.operator,
			'қолы / подпись',
			'регламентінің 13-тармағына сәйкес',
			'пунктом 13 регламента'
		])
			expect(text, s).toContain(s);
		presented(r).forEach((d, i) => {
			expect(text).toContain(`${i + 1}. ${d.name.kk} ${d.name.ru}`);
		});
		// A document that was not presented is not listed as accepted.
		for (const d of r.documents.filter((d) => !d.presented)) expect(text).not.toContain(d.name.kk);
		// Single-page receipts carry no page line.
		expect(text).not.toContain('Страница');
	});

	it('renders the refusal with the missing required documents and what was presented', async () => {
		const r = samplePscReceipt('refusal');
		const { pdf, pages } = await texts(await renderPscReceiptPdf(r));
		expect(pdf.getPageCount()).toBe(1);
		expect(pdf.getTitle()).toBe(`${PSC_RECEIPT_TITLE.refusal.kk} / ${PSC_RECEIPT_TITLE.refusal.ru}`);
		const text = pages[0];
		for (const s of [
			PSC_RECEIPT_TITLE.refusal.kk,
			PSC_RECEIPT_TITLE.refusal.ru,
			'KX7F-M3PA-R',
			r.applicant.name,
			r.operator,
			'Стандарттың 9-тармағында',
			'пунктом 9 Стандарта',
			'регламентінің 13-тармағына сәйкес'
		])
			expect(text, s).toContain(s);
		expect(text).not.toContain(PSC_RECEIPT_TITLE.receipt.kk);
		expect(text).not.toContain('Ожидаемая дата'); // no result is coming

		const missingAt = text.indexOf('Ұсынылмаған құжаттар / Недостающие документы (1)');
		const presentedAt = text.indexOf('Ұсынылған құжаттар / Представленные документы (2)');
		expect(missingAt).toBeGreaterThan(0);
		expect(presentedAt).toBeGreaterThan(missingAt);
		const [absent] = missing(r);
		expect(text.indexOf(`1. ${absent.name.kk} ${absent.name.ru}`)).toBeGreaterThan(missingAt);
		expect(text.indexOf(`1. ${absent.name.kk}`)).toBeLessThan(presentedAt);
		presented(r).forEach((d, i) => {
			expect(text.indexOf(`${i + 1}. ${d.name.kk} ${d.name.ru}`)).toBeGreaterThan(presentedAt);
		});
		// An optional document nobody brought is neither missing nor presented.
		expect(text).not.toContain('Өтініш берушінің өкілеттігін');
	});

	for (const kind of ['receipt', 'refusal'] as const)
		it(`continues a long ${kind} onto further pages without losing anything`, async () => {
			const r = longPscReceipt(kind);
			expect(r.service.kk.length).toBeGreaterThanOrEqual(200);
			expect(r.applicant.name).toHaveLength(120);
			expect(r.documents).toHaveLength(20);
			const { pdf, pages } = await texts(await renderPscReceiptPdf(r));
			const n = pdf.getPageCount();
			expect(n).toBeGreaterThanOrEqual(2);
			const all = pages.join(' ');
			for (const s of [r.applicant.name, r.service.kk, r.service.ru, r.operator]) expect(all).toContain(s);
			const listed = kind === 'receipt' ? presented(r) : [...missing(r), ...presented(r)];
			expect(listed.length).toBeGreaterThan(10);
			for (const d of listed) {
				expect(all).toContain(d.name.kk);
				expect(all).toContain(d.name.ru);
			}
			// Every page says which receipt it belongs to and where it stands.
			pages.forEach((text, i) => {
				expect(text).toContain(`№ ${r.number}`);
				expect(text).toContain(`Бет ${i + 1} / ${n} · Страница ${i + 1} из ${n}`);
			});
			// The title stays on the first page; the signatures and the note end the last one.
			expect(pages[0]).toContain(PSC_RECEIPT_TITLE[kind].kk);
			expect(pages[n - 1]).toContain('қолы / подпись');
			expect(pages[n - 1]).toContain('пунктом 13 регламента');
			// A list that runs on repeats its heading.
			expect(pages[1]).toContain('(жалғасы / продолжение)');
		});

	it('prints the paragraph of the regulation at hand', async () => {
		const { pages } = await texts(await renderPscReceiptPdf({ ...samplePscReceipt(), regulationParagraph: 11 }));
		expect(pages[0]).toContain('регламентінің 11-тармағына сәйкес');
		expect(pages[0]).toContain('пунктом 11 регламента');
	});

	it('prints a dash when the result date is not known yet', async () => {
		const { pages } = await texts(await renderPscReceiptPdf({ ...samplePscReceipt(), expectedResultDate: null }));
		expect(pages[0]).toContain('Ожидаемая дата результата —');
	});

	it('rejects a receipt that contradicts the completeness rule or cannot be printed faithfully', async () => {
		const receipt = samplePscReceipt('receipt');
		const refusal = samplePscReceipt('refusal');
		// An incomplete package is refused, never accepted; a refusal needs something missing.
		await expect(renderPscReceiptPdf({ ...receipt, documents: refusal.documents })).rejects.toThrow(RangeError);
		await expect(renderPscReceiptPdf({ ...refusal, documents: receipt.documents })).rejects.toThrow(RangeError);
		await expect(renderPscReceiptPdf({ ...receipt, issuedAt: 'nope' })).rejects.toThrow(RangeError);
		await expect(renderPscReceiptPdf({ ...receipt, expectedResultDate: '25.11.2026' })).rejects.toThrow(RangeError);
		await expect(renderPscReceiptPdf({ ...receipt, number: ' ' })).rejects.toThrow(RangeError);
		await expect(renderPscReceiptPdf({ ...receipt, applicant: { ...receipt.applicant, name: '' } })).rejects.toThrow(
			RangeError
		);
	});
});

describe('pdf-kit', () => {
	it('keeps Latin letters in the text layer once a document with Cyrillic composites was saved', async () => {
		// DejaVu's «Х», «М», «Р», «А» are composites of the Latin glyphs; subsetting them used to
		// leave the shared parsed font with code-point-less Latin glyphs for the next document.
		await renderPscReceiptPdf(samplePscReceipt('refusal'));
		const { pages } = await texts(await renderPscReceiptPdf(longPscReceipt('receipt')));
		for (const text of pages) expect(text).toContain('№ KX7F-M3PA-R'); // regular face, page foot
		expect(pages.join(' ')).not.toContain('\ufffd');
	});

	it('breaks an over-wide hyphenated name after a hyphen', async () => {
		const pdf = await PDFDocument.create();
		const fonts = await embedCertificateFonts(pdf, bundledFonts);
		const lines = wrapRuns([{ text: 'Әбілқасымова-Нұрғалиева-Жақсыбекова' }], fonts, 10, 160);
		const words = lines.map((l) => l.words.map((w) => w.pieces.map((p) => p.text).join('')).join(' '));
		expect(words.join('')).toBe('Әбілқасымова-Нұрғалиева-Жақсыбекова');
		expect(words.length).toBeGreaterThan(1);
		for (const w of words.slice(0, -1)) expect(w).toMatch(/-$/);
	});
});
