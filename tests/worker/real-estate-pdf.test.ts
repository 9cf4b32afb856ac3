/**
 * Golden tests of the two real-estate certificates (Order No. 236 annexes 4 and 5): each is built
 * from the demo register in D1 with findRealEstateHoldings and the mapping of its module, and the
 * text of the PDF must carry every field of the registry rows it was built from; on every page
 * every line keeps inside the margins and its table column, and no two lines or a line and the
 * QR overlap (the checks of civil-pdf and legal-entity-pdf, on pdf-text's boxes).
 */
import { env } from 'cloudflare:test';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { findRealEstateHoldings, type HolderRightRow, type Subject } from '../../worker/db/property.ts';
import type { LegalEntityRow, ReClaimRow, ReEncumbranceRow, ReRightRow, RegionRow } from '../../worker/db/rows.ts';
import { bundledFonts } from '../../worker/certificates/fonts.ts';
import { embedCertificateFonts, type EmbeddedFonts } from '../../worker/certificates/pdf-kit.ts';
import {
	LEGAL_EQUIVALENCE,
	VALIDITY_NOTE,
	BARCODE_NOTE,
	issuedToEntity,
	issuedToPerson,
	regionName,
	type PersonSubjectRow,
	type RegistryCertificateHead
} from '../../worker/certificates/real-estate-common.ts';
import {
	REAL_ESTATE_PRESENCE_TITLE,
	realEstatePresenceFromHoldings,
	renderRealEstatePresencePdf
} from '../../worker/certificates/real-estate-presence.ts';
import {
	REAL_ESTATE_RIGHTS_TITLE,
	realEstateRightsFromHoldings,
	renderRealEstateRightsPdf
} from '../../worker/certificates/real-estate-rights.ts';
import { gulnurIin, nurlanIin } from '../../worker/seed/registers.ts';
import { longName, stretchHoldings } from '../fixtures/real-estate.ts';
import { decodeQr, overlap, pdfPages, qrArea, qrGrid, textBoxes, type PageContent } from './pdf-text.ts';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

async function texts(bytes: Uint8Array) {
	const { pdf, pages: content } = await pdfPages(bytes);
	const pages = content.map((p) => norm(p.text));
	return { pdf, content, pages, all: pages.join(' ') };
}

let fonts: EmbeddedFonts;
beforeAll(async () => {
	fonts = await embedCertificateFonts(await PDFDocument.create(), bundledFonts);
});

// ─── The documents, from D1 ────────────────────────────────────────────────────────────────────
const barcodeText = 'QZ1.RE.KX7F-M3PA-R.' + 'A'.repeat(300);
const issuedAt = '2026-11-23T09:05:00Z'; // 14:05 in Almaty

async function head(subject: Subject, region: string | null = null): Promise<RegistryCertificateHead> {
	const issuedTo =
		'iin' in subject
			? issuedToPerson(
					(await env.DB.prepare('SELECT * FROM persons WHERE iin = ?').bind(subject.iin).first<PersonSubjectRow>())!
				)
			: issuedToEntity(
					(await env.DB.prepare('SELECT * FROM legal_entities WHERE bin = ?')
						.bind(subject.bin)
						.first<LegalEntityRow>())!
				);
	const regionRow = region
		? await env.DB.prepare('SELECT * FROM regions WHERE code = ?').bind(region).first<RegionRow>()
		: null;
	return {
		number: 'KX7F-M3PA-R',
		issuedAt,
		issuer: { kk: 'Алматы қаласының Әділет департаменті', ru: 'Департамент юстиции города Алматы' },
		issuedTo,
		region: regionName(regionRow)
	};
}

async function certificates(subject: Subject, region: string | null = null) {
	const holdings = await findRealEstateHoldings(env.DB, subject, region);
	const h = await head(subject, region);
	const rights = await texts(
		await renderRealEstateRightsPdf(realEstateRightsFromHoldings(holdings, h), { barcodeText })
	);
	const presence = await texts(
		await renderRealEstatePresencePdf(realEstatePresenceFromHoldings(holdings, h), { barcodeText })
	);
	return { holdings, head: h, rights, presence };
}

// ─── Expected values, computed apart from the renderers' own formatters ─────────────────────────
/** A registration moment as the register's clock showed it in Almaty (UTC+6 until 1 March 2024). */
function registered(at: string): string {
	const ms = Date.parse(at);
	const local = new Date(ms + (ms < Date.parse('2024-02-29T18:00:00Z') ? 6 : 5) * 3_600_000).toISOString();
	return `${local.slice(8, 10)}.${local.slice(5, 7)}.${local.slice(0, 4)} ${local.slice(11, 16)}`;
}
const number = (n: number) => new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 2 }).format(n);
const dmy = (iso: string) => iso.split('-').reverse().join('.');
const ids = (iin: string | null, bin: string | null) => iin ?? bin;

function expectAll(text: string, strings: (string | null | undefined)[]): void {
	for (const s of strings) if (s !== null && s !== undefined && s !== '') expect(text, s).toContain(norm(s));
}

function expectHead(text: string, h: RegistryCertificateHead): void {
	expectAll(text, [
		h.number,
		'«23» қараша 2026 ж.',
		'«23» ноября 2026 г.',
		'23.11.2026 14:05',
		h.issuer.kk,
		h.issuer.ru
	]);
	expectAll(text, [h.issuedTo.name.kk, h.issuedTo.name.ru]);
	if (h.issuedTo.kind === 'person') expectAll(text, [dmy(h.issuedTo.birthDate), h.issuedTo.iin]);
	else expectAll(text, [h.issuedTo.bin]);
	expectAll(text, h.region ? [h.region.kk, h.region.ru] : ['барлық өңірлер', 'все регионы']);
}

function expectFooter(page: PageContent, text: string): void {
	expectAll(text, [
		VALIDITY_NOTE.kk,
		VALIDITY_NOTE.ru,
		LEGAL_EQUIVALENCE.kk,
		LEGAL_EQUIVALENCE.ru,
		BARCODE_NOTE.kk,
		BARCODE_NOTE.ru
	]);
	expect(text).toContain('№ 370-II');
	expect(page.qr).toHaveLength(1);
	expect(decodeQr(qrGrid(page.qr[0]))).toBe(barcodeText);
}

/** The object's technical characteristics, each after its label as the grid prints them. */
function expectObject(text: string, o: HolderRightRow): void {
	expectAll(text, [
		o.cadastral_number,
		o.purpose_kk,
		o.purpose_ru,
		o.address_kk,
		o.address_ru,
		o.address_code,
		o.note_kk,
		o.note_ru
	]);
	if (o.litera) expect(text).toContain(`литер: ${o.litera}`);
	const field = (label: string, value: string) =>
		expect(text, label).toMatch(
			new RegExp(`${label}[^|]{0,80}? ${norm(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)
		);
	field('Құрамдарының саны Количество составляющих', o.components === null ? '—' : String(o.components));
	if (o.storeys !== null)
		field('Этажность, этаж', o.storey === null ? String(o.storeys) : `${o.storeys} / ${o.storey}`);
	if (o.total_area !== null) field('протяжённость', `${number(o.total_area)} м²`);
	if (o.volume !== null) expect(text).toContain(norm(`${number(o.volume)} м³`));
	if (o.length !== null) expect(text).toContain(norm(`${number(o.length)} м`));
	if (o.useful_area !== null) field('Полезная площадь', `${number(o.useful_area)} м²`);
	if (o.divisible !== null) field('Делимость \\(ЗУ\\)', o.divisible ? 'бөлінеді делимый' : 'бөлінбейді неделимый');
}

function expectRight(text: string, r: ReRightRow): void {
	expectAll(text, [
		r.content_kk,
		r.content_ru,
		r.holder_name_kk,
		r.holder_name_ru,
		ids(r.holder_iin, r.holder_bin),
		r.basis_kk,
		r.basis_ru,
		registered(r.registered_at)
	]);
	if (r.share_num !== null) expect(text).toContain(`үлесі ${r.share_num}/${r.share_den}`);
	expect(text).toContain({ sole: 'дара', shared: 'ортақ үлестік', joint: 'ортақ бірлескен' }[r.ownership_form]);
}

function expectEncumbrance(text: string, e: ReEncumbranceRow): void {
	expectAll(text, [
		e.content_kk,
		e.content_ru,
		e.party_name_kk,
		e.party_name_ru,
		ids(e.party_iin, e.party_bin),
		e.basis_kk,
		e.basis_ru,
		registered(e.registered_at)
	]);
	if (e.share_num !== null) expect(text).toContain(`${e.share_num}/${e.share_den}`);
}

function expectClaim(text: string, c: ReClaimRow): void {
	expectAll(text, [
		c.content_kk,
		c.content_ru,
		c.applicant_name_kk,
		c.applicant_name_ru,
		ids(c.applicant_iin, c.applicant_bin),
		c.basis_kk,
		c.basis_ru,
		registered(c.registered_at)
	]);
}

/** Whole pages: titles, page lines, and the layout of every page. */
function expectPages(doc: Awaited<ReturnType<typeof texts>>, title: { kk: string; ru: string }): void {
	const n = doc.pdf.getPageCount();
	expect(doc.pdf.getTitle()).toBe(`${title.kk} / ${title.ru}`);
	expect(doc.pages[0]).toContain(norm(title.kk));
	expect(doc.pages[0]).toContain(norm(title.ru));
	doc.pdf.getPages().forEach((page, i) => {
		const { width, height } = page.getSize();
		expect(width).toBeCloseTo(595.28, 1);
		expect(height).toBeCloseTo(841.89, 1);
		if (n > 1) {
			expect(doc.pages[i]).toContain(`№ KX7F-M3PA-R`);
			expect(doc.pages[i]).toContain(`Бет ${i + 1} / ${n} · Страница ${i + 1} из ${n}`);
		} else expect(doc.pages[i]).not.toContain('Страница');
		expectLaidOut(doc.content[i], `page ${i + 1}/${n}`, { pageLine: n > 1, last: i === n - 1 });
	});
	expectFooter(doc.content[n - 1], doc.pages[n - 1]);
}

// ---------------------------------------------------------------------------
// Geometry (as in civil-pdf and legal-entity-pdf): every line inside the margins and inside its
// table column, no two lines overlapping, the QR on the last page only and clear of the text.
// ---------------------------------------------------------------------------
const PAGE = { width: 595.28, height: 841.89, marginX: 44, marginTop: 44, marginBottom: 54 };

/** The tables' column rules: thin filled rectangles (drawRow's cell borders). */
const columnRules = (page: PageContent) => page.rects.filter((r) => r.w <= 0.5 && r.h > 2);

function expectLaidOut(page: PageContent, where: string, o: { pageLine: boolean; last: boolean }): void {
	const boxes = textBoxes(page, fonts);
	// Each check collects what breaks it, so a failure names every offending line at once.
	const outside = boxes.filter((b) => {
		// Only the page line («№ …», «Бет i / n») sits below the bottom margin.
		const pageLine = o.pageLine && b.y0 < 40 && /^(№|Бет)/.test(b.what);
		return (
			b.x0 < PAGE.marginX - 0.5 ||
			b.x1 > PAGE.width - PAGE.marginX + 0.5 ||
			b.y1 > PAGE.height - PAGE.marginTop ||
			b.y0 < (pageLine ? 20 : PAGE.marginBottom - 0.22 * 8)
		);
	});
	expect(
		outside.map((b) => b.what),
		`${where}: outside the margins`
	).toEqual([]);
	const overlapping: string[] = [];
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++)
			if (overlap(boxes[i], boxes[j])) overlapping.push(`«${boxes[i].what}» × «${boxes[j].what}»`);
	expect(overlapping, `${where}: overlapping lines`).toEqual([]);
	// No line of text may cross a column rule beside it.
	const rules = columnRules(page);
	const overColumns = boxes.filter((b) => {
		const middle = (b.y0 + b.y1) / 2;
		return rules.some((r) => middle > r.y && middle < r.y + r.h && b.x0 < r.x + r.w - 0.3 && b.x1 > r.x + 0.3);
	});
	expect(
		overColumns.map((b) => b.what),
		`${where}: lines across a column rule`
	).toEqual([]);
	expect(page.qr).toHaveLength(o.last ? 1 : 0);
	for (const qr of page.qr) {
		const grid = qrGrid(qr);
		const area = qrArea(qr, grid);
		expect(
			boxes.filter((b) => overlap(area, b)).map((b) => b.what),
			`${where}: text on the QR`
		).toEqual([]);
		expect((grid.length * qr.module) / (72 / 25.4)).toBeGreaterThanOrEqual(29.9); // mm
	}
}

describe('certificate of registered rights and technical characteristics (annex 4)', () => {
	it('Гүлнұр: her flat with its mortgage, the house and the plot with their co-owners and the arrest', async () => {
		const { holdings, head: h, rights } = await certificates({ iin: gulnurIin });
		expectPages(rights, REAL_ESTATE_RIGHTS_TITLE);
		expectHead(rights.all, h);
		expect(h.issuedTo.name.kk).toBe('Әбілқасымова Гүлнұр Өмірқызы');
		const current = holdings.rights.filter((r) => r.terminated_at === null);
		expect(current).toHaveLength(3);
		for (const r of current) expectObject(rights.all, r);
		expect(holdings.currentRightsOnObjects).toHaveLength(7); // the flat 1, the house 3, the plot 3
		for (const r of holdings.currentRightsOnObjects) expectRight(rights.all, r);
		expect(holdings.encumbrances.map((e) => e.type).sort()).toEqual(['arrest', 'mortgage']);
		for (const e of holdings.encumbrances) expectEncumbrance(rights.all, e);
		for (const c of holdings.claims) expectClaim(rights.all, c);
		// The template's headings and labels.
		expectAll(rights.all, [
			'Жылжымайтын мүліктің мына объектілеріне растама:',
			'1) құқығы тіркелді:',
			'2) құқықтық ауыртпалығы тіркелді:',
			'3) жылжымайтын мүлікке құқықтардың немесе құқықтық ауыртпалықтардың туындауына әкеп соқтырмайтын заңдық талаптар және мәмілелер тіркелді:',
			'Құқық иесі немесе уәкілетті орган (мүдделі тұлға)',
			'Мекен-жай, мекен-жайдың тіркеу коды (бар болған жағдайда)',
			'Ипотека',
			'Тыйым салу (арест)'
		]);
		// The objects in the register's order, each numbered.
		for (const [i, r] of current.entries()) expect(rights.all).toContain(`${i + 1}-объект / Объект ${i + 1}: `);
		// No claims on her objects: the third table says so.
		expect(holdings.claims).toEqual([]);
		expect(rights.all).toContain('ЖОҚ / НЕТ');
		// Her previous rights are not part of this certificate.
		expect(rights.all).not.toContain('Бұрын осы тұлғаға тіркелген');
	});

	it('ten co-owners of one plot flow onto continuation pages, every one of them printed', async () => {
		const garden = (await env.DB.prepare(
			`SELECT object_id FROM re_rights WHERE terminated_at IS NULL GROUP BY object_id HAVING count(*) = 10`
		).first<{ object_id: number }>())!;
		const coOwners = (
			await env.DB.prepare('SELECT * FROM re_rights WHERE object_id = ? AND terminated_at IS NULL ORDER BY id')
				.bind(garden.object_id)
				.all<ReRightRow>()
		).results;
		const { holdings, head: h, rights } = await certificates({ iin: coOwners[3].holder_iin! });
		expectPages(rights, REAL_ESTATE_RIGHTS_TITLE);
		expectHead(rights.all, h);
		expect(rights.pdf.getPageCount()).toBeGreaterThanOrEqual(2);
		const plot = holdings.rights.find((r) => r.object_id === garden.object_id)!;
		expectObject(rights.all, plot);
		for (const r of coOwners) expectRight(rights.all, r);
		for (const r of holdings.currentRightsOnObjects) expectRight(rights.all, r);
		for (const e of holdings.encumbrances) expectEncumbrance(rights.all, e);
		for (const c of holdings.claims) expectClaim(rights.all, c);
		expect(holdings.claims.some((c) => c.object_id === garden.object_id && c.type === 'transaction')).toBe(true);
		// Every right printed once: a co-owner as often as they hold a right on the objects printed.
		for (const r of coOwners) {
			const held = holdings.currentRightsOnObjects.filter((x) => x.holder_iin === r.holder_iin).length;
			expect(held).toBeGreaterThanOrEqual(1);
			expect(rights.all.split(`${r.holder_name_kk} ${r.holder_name_ru} ЖСН / ИИН ${r.holder_iin}`).length - 1).toBe(
				held
			);
		}
		// The table goes on under its heading, marked as continued, with its column header again.
		const continued = rights.pages.slice(1).find((p) => p.includes('1) құқығы тіркелді (1-объект, жалғасы):'))!;
		expect(continued).toBeDefined();
		expect(continued).toContain('1) зарегистрировано право (объект 1, продолжение):');
		expect(continued).toContain('Құқықтық туындау негіздемесі');
	});

	it('an entity: the long-named LLP’s building with its mortgage and the plot it leases from the state', async () => {
		const entity = (await env.DB.prepare(
			`SELECT * FROM legal_entities WHERE name_kk LIKE '%Инжиниринг%'`
		).first<LegalEntityRow>())!;
		const { holdings, head: h, rights } = await certificates({ bin: entity.bin });
		expectPages(rights, REAL_ESTATE_RIGHTS_TITLE);
		expectHead(rights.all, h);
		expect(h.issuedTo).toMatchObject({ kind: 'entity', bin: entity.bin });
		expect(rights.all).toContain('Заңды тұлғаның атауы Наименование юридического лица');
		const current = holdings.rights.filter((r) => r.terminated_at === null);
		expect(current.length).toBeGreaterThanOrEqual(2);
		for (const r of current) expectObject(rights.all, r);
		// What it held before is not part of this certificate.
		for (const r of holdings.rights.filter((r) => r.terminated_at !== null))
			if (!current.some((c) => c.object_id === r.object_id)) expect(rights.all).not.toContain(r.cadastral_number);
		for (const r of holdings.currentRightsOnObjects) expectRight(rights.all, r);
		expect(rights.all).toContain('Уақытша жер пайдалану құқығы');
		for (const e of holdings.encumbrances) expectEncumbrance(rights.all, e);
	});

	it('a region narrows it; no objects there prints «ЖОҚ / НЕТ»', async () => {
		const { head: h, rights } = await certificates({ iin: gulnurIin }, 'astana');
		expect(rights.pdf.getPageCount()).toBe(1);
		expectPages(rights, REAL_ESTATE_RIGHTS_TITLE);
		expectHead(rights.all, h);
		expect(rights.all).toContain('Астана');
		expect(rights.all).toContain(
			'растама: Подтверждение в отношении следующих объектов недвижимого имущества: ЖОҚ / НЕТ'
		);
	});

	it('rejects what it cannot print faithfully', async () => {
		const h = await head({ iin: gulnurIin });
		const doc = { ...h, objects: [] };
		await expect(renderRealEstateRightsPdf({ ...doc, number: ' ' }, { barcodeText })).rejects.toThrow(RangeError);
		await expect(renderRealEstateRightsPdf({ ...doc, issuedAt: 'nope' }, { barcodeText })).rejects.toThrow(RangeError);
		await expect(renderRealEstateRightsPdf(doc, { barcodeText: '' })).rejects.toThrow(RangeError);
		await expect(renderRealEstateRightsPdf(doc, { barcodeText: 'Қ' })).rejects.toThrow(RangeError);
	});
});

describe('certificate of the presence or absence of real estate (annex 5)', () => {
	it('Гүлнұр: three current rights, each at its address with its encumbrances and claims', async () => {
		const { holdings, head: h, presence } = await certificates({ iin: gulnurIin });
		expectPages(presence, REAL_ESTATE_PRESENCE_TITLE);
		expectHead(presence.all, h);
		expectAll(presence.all, ['Тіркелді:', 'Зарегистрировано:', 'Бұрын осы тұлғаға тіркелген:', 'нысан / форма']);
		for (const r of holdings.rights) {
			expectAll(presence.all, [
				r.address_kk,
				r.address_ru,
				r.address_code,
				r.cadastral_number,
				r.purpose_kk,
				r.purpose_ru
			]);
			expectAll(presence.all, [r.content_kk, r.content_ru, r.basis_kk, r.basis_ru, registered(r.registered_at)]);
			if (r.share_num !== null)
				expectAll(presence.all, [`үлесі ${r.share_num}/${r.share_den}`, `доля ${r.share_num}/${r.share_den}`]);
		}
		for (const [i] of holdings.rights.entries())
			expect(presence.all).toContain(`${i + 1}) Мекен-жайда орналасқан жылжымайтын мүлікке құқық:`);
		for (const e of holdings.encumbrances) expectEncumbrance(presence.all, e);
		for (const c of holdings.claims) expectClaim(presence.all, c);
		expect(presence.all).toContain('Меншік құқығы, дара');
		expect(presence.all).toContain('Право собственности, общая долевая, доля 1/3');
		// She has held nothing before: the history is empty.
		expect(presence.all).toMatch(/Ранее зарегистрировано за данным лицом: ЖОҚ \/ НЕТ/);
		expect(presence.all).not.toContain('Зарегистрированные права на недвижимое имущество отсутствуют');
	});

	it('Нұрлан: nothing now, and the flat he sold, with the basis and moment of the termination', async () => {
		const { holdings, head: h, presence } = await certificates({ iin: nurlanIin });
		expectPages(presence, REAL_ESTATE_PRESENCE_TITLE);
		expectHead(presence.all, h);
		expect(h.issuedTo.name.kk).toMatch(/^Сейітқали Нұрлан/);
		expect(presence.all).toContain(
			'Тіркелді: Зарегистрировано: Жылжымайтын мүлікке тіркелген құқықтар жоқ. Зарегистрированные права на недвижимое имущество отсутствуют.'
		);
		const [past] = holdings.rights;
		expect(past.terminated_at).not.toBeNull();
		expectAll(presence.all, [
			past.address_kk,
			past.address_ru,
			past.address_code,
			past.cadastral_number,
			past.purpose_kk,
			past.purpose_ru
		]);
		expectAll(presence.all, [
			past.content_kk,
			past.content_ru,
			past.basis_kk,
			past.basis_ru,
			registered(past.registered_at)
		]);
		expectAll(presence.all, [past.termination_basis_kk, past.termination_basis_ru, registered(past.terminated_at!)]);
		expectAll(presence.all, [
			'Құқықтың тоқтату негізі, тіркеу күні және уақыты',
			'Основание прекращения права, дата и время регистрации'
		]);
		// The history comes after the (empty) current rights.
		expect(presence.all.indexOf(past.termination_basis_kk!)).toBeGreaterThan(
			presence.all.indexOf('Бұрын осы тұлғаға тіркелген:')
		);
	});

	it('a person with nothing registered ever gets the absence on one page', async () => {
		const nobody = (await env.DB.prepare(
			`SELECT iin FROM persons WHERE iin NOT IN (SELECT holder_iin FROM re_rights WHERE holder_iin IS NOT NULL) ORDER BY iin LIMIT 1`
		).first<{ iin: string }>())!;
		const { holdings, head: h, presence, rights } = await certificates({ iin: nobody.iin });
		expect(holdings.rights).toEqual([]);
		expect(presence.pdf.getPageCount()).toBe(1);
		expectPages(presence, REAL_ESTATE_PRESENCE_TITLE);
		expectHead(presence.all, h);
		expect(presence.all).toContain(
			'Тіркелді: Зарегистрировано: Жылжымайтын мүлікке тіркелген құқықтар жоқ. Зарегистрированные права на недвижимое имущество отсутствуют. Бұрын осы тұлғаға тіркелген: Ранее зарегистрировано за данным лицом: ЖОҚ / НЕТ'
		);
		expect(rights.pdf.getPageCount()).toBe(1);
		expectPages(rights, REAL_ESTATE_RIGHTS_TITLE);
	});

	it('the long address: both documents from one region, every block whole', async () => {
		const holder = (await env.DB.prepare(
			`SELECT r.holder_iin FROM re_rights r JOIN re_objects o ON o.id = r.object_id
			  WHERE o.address_kk LIKE '%Тәуелсіздігінің жиырма%' LIMIT 1`
		).first<{ holder_iin: string }>())!;
		const { holdings, head: h, presence, rights } = await certificates({ iin: holder.holder_iin }, 'almaty-region');
		for (const doc of [presence, rights]) {
			expectHead(doc.all, h);
			for (const r of holdings.rights) expectAll(doc.all, [r.address_kk, r.address_ru, r.cadastral_number]);
			for (const c of holdings.claims) expectClaim(doc.all, c);
		}
		expectPages(presence, REAL_ESTATE_PRESENCE_TITLE);
		expectPages(rights, REAL_ESTATE_RIGHTS_TITLE);
	});
});

describe('long names and addresses', () => {
	it('ten long-named co-owners at a long address flow over pages with nothing lost or overlapping', async () => {
		const garden = (await env.DB.prepare(
			`SELECT holder_iin FROM re_rights WHERE terminated_at IS NULL AND object_id =
			   (SELECT object_id FROM re_rights WHERE terminated_at IS NULL GROUP BY object_id HAVING count(*) = 10)
			 ORDER BY id LIMIT 1`
		).first<{ holder_iin: string }>())!;
		const holdings = stretchHoldings(await findRealEstateHoldings(env.DB, { iin: garden.holder_iin }, null));
		const base = await head({ iin: garden.holder_iin });
		const h = { ...base, issuedTo: { ...base.issuedTo, name: longName } };
		const rights = await texts(
			await renderRealEstateRightsPdf(realEstateRightsFromHoldings(holdings, h), { barcodeText })
		);
		const presence = await texts(
			await renderRealEstatePresencePdf(realEstatePresenceFromHoldings(holdings, h), { barcodeText })
		);
		// A word too long for its column breaks after a hyphen: read the text with those breaks closed.
		const flat = (s: string) => norm(s).replace(/- /g, '-');
		for (const doc of [rights, presence]) {
			expectPages(doc, doc === rights ? REAL_ESTATE_RIGHTS_TITLE : REAL_ESTATE_PRESENCE_TITLE);
			expect(doc.pdf.getPageCount()).toBeGreaterThanOrEqual(3);
			// The layout checks had tables to check on every page.
			for (const page of doc.content) expect(columnRules(page).length).toBeGreaterThan(0);
			expect(flat(doc.all)).toContain(flat(longName.kk));
			expect(flat(doc.all)).toContain(flat(longName.ru));
			for (const r of holdings.rights.filter((r) => r.terminated_at === null))
				expectAll(flat(doc.all), [flat(r.address_kk), flat(r.address_ru)]);
			for (const c of holdings.claims) expectAll(flat(doc.all), [flat(c.applicant_name_kk), flat(c.applicant_name_ru)]);
		}
		for (const r of holdings.currentRightsOnObjects)
			expectAll(flat(rights.all), [flat(r.holder_name_kk), flat(r.holder_name_ru), r.holder_iin]);
	});
});
