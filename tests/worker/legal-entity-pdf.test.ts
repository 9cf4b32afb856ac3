/**
 * The four legal-entity extracts (worker/certificates/legal-entity-extract.ts) built from the demo
 * Legal entities database in D1 through the service's look-ups and the mappings: every field of the
 * rows is in the PDF's text, lists run onto continuation pages, nothing overlaps, and the QR holds
 * the barcode text.
 */
import { env } from 'cloudflare:test';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundledFonts } from '../../worker/certificates/fonts.ts';
import {
	LEGAL_ENTITY_EXTRACT_TITLE,
	LEGAL_ENTITY_FOOTER,
	formatShare,
	fromBranchesExtract,
	fromEntityExtract,
	fromEntityParticipations,
	fromPersonParticipations,
	renderLegalEntityExtractPdf
} from '../../worker/certificates/legal-entity-extract.ts';
import type {
	IdentityDocument,
	LeIssue,
	LegalEntityExtract,
	PersonNameRow
} from '../../worker/certificates/legal-entity-extract.ts';
import { embedCertificateFonts } from '../../worker/certificates/pdf-kit.ts';
import type { EmbeddedFonts } from '../../worker/certificates/pdf-kit.ts';
import { findEntityExtract, findParticipations } from '../../worker/db/legal-entities.ts';
import type { LeParticipantRow, LegalEntityRow } from '../../worker/db/rows.ts';
import { gulnurIin, nurlanIin } from '../../worker/seed/registers.ts';
import { formatDate } from '../../src/lib/domain/dates.ts';
import { decodeQr, overlap, pdfPages, qrArea, qrGrid } from './pdf-text.ts';
import type { Box, PageContent } from './pdf-text.ts';

const barcodeText = 'QZ1.LE.KX7F-M3PA-R.' + 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_'.repeat(8);
const issue: LeIssue = {
	certificateNumber: 'KX7F-M3PA-R',
	issuedAt: '2026-11-23T09:05:00Z',
	department: { kk: 'Шымкент қаласының Әділет департаменті', ru: 'Департамент юстиции города Шымкента' },
	verifyOrigin: 'http://qyzmet.test'
};
const idCard: IdentityDocument = {
	type: {
		kk: 'Қазақстан Республикасы азаматының жеке куәлігі',
		ru: 'Удостоверение личности гражданина Республики Казахстан'
	},
	number: '048123456',
	issuedOn: '2021-07-20',
	issuer: { kk: 'ҚР Ішкі істер министрлігі', ru: 'МВД РК' }
};

const bin = async (where: string) =>
	(await env.DB.prepare(`SELECT bin FROM legal_entities WHERE ${where}`).first<{ bin: string }>())!.bin;
const person = async (iin: string) =>
	(await env.DB.prepare('SELECT iin, full_name_kk, full_name_ru FROM persons WHERE iin = ?')
		.bind(iin)
		.first<PersonNameRow>())!;

let logistics: string;
let cooperative: string;
let longName: string;
let fonts: EmbeddedFonts;

beforeAll(async () => {
	logistics = await bin(`kind = 'entity' AND name_kk LIKE '%"Шаңырақ Логистик"%'`);
	cooperative = await bin(`legal_form = 'production-cooperative' AND name_kk = '"Береке" өндірістік кооперативі'`);
	longName = await bin(`name_kk LIKE '%Инжиниринг Компаниясы%'`);
	fonts = await embedCertificateFonts(await PDFDocument.create(), bundledFonts);
});

async function render(doc: LegalEntityExtract) {
	const bytes = await renderLegalEntityExtractPdf(doc, { barcodeText });
	expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
	const { pdf, pages } = await pdfPages(bytes);
	for (const page of pdf.getPages()) {
		expect(page.getWidth()).toBeCloseTo(595.28, 1);
		expect(page.getHeight()).toBeCloseTo(841.89, 1);
	}
	expect(pdf.getTitle()).toBe(
		`${LEGAL_ENTITY_EXTRACT_TITLE[doc.variant].kk} / ${LEGAL_ENTITY_EXTRACT_TITLE[doc.variant].ru}`
	);
	expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-23T09:05:00.000Z');
	expectLaidOut(pages);
	return { bytes, pages, all: pages.map((p) => p.text).join(' ') };
}

// ---------------------------------------------------------------------------
// What every extract must say
// ---------------------------------------------------------------------------
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function expectAll(text: string, strings: (string | null)[], what: string) {
	for (const s of strings) if (s !== null) expect(text, `${what}: ${s}`).toContain(squash(s));
}

/** The fields of a full entity block, from the row (the wording of the registration type is the form's). */
function entityFields(row: LegalEntityRow): string[] {
	const type =
		row.registration_type === 'initial'
			? ['бастапқы тіркеу', 'первичная регистрация']
			: ['қайта тіркеу', 'перерегистрация'];
	return [
		...reducedFields(row),
		row.registering_body_kk,
		row.registering_body_ru,
		...type,
		`${formatDate(row.initial_registered_on)} № ${row.initial_registration_number}`,
		row.head_name_kk!,
		row.head_name_ru!,
		`${row.activity_kk} (ЭҚЖЖ ${row.activity_code})`,
		`${row.activity_ru} (ОКЭД ${row.activity_code})`,
		row.legal_address_kk,
		row.legal_address_ru
	];
}

/** Extract 2 prints the entity itself reduced to its name, last registration and codes. */
function reducedFields(row: LegalEntityRow): string[] {
	return [
		row.name_kk,
		row.name_ru,
		`${formatDate(row.last_registered_on)} № ${row.last_registration_number}`,
		`БСН / БИН ${row.bin}`,
		`СТТН / РНН ${row.rnn ?? '—'}`,
		`ОКПО ${row.okpo ?? '—'}`
	];
}

function participantFields(p: LeParticipantRow): string[] {
	return [
		p.name_kk,
		p.name_ru,
		...(p.participant_bin ? [`БСН / БИН ${p.participant_bin}`] : []),
		...(p.share_num !== null ? [formatShare({ num: p.share_num, den: p.share_den! })] : [])
	];
}

function expectFooter(last: string, others: string[]) {
	expectAll(
		last,
		[
			LEGAL_ENTITY_FOOTER.validity.kk,
			LEGAL_ENTITY_FOOTER.validity.ru,
			LEGAL_ENTITY_FOOTER.legal.kk,
			LEGAL_ENTITY_FOOTER.legal.ru,
			LEGAL_ENTITY_FOOTER.barcode.kk,
			LEGAL_ENTITY_FOOTER.barcode.ru,
			'№ 370-II',
			issue.department!.kk,
			issue.department!.ru,
			'http://qyzmet.test/v'
		],
		'footer'
	);
	for (const page of others) expect(page).not.toContain('№ 370-II');
}

function expectHead(first: string, variant: LegalEntityExtract['variant']) {
	expectAll(
		first,
		[
			'Қазақстан Республикасының Әділет министрлігі',
			'Министерство юстиции Республики Казахстан',
			LEGAL_ENTITY_EXTRACT_TITLE[variant].kk,
			LEGAL_ENTITY_EXTRACT_TITLE[variant].ru,
			'талап етілген жері бойынша берілді',
			'№ KX7F-M3PA-R',
			'берілген күні / дата выдачи: 23.11.2026 14:05', // 09:05Z in Almaty
			'ЗТ МДҚ деректеріне сәйкес: / Согласно данным ГБД ЮЛ:'
		],
		'head'
	);
}

/** Multi-page extracts number their pages and say on every page after the first that they continue. */
function expectPageFeet(pages: PageContent[]) {
	const n = pages.length;
	if (n === 1) return expect(pages[0].text).not.toContain('Страница');
	pages.forEach((p, i) => {
		expect(p.text).toContain(`№ KX7F-M3PA-R`);
		expect(p.text).toContain(`Бет ${i + 1} / ${n} · Страница ${i + 1} из ${n}`);
		if (i > 0) expect(p.text).toContain('(жалғасы / продолжение)');
	});
}

// ---------------------------------------------------------------------------
// Geometry: nothing overlaps, everything on the page, the QR decodes to the barcode text
// ---------------------------------------------------------------------------
function expectLaidOut(pages: PageContent[]) {
	pages.forEach((page, p) => {
		const boxes: Box[] = page.segments
			.filter((s) => s.text.trim())
			.map((s) => {
				const width = (s.bold ? fonts.bold : fonts.regular).widthOfTextAtSize(s.text.trimEnd(), s.size);
				return { x0: s.x, x1: s.x + width, y0: s.y - 0.22 * s.size, y1: s.y + 0.76 * s.size, what: s.text };
			});
		for (const b of boxes) {
			expect(b.x0, `page ${p + 1}: ${b.what}`).toBeGreaterThanOrEqual(54 - 0.5);
			expect(b.x1, `page ${p + 1}: ${b.what}`).toBeLessThanOrEqual(595.28 - 54 + 0.5);
			expect(b.y0, `page ${p + 1}: ${b.what}`).toBeGreaterThan(20);
			expect(b.y1, `page ${p + 1}: ${b.what}`).toBeLessThan(841.89 - 20);
		}
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++)
				expect(overlap(boxes[i], boxes[j]), `page ${p + 1}: «${boxes[i].what}» overlaps «${boxes[j].what}»`).toBe(
					false
				);
		// The QR only on the last page, clear of the text, holding the barcode text.
		expect(page.qr).toHaveLength(p === pages.length - 1 ? 1 : 0);
		for (const qr of page.qr) {
			const grid = qrGrid(qr);
			const side = grid.length * qr.module;
			const area = qrArea(qr, grid);
			for (const b of boxes) expect(overlap(area, b), `«${b.what}» on the QR`).toBe(false);
			expect(side / (72 / 25.4)).toBeGreaterThanOrEqual(29.9); // mm
			expect(decodeQr(grid)).toBe(barcodeText);
		}
	});
}

// ---------------------------------------------------------------------------
describe('extract 1: a registered legal entity, branch or representative office', () => {
	it('prints every field of the entity and its founders on one page', async () => {
		const extract = await findEntityExtract(env.DB, logistics);
		const { pages, all } = await render(fromEntityExtract(extract, issue));
		expect(pages).toHaveLength(1);
		expectHead(all, 'registered');
		const entity = extract.entity!;
		expectAll(all, [`Берілді: / Выдана: ${entity.name_kk} ${entity.name_ru}`, ...entityFields(entity)], 'entity');
		expect(all).toContain('Құрылтайшысы (қатысушысы, бастамашы азаматтары):'); // L3241
		expect(extract.participants).toHaveLength(3);
		for (const p of extract.participants) expectAll(all, participantFields(p), 'founder');
		// Нұрлан holds 40 %; the forms print founders and the head by name, never their IINs.
		expect(all).toContain('Сейітқали Нұрлан Ерболұлы · 40 %');
		for (const iin of [entity.head_iin, ...extract.participants.map((p) => p.participant_iin)])
			if (iin) expect(all).not.toContain(iin);
		expectFooter(all, []);
		expectPageFeet(pages);
	});

	it('names the entity of a branch and lists no founders', async () => {
		const branch = (await findEntityExtract(env.DB, logistics)).branches[0];
		const extract = await findEntityExtract(env.DB, branch.bin);
		expect(extract.participants).toEqual([]);
		const { pages, all } = await render(fromEntityExtract(extract, issue));
		expect(pages).toHaveLength(1);
		// The label of the entity's BIN takes two lines: «Заңды тұлғаның БСН» over «БИН юридического лица».
		expectAll(all, [...entityFields(branch), `Заңды тұлғаның БСН БИН юридического лица ${logistics}`], 'branch');
		expect(all).toContain('Филиалдың (өкілдіктің) атауы:'); // L3269
		expect(all).not.toContain('Құрылтайшы');
	});

	it('runs a long name and fifty founders onto continuation pages', async () => {
		const extract = await findEntityExtract(env.DB, cooperative);
		expect(extract.participants).toHaveLength(50);
		const { pages, all } = await render(fromEntityExtract(extract, issue));
		expect(pages.length).toBeGreaterThanOrEqual(2);
		expectAll(all, [...entityFields(extract.entity!), 'Барлығы / Всего: 50'], 'cooperative');
		// The full-width table keeps the order of the register, one founder a row.
		let at = 0;
		extract.participants.forEach((p, i) => {
			const row = `${i + 1}. ${p.name_kk} ${p.name_ru} 1/50`;
			const found = all.indexOf(row, at);
			expect(found, row).toBeGreaterThan(at);
			at = found;
		});
		// Its head repeats on the page it runs onto.
		expect(pages.slice(1).some((p) => p.text.includes('Атауы (ТАӘ) (жалғасы)'))).toBe(true);
		expectFooter(
			pages.at(-1)!.text,
			pages.slice(0, -1).map((p) => p.text)
		);
		expectPageFeet(pages);

		const long = await findEntityExtract(env.DB, longName);
		const rendered = await render(fromEntityExtract(long, issue));
		expectAll(rendered.all, entityFields(long.entity!), 'long name');
		expectPageFeet(rendered.pages);
	});

	it('renders without waiting for a timer, so other requests cannot cut in (pdf-kit.ts, encodeAtOnce)', async () => {
		const doc = fromEntityExtract(await findEntityExtract(env.DB, cooperative), issue);
		await renderLegalEntityExtractPdf(doc, { barcodeText }); // fonts parsed, code warm
		// A 0 ms timer set once the render is under way fires before the render ends if the render
		// waits for any timer of its own (fontkit's and pdf-lib's yields are such timers).
		const order: string[] = [];
		const rendered = renderLegalEntityExtractPdf(doc, { barcodeText }).then((pdf) => (order.push('rendered'), pdf));
		setTimeout(() => order.push('timer'), 0);
		const pdf = await rendered;
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(order).toEqual(['rendered', 'timer']);
		expect((await PDFDocument.load(pdf)).getPageCount()).toBeGreaterThanOrEqual(2);
	});
});

describe('extract 2: the branches and representative offices of an entity', () => {
	it('prints the entity and every field of each branch in the order of the look-up', async () => {
		const extract = await findEntityExtract(env.DB, logistics);
		expect(extract.branches.map((b) => b.kind)).toEqual(['branch', 'branch', 'representative-office']);
		const { pages, all } = await render(fromBranchesExtract(extract, issue));
		expectHead(all, 'branches');
		expectAll(all, reducedFields(extract.entity!), 'entity');
		// No founders in this form (L3251–3291), and the entity's own head and address are not its branches'.
		expect(all).not.toContain('Құрылтайшы');
		expect(all).not.toContain(extract.entity!.legal_address_kk);
		expect(all).toContain('Заңды тұлғаның филиалы (өкілдігі): Филиал (представительство) юридического лица:'); // L3267
		let at = 0;
		extract.branches.forEach((b, i) => {
			const kind = b.kind === 'branch' ? 'Филиал' : 'Өкілдік / Представительство';
			const band = `${i + 1} / 3 · ${kind} · БСН / БИН ${b.bin}`;
			const found = all.indexOf(band, at);
			expect(found, band).toBeGreaterThan(at);
			at = found;
			const block = all.slice(found, i < 2 ? all.indexOf(`${i + 2} / 3 ·`, found) : undefined);
			expectAll(block, entityFields(b), `branch ${i + 1}`);
		});
		expectFooter(
			pages.at(-1)!.text,
			pages.slice(0, -1).map((p) => p.text)
		);
		expectPageFeet(pages);
	});

	it('prints «ЖОҚ / НЕТ» for an entity without branches', async () => {
		const extract = await findEntityExtract(env.DB, longName);
		expect(extract.branches).toEqual([]);
		const { all } = await render(fromBranchesExtract(extract, issue));
		expect(all).toContain('Филиал (представительство) юридического лица: ЖОҚ / НЕТ');
	});
});

describe("extract 3: an individual's participation in legal entities", () => {
	it('prints the person, the identity document and every entity with the share held', async () => {
		const found = await findParticipations(env.DB, { iin: nurlanIin });
		expect(found.entities).toHaveLength(1);
		const nurlan = await person(nurlanIin);
		const requestedBy = {
			name: { kk: 'Әбілқасымова Гүлнұр Өмірқызы', ru: 'Абилкасымова Гульнур Омиркызы' },
			iin: gulnurIin
		};
		const { pages, all } = await render(fromPersonParticipations(nurlan, idCard, found, { ...issue, requestedBy }));
		expectHead(all, 'person-participation');
		expectAll(
			all,
			[
				`Берілді(ТАӘ): / Выдана (Ф.И.О.): ${nurlan.full_name_kk} ${nurlan.full_name_ru}`,
				`ЖСН / ИИН ${nurlanIin}`,
				idCard.type.kk,
				idCard.type.ru,
				'№ 048123456, 20.07.2021 ж., ҚР Ішкі істер министрлігі берген',
				'№ 048123456, от 20.07.2021, выдан: МВД РК',
				`Сұрау салушы / Запрос подал ${requestedBy.name.kk} ${requestedBy.name.ru} ЖСН / ИИН ${gulnurIin}`,
				'Жеке тұлғаның заңды тұлғаларда, филиалдар мен өкілдіктерде қатысуы:', // L3305
				'Қатысу үлесі: / Доля участия: 40 %',
				'Құрылтайшылары (қатысушылары, бастамашы азаматтары):'
			],
			'person'
		);
		expectAll(all, entityFields(found.entities[0]), 'entity');
		for (const p of found.participants) expectAll(all, participantFields(p), 'founder');
		expectFooter(
			pages.at(-1)!.text,
			pages.slice(0, -1).map((p) => p.text)
		);
		expectPageFeet(pages);
	});

	it('lists several entities, one with fifty founders, over continuation pages', async () => {
		const member = (await env.DB.prepare(
			`SELECT participant_iin AS iin FROM le_participants WHERE participant_iin IS NOT NULL
			 GROUP BY participant_iin HAVING count(*) >= 3 AND sum(entity_bin = ?) = 1 LIMIT 1`
		)
			.bind(cooperative)
			.first<{ iin: string }>())!.iin;
		const found = await findParticipations(env.DB, { iin: member });
		const { pages, all } = await render(fromPersonParticipations(await person(member), null, found, issue));
		expect(pages.length).toBeGreaterThanOrEqual(3);
		let at = 0;
		found.entities.forEach((e, i) => {
			const band = `${i + 1} / ${found.entities.length} · Заңды тұлға / Юридическое лицо · БСН / БИН ${e.bin}`;
			const start = all.indexOf(band, at);
			expect(start, band).toBeGreaterThan(at);
			at = start;
			const end =
				i + 1 < found.entities.length ? all.indexOf(`${i + 2} / ${found.entities.length} ·`, start) : undefined;
			const block = all.slice(start, end);
			expectAll(block, entityFields(e), `entity ${i + 1}`);
			expect(block).toContain(
				squash(`Доля участия: ${formatShare({ num: e.participation_share_num!, den: e.participation_share_den! })}`)
			);
			for (const p of found.participants.filter((p) => p.entity_bin === e.bin))
				expectAll(block, participantFields(p), 'founder');
		});
		expectPageFeet(pages);
	});

	it('prints «ЖОҚ / НЕТ» for a person who participates in nothing', async () => {
		const found = await findParticipations(env.DB, { iin: gulnurIin });
		const { pages, all } = await render(fromPersonParticipations(await person(gulnurIin), idCard, found, issue));
		expect(pages).toHaveLength(1);
		expect(all).toContain('Участие физического лица в юридических лицах, филиалах и представительствах: ЖОҚ / НЕТ');
	});
});

describe("extract 4: an entity's participation in other entities", () => {
	it('prints the entity and each entity it participates in, with its share', async () => {
		const subject = await findEntityExtract(env.DB, logistics);
		const found = await findParticipations(env.DB, { bin: logistics });
		expect(found.entities).toHaveLength(1); // the partner LLP, which participates in it in turn
		const { pages, all } = await render(fromEntityParticipations(subject, found, issue));
		expectHead(all, 'entity-participation');
		const split = all.indexOf('Заңды тұлғаның басқа заңды тұлғаларда қатысуы:'); // L3363
		expect(split).toBeGreaterThan(0);
		expectAll(all.slice(0, split), entityFields(subject.entity!), 'subject');
		for (const p of subject.participants) expectAll(all.slice(0, split), participantFields(p), 'founder');
		const rest = all.slice(split);
		expectAll(rest, [...entityFields(found.entities[0]), 'Қатысу үлесі: / Доля участия: 30 %'], 'participation');
		for (const p of found.participants) expectAll(rest, participantFields(p), 'founder');
		expectFooter(
			pages.at(-1)!.text,
			pages.slice(0, -1).map((p) => p.text)
		);
		expectPageFeet(pages);
	});

	it('prints «ЖОҚ» (L3363) for an entity that participates in no other', async () => {
		const { all } = await render(
			fromEntityParticipations(
				await findEntityExtract(env.DB, longName),
				await findParticipations(env.DB, { bin: longName }),
				issue
			)
		);
		expect(all).toContain('Участие юридического лица в других юридических лицах: ЖОҚ / НЕТ');
	});
});

describe('the renderer', () => {
	it('refuses what it cannot print faithfully', async () => {
		const extract = await findEntityExtract(env.DB, logistics);
		const doc = fromEntityExtract(extract, issue);
		// An unknown BIN is the service's refusal, not an extract.
		const unknown = await findEntityExtract(env.DB, '990140000011');
		expect(() => fromEntityExtract(unknown, issue)).toThrow(RangeError);
		await expect(renderLegalEntityExtractPdf(doc, { barcodeText: 'x'.repeat(701) })).rejects.toThrow(RangeError);
		await expect(renderLegalEntityExtractPdf(doc, { barcodeText: 'Әлия' })).rejects.toThrow(RangeError);
		await expect(renderLegalEntityExtractPdf({ ...doc, issuedAt: 'nope' }, { barcodeText })).rejects.toThrow(
			RangeError
		);
		await expect(renderLegalEntityExtractPdf({ ...doc, certificateNumber: ' ' }, { barcodeText })).rejects.toThrow(
			RangeError
		);
	});

	it('prints without the optional department, verification origin and requester', async () => {
		const extract = await findEntityExtract(env.DB, logistics);
		const { all } = await render(
			fromEntityExtract(extract, { certificateNumber: 'KX7F-M3PA-R', issuedAt: issue.issuedAt })
		);
		expect(all).not.toContain('Штрих-код подписан');
		expect(all).toContain(LEGAL_ENTITY_FOOTER.barcode.ru);
	});
});
