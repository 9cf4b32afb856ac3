/**
 * An issued registry certificate is a snapshot: the document as printed is stored as JSON with
 * the certificate (certificates.content), its barcode signs a digest of that JSON, and every
 * download renders the snapshot. A later registry correction therefore never changes a document
 * already issued; the status look-up says that newer data exist instead.
 */
import type { CertificateClaims, FieldsOf } from '../../src/lib/domain/certificate/index.ts';
import { base64urlEncode, DIGEST_BYTES } from '../../src/lib/domain/certificate/index.ts';
import { canonicalJson } from '../../src/lib/domain/canonical-json.ts';
import { renderLegalEntityExtractPdf, type LegalEntityExtract } from './legal-entity-extract.ts';
import { renderRealEstatePresencePdf, type RealEstatePresenceDocument } from './real-estate-presence.ts';
import { renderRealEstateRightsPdf, type RealEstateRightsDocument } from './real-estate-rights.ts';

/** The registry certificates, by the document type their barcode names. */
export type RegistryDocument =
	| { documentType: 'real-estate-rights'; content: RealEstateRightsDocument }
	| { documentType: 'real-estate-presence'; content: RealEstatePresenceDocument }
	| {
			documentType:
				'legal-entity-registered' | 'legal-entity-branches' | 'person-participation' | 'entity-participation';
			content: LegalEntityExtract;
	  };

export type RegistryDocumentType = RegistryDocument['documentType'];

/** The document type of each legal-entity extract variant. */
export const extractDocumentType = {
	registered: 'legal-entity-registered',
	branches: 'legal-entity-branches',
	'person-participation': 'person-participation',
	'entity-participation': 'entity-participation'
} as const satisfies Record<LegalEntityExtract['variant'], RegistryDocumentType>;

/** The stored form of a document: canonical JSON, so its digest is the same on every machine. */
export function contentText(content: RegistryDocument['content']): string {
	// The round trip drops `undefined` members, which canonical JSON cannot spell.
	return canonicalJson(JSON.parse(JSON.stringify(content)));
}

/** The first 128 bits of SHA-256 over the stored text, base64url, as the barcode carries it. */
export async function contentDigest(text: string): Promise<string> {
	const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
	return base64urlEncode(hash.slice(0, DIGEST_BYTES));
}

// A barcode has room for a name, not for the longest LLP names of the register; the document
// prints the whole name, the barcode the first 40 characters with an ellipsis.
const NAME_IN_BARCODE = 40;
const shortName = (name: string) =>
	[...name].length > NAME_IN_BARCODE ? [...name].slice(0, NAME_IN_BARCODE - 1).join('') + '…' : name;

function realEstateSubject(content: RealEstateRightsDocument | RealEstatePresenceDocument) {
	const to = content.issuedTo;
	return { subject: to.kind === 'person' ? to.iin : to.bin, subjectName: shortName(to.name.kk) };
}

/** The signed fields of a registry certificate's barcode. */
export function registryClaimFields(
	document: RegistryDocument,
	region: string,
	digest: string
): CertificateClaims['fields'] {
	switch (document.documentType) {
		case 'real-estate-rights':
			return {
				...realEstateSubject(document.content),
				region,
				objects: document.content.objects.length,
				digest
			} satisfies FieldsOf<'real-estate-rights'>;
		case 'real-estate-presence':
			return {
				...realEstateSubject(document.content),
				region,
				current: document.content.current.length,
				previous: document.content.previous.length,
				digest
			} satisfies FieldsOf<'real-estate-presence'>;
		default: {
			const extract = document.content;
			switch (extract.variant) {
				case 'registered':
					return { subject: extract.entity.bin, subjectName: shortName(extract.entity.name.kk), digest };
				case 'branches':
					return {
						subject: extract.entity.bin,
						subjectName: shortName(extract.entity.name.kk),
						branches: extract.branches.length,
						digest
					};
				case 'person-participation':
					return {
						subject: extract.person.iin,
						subjectName: shortName(extract.person.name.kk),
						participations: extract.participations.length,
						digest
					};
				case 'entity-participation':
					return {
						subject: extract.entity.bin,
						subjectName: shortName(extract.entity.name.kk),
						participations: extract.participations.length,
						digest
					};
			}
		}
	}
}

export function isRegistryDocumentType(type: string): type is RegistryDocumentType {
	return (
		type === 'real-estate-rights' ||
		type === 'real-estate-presence' ||
		(Object.values(extractDocumentType) as string[]).includes(type)
	);
}

/** Renders a stored registry certificate with its barcode. */
export function renderRegistryDocument(
	documentType: RegistryDocumentType,
	contentJson: string,
	barcodeText: string,
	verifyOrigin: string
): Promise<Uint8Array> {
	const content = JSON.parse(contentJson);
	switch (documentType) {
		case 'real-estate-rights':
			return renderRealEstateRightsPdf(content as RealEstateRightsDocument, { barcodeText });
		case 'real-estate-presence':
			return renderRealEstatePresencePdf(content as RealEstatePresenceDocument, { barcodeText });
		default:
			return renderLegalEntityExtractPdf({ ...(content as LegalEntityExtract), verifyOrigin }, { barcodeText });
	}
}
