// The four extracts from the "Legal entities" state database (ЗТ МДҚ / ГБД ЮЛ) as bilingual A4 PDFs.
//
// Source: Order No. 236 of the Minister of Justice, annex 6, sub-annex 5 «шығыс нысандарының дизайны»
// (../shared/seeds/000_24228dd2b4b3ac68.txt, L3209–3366; extraction in ../shared/spec/order-236-registries.md
// §3.8). The four forms and their printed titles:
//   registered            — «Тіркелген заңды тұлға, филиалы немесе өкілдігі туралы анықтама»         L3216–3248
//   branches              — «Заңды тұлғаның филиалдары мен өкілдіктерінің болуы туралы анықтама»      L3251–3291
//   person-participation  — «Жеке тұлғаның заңды тұлғаларда қатысуы туралы анықтама»                 L3294–3330
//   entity-participation  — «Заңды тұлғаның басқа заңды тұлғаларда қатысуы туралы анықтама»          L3333–3366
// This file holds the input types, the mappings from the registry rows (worker/db/legal-entities.ts)
// and the entry point; the wording with its source lines is in legal-entity-wording.ts, the A4
// layout (header, table, continuation pages, footer band with the QR) in legal-entity-layout.ts.
//
// Runtime-neutral: the Worker gets the bundled fonts by default, Node scripts pass font bytes.
import { MAX_BARCODE_TEXT, saveDocument } from './pdf-kit.ts';
import { composeLegalEntityExtract } from './legal-entity-layout.ts';
import { LEGAL_ENTITY_EXTRACT_TITLE, MINISTRY } from './legal-entity-wording.ts';
import type { CertificateFonts } from './pdf-kit.ts';
import type { EntityExtract, ParticipationExtract } from '../db/legal-entities.ts';
import type { LeParticipantRow, LegalEntityRow } from '../db/rows.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';

export { LEGAL_ENTITY_EXTRACT_TITLE, LEGAL_ENTITY_FOOTER, formatShare } from './legal-entity-wording.ts';

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------
export type Bilingual = { kk: string; ru: string };

/** A share of the charter capital, e.g. 40/100 (printed «40 %») or 1/50. */
export interface Share {
	num: number;
	den: number;
}

/** A founder or participant: a person (IIN, not printed) or another entity (BIN, printed). */
export interface LeParticipant {
	name: Bilingual;
	iin: string | null;
	bin: string | null;
	share: Share | null;
}

/** One registered legal entity, branch or representative office, as the forms print it. */
export interface LeEntity {
	kind: LegalEntityRow['kind'];
	bin: string;
	/** The entity a branch or representative office belongs to. */
	parentBin: string | null;
	name: Bilingual;
	registeringBody: Bilingual;
	registrationType: LegalEntityRow['registration_type'];
	initialRegistration: { date: string; number: string }; // YYYY-MM-DD
	lastRegistration: { date: string; number: string };
	rnn: string | null;
	okpo: string | null;
	/** The first head by name; the forms print no IIN for the head. */
	head: Bilingual | null;
	activity: { code: string | null; name: Bilingual } | null;
	legalAddress: Bilingual;
	/** Founders and participants; empty for branches and representative offices. */
	founders: LeParticipant[];
}

/** The identity document of the person of the participation extract (L3301–3303). */
export interface IdentityDocument {
	type: Bilingual;
	number: string | null;
	issuedOn: string | null; // YYYY-MM-DD
	issuer: Bilingual | null;
}

/** Who asked for the extract, when not its subject (the "extended search" of annex 6, see services.md). */
export interface Requester {
	name: Bilingual;
	iin?: string | null;
	bin?: string | null;
}

export interface LeExtractCommon {
	/** The unique number of the certificate ([added]: the forms have none, spec §5.6). */
	certificateNumber: string;
	/** ISO instant; printed in Asia/Almaty. */
	issuedAt: string;
	requestedBy?: Requester | null;
	/** The department whose EDS signs the barcode; printed beside the QR when given. */
	department?: Bilingual | null;
	/** Origin of the verification page (`<origin>/v`); printed beside the QR when given. */
	verifyOrigin?: string | null;
}

export interface LeParticipation {
	entity: LeEntity;
	/** The subject's share in `entity`. */
	share: Share | null;
}

export type LegalEntityExtract = LeExtractCommon &
	(
		| { variant: 'registered'; entity: LeEntity }
		| { variant: 'branches'; entity: LeEntity; branches: LeEntity[] }
		| {
				variant: 'person-participation';
				person: { name: Bilingual; iin: string; idDocument: IdentityDocument | null };
				participations: LeParticipation[];
		  }
		| { variant: 'entity-participation'; entity: LeEntity; participations: LeParticipation[] }
	);

export type LegalEntityExtractVariant = LegalEntityExtract['variant'];

/** What the service knows when it issues: the certificate's number and time, and the optional extras. */
export type LeIssue = LeExtractCommon;

// ---------------------------------------------------------------------------
// From the registry rows (worker/db/legal-entities.ts)
// ---------------------------------------------------------------------------
/** The person's row of the Individuals database (`persons`), as far as the extract needs it. */
export interface PersonNameRow {
	iin: string;
	full_name_kk: string;
	full_name_ru: string;
}

const share = (num: number | null, den: number | null): Share | null =>
	num !== null && den !== null ? { num, den } : null;

export function fromParticipantRow(row: LeParticipantRow): LeParticipant {
	return {
		name: { kk: row.name_kk, ru: row.name_ru },
		iin: row.participant_iin,
		bin: row.participant_bin,
		share: share(row.share_num, row.share_den)
	};
}

/** An entity row with the founders among `participants` (rows of other entities are ignored). */
export function fromEntityRow(row: LegalEntityRow, participants: LeParticipantRow[] = []): LeEntity {
	return {
		kind: row.kind,
		bin: row.bin,
		parentBin: row.parent_bin,
		name: { kk: row.name_kk, ru: row.name_ru },
		registeringBody: { kk: row.registering_body_kk, ru: row.registering_body_ru },
		registrationType: row.registration_type,
		initialRegistration: { date: row.initial_registered_on, number: row.initial_registration_number },
		lastRegistration: { date: row.last_registered_on, number: row.last_registration_number },
		rnn: row.rnn,
		okpo: row.okpo,
		head: row.head_name_kk !== null ? { kk: row.head_name_kk, ru: row.head_name_ru ?? row.head_name_kk } : null,
		activity:
			row.activity_kk !== null
				? { code: row.activity_code, name: { kk: row.activity_kk, ru: row.activity_ru ?? row.activity_kk } }
				: null,
		legalAddress: { kk: row.legal_address_kk, ru: row.legal_address_ru },
		founders: participants.filter((p) => p.entity_bin === row.bin).map(fromParticipantRow)
	};
}

function subject(extract: EntityExtract): LegalEntityRow {
	if (!extract.entity) throw new RangeError('the legal entity was not found: the service refuses, no extract');
	return extract.entity;
}

/** Extract 1 from `findEntityExtract(db, bin)`. */
export function fromEntityExtract(extract: EntityExtract, issue: LeIssue): LegalEntityExtract {
	return { ...issue, variant: 'registered', entity: fromEntityRow(subject(extract), extract.participants) };
}

/** Extract 2 from `findEntityExtract(db, bin)`: the entity and its branches and representative offices. */
export function fromBranchesExtract(extract: EntityExtract, issue: LeIssue): LegalEntityExtract {
	return {
		...issue,
		variant: 'branches',
		entity: fromEntityRow(subject(extract), extract.participants),
		branches: extract.branches.map((b) => fromEntityRow(b))
	};
}

function participations(found: ParticipationExtract): LeParticipation[] {
	return found.entities.map((row) => ({
		entity: fromEntityRow(row, found.participants),
		share: share(row.participation_share_num, row.participation_share_den)
	}));
}

/** Extract 3 from the person's row, the identity document of the request and `findParticipations(db, { iin })`. */
export function fromPersonParticipations(
	person: PersonNameRow,
	idDocument: IdentityDocument | null,
	found: ParticipationExtract,
	issue: LeIssue
): LegalEntityExtract {
	return {
		...issue,
		variant: 'person-participation',
		person: { name: { kk: person.full_name_kk, ru: person.full_name_ru }, iin: person.iin, idDocument },
		participations: participations(found)
	};
}

/** Extract 4 from `findEntityExtract(db, bin)` (the subject) and `findParticipations(db, { bin })`. */
export function fromEntityParticipations(
	extract: EntityExtract,
	found: ParticipationExtract,
	issue: LeIssue
): LegalEntityExtract {
	return {
		...issue,
		variant: 'entity-participation',
		entity: fromEntityRow(subject(extract), extract.participants),
		participations: participations(found)
	};
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------
function entitiesOf(doc: LegalEntityExtract): LeEntity[] {
	switch (doc.variant) {
		case 'registered':
			return [doc.entity];
		case 'branches':
			return [doc.entity, ...doc.branches];
		case 'person-participation':
			return doc.participations.map((p) => p.entity);
		case 'entity-participation':
			return [doc.entity, ...doc.participations.map((p) => p.entity)];
	}
}

function validate(doc: LegalEntityExtract, barcodeText: string): void {
	if (!barcodeText || barcodeText.length > MAX_BARCODE_TEXT || !/^[\x20-\x7e]*$/.test(barcodeText))
		throw new RangeError(`barcodeText must be 1..${MAX_BARCODE_TEXT} printable ASCII characters`);
	if (!doc.certificateNumber.trim()) throw new RangeError('certificateNumber is empty');
	formatAlmatyDateTime(doc.issuedAt); // throws on an invalid instant
	for (const e of entitiesOf(doc)) {
		if (!e.name.kk.trim()) throw new RangeError(`the entity ${e.bin} has no name`);
		formatDate(e.initialRegistration.date); // throws if not YYYY-MM-DD
		formatDate(e.lastRegistration.date);
	}
	if (doc.variant === 'person-participation') {
		if (!doc.person.name.kk.trim()) throw new RangeError('person.name is empty');
		if (doc.person.idDocument?.issuedOn) formatDate(doc.person.idDocument.issuedOn);
	}
}

/** Renders one of the four extracts; `fonts` defaults to the bundled DejaVu faces (Worker). */
export async function renderLegalEntityExtractPdf(
	doc: LegalEntityExtract,
	options: { barcodeText: string; fonts?: CertificateFonts }
): Promise<Uint8Array> {
	validate(doc, options.barcodeText);
	// Imported lazily so that Node scripts, which pass the font bytes, never load the .ttf modules.
	const fontBytes = options.fonts ?? (await import('./fonts.ts')).bundledFonts;
	const pdf = await composeLegalEntityExtract(doc, options.barcodeText, fontBytes);

	return saveDocument(pdf, {
		title: LEGAL_ENTITY_EXTRACT_TITLE[doc.variant],
		number: doc.certificateNumber,
		author: MINISTRY.kk,
		issuedAt: doc.issuedAt
	});
}
