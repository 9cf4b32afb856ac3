// Archival birth reference («Туу туралы анықтама» / «Справка о рождении») as a one-page A4 PDF.
//
// The reference is the `birth` kind of the civil references (civil-reference.ts, template «1. Туу
// туралы анықтама» of Order No. 236, annex 3, sub-annex 5), set by the civil documents' layout
// (civil-layout.ts). This file keeps the birth reference's own input, which the issuing code of the
// automated service builds (document.ts), and maps it onto that.
//
// This file is runtime-neutral (no workerd-only imports): the Worker entry point
// `birth-reference-pdf.ts` supplies the bundled fonts, Node scripts pass bytes read from disk.
import { renderCivilReferencePdf } from './civil-reference.ts';
import type { CivilReference } from './civil-reference.ts';
import type { CertificateFonts } from './pdf-kit.ts';
import { formatAlmatyDateTime, formatDate } from '../../src/lib/domain/dates.ts';

export { MAX_BARCODE_TEXT } from './pdf-kit.ts';

export interface BirthReferenceDocument {
	certificateNumber: string; // e.g. "KX7F-M3PA-R" as printed
	issuedAt: Date; // printed in Asia/Almaty (UTC+5)
	office: { kk: string; ru: string }; // registering АХАЖ/ЗАГС division (subject of the body sentence)
	holder: { fullName: string; birthDate: string /* YYYY-MM-DD */ };
	actRecord: { number: string; date: string /* YYYY-MM-DD */ };
	father: string | null; // full name as written; null → blank line
	mother: string | null;
	placeOfBirth: { kk: string; ru: string };
	department: { kk: string; ru: string }; // signer of the barcode
	barcodeText: string; // QR content, printable ASCII, ≤ 350 chars (hard limit MAX_BARCODE_TEXT)
	verifyHint: { origin: string }; // e.g. "http://127.0.0.1:8787" → "<origin>/v"
}

export const BIRTH_REFERENCE_TITLE = 'Туу туралы анықтама / Справка о рождении';

// Dates and times print as everywhere else in Qyzmet (src/lib/domain/dates.ts).
export { formatAlmatyDateTime, formatDate };

/** The birth reference as a civil reference (plain data: what the certificate's snapshot keeps). */
export function birthReferenceAsCivil(doc: BirthReferenceDocument): CivilReference {
	return {
		kind: 'birth',
		certificateNumber: doc.certificateNumber,
		issuedAt: doc.issuedAt.toISOString(), // throws a RangeError on an invalid date
		department: doc.department,
		verifyOrigin: doc.verifyHint.origin,
		office: doc.office,
		actRecord: doc.actRecord,
		holder: { fullName: doc.holder.fullName, birthDate: doc.holder.birthDate, sex: null },
		father: doc.father,
		mother: doc.mother,
		placeOfBirth: doc.placeOfBirth
	};
}

/** Renders the reference with explicitly supplied font bytes (Node scripts, tests). */
export async function renderBirthReferencePdfWithFonts(
	doc: BirthReferenceDocument,
	fontBytes: CertificateFonts
): Promise<Uint8Array> {
	return renderCivilReferencePdf(birthReferenceAsCivil(doc), { barcodeText: doc.barcodeText, fonts: fontBytes });
}
