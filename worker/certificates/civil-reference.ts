// The four archival references of the civil registry (annex 3 of Order No. 236, sub-annex 5) as
// one-page bilingual A4 PDFs, one layout (civil-layout.ts) with per-kind wording:
//   birth        «1. Туу туралы анықтама»                                        L1327–1363
//   name-change  «2. Тегін, атын, әкесінің атын ауыстырғаны туралы анықтама»      L1366–1389
//   divorce      «3. Некені бұзу туралы анықтама»                                 L1392–1417
//   marriage     «4. Некеге тұрғаны туралы анықтама»                              L1420–1445
// Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt; the extraction is
// ../shared/spec/order-236-civil.md §3.9. Kazakh and Russian wording is the templates', verbatim
// but for the deviations marked «[fix]» (a typo of the template) or «[added]» (ours).
//
// This file holds the input (plain data, storable as the certificate's JSON snapshot), the mapping
// from the civil registry's rows (act_records with the person and the office) and the renderer.
// Runtime-neutral: the Worker gets the bundled fonts by default, Node scripts pass font bytes.
import { NBSP } from './pdf-kit.ts';
import type { Run } from './pdf-kit.ts';
import {
	CIVIL_LETTERHEAD,
	REFERENCE_BARCODE_NOTE,
	checkDate,
	kazakhAnd,
	numbered,
	renderCivilPage,
	upper
} from './civil-layout.ts';
import type {
	Bilingual,
	CivilBlock,
	CivilDocumentHead,
	CivilPage,
	CivilRenderOptions,
	Field,
	Part
} from './civil-layout.ts';
import type { CivilRecordRow } from '../db/registry.ts';
import { parseIin } from '../../src/lib/domain/iin.ts';
import { formatDate } from '../../src/lib/domain/dates.ts';

// ---------------------------------------------------------------------------
// Input: what a reference prints, free of storage. Dates are YYYY-MM-DD, instants ISO strings.
// ---------------------------------------------------------------------------
export type Sex = 'male' | 'female';

/** A person as the reference names them: one spelling (Cyrillic with the Kazakh letters) for both blocks. */
export interface CivilPerson {
	fullName: string;
	birthDate: string | null; // YYYY-MM-DD; null: not known, the «born on» clause is left out
	sex: Sex | null; // «азамат» / «азаматша»; null: «азамат», as the birth template
}

/** Surname, first name and patronymic; null where the record has none (printed «—»). */
export interface NameParts {
	surname: string | null;
	givenName: string | null;
	patronymic: string | null;
}

interface CivilReferenceCommon extends CivilDocumentHead {
	/** The registering АХАЖ division: the subject of the body sentence in both blocks. */
	office: Bilingual;
	/**
	 * The act record: its number as written — TT-OOO-YY-NNNNNNN in the samples (spec §3.9.6) and as
	 * worker/office/act-records.ts numbers them, printed as it is — and the date of the entry in the book.
	 */
	actRecord: { number: string; date: string };
}

export type CivilReference = CivilReferenceCommon &
	(
		| {
				kind: 'birth';
				holder: CivilPerson;
				father: string | null; // full name as written; null → blank line
				mother: string | null;
				placeOfBirth: Bilingual;
		  }
		| { kind: 'name-change'; holder: CivilPerson; before: NameParts; after: NameParts }
		| {
				kind: 'marriage' | 'divorce';
				husband: CivilPerson;
				wife: CivilPerson;
				/** The surnames given after the marriage or the divorce; null → blank line. */
				surnamesAfter: { husband: string | null; wife: string | null };
		  }
	);

export type CivilReferenceKind = CivilReference['kind'];

/** What the issuing service adds to the record: the reference's own number and time, the signer, the verifier. */
export type CivilIssue = CivilDocumentHead;

// ---------------------------------------------------------------------------
// Titles (PDF metadata); the page itself prints «АНЫҚТАМА» / «СПРАВКА» as the templates do.
// ---------------------------------------------------------------------------
export const CIVIL_REFERENCE_TITLE: Record<CivilReferenceKind, Bilingual> = {
	birth: { kk: 'Туу туралы анықтама', ru: 'Справка о рождении' }, // L1327; RU ours
	'name-change': {
		kk: 'Тегін, атын, әкесінің атын ауыстырғаны туралы анықтама', // L1366
		ru: 'Справка о перемене фамилии, имени, отчества'
	},
	divorce: { kk: 'Некені бұзу туралы анықтама', ru: 'Справка о расторжении брака' }, // L1392
	marriage: { kk: 'Некеге тұрғаны туралы анықтама', ru: 'Справка о заключении брака' } // L1420
};

// ---------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------
const b = (text: string): Run => ({ text, bold: true });
const r = (text: string): Run => ({ text });

/** «азамат» (m.) / «азаматша» (f.): L1394, L1422. */
const citizen = (p: CivilPerson) => (p.sex === 'female' ? 'азаматша' : 'азамат');

/** KZ «24.08.2009 жылы туған азамат ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ» (L1370, L1394). */
export function kazakhPerson(p: CivilPerson): Run[] {
	const born: Run[] = p.birthDate ? [b(formatDate(p.birthDate)), r(' жылы туған ')] : [];
	return [...born, r(`${citizen(p)} `), b(upper(p.fullName))];
}

/** RU «гр. ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ, 28.09.1969 г. рождения» (L1380, L1406). */
export function russianPerson(p: CivilPerson): Run[] {
	const born: Run[] = p.birthDate ? [r(', '), b(formatDate(p.birthDate)), r(`${NBSP}г. рождения`)] : [];
	return [r(`гр.${NBSP}`), b(upper(p.fullName)), ...born];
}

/** KZ «… жазуы жазылғаны туралы осы анықтама талап етілген орынға беріледі.» (L1332 and the others). */
function kkRecord(doc: CivilReference, book: string): Run[] {
	return [
		r(` Бұл жөнінде ${book} туралы актілерді тіркеу кітабында `),
		b(formatDate(doc.actRecord.date)),
		r(' күні '),
		b(numbered(doc.actRecord.number)),
		r(' жазуы жазылғаны туралы осы анықтама талап етілген орынға беріледі.')
	];
}

/** RU «о чем в книге регистрации … от 18.08.2009 за № … произведена запись.» (L1348 and the others). */
function ruRecord(doc: CivilReference, book: string): Run[] {
	return [
		r(`, о чем в книге регистрации ${book} от `),
		b(formatDate(doc.actRecord.date)),
		r(` за${NBSP}`),
		b(numbered(doc.actRecord.number)),
		r(' произведена запись.')
	];
}

const KK_NAME_CAPTION = '(тегі, аты, әкесінің аты)'; // L1337
const RU_NAME_CAPTION = '(Ф.И.О)'; // L1353

function kazakhBlock(doc: CivilReference): CivilBlock {
	const office = doc.office.kk.trim();
	const block = (body: Run[], rest: Part[]): CivilBlock => ({
		header: CIVIL_LETTERHEAD,
		title: 'АНЫҚТАМА', // L1331
		parts: [{ kind: 'paragraph', runs: body }, ...rest]
	});
	switch (doc.kind) {
		case 'birth':
			// L1332–1345
			return block(
				[
					r(`${office} ${citizen(doc.holder)} `),
					b(upper(doc.holder.fullName)),
					...(doc.holder.birthDate ? [r(' '), b(formatDate(doc.holder.birthDate)), r(' жылы')] : []),
					r(' туу туралы тіркеуді растайды.'),
					...kkRecord(doc, 'туу')
				],
				[
					// L1333 writes «Ата–анасы» with an en dash [fix]: a Kazakh paired compound takes a hyphen.
					{ kind: 'heading', text: 'Ата-анасы туралы мәліметтер:' },
					{
						kind: 'fields',
						fields: [
							{ label: 'Әкесі:', value: doc.father && upper(doc.father), caption: KK_NAME_CAPTION },
							{ label: 'Шешесі:', value: doc.mother && upper(doc.mother), caption: KK_NAME_CAPTION },
							{ label: 'Туған жері:', value: doc.placeOfBirth.kk.trim(), caption: '(қала, ауданы, облысы)' }
						]
					}
				]
			);
		case 'name-change':
			// L1370–1377. [fix] «әкесінін» → «әкесінің» in the second sentence.
			return block(
				[
					r(`${office} `),
					...kazakhPerson(doc.holder),
					r(' тегін, атын, әкесінің атын өзгерту туралы тіркеуді растайды.'),
					...kkRecord(doc, 'тегін, атын, әкесінің атын өзгерту')
				],
				[nameTable(doc, { heading: 'Мәліметтер:', columns: ['дейін:', 'кейін:'] }, ['Тегі:', 'Аты:', 'Әкесінің аты:'])]
			);
		case 'divorce':
		case 'marriage': {
			const divorce = doc.kind === 'divorce';
			return block(
				[
					r(`${office} `),
					...kazakhPerson(doc.husband),
					r(` ${kazakhAnd(doc.husband.fullName)} `),
					...kazakhPerson(doc.wife),
					// L1394 «арасындағы неке бұзу тіркегенін растайды»; L1422 «арасындағы некеге тұруды тіркеу фактісін растайды».
					r(
						divorce
							? ' арасындағы неке бұзу тіркегенін растайды.'
							: ' арасындағы некеге тұруды тіркеу фактісін растайды.'
					),
					...kkRecord(doc, divorce ? 'неке бұзу' : 'неке қию')
				],
				// L1395–1403 / L1423–1431; [fix] «Еріне» without its colon (L1425).
				surnames(
					doc,
					divorce ? 'Неке бұзудан кейін мына тектер берілді:' : 'Неке қиюдан кейін мына тектер берілді:',
					['Еріне:', 'Әйеліне:'],
					// [fix] The templates caption «(тегі, аты, әкесінің аты)» under what is a surname only (the
					// heading says «тектер», the samples print surnames): the caption says so.
					'(тегі)'
				)
			);
		}
	}
}

function russianBlock(doc: CivilReference): CivilBlock {
	const office = doc.office.ru.trim();
	const block = (body: Run[], rest: Part[]): CivilBlock => ({
		title: 'СПРАВКА', // L1346
		subtitle: 'Дана по месту требования', // L1347
		parts: [{ kind: 'paragraph', runs: body }, ...rest]
	});
	switch (doc.kind) {
		case 'birth':
			// L1348–1361. [fix] «г. рождении» → «г. рождения».
			return block(
				[
					r(`${office} подтверждает факт регистрации рождения в отношении гр.${NBSP}`),
					b(upper(doc.holder.fullName)),
					...(doc.holder.birthDate ? [r(', '), b(formatDate(doc.holder.birthDate)), r(`${NBSP}г. рождения`)] : []),
					...ruRecord(doc, 'акта о рождении')
				],
				[
					{ kind: 'heading', text: 'Сведения о родителях:' },
					{
						kind: 'fields',
						fields: [
							{ label: 'Отец:', value: doc.father && upper(doc.father), caption: RU_NAME_CAPTION },
							{ label: 'Мать:', value: doc.mother && upper(doc.mother), caption: RU_NAME_CAPTION },
							{ label: 'Место рождения:', value: doc.placeOfBirth.ru.trim(), caption: '(город, район, область)' }
						]
					}
				]
			);
		case 'name-change':
			// L1380–1387.
			return block(
				[
					r(`${office} подтверждает факт регистрации перемены фамилии, имени, отчества в отношении `),
					...russianPerson(doc.holder),
					...ruRecord(doc, 'актов о перемене фамилии, имени, отчества')
				],
				[nameTable(doc, { heading: 'Сведения:', columns: ['до:', 'после:'] }, ['Фамилия:', 'Имя:', 'Отчество:'])]
			);
		case 'divorce':
		case 'marriage': {
			const divorce = doc.kind === 'divorce';
			return block(
				[
					// L1406 «…расторжения брака между гр. …»; L1435 [fix] «заключении брака» → «заключения брака».
					r(
						divorce
							? `${office} подтверждает факт регистрации расторжения брака между `
							: `${office} подтверждает факт регистрации заключения брака в отношении `
					),
					...russianPerson(doc.husband),
					r(' и '),
					...russianPerson(doc.wife),
					...ruRecord(doc, divorce ? 'актов о расторжении брака' : 'акта о заключении брака')
				],
				// L1407–1415 / L1436–1443; [fix] caption «(Ф.И.О)» → «(фамилия)», as in the Kazakh block.
				surnames(
					doc,
					divorce ? 'После расторжения брака присвоены фамилии:' : 'После заключения брака присвоены фамилии:',
					['Мужу:', 'Жене:'],
					'(фамилия)'
				)
			);
		}
	}
}

function nameTable(
	doc: Extract<CivilReference, { kind: 'name-change' }>,
	head: { heading: string; columns: [string, string] },
	labels: [string, string, string]
): Part {
	const keys = ['surname', 'givenName', 'patronymic'] as const;
	const value = (v: string | null) => (v && v.trim() ? upper(v) : null);
	return {
		kind: 'table',
		heading: head.heading,
		columns: head.columns,
		rows: keys.map((key, i) => ({ label: labels[i], values: [value(doc.before[key]), value(doc.after[key])] }))
	};
}

function surnames(
	doc: Extract<CivilReference, { kind: 'marriage' | 'divorce' }>,
	heading: string,
	labels: [string, string],
	caption: string
): Part[] {
	const value = (v: string | null) => (v && v.trim() ? upper(v) : null);
	const fields: Field[] = [
		{ label: labels[0], value: value(doc.surnamesAfter.husband), caption },
		{ label: labels[1], value: value(doc.surnamesAfter.wife), caption }
	];
	return [
		{ kind: 'heading', text: heading },
		{ kind: 'fields', fields }
	];
}

/** The page of a reference, for the layout. */
export function civilReferencePage(doc: CivilReference): CivilPage {
	return {
		blocks: [kazakhBlock(doc), russianBlock(doc)],
		noun: 'reference',
		barcodeNote: REFERENCE_BARCODE_NOTE,
		title: CIVIL_REFERENCE_TITLE[doc.kind]
	};
}

// ---------------------------------------------------------------------------
// From the civil registry's rows
// ---------------------------------------------------------------------------
/**
 * An act record with its subject and registering office: `act_records` joined with `persons` and
 * `registry_offices` (migration 0001), as civilRecordStatement reads it.
 */
type Fields = Record<string, unknown>;
const text = (f: Fields, ...keys: string[]): string | null => {
	for (const key of keys) {
		const v = f[key];
		if (typeof v === 'string' && v.trim()) return v.trim();
	}
	return null;
};
const bilingual = (v: unknown): Bilingual | null =>
	v && typeof v === 'object' && typeof (v as Bilingual).kk === 'string' ? (v as Bilingual) : null;

/** Sex and birth date an IIN encodes, when it is a valid one. */
function iinFacts(iin: string | null): { sex: Sex; birthDate: string } | null {
	const parsed = iin ? parseIin(iin) : null;
	return parsed?.ok ? parsed.facts : null;
}

/** The record's subject as the registry knows them. */
const subjectOf = (row: CivilRecordRow): CivilPerson => ({
	fullName: row.full_name_kk,
	birthDate: row.birth_date,
	sex: row.sex
});

/** Splits «ТЕГІ АТЫ ӘКЕСІНІҢ АТЫ» as the registry writes a full name: surname first. */
function splitName(fullName: string): NameParts {
	const [surname = null, givenName = null, ...rest] = fullName.trim().split(/\s+/);
	return { surname, givenName, patronymic: rest.length ? rest.join(' ') : null };
}

/**
 * The reference of an act record. The record's `fields` are what the registration service asked
 * (worker/office/act-records.ts keeps the answers): birth-registration, marriage-registration or
 * marriage-application, divorce-registration, name-change-registration, record-restoration — and the
 * seed's birth records ({ father, mother, placeOfBirth }, worker/seed/registry.ts). What a record
 * does not say prints as a blank line or «—», never a guess.
 */
export function civilReferenceFromRow(row: CivilRecordRow, issue: CivilIssue): CivilReference {
	const f = JSON.parse(row.fields) as Fields;
	const common = {
		...issue,
		office: { kk: row.office_kk, ru: row.office_ru },
		actRecord: { number: row.number, date: row.registered_on }
	};
	switch (row.type) {
		case 'birth': {
			const place = bilingual(f.placeOfBirth);
			const childPlace = text(f, 'childBirthPlace');
			return {
				...common,
				kind: 'birth',
				holder: subjectOf(row),
				father: bilingual(f.father)?.kk ?? text(f, 'fatherName'),
				mother: bilingual(f.mother)?.kk ?? text(f, 'motherName'),
				placeOfBirth: place ?? { kk: childPlace ?? '', ru: childPlace ?? '' }
			};
		}
		case 'name-change': {
			const before: NameParts = text(f, 'currentSurname')
				? {
						surname: text(f, 'currentSurname'),
						givenName: text(f, 'currentGivenName'),
						patronymic: text(f, 'currentPatronymic')
					}
				: splitName(row.full_name_kk);
			const after: NameParts = {
				surname: text(f, 'newSurname'),
				givenName: text(f, 'newGivenName'),
				patronymic: text(f, 'newPatronymic')
			};
			// The body names the person as registered before the change (L1370: the old name).
			const fullName = [before.surname, before.givenName, before.patronymic].filter(Boolean).join(' ');
			return {
				...common,
				kind: 'name-change',
				holder: { ...subjectOf(row), fullName: fullName || row.full_name_kk },
				before,
				after
			};
		}
		case 'marriage':
		case 'divorce': {
			const subject = subjectOf(row);
			const spouseIin = text(f, 'spouseIin');
			const facts = iinFacts(spouseIin);
			const spouse: CivilPerson = {
				fullName: text(f, 'spouseName', 'secondPersonName') ?? '',
				birthDate: text(f, 'spouseBirthDate') ?? facts?.birthDate ?? null,
				sex: facts?.sex ?? (subject.sex === 'male' ? 'female' : 'male')
			};
			const subjectAfter =
				row.type === 'marriage'
					? text(f, 'applicantSurnameAfter', 'surnameAfterMarriage')
					: text(f, 'surnameAfterDivorce');
			const spouseAfter =
				row.type === 'marriage'
					? text(f, 'spouseSurnameAfter', 'spouseSurnameAfterMarriage')
					: text(f, 'spouseSurnameAfterDivorce');
			const husbandIsSubject = subject.sex === 'male' || spouse.sex === 'female';
			return {
				...common,
				kind: row.type,
				husband: husbandIsSubject ? subject : spouse,
				wife: husbandIsSubject ? spouse : subject,
				surnamesAfter: husbandIsSubject
					? { husband: subjectAfter, wife: spouseAfter }
					: { husband: spouseAfter, wife: subjectAfter }
			};
		}
		default:
			throw new RangeError(`no reference is printed for a ${row.type} record`);
	}
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------
function people(doc: CivilReference): CivilPerson[] {
	return 'husband' in doc ? [doc.husband, doc.wife] : [doc.holder];
}

function validate(doc: CivilReference): void {
	if (!doc.office.kk.trim() || !doc.office.ru.trim()) throw new RangeError('office is empty');
	if (!doc.actRecord.number.trim()) throw new RangeError('actRecord.number is empty');
	formatDate(doc.actRecord.date); // throws if not YYYY-MM-DD
	for (const p of people(doc)) {
		if (!p.fullName.trim()) throw new RangeError('a person of the reference has no name');
		checkDate(p.birthDate);
	}
}

/** One-page A4 PDF of a civil-registry reference, Kazakh and Russian, with the signed QR. */
export async function renderCivilReferencePdf(doc: CivilReference, options: CivilRenderOptions): Promise<Uint8Array> {
	validate(doc);
	return renderCivilPage(doc, civilReferencePage(doc), options);
}
