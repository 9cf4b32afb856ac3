// The two notices of the civil-registry e-services of Order No. 236 as one-page bilingual A4 PDFs,
// set by the civil documents' layout (civil-layout.ts):
//   duplicate acceptance   annex 1, sub-annex 5: «1. Сұрау салуды өңдеуге қабылдағаны туралы хабарлама»
//                          (L455–486) — the authority accepted the request for a duplicate certificate;
//   marriage registration  annex 2, process 10 (L673): «уәкілетті органның некеге тұруды тіркеу
//                          уақытын, күнін және орнын көрсете отырып, хабарлама қалыптастыруы» — the
//                          time, date and place of the registration. Sub-annex 5 of annex 2 (L887–891)
//                          is empty: this notice's wording is ours, in the style of annex 1's.
// Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt; the extraction is
// ../shared/spec/order-236-civil.md §1.9, §2.4, §2.7. Deviations from the template are marked
// «[fix]» (a typo of the template) or «[added]» (ours).
//
// Each notice: its input (plain data, storable as the certificate's JSON snapshot), the mapping
// from the D1 rows (applications, persons, offices), and the renderer. Runtime-neutral.
import { NBSP } from './pdf-kit.ts';
import type { Run } from './pdf-kit.ts';
import {
	CIVIL_LETTERHEAD,
	NOTICE_BARCODE_NOTE,
	almatyDateAndTime,
	checkDate,
	kazakhAnd,
	numbered,
	renderCivilPage,
	upper
} from './civil-layout.ts';
import type { Bilingual, CivilDocumentHead, CivilPage, CivilRenderOptions } from './civil-layout.ts';
import { kazakhPerson, russianPerson } from './civil-reference.ts';
import type { CivilIssue, CivilPerson, Sex } from './civil-reference.ts';
import type { ApplicationRow, OfficeRow } from '../db/rows.ts';
import { almatyToday, formatDate } from '../../src/lib/domain/dates.ts';
import { parseIin } from '../../src/lib/domain/iin.ts';
import { formatReferenceNumber, normalizeReferenceNumber } from '../../src/lib/domain/reference-number.ts';

const b = (text: string): Run => ({ text, bold: true });
const r = (text: string): Run => ({ text });

/** The application a notice answers: its number as printed and the day it was made (YYYY-MM-DD, Almaty). */
export interface NoticeRequest {
	number: string;
	submittedOn: string;
}

// ===========================================================================
// 1. The duplicate-request acceptance notice (annex 1)
// ===========================================================================
/** The certificates of annex 1 (L71), as the duplicate-certificate service asks for them. */
export type DuplicateCertificateKind = 'birth' | 'marriage' | 'divorce' | 'paternity' | 'adoption' | 'name-change';

export interface DuplicateAcceptanceNotice extends CivilDocumentHead {
	/** Who applied: the name and year of birth are printed; the sex gives the Russian verb its ending. */
	applicant: CivilPerson;
	/** The certificate to be issued again. */
	certificateKind: DuplicateCertificateKind;
	request: NoticeRequest;
	/** The territorial justice body that accepted the request for processing. */
	authority: Bilingual;
}

export const DUPLICATE_ACCEPTANCE_TITLE: Bilingual = {
	kk: 'Сұрау салуды өңдеуге қабылдағаны туралы хабарлама', // L455
	ru: 'Уведомление о принятии запроса на обработку' // RU ours
};

/**
 * Per certificate: the object of «… қайта беруге» / «на повторную выдачу …» (L463, L476) and the
 * service's name (L465, L478). The template has the birth certificate only; the other five follow
 * it with the certificates' names of L71 [added].
 */
export const DUPLICATE_KIND_WORDING: Record<DuplicateCertificateKind, { certificate: Bilingual; service: Bilingual }> =
	{
		birth: {
			certificate: { kk: 'туу туралы куәлікті', ru: 'свидетельства о рождении' }, // L463, L476
			// L465; L478 [fix] «Выдача повторное свидетельство о рождении» → «повторного свидетельства».
			service: { kk: 'Туу туралы қайталанған куәлікті беру', ru: 'Выдача повторного свидетельства о рождении' }
		},
		marriage: {
			certificate: { kk: 'некеге тұру туралы куәлікті', ru: 'свидетельства о заключении брака' },
			service: {
				kk: 'Некеге тұру туралы қайталанған куәлікті беру',
				ru: 'Выдача повторного свидетельства о заключении брака'
			}
		},
		divorce: {
			certificate: { kk: 'некені бұзу туралы куәлікті', ru: 'свидетельства о расторжении брака' },
			service: {
				kk: 'Некені бұзу туралы қайталанған куәлікті беру',
				ru: 'Выдача повторного свидетельства о расторжении брака'
			}
		},
		paternity: {
			certificate: { kk: 'әке болуды анықтау туралы куәлікті', ru: 'свидетельства об установлении отцовства' },
			service: {
				kk: 'Әке болуды анықтау туралы қайталанған куәлікті беру',
				ru: 'Выдача повторного свидетельства об установлении отцовства'
			}
		},
		adoption: {
			certificate: { kk: 'ұл/қыз асырап алу туралы куәлікті', ru: 'свидетельства об усыновлении (удочерении)' },
			service: {
				kk: 'Ұл/қыз асырап алу туралы қайталанған куәлікті беру',
				ru: 'Выдача повторного свидетельства об усыновлении (удочерении)'
			}
		},
		'name-change': {
			certificate: {
				kk: 'тегін, атын, әкесінің атын ауыстыру туралы куәлікті',
				ru: 'свидетельства о перемене фамилии, имени, отчества'
			},
			service: {
				kk: 'Тегін, атын, әкесінің атын ауыстыру туралы қайталанған куәлікті беру',
				ru: 'Выдача повторного свидетельства о перемене фамилии, имени, отчества'
			}
		}
	};

/** «ӘБІЛҚАСЫМОВА ГҮЛНҰР ӨМІРҚЫЗЫ, 1990 ж.» — the name with the year of birth (L462, L474). */
function nameAndYear(p: CivilPerson, year: string): string {
	return p.birthDate ? `${upper(p.fullName)}, ${p.birthDate.slice(0, 4)}${NBSP}${year}` : upper(p.fullName);
}

/** RU L476 «отправил» is masculine only; [fix] the verb agrees with the applicant. */
const sent = (sex: Sex | null) => (sex === 'female' ? 'отправила' : sex === 'male' ? 'отправил' : 'отправил(а)');

export function duplicateAcceptancePage(doc: DuplicateAcceptanceNotice): CivilPage {
	const w = DUPLICATE_KIND_WORDING[doc.certificateKind];
	const date = formatDate(doc.request.submittedOn);
	const number = numbered(doc.request.number);
	return {
		blocks: [
			{
				header: CIVIL_LETTERHEAD, // L457
				title: 'ХАБАРЛАМА', // L459
				subtitle: 'Талап етілген орынға берілді', // L460
				parts: [
					{
						kind: 'fields',
						fields: [
							{ label: '', value: nameAndYear(doc.applicant, 'ж.'), caption: '(тегі, аты, әкесінің аты, туған жылы)' }
						] // L462
					},
					{
						// L463
						kind: 'paragraph',
						runs: [
							r(`${w.certificate.kk} қайта беруге `),
							b(date),
							r(`${NBSP}ж. "электрондық үкімет" Порталы арқылы арыз жолдағандығы туралы және біз Сіздің `),
							b(number),
							r(' сауалыңызды өңдеуге қабыл алғандығымыз туралы.')
						]
					},
					{
						// L465; [added] «қағаз түрінде көрсетіледі»: the Russian says the service will be provided on
						// paper (L478), the Kazakh sentence stops after «қызметі».
						kind: 'paragraph',
						runs: [r(`"${w.service.kk}" қызметі қағаз түрінде көрсетіледі.`)]
					},
					{
						kind: 'fields',
						// L466–467; [fix] «органдардың» (plural) → «органының»: one body is named.
						fields: [{ label: '', value: doc.authority.kk.trim(), caption: '(аумақтық әділет органының атауы)' }]
					}
				]
			},
			{
				title: 'УВЕДОМЛЕНИЕ', // L468
				subtitle: 'Дана по месту требования', // L469
				parts: [
					{
						kind: 'fields',
						// L470–474: «О том» / «что ______» / «(ф.и.о., год рождения)».
						fields: [
							{ label: 'О том, что', value: nameAndYear(doc.applicant, 'г.'), caption: '(ф.и.о., год рождения)' }
						]
					},
					{
						// L476; [fix] «на повторное выдачу» → «на повторную выдачу».
						kind: 'paragraph',
						runs: [
							r(`${sent(doc.applicant.sex)} заявку через Портал "электронного правительства" `),
							b(date),
							r(`${NBSP}г. на повторную выдачу ${w.certificate.ru} и в том, что мы приняли Ваш запрос под${NBSP}`),
							b(number),
							r(' на обработку.')
						]
					},
					{
						kind: 'paragraph',
						runs: [r(`Услуга "${w.service.ru}" будет оказана в бумажном виде.`)] // L478
					},
					{
						kind: 'fields',
						fields: [
							{ label: '', value: doc.authority.ru.trim(), caption: '(наименование территориального органа юстиции)' } // L481
						]
					}
				]
			}
		],
		noun: 'notice',
		barcodeNote: NOTICE_BARCODE_NOTE,
		title: DUPLICATE_ACCEPTANCE_TITLE
	};
}

// ===========================================================================
// 2. The marriage-registration notice (annex 2, process 10)
// ===========================================================================
export interface MarriageRegistrationNotice extends CivilDocumentHead {
	request: NoticeRequest;
	/** Who applied, and the future spouse: names and dates of birth are printed. */
	applicant: CivilPerson;
	spouse: CivilPerson;
	/** The authorised body that examined the application and set the registration. */
	authority: Bilingual;
	registration: {
		/** ISO instant; its date and time are printed in Asia/Almaty. */
		at: string;
		place: { name: Bilingual; address: Bilingual };
		/** A solemn ceremony; null: not said. */
		solemn: boolean | null;
	};
}

export const MARRIAGE_REGISTRATION_NOTICE_TITLE: Bilingual = {
	// Ours, after process 10 (L673) and sub-annex 3 action 3.
	kk: 'Некеге тұруды тіркеу уақыты, күні және орны туралы хабарлама',
	ru: 'Уведомление о времени, дате и месте регистрации брака'
};

export function marriageRegistrationPage(doc: MarriageRegistrationNotice): CivilPage {
	const submitted = formatDate(doc.request.submittedOn);
	const number = numbered(doc.request.number);
	const [date, time] = almatyDateAndTime(doc.registration.at);
	const { name, address } = doc.registration.place;
	const { applicant, spouse } = doc;
	return {
		blocks: [
			{
				header: CIVIL_LETTERHEAD,
				title: 'ХАБАРЛАМА', // as annex 1 (L459)
				parts: [
					{
						kind: 'paragraph',
						runs: [
							r(`${doc.authority.kk.trim()} `),
							...kazakhPerson(applicant),
							r(` ${kazakhAnd(applicant.fullName)} `),
							...kazakhPerson(spouse),
							r(' '),
							b(submitted),
							r(`${NBSP}ж. берген `),
							b(number),
							// Process 10 (L673): «некеге тұруды тіркеу уақытын, күнін және орнын».
							r(
								' некеге тұруды тіркеуге өтініші бойынша некеге тұруды мемлекеттік тіркеудің уақыты, күні және орны белгіленгенін хабарлайды:'
							)
						]
					},
					{
						kind: 'fields',
						fields: [
							{ label: 'Уақыты:', value: `${time} (Алматы уақыты, UTC+5)` },
							{ label: 'Күні:', value: `${date}${NBSP}ж.` },
							{ label: 'Орны:', value: `${name.kk.trim()}, ${address.kk.trim()}`, caption: '(атауы, мекенжайы)' }
						]
					},
					{
						kind: 'paragraph',
						runs: [
							r(
								(doc.registration.solemn ? 'Некеге тұру салтанатты жағдайда тіркеледі. ' : '') +
									'Тіркеуге болашақ жұбайлардың екеуі де жеке басын куәландыратын құжаттарымен келуі тиіс.'
							)
						]
					}
				]
			},
			{
				title: 'УВЕДОМЛЕНИЕ',
				parts: [
					{
						kind: 'paragraph',
						runs: [
							r(`${doc.authority.ru.trim()} сообщает, что по заявлению `),
							...russianPerson(applicant),
							r(' и '),
							...russianPerson(spouse),
							r(`${spouse.birthDate ? ',' : ''} о регистрации заключения брака `),
							b(number),
							r(' от '),
							b(submitted),
							r(`${NBSP}г. назначены время, дата и место государственной регистрации заключения брака:`)
						]
					},
					{
						kind: 'fields',
						fields: [
							{ label: 'Время:', value: `${time} (время Алматы, UTC+5)` },
							{ label: 'Дата:', value: `${date}${NBSP}г.` },
							{ label: 'Место:', value: `${name.ru.trim()}, ${address.ru.trim()}`, caption: '(наименование, адрес)' }
						]
					},
					{
						kind: 'paragraph',
						runs: [
							r(
								(doc.registration.solemn ? 'Брак регистрируется в торжественной обстановке. ' : '') +
									'На регистрацию оба будущих супруга являются лично с документами, удостоверяющими личность.'
							)
						]
					}
				]
			}
		],
		noun: 'notice',
		barcodeNote: NOTICE_BARCODE_NOTE,
		title: MARRIAGE_REGISTRATION_NOTICE_TITLE
	};
}

// ===========================================================================
// From the D1 rows
// ===========================================================================
/** The columns of `persons` (migration 0001) a notice prints. */
export interface NoticePersonRow {
	full_name_kk: string;
	sex: Sex;
	birth_date: string;
}

/** An office's names (`offices` or `registry_offices`). */
export interface AuthorityRow {
	name_kk: string;
	name_ru: string;
}

/** The application number as people read it (`KX7F-M3PA-R`); other numbers as they are. */
function requestOf(application: Pick<ApplicationRow, 'number' | 'submitted_at'>): NoticeRequest {
	const canonical = normalizeReferenceNumber(application.number);
	return {
		number: canonical ? formatReferenceNumber(canonical) : application.number,
		submittedOn: almatyToday(new Date(application.submitted_at))
	};
}

const KINDS = new Set<string>(['birth', 'marriage', 'divorce', 'paternity', 'adoption', 'name-change']);

/**
 * The notice of a duplicate-certificate application (service `duplicate-certificate`, whose answer
 * `certificateKind` names the certificate), its applicant's row in the Individuals database and the
 * body that accepted it (the application's office).
 */
export function duplicateAcceptanceNoticeFromRows(
	application: Pick<ApplicationRow, 'number' | 'answers' | 'submitted_at'>,
	applicant: NoticePersonRow,
	authority: AuthorityRow,
	issue: CivilIssue
): DuplicateAcceptanceNotice {
	const answers = JSON.parse(application.answers) as Record<string, string>;
	const kind = answers.certificateKind;
	if (!KINDS.has(kind)) throw new RangeError(`not a duplicate-certificate application: ${JSON.stringify(kind)}`);
	return {
		...issue,
		applicant: { fullName: applicant.full_name_kk, birthDate: applicant.birth_date, sex: applicant.sex },
		certificateKind: kind as DuplicateCertificateKind,
		request: requestOf(application),
		authority: { kk: authority.name_kk, ru: authority.name_ru }
	};
}

/** What an IIN says of its holder, when it is a valid one. */
function fromIin(iin: string | undefined): { sex: Sex; birthDate: string } | null {
	const parsed = iin ? parseIin(iin) : null;
	return parsed?.ok ? parsed.facts : null;
}

/**
 * The notice of a marriage application (service `marriage-application` of annex 2, or
 * `marriage-registration`) once the office has set the registration (`applications.ceremony_at`):
 * the couple from the answers, the office that set it as the authority and the place. `slot` is the
 * application's row of `ceremony_slots`, which says whether the ceremony is solemn; without it, the
 * applicant's wish (`solemnCeremony`) is printed when the service asked it.
 */
export function marriageRegistrationNoticeFromRows(
	application: Pick<ApplicationRow, 'number' | 'answers' | 'submitted_at' | 'applicant_iin' | 'ceremony_at'>,
	office: Pick<OfficeRow, 'name_kk' | 'name_ru' | 'address_kk' | 'address_ru'>,
	issue: CivilIssue,
	slot: { solemn: number } | null = null
): MarriageRegistrationNotice {
	if (!application.ceremony_at) throw new RangeError('the registration has no time set (ceremony_at)');
	const a = JSON.parse(application.answers) as Record<string, string | undefined>;
	const me = fromIin(a.iin ?? application.applicant_iin);
	const them = fromIin(a.spouseIin);
	const solemn = slot
		? slot.solemn === 1
		: a.solemnCeremony === 'yes'
			? true
			: a.solemnCeremony === 'no'
				? false
				: null;
	return {
		...issue,
		request: requestOf(application),
		applicant: {
			fullName: a.applicantName ?? '',
			birthDate: a.applicantBirthDate || me?.birthDate || null,
			sex: me?.sex ?? null
		},
		spouse: {
			fullName: a.spouseName ?? '',
			birthDate: a.spouseBirthDate || them?.birthDate || null,
			sex: them?.sex ?? (me ? (me.sex === 'male' ? 'female' : 'male') : null)
		},
		authority: { kk: office.name_kk, ru: office.name_ru },
		registration: {
			at: application.ceremony_at,
			place: {
				name: { kk: office.name_kk, ru: office.name_ru },
				address: { kk: office.address_kk, ru: office.address_ru }
			},
			solemn
		}
	};
}

// ===========================================================================
// Rendering
// ===========================================================================
function checkRequest(request: NoticeRequest, people: CivilPerson[], authority: Bilingual): void {
	if (!request.number.trim()) throw new RangeError('request.number is empty');
	formatDate(request.submittedOn); // throws if not YYYY-MM-DD
	for (const p of people) {
		if (!p.fullName.trim()) throw new RangeError('a person of the notice has no name');
		checkDate(p.birthDate);
	}
	if (!authority.kk.trim() || !authority.ru.trim()) throw new RangeError('authority is empty');
}

/** One-page A4 PDF of the notice that the request for a duplicate certificate was accepted for processing. */
export async function renderDuplicateAcceptanceNoticePdf(
	doc: DuplicateAcceptanceNotice,
	options: CivilRenderOptions
): Promise<Uint8Array> {
	checkRequest(doc.request, [doc.applicant], doc.authority);
	if (!DUPLICATE_KIND_WORDING[doc.certificateKind]) throw new RangeError(`unknown certificate: ${doc.certificateKind}`);
	return renderCivilPage(doc, duplicateAcceptancePage(doc), options);
}

/** One-page A4 PDF of the notice of the time, date and place of a marriage registration. */
export async function renderMarriageRegistrationNoticePdf(
	doc: MarriageRegistrationNotice,
	options: CivilRenderOptions
): Promise<Uint8Array> {
	checkRequest(doc.request, [doc.applicant, doc.spouse], doc.authority);
	almatyDateAndTime(doc.registration.at); // throws on an invalid instant
	const { name, address } = doc.registration.place;
	if (!name.kk.trim() || !name.ru.trim() || !address.kk.trim() || !address.ru.trim())
		throw new RangeError('registration.place is incomplete');
	return renderCivilPage(doc, marriageRegistrationPage(doc), options);
}
