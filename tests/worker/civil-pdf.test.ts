/**
 * The civil-registry documents of Order No. 236 (worker/certificates/civil-reference.ts and
 * civil-notices.ts) built from D1 rows: act records written the way the office writes them
 * (worker/office/act-records.ts, from the registration services' answers), the seeded birth
 * records, applications with their offices. Every printed field is read back from the PDF's text
 * in its sentence, the wording is the template's, nothing overlaps (long names and addresses wrap),
 * and the QR holds the barcode text.
 */
import { env } from 'cloudflare:test';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_BARCODE_NOTE, REFERENCE_BARCODE_NOTE, kazakhAnd } from '../../worker/certificates/civil-layout.ts';
import {
	DUPLICATE_ACCEPTANCE_TITLE,
	DUPLICATE_KIND_WORDING,
	MARRIAGE_REGISTRATION_NOTICE_TITLE,
	duplicateAcceptanceNoticeFromRows,
	marriageRegistrationNoticeFromRows,
	renderDuplicateAcceptanceNoticePdf,
	renderMarriageRegistrationNoticePdf
} from '../../worker/certificates/civil-notices.ts';
import type { DuplicateCertificateKind } from '../../worker/certificates/civil-notices.ts';
import {
	CIVIL_REFERENCE_TITLE,
	civilReferenceFromRow,
	renderCivilReferencePdf
} from '../../worker/certificates/civil-reference.ts';
import type { CivilReference } from '../../worker/certificates/civil-reference.ts';
import { civilRecordStatement, type CivilRecordRow } from '../../worker/db/registry.ts';
import { bundledFonts } from '../../worker/certificates/fonts.ts';
import { embedCertificateFonts } from '../../worker/certificates/pdf-kit.ts';
import type { EmbeddedFonts } from '../../worker/certificates/pdf-kit.ts';
import { LEGAL_EQUIVALENCE } from '../../worker/certificates/real-estate-common.ts';
import type { ApplicationRow, OfficeRow } from '../../worker/db/rows.ts';
import { actRecordStatements } from '../../worker/office/act-records.ts';
import {
	civilBarcodeText as barcodeText,
	civilIssue as issue,
	dana,
	divorceAnswers,
	duplicateAnswers,
	erlan,
	longBride,
	longGroom,
	longNameChangeAnswers,
	longOffice,
	marriageAnswers,
	marriageApplicationAnswers,
	nameChangeAnswers,
	sampleApplicationNumber,
	talgat
} from '../fixtures/civil-documents.ts';
import type { SamplePerson } from '../fixtures/civil-documents.ts';
import { decodeQr, overlap, pdfPages, qrArea, qrGrid, textBoxes } from './pdf-text.ts';
import type { PageContent } from './pdf-text.ts';

let fonts: EmbeddedFonts;

beforeAll(async () => {
	fonts = await embedCertificateFonts(await PDFDocument.create(), bundledFonts);
	await env.DB.batch([
		env.DB.prepare(
			'INSERT OR IGNORE INTO registry_offices (code, department_code, name_kk, name_ru) VALUES (?, ?, ?, ?)'
		).bind(longOffice.code, longOffice.departmentCode, longOffice.name.kk, longOffice.name.ru),
		env.DB.prepare(
			`INSERT OR IGNORE INTO offices (code, kind, registry_office_code, act_number, name_kk, name_ru, name_en, address_kk, address_ru)
			 VALUES (?, 'registry', ?, ?, ?, ?, ?, ?, ?)`
		).bind(
			longOffice.code,
			longOffice.code,
			longOffice.actNumber,
			longOffice.name.kk,
			longOffice.name.ru,
			longOffice.name.en,
			longOffice.address.kk,
			longOffice.address.ru
		)
	]);
});

// ---------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------
const officeRow = async (code: string) =>
	(await env.DB.prepare('SELECT * FROM offices WHERE code = ?').bind(code).first<OfficeRow>())!;

let seq = 0;
async function apply(
	service: string,
	answers: Record<string, string>,
	o: { number?: string; submittedAt?: string; office?: string; ceremonyAt?: string } = {}
): Promise<ApplicationRow> {
	const id = crypto.randomUUID();
	await env.DB.prepare(
		`INSERT INTO applications (id, number, service, channel, lang, applicant_iin, answers, body_hash, state, submitted_at, office_code, ceremony_at)
		 VALUES (?, ?, ?, 'portal', 'kk', ?, ?, 'test', 'in_processing', ?, ?, ?)`
	)
		.bind(
			id,
			o.number ?? `CIVILTEST${++seq}`,
			service,
			answers.iin,
			JSON.stringify(answers),
			o.submittedAt ?? '2026-11-20T04:30:00Z',
			o.office ?? 'ALA-ALM',
			o.ceremonyAt ?? null
		)
		.run();
	return (await env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(id).first<ApplicationRow>())!;
}

/** The officer enters the act record of an application (act-records.ts); read back with its person and office. */
async function enterRecord(service: string, answers: Record<string, string>, officeCode = 'ALA-ALM') {
	const application = await apply(service, answers, { office: officeCode });
	const made = actRecordStatements(env.DB, application, await officeRow(officeCode), new Date('2026-11-20T05:00:00Z'), {
		sql: '1 = 1',
		params: []
	});
	if ('problem' in made) throw new Error(made.problem);
	await env.DB.batch(made.statements);
	const { act_record_id } = (await env.DB.prepare('SELECT act_record_id FROM applications WHERE id = ?')
		.bind(application.id)
		.first<{ act_record_id: number }>())!;
	return (await civilRecordStatement(env.DB, act_record_id).first<CivilRecordRow>())!;
}

async function personRow(p: SamplePerson) {
	await env.DB.prepare(
		`INSERT OR IGNORE INTO persons (iin, full_name_kk, full_name_ru, sex, birth_date, birth_place_kk, birth_place_ru)
		 VALUES (?, ?, ?, ?, ?, 'Алматы', 'Алматы')`
	)
		.bind(p.iin, p.name, p.name, p.sex, p.birthDate)
		.run();
	return (await env.DB.prepare('SELECT full_name_kk, sex, birth_date FROM persons WHERE iin = ?')
		.bind(p.iin)
		.first<{ full_name_kk: string; sex: 'male' | 'female'; birth_date: string }>())!;
}

// ---------------------------------------------------------------------------
// Reading back
// ---------------------------------------------------------------------------
const up = (s: string) => s.toLocaleUpperCase('kk-KZ');
const dmy = (iso: string) => iso.split('-').reverse().join('.');
/**
 * Text without any whitespace: a line break, a justified gap, a name broken after a hyphen or a
 * change of face inside a word (which starts a new text segment) cannot make a match fail, while
 * every character and its order still count.
 */
const compact = (s: string) => s.replace(/\s+/g, '');

function expectIn(all: string, strings: string[], what: string) {
	const text = compact(all);
	for (const s of strings) expect(text, `${what}: ${s}`).toContain(compact(s));
}

/** The strings appear in this order (Kazakh block before Russian, label before value). */
function expectInOrder(all: string, strings: string[]) {
	const text = compact(all);
	let at = -1;
	for (const s of strings) {
		const found = text.indexOf(compact(s), at + 1);
		expect(found, `«${s}» after position ${at}`).toBeGreaterThan(at);
		at = found;
	}
}

async function render(bytes: Uint8Array, title: { kk: string; ru: string }) {
	expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
	const { pdf, pages } = await pdfPages(bytes);
	expect(pages).toHaveLength(1);
	expect(pdf.getPage(0).getWidth()).toBeCloseTo(595.28, 1);
	expect(pdf.getPage(0).getHeight()).toBeCloseTo(841.89, 1);
	expect(pdf.getTitle()).toBe(`${title.kk} / ${title.ru}`);
	expect(pdf.getSubject()).toBe('№ KX7F-M3PA-R');
	expect(pdf.getCreationDate()?.toISOString()).toBe('2026-11-23T09:05:00.000Z');
	expectLaidOut(pages[0]);
	return pages[0].text;
}

const renderReference = async (doc: CivilReference) =>
	render(await renderCivilReferencePdf(doc, { barcodeText }), CIVIL_REFERENCE_TITLE[doc.kind]);

/** The band at the foot: number, time of issue, signer, verification, the legal line, the barcode note. */
function expectFooter(all: string, noun: 'reference' | 'notice') {
	const [number, verify, byNumber, verifyRu, byNumberRu] =
		noun === 'reference'
			? ['Анықтама нөмірі / Номер справки', 'Анықтаманың', 'анықтама нөмірі', 'Подлинность справки', 'номер справки']
			: [
					'Хабарлама нөмірі / Номер уведомления',
					'Хабарламаның',
					'хабарлама нөмірі',
					'Подлинность уведомления',
					'номер уведомления'
				];
	const note = noun === 'reference' ? REFERENCE_BARCODE_NOTE : NOTICE_BARCODE_NOTE;
	expectInOrder(all, [
		`${number}: KX7F-M3PA-R`,
		'Берілген уақыты: 23.11.2026 14:05 (Алматы уақыты, UTC+5)', // 09:05Z in Almaty
		'Дата и время выдачи: 23.11.2026 14:05 (время Алматы, UTC+5)',
		`Штрих-кодқа қол қойған: ${issue.department.kk}`,
		`Штрих-код подписан: ${issue.department.ru}`,
		`${verify} түпнұсқалығын http://qyzmet.test/v сайтында QR-кодты сканерлеу арқылы немесе ${byNumber} бойынша тексеруге болады.`,
		`${verifyRu} можно проверить на сайте http://qyzmet.test/v, отсканировав QR-код или введя ${byNumberRu}.`,
		LEGAL_EQUIVALENCE.kk,
		LEGAL_EQUIVALENCE.ru,
		note.kk,
		note.ru
	]);
	expect(all).toContain('№ 370-II');
}

const LETTERHEAD = 'Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі және құқықтық көмек көрсету комитеті';

// ---------------------------------------------------------------------------
// Geometry: nothing overlaps, everything inside the margins, the QR decodes to the barcode text
// ---------------------------------------------------------------------------
function expectLaidOut(page: PageContent) {
	// The kit sets every gap between words at the regular face's space, bold runs included.
	const boxes = textBoxes(page, fonts);
	for (const b of boxes) {
		expect(b.x0, b.what).toBeGreaterThanOrEqual(54 - 0.5);
		expect(b.x1, b.what).toBeLessThanOrEqual(595.28 - 54 + 0.5);
		expect(b.y0, b.what).toBeGreaterThan(30);
		expect(b.y1, b.what).toBeLessThan(841.89 - 30);
	}
	for (let i = 0; i < boxes.length; i++)
		for (let j = i + 1; j < boxes.length; j++)
			expect(overlap(boxes[i], boxes[j]), `«${boxes[i].what}» overlaps «${boxes[j].what}»`).toBe(false);
	// Long names shrink the type a little, never below two thirds.
	for (const s of page.segments) expect(s.size, s.text).toBeGreaterThanOrEqual(6.4);
	expect(page.qr).toHaveLength(1);
	const qr = page.qr[0];
	const grid = qrGrid(qr);
	const side = grid.length * qr.module;
	const area = qrArea(qr, grid);
	for (const b of boxes) expect(overlap(area, b), `«${b.what}» on the QR`).toBe(false);
	expect(side / (72 / 25.4)).toBeGreaterThanOrEqual(31.9); // mm
	expect(decodeQr(grid)).toBe(barcodeText);
}

// ---------------------------------------------------------------------------
// The references (annex 3)
// ---------------------------------------------------------------------------
/** What heads every reference: the letterhead and both titles, the Russian «Дана по месту требования». */
const referenceHead = ['АНЫҚТАМА', 'СПРАВКА', 'Дана по месту требования'];

describe('marriage reference «4. Некеге тұрғаны туралы анықтама» (L1420–1445)', () => {
	it('prints both spouses, the record and the surnames after the marriage, from the act record the office entered', async () => {
		const row = await enterRecord('marriage-registration', marriageAnswers(erlan, dana));
		expect(row.type).toBe('marriage');
		expect(row.number).toBe('11-751-26-0000001');
		const doc = civilReferenceFromRow(row, issue);
		const all = await renderReference(doc);
		expect(all).toContain(LETTERHEAD);
		expectInOrder(all, [
			LETTERHEAD,
			'АНЫҚТАМА',
			// L1422, verbatim but for the office, the people and the record.
			'Алматы қаласы Алмалы ауданының АХАЖ бөлімі 02.11.1996 жылы туған азамат ЖҰМАБЕКОВ ЕРЛАН МАРАТҰЛЫ мен ' +
				'21.03.1998 жылы туған азаматша ОМАРОВА ДАНА СЕРІКҚЫЗЫ арасындағы некеге тұруды тіркеу фактісін растайды. ' +
				'Бұл жөнінде неке қию туралы актілерді тіркеу кітабында 20.11.2026 күні № 11-751-26-0000001 жазуы жазылғаны ' +
				'туралы осы анықтама талап етілген орынға беріледі.',
			'Неке қиюдан кейін мына тектер берілді:', // L1423
			'Еріне: ЖҰМАБЕКОВ (тегі)',
			'Әйеліне: ЖҰМАБЕКОВА (тегі)',
			'СПРАВКА',
			'Дана по месту требования',
			// L1434–1435, «заключении» [sic] corrected.
			'Отдел ЗАГС Алмалинского района города Алматы подтверждает факт регистрации заключения брака в отношении ' +
				'гр. ЖҰМАБЕКОВ ЕРЛАН МАРАТҰЛЫ, 02.11.1996 г. рождения и гр. ОМАРОВА ДАНА СЕРІКҚЫЗЫ, 21.03.1998 г. рождения, ' +
				'о чем в книге регистрации акта о заключении брака от 20.11.2026 за № 11-751-26-0000001 произведена запись.',
			'После заключения брака присвоены фамилии:', // L1436
			'Мужу: ЖҰМАБЕКОВ (фамилия)',
			'Жене: ЖҰМАБЕКОВА (фамилия)'
		]);
		expectFooter(all, 'reference');
	});

	it('names the husband first when the wife applied, and reads annex 2’s field names too', async () => {
		const row = await enterRecord('marriage-registration', marriageAnswers(dana, erlan));
		const doc = civilReferenceFromRow(row, issue);
		expect(doc).toMatchObject({
			kind: 'marriage',
			husband: { fullName: erlan.name, birthDate: erlan.birthDate, sex: 'male' },
			wife: { fullName: dana.name, birthDate: dana.birthDate, sex: 'female' },
			surnamesAfter: { husband: 'Жұмабеков', wife: 'Жұмабекова' }
		});
		const all = await renderReference(doc);
		expectIn(all, ['азамат ЖҰМАБЕКОВ ЕРЛАН МАРАТҰЛЫ мен 21.03.1998 жылы туған азаматша ОМАРОВА'], 'order');

		// The annex 2 application names the surnames after the marriage otherwise; the spouse's birth
		// date comes from the IIN when the answers lack it.
		const { spouseBirthDate: _, ...annex2 } = marriageApplicationAnswers(erlan, dana);
		const fromAnnex2 = civilReferenceFromRow(
			{ ...row, full_name_kk: erlan.name, sex: 'male', birth_date: erlan.birthDate, fields: JSON.stringify(annex2) },
			issue
		);
		expect(fromAnnex2).toMatchObject({
			wife: { fullName: dana.name, birthDate: dana.birthDate },
			surnamesAfter: { husband: 'Жұмабеков', wife: 'Омарова' }
		});
	});
});

describe('divorce reference «3. Некені бұзу туралы анықтама» (L1392–1417)', () => {
	it('prints both spouses, the record and the surnames after the divorce; an unasked surname is a blank line', async () => {
		const row = await enterRecord('divorce-registration', divorceAnswers(dana, erlan));
		expect(row.type).toBe('divorce');
		const doc = civilReferenceFromRow(row, issue);
		// divorce-registration does not ask the other spouse's surname after the divorce: not guessed.
		expect(doc).toMatchObject({ surnamesAfter: { husband: null, wife: 'Омарова' } });
		const all = await renderReference(doc);
		expectInOrder(all, [
			LETTERHEAD,
			...referenceHead.slice(0, 1),
			// L1394
			`Алматы қаласы Алмалы ауданының АХАЖ бөлімі 02.11.1996 жылы туған азамат ЖҰМАБЕКОВ ЕРЛАН МАРАТҰЛЫ мен ` +
				`21.03.1998 жылы туған азаматша ОМАРОВА ДАНА СЕРІКҚЫЗЫ арасындағы неке бұзу тіркегенін растайды. ` +
				`Бұл жөнінде неке бұзу туралы актілерді тіркеу кітабында 20.11.2026 күні № ${row.number} жазуы жазылғаны ` +
				'туралы осы анықтама талап етілген орынға беріледі.',
			'Неке бұзудан кейін мына тектер берілді:', // L1395
			'Еріне: (тегі)',
			'Әйеліне: ОМАРОВА (тегі)',
			...referenceHead.slice(1),
			// L1406
			'Отдел ЗАГС Алмалинского района города Алматы подтверждает факт регистрации расторжения брака между ' +
				'гр. ЖҰМАБЕКОВ ЕРЛАН МАРАТҰЛЫ, 02.11.1996 г. рождения и гр. ОМАРОВА ДАНА СЕРІКҚЫЗЫ, 21.03.1998 г. рождения, ' +
				`о чем в книге регистрации актов о расторжении брака от 20.11.2026 за № ${row.number} произведена запись.`,
			'После расторжения брака присвоены фамилии:', // L1407
			'Мужу: (фамилия)',
			'Жене: ОМАРОВА (фамилия)'
		]);
		expectFooter(all, 'reference');
	});
});

describe('name-change reference «2. Тегін, атын, әкесінің атын ауыстырғаны туралы анықтама» (L1366–1389)', () => {
	it('prints the person under the former name and the names before and after', async () => {
		const row = await enterRecord('name-change-registration', nameChangeAnswers);
		expect(row.type).toBe('name-change');
		const all = await renderReference(civilReferenceFromRow(row, issue));
		expectInOrder(all, [
			LETTERHEAD,
			'АНЫҚТАМА',
			// L1370, «әкесінін» [sic] corrected.
			'Алматы қаласы Алмалы ауданының АХАЖ бөлімі 12.01.1977 жылы туған азамат АХМЕТОВ ТАЛГАТ СЕРИКОВИЧ тегін, ' +
				'атын, әкесінің атын өзгерту туралы тіркеуді растайды. Бұл жөнінде тегін, атын, әкесінің атын өзгерту ' +
				`туралы актілерді тіркеу кітабында 20.11.2026 күні № ${row.number} жазуы жазылғаны туралы осы анықтама ` +
				'талап етілген орынға беріледі.',
			'Мәліметтер: дейін: кейін:', // L1371
			'Тегі: АХМЕТОВ АХМЕТ',
			'Аты: ТАЛГАТ ТАЛҒАТ',
			'Әкесінің аты: СЕРИКОВИЧ СЕРІКҰЛЫ',
			...referenceHead.slice(1),
			// L1380
			'Отдел ЗАГС Алмалинского района города Алматы подтверждает факт регистрации перемены фамилии, имени, ' +
				'отчества в отношении гр. АХМЕТОВ ТАЛГАТ СЕРИКОВИЧ, 12.01.1977 г. рождения, о чем в книге регистрации ' +
				`актов о перемене фамилии, имени, отчества от 20.11.2026 за № ${row.number} произведена запись.`,
			'Сведения: до: после:', // L1381
			'Фамилия: АХМЕТОВ АХМЕТ',
			'Имя: ТАЛГАТ ТАЛҒАТ',
			'Отчество: СЕРИКОВИЧ СЕРІКҰЛЫ'
		]);
		expectFooter(all, 'reference');
	});
});

describe('birth reference «1. Туу туралы анықтама» (L1327–1363)', () => {
	it('prints a seeded birth record: the child, the record, the parents and the place of birth', async () => {
		const { id } = (await env.DB.prepare(
			"SELECT id FROM act_records WHERE type = 'birth' AND json_extract(fields, '$.father') IS NOT NULL LIMIT 1"
		).first<{ id: number }>())!;
		const row = (await civilRecordStatement(env.DB, id).first<CivilRecordRow>())!;
		const f = JSON.parse(row.fields);
		const all = await renderReference(civilReferenceFromRow(row, issue));
		const name = up(row.full_name_kk);
		const citizen = row.sex === 'female' ? 'азаматша' : 'азамат';
		expectInOrder(all, [
			LETTERHEAD,
			'АНЫҚТАМА',
			`${row.office_kk} ${citizen} ${name} ${dmy(row.birth_date)} жылы туу туралы тіркеуді растайды. Бұл жөнінде ` +
				`туу туралы актілерді тіркеу кітабында ${dmy(row.registered_on)} күні № ${row.number} жазуы жазылғаны ` +
				'туралы осы анықтама талап етілген орынға беріледі.', // L1332
			'Ата-анасы туралы мәліметтер:',
			`Әкесі: ${up(f.father.kk)} (тегі, аты, әкесінің аты)`,
			`Шешесі: ${up(f.mother.kk)} (тегі, аты, әкесінің аты)`,
			`Туған жері: ${f.placeOfBirth.kk} (қала, ауданы, облысы)`,
			...referenceHead.slice(1),
			`${row.office_ru} подтверждает факт регистрации рождения в отношении гр. ${name}, ${dmy(row.birth_date)} г. ` +
				`рождения, о чем в книге регистрации акта о рождении от ${dmy(row.registered_on)} за № ${row.number} ` +
				'произведена запись.', // L1348
			'Сведения о родителях:',
			`Отец: ${up(f.father.kk)} (Ф.И.О)`,
			`Мать: ${up(f.mother.kk)} (Ф.И.О)`,
			`Место рождения: ${f.placeOfBirth.ru} (город, район, область)`
		]);
		expectFooter(all, 'reference');
	});
});

describe('long names, offices and addresses', () => {
	it('wrap a marriage of two very long names at a wordy office without overlap', async () => {
		const row = await enterRecord('marriage-registration', marriageAnswers(longBride, longGroom), longOffice.code);
		const all = await renderReference(civilReferenceFromRow(row, issue));
		expectInOrder(all, [
			`${longOffice.name.kk} ${dmy(longGroom.birthDate)} жылы туған азамат ${up(longGroom.name)} мен ` +
				`${dmy(longBride.birthDate)} жылы туған азаматша ${up(longBride.name)} арасындағы`,
			`Еріне: ${up(longGroom.name.split(' ')[0])}`,
			`Әйеліне: ${up(longGroom.name.split(' ')[0])}А`,
			`${longOffice.name.ru} подтверждает факт регистрации заключения брака в отношении гр. ${up(longGroom.name)}`,
			`Жене: ${up(longGroom.name.split(' ')[0])}А (фамилия)`
		]);
		expectFooter(all, 'reference');
	});

	it('wrap long names after a change in the columns of the table', async () => {
		const row = await enterRecord('name-change-registration', longNameChangeAnswers, longOffice.code);
		const all = await renderReference(civilReferenceFromRow(row, issue));
		const a = longNameChangeAnswers;
		expectInOrder(all, [
			`Тегі: АХМЕТОВ ${up(a.newSurname)}`,
			`Аты: ТАЛГАТ ${up(a.newGivenName)}`,
			`Әкесінің аты: СЕРИКОВИЧ ${up(a.newPatronymic)}`,
			`Фамилия: АХМЕТОВ ${up(a.newSurname)}`,
			`Отчество: СЕРИКОВИЧ ${up(a.newPatronymic)}`
		]);
	});
});

// ---------------------------------------------------------------------------
// The notices
// ---------------------------------------------------------------------------
describe('duplicate-request acceptance notice (annex 1, sub-annex 5, L455–486)', () => {
	it('prints the applicant, the certificate, the request’s number and date and the accepting body', async () => {
		// Submitted at 20:30 UTC: already the next day in Almaty.
		const application = await apply('duplicate-certificate', duplicateAnswers(dana, 'marriage'), {
			number: sampleApplicationNumber,
			submittedAt: '2026-11-20T20:30:00Z'
		});
		const doc = duplicateAcceptanceNoticeFromRows(
			application,
			await personRow(dana),
			await officeRow('ALA-ALM'),
			issue
		);
		expect(doc.request).toEqual({ number: 'AM87-XBVU-A', submittedOn: '2026-11-21' });
		const all = await render(
			await renderDuplicateAcceptanceNoticePdf(doc, { barcodeText }),
			DUPLICATE_ACCEPTANCE_TITLE
		);
		expectInOrder(all, [
			LETTERHEAD,
			'ХАБАРЛАМА', // L459
			'Талап етілген орынға берілді', // L460
			'ОМАРОВА ДАНА СЕРІКҚЫЗЫ, 1998 ж. (тегі, аты, әкесінің аты, туған жылы)', // L462
			// L463
			'некеге тұру туралы куәлікті қайта беруге 21.11.2026 ж. "электрондық үкімет" Порталы арқылы арыз ' +
				'жолдағандығы туралы және біз Сіздің № AM87-XBVU-A сауалыңызды өңдеуге қабыл алғандығымыз туралы.',
			'"Некеге тұру туралы қайталанған куәлікті беру" қызметі қағаз түрінде көрсетіледі.', // L465
			'Алматы қаласы Алмалы ауданының АХАЖ бөлімі (аумақтық әділет органының атауы)', // L466–467
			'УВЕДОМЛЕНИЕ', // L468
			'Дана по месту требования',
			'О том, что ОМАРОВА ДАНА СЕРІКҚЫЗЫ, 1998 г. (ф.и.о., год рождения)', // L470–474
			// L476, the verb agreeing with the applicant.
			'отправила заявку через Портал "электронного правительства" 21.11.2026 г. на повторную выдачу ' +
				'свидетельства о заключении брака и в том, что мы приняли Ваш запрос под № AM87-XBVU-A на обработку.',
			'Услуга "Выдача повторного свидетельства о заключении брака" будет оказана в бумажном виде.', // L478
			'Отдел ЗАГС Алмалинского района города Алматы (наименование территориального органа юстиции)' // L481
		]);
		expectFooter(all, 'notice');
	});

	it('words each of the six certificates of annex 1 and agrees the Russian verb with the applicant', async () => {
		const application = await apply('duplicate-certificate', duplicateAnswers(erlan, 'birth'));
		const base = duplicateAcceptanceNoticeFromRows(
			application,
			await personRow(erlan),
			await officeRow('ALA-BOS'),
			issue
		);
		const kinds = Object.keys(DUPLICATE_KIND_WORDING) as DuplicateCertificateKind[];
		expect(kinds).toEqual(['birth', 'marriage', 'divorce', 'paternity', 'adoption', 'name-change']);
		for (const kind of kinds) {
			const w = DUPLICATE_KIND_WORDING[kind];
			const all = await render(
				await renderDuplicateAcceptanceNoticePdf({ ...base, certificateKind: kind }, { barcodeText }),
				DUPLICATE_ACCEPTANCE_TITLE
			);
			expectInOrder(all, [
				`${w.certificate.kk} қайта беруге`,
				`"${w.service.kk}" қызметі`,
				`отправил заявку через Портал`,
				`на повторную выдачу ${w.certificate.ru} и в том`,
				`Услуга "${w.service.ru}" будет оказана`
			]);
		}
		// The template's own words for the birth certificate (L463, L465).
		expect(DUPLICATE_KIND_WORDING.birth.certificate.kk).toBe('туу туралы куәлікті');
		expect(DUPLICATE_KIND_WORDING.birth.service.kk).toBe('Туу туралы қайталанған куәлікті беру');
	});

	it('wraps a very long name and body without overlap', async () => {
		const application = await apply('duplicate-certificate', duplicateAnswers(longBride, 'name-change'), {
			office: longOffice.code
		});
		const doc = duplicateAcceptanceNoticeFromRows(
			application,
			await personRow(longBride),
			await officeRow(longOffice.code),
			issue
		);
		const all = await render(
			await renderDuplicateAcceptanceNoticePdf(doc, { barcodeText }),
			DUPLICATE_ACCEPTANCE_TITLE
		);
		expectInOrder(all, [
			`${up(longBride.name)}, 1999 ж.`,
			`${longOffice.name.kk} (аумақтық әділет органының атауы)`,
			`О том, что ${up(longBride.name)}, 1999 г.`,
			`${longOffice.name.ru} (наименование территориального органа юстиции)`
		]);
	});
});

describe('marriage-registration notice (annex 2, process 10, L673)', () => {
	it('prints the couple, the request and the time, date and place the office set', async () => {
		const application = await apply('marriage-application', marriageApplicationAnswers(erlan, dana), {
			number: 'HRW3NPY2X',
			ceremonyAt: '2026-12-25T06:30:00Z' // 11:30 in Almaty
		});
		await env.DB.prepare(
			'INSERT INTO ceremony_slots (office_code, starts_at, solemn, application_id) VALUES (?, ?, 1, ?)'
		)
			.bind('ALA-ALM', application.ceremony_at, application.id)
			.run();
		const slot = await env.DB.prepare('SELECT solemn FROM ceremony_slots WHERE application_id = ?')
			.bind(application.id)
			.first<{ solemn: number }>();
		const office = await officeRow('ALA-ALM');
		const doc = marriageRegistrationNoticeFromRows(application, office, issue, slot);
		const all = await render(
			await renderMarriageRegistrationNoticePdf(doc, { barcodeText }),
			MARRIAGE_REGISTRATION_NOTICE_TITLE
		);
		const number = doc.request.number;
		expectInOrder(all, [
			LETTERHEAD,
			'ХАБАРЛАМА',
			`${office.name_kk} 02.11.1996 жылы туған азамат ЖҰМАБЕКОВ ЕРЛАН МАРАТҰЛЫ мен 21.03.1998 жылы туған ` +
				`азаматша ОМАРОВА ДАНА СЕРІКҚЫЗЫ 20.11.2026 ж. берген № ${number} некеге тұруды тіркеуге өтініші ` +
				'бойынша некеге тұруды мемлекеттік тіркеудің уақыты, күні және орны белгіленгенін хабарлайды:',
			'Уақыты: 11:30 (Алматы уақыты, UTC+5)',
			'Күні: 25.12.2026 ж.',
			`Орны: ${office.name_kk}, ${office.address_kk} (атауы, мекенжайы)`,
			'Некеге тұру салтанатты жағдайда тіркеледі.',
			'Тіркеуге болашақ жұбайлардың екеуі де жеке басын куәландыратын құжаттарымен келуі тиіс.',
			'УВЕДОМЛЕНИЕ',
			`${office.name_ru} сообщает, что по заявлению гр. ЖҰМАБЕКОВ ЕРЛАН МАРАТҰЛЫ, 02.11.1996 г. рождения и ` +
				`гр. ОМАРОВА ДАНА СЕРІКҚЫЗЫ, 21.03.1998 г. рождения, о регистрации заключения брака № ${number} от ` +
				'20.11.2026 г. назначены время, дата и место государственной регистрации заключения брака:',
			'Время: 11:30 (время Алматы, UTC+5)',
			'Дата: 25.12.2026 г.',
			`Место: ${office.name_ru}, ${office.address_ru} (наименование, адрес)`,
			'Брак регистрируется в торжественной обстановке.',
			'На регистрацию оба будущих супруга являются лично с документами, удостоверяющими личность.'
		]);
		expectFooter(all, 'notice');
	});

	it('says nothing of a ceremony nobody asked for, and refuses a notice without a time', async () => {
		const { solemnCeremony: _, ...answers } = marriageAnswers(dana, erlan);
		const application = await apply('marriage-registration', answers, { ceremonyAt: '2027-01-15T04:00:00Z' });
		const doc = marriageRegistrationNoticeFromRows(application, await officeRow('ALA-ALM'), issue);
		expect(doc.registration.solemn).toBeNull();
		expect(doc.spouse).toEqual({ fullName: erlan.name, birthDate: erlan.birthDate, sex: 'male' });
		const all = await render(
			await renderMarriageRegistrationNoticePdf(doc, { barcodeText }),
			MARRIAGE_REGISTRATION_NOTICE_TITLE
		);
		expectIn(all, ['Уақыты: 09:00', 'Күні: 15.01.2027 ж.', 'азаматша ОМАРОВА ДАНА СЕРІКҚЫЗЫ мен'], 'notice');
		expect(all).not.toContain('салтанатты');
		expect(all).not.toContain('торжественной');

		const unset = await apply('marriage-registration', answers);
		const almaly = await officeRow('ALA-ALM');
		expect(() => marriageRegistrationNoticeFromRows(unset, almaly, issue)).toThrow(RangeError);
	});

	it('wraps two long names and a long address without overlap', async () => {
		const application = await apply('marriage-registration', marriageAnswers(longGroom, longBride), {
			office: longOffice.code,
			ceremonyAt: '2026-12-25T06:30:00Z'
		});
		const doc = marriageRegistrationNoticeFromRows(application, await officeRow(longOffice.code), issue);
		const all = await render(
			await renderMarriageRegistrationNoticePdf(doc, { barcodeText }),
			MARRIAGE_REGISTRATION_NOTICE_TITLE
		);
		expectInOrder(all, [
			`азамат ${up(longGroom.name)} ${kazakhAnd(longGroom.name)}`,
			`азаматша ${up(longBride.name)}`,
			`Орны: ${longOffice.name.kk}, ${longOffice.address.kk} (атауы, мекенжайы)`,
			`гр. ${up(longGroom.name)}, ${dmy(longGroom.birthDate)} г. рождения и гр. ${up(longBride.name)}`,
			`Место: ${longOffice.name.ru}, ${longOffice.address.ru} (наименование, адрес)`
		]);
	});
});

// ---------------------------------------------------------------------------
// Storage and refusals
// ---------------------------------------------------------------------------
describe('the renderers', () => {
	it('render the same bytes from a JSON snapshot of the document', async () => {
		const row = await enterRecord('divorce-registration', divorceAnswers(erlan, dana));
		const doc = civilReferenceFromRow(row, issue);
		const stored = JSON.parse(JSON.stringify(doc)) as CivilReference;
		expect(stored).toEqual(doc);
		const [a, b] = await Promise.all([
			renderCivilReferencePdf(doc, { barcodeText }),
			renderCivilReferencePdf(stored, { barcodeText })
		]);
		expect(b).toEqual(a);
	});

	it('refuse what they cannot print faithfully', async () => {
		const row = await enterRecord('marriage-registration', marriageAnswers(erlan, dana), 'ALA-MED');
		const doc = civilReferenceFromRow(row, issue);
		for (const bad of ['x'.repeat(701), 'Әлия', ''])
			await expect(renderCivilReferencePdf(doc, { barcodeText: bad })).rejects.toThrow(RangeError);
		await expect(renderCivilReferencePdf({ ...doc, issuedAt: 'nope' }, { barcodeText })).rejects.toThrow(RangeError);
		await expect(
			renderCivilReferencePdf({ ...doc, actRecord: { ...doc.actRecord, date: '20.11.2026' } }, { barcodeText })
		).rejects.toThrow(RangeError);
		await expect(
			renderCivilReferencePdf({ ...doc, certificateNumber: ' ' } as CivilReference, { barcodeText })
		).rejects.toThrow(RangeError);
		// No reference template for a death record in annex 3.
		expect(() => civilReferenceFromRow({ ...row, type: 'death' }, issue)).toThrow(RangeError);

		const application = await apply('duplicate-certificate', duplicateAnswers(dana, 'death'));
		expect(() =>
			duplicateAcceptanceNoticeFromRows(
				application,
				{ full_name_kk: dana.name, sex: 'female', birth_date: dana.birthDate },
				{ name_kk: 'a', name_ru: 'b' },
				issue
			)
		).toThrow(RangeError);
	});

	it('join two names with the Kazakh «мен / бен / пен» the last sound asks for', () => {
		expect(kazakhAnd('ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ')).toBe('пен'); // L1394
		expect(kazakhAnd('ПАРИМЧУК АНДРЕЙ ВЛАДИМИРОВИЧ')).toBe('пен'); // L1422
		expect(kazakhAnd('Жұмабеков Ерлан Маратұлы')).toBe('мен');
		expect(kazakhAnd('Игорь')).toBe('мен');
		expect(kazakhAnd('Айгүл')).toBe('мен');
		expect(kazakhAnd('Нұрсұлтан')).toBe('бен');
		expect(kazakhAnd('Жандос Мұрат')).toBe('пен');
		expect(kazakhAnd('Ахметов')).toBe('пен');
		expect(kazakhAnd('Серікбай')).toBe('мен');
	});
});
