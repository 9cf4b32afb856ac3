/**
 * The signed payload: a CBOR map with small integer keys, so a certificate fits a QR code
 * that a phone camera reads at arm's length.
 *
 *   1 document type (uint, see documentTypeCodes)   2 certificate number (text)
 *   3 issued at (uint, Unix seconds UTC)             4 issuing department code (text)
 *   5 fields (map with uint keys, layout per document type, see fieldLayouts)
 *
 * Dates inside fields are uint YYYYMMDD (19900321 takes 5 bytes, the ISO text 11).
 */
import { base64urlDecode, base64urlEncode } from './base64url.ts';
import { decodeStrict, encodeCbor, equalBytes } from './cbor.ts';
import { CertificateFormatError } from './errors.ts';

/** Wire codes of document types. Codes are permanent: add new types, never renumber. */
export const documentTypeCodes = {
	'birth-reference': 1,
	'name-change-reference': 2,
	'divorce-reference': 3,
	'marriage-reference': 4,
	'real-estate-rights': 5,
	'real-estate-presence': 6,
	'legal-entity-registered': 7,
	'legal-entity-branches': 8,
	'person-participation': 9,
	'entity-participation': 10,
	'duplicate-acceptance-notice': 11,
	'marriage-registration-notice': 12
} as const;

type Kind = 'text' | 'uint' | 'date' | 'digest';
type Layout = Record<string, readonly [key: number, kind: Kind]>;

/**
 * A registry certificate runs to pages (ten co-owners, fifty founders), far beyond what a QR code
 * a phone can read holds. Its barcode carries what identifies it — whose data, from which region,
 * how many entries — and a digest of everything it printed (see contentDigest), so the stored
 * snapshot the status look-up speaks for is bound to the signature.
 */
const registryHead = { subject: [1, 'text'], subjectName: [2, 'text'] } as const;

const spouses = { husband: [1, 'text'], wife: [2, 'text'] } as const;

/** Field map layout per document type; a type without a layout cannot be encoded or decoded yet. */
export const fieldLayouts = {
	'birth-reference': {
		fullName: [1, 'text'],
		birthDate: [2, 'date'],
		actRecordNumber: [3, 'text'],
		actRecordDate: [4, 'date']
	},
	// The other references of annex 3: the names as printed, and the act record.
	'name-change-reference': {
		fullName: [1, 'text'],
		newName: [2, 'text'],
		actRecordNumber: [3, 'text'],
		actRecordDate: [4, 'date']
	},
	'marriage-reference': { ...spouses, actRecordNumber: [3, 'text'], actRecordDate: [4, 'date'] },
	'divorce-reference': { ...spouses, actRecordNumber: [3, 'text'], actRecordDate: [4, 'date'] },
	// The notices of annexes 1 and 2: who asked, what, and when it was accepted or is set.
	'duplicate-acceptance-notice': {
		applicant: [1, 'text'],
		certificate: [2, 'text'],
		requestNumber: [3, 'text'],
		submittedOn: [4, 'date']
	},
	'marriage-registration-notice': {
		applicant: [1, 'text'],
		spouse: [2, 'text'],
		requestNumber: [3, 'text'],
		registrationAt: [4, 'uint'] // Unix seconds
	},
	'real-estate-rights': { ...registryHead, region: [3, 'text'], objects: [4, 'uint'], digest: [5, 'digest'] },
	'real-estate-presence': {
		...registryHead,
		region: [3, 'text'],
		current: [4, 'uint'],
		previous: [5, 'uint'],
		digest: [6, 'digest']
	},
	'legal-entity-registered': { ...registryHead, digest: [3, 'digest'] },
	'legal-entity-branches': { ...registryHead, branches: [3, 'uint'], digest: [4, 'digest'] },
	'person-participation': { ...registryHead, participations: [3, 'uint'], digest: [4, 'digest'] },
	'entity-participation': { ...registryHead, participations: [3, 'uint'], digest: [4, 'digest'] }
} as const satisfies Partial<Record<keyof typeof documentTypeCodes, Layout>>;

/** Document types that can be issued: those with a field layout. */
export type DocumentType = keyof typeof fieldLayouts;

type ValueOf<K extends Kind> = K extends 'uint' ? number : string;
/** The fields of a document type as plain data: dates ISO 'YYYY-MM-DD', digests base64url. */
export type FieldsOf<T extends DocumentType> = {
	-readonly [F in keyof (typeof fieldLayouts)[T]]: (typeof fieldLayouts)[T][F] extends readonly [number, infer K]
		? K extends Kind
			? ValueOf<K>
			: never
		: never;
};

export type BirthReferenceFields = FieldsOf<'birth-reference'>;

export type CertificateClaims = {
	[T in DocumentType]: { documentType: T; number: string; issuedAt: number; department: string; fields: FieldsOf<T> };
}[DocumentType];

/** Bytes of the content digest: 128 bits of SHA-256, enough to bind a snapshot, short enough for the QR. */
export const DIGEST_BYTES = 16;

const claimKeys = { documentType: 1, number: 2, issuedAt: 3, department: 4, fields: 5 } as const;

const headLayout = {
	number: [claimKeys.number, 'text'],
	issuedAt: [claimKeys.issuedAt, 'uint'],
	department: [claimKeys.department, 'text']
} as const satisfies Layout;

function fail(message: string): never {
	throw new CertificateFormatError(message);
}

function isoDateToUint(name: string, value: unknown): number {
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
	if (!match) fail(`${name} must be a date as YYYY-MM-DD`);
	const n = Number(match[1] + match[2] + match[3]);
	uintToIsoDate(name, n); // rejects 1990-02-30 and years before 1000
	return n;
}

function uintToIsoDate(name: string, value: unknown): string {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1000_01_01 || value > 9999_12_31) {
		fail(`${name} must be a date as uint YYYYMMDD`);
	}
	const [year, month, day] = [Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100];
	const date = new Date(Date.UTC(year, month - 1, day));
	if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) fail(`${name} is not a real date`);
	return date.toISOString().slice(0, 10);
}

function checkText(name: string, value: unknown): string {
	// Control characters and lone surrogates would not survive UTF-8 or would print invisibly.
	if (typeof value !== 'string' || value === '' || /[\p{Cc}\p{Cs}]/u.test(value)) {
		fail(`${name} must be non-empty text without control characters`);
	}
	return value;
}

function checkUint(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0)
		fail(`${name} must be an unsigned integer`);
	return value;
}

function digestToBytes(name: string, value: unknown): Uint8Array {
	let bytes: Uint8Array | null = null;
	try {
		bytes = typeof value === 'string' ? base64urlDecode(value) : null;
	} catch {
		bytes = null;
	}
	if (!bytes || bytes.length !== DIGEST_BYTES) fail(`${name} must be ${DIGEST_BYTES} bytes as base64url`);
	return bytes;
}

function bytesToDigest(name: string, value: unknown): string {
	if (!(value instanceof Uint8Array) || value.length !== DIGEST_BYTES) fail(`${name} must be ${DIGEST_BYTES} bytes`);
	return base64urlEncode(value);
}

type Check = (name: string, value: unknown) => string | number | Uint8Array;
const kinds: Record<Kind, { encode: Check; decode: Check }> = {
	text: { encode: checkText, decode: checkText },
	uint: { encode: checkUint, decode: checkUint },
	date: { encode: isoDateToUint, decode: uintToIsoDate },
	digest: { encode: digestToBytes, decode: bytesToDigest }
};

function encodeLayout(layout: Layout, record: Record<string, unknown>): Map<number, unknown> {
	return new Map(
		Object.entries(layout).map(([name, [key, kind]]) => {
			return [key, kinds[kind].encode(name, record[name])];
		})
	);
}

function decodeLayout(layout: Layout, map: Map<unknown, unknown>, extraKeys: number): Record<string, unknown> {
	const entries = Object.entries(layout);
	if (map.size !== entries.length + extraKeys) fail('unexpected keys in map');
	const record: Record<string, unknown> = {};
	for (const [name, [key, kind]] of entries) {
		if (!map.has(key)) fail(`${name} (key ${key}) is missing`);
		record[name] = kinds[kind].decode(name, map.get(key));
	}
	return record;
}

/**
 * Encodes claims as the deterministic CBOR payload.
 * @throws CertificateFormatError when a value is missing, mistyped, or a date is not real
 */
export function encodeClaims(claims: CertificateClaims): Uint8Array<ArrayBuffer> {
	const code = (documentTypeCodes as Record<string, number>)[claims.documentType];
	const layout: Layout | undefined = (fieldLayouts as Record<string, Layout>)[claims.documentType];
	if (code === undefined || layout === undefined) fail(`cannot encode document type ${String(claims.documentType)}`);
	const map = encodeLayout(headLayout, { ...claims });
	map.set(claimKeys.documentType, code);
	map.set(claimKeys.fields, encodeLayout(layout, { ...claims.fields }));
	// cborg sorts map keys and uses minimal lengths, so equal claims always give equal bytes.
	return encodeCbor(map);
}

/**
 * Decodes and validates a payload; accepts only the exact bytes {@link encodeClaims} would produce.
 * @throws CertificateFormatError on anything unexpected: unknown keys, wrong types, impossible dates,
 *   unsupported document types, non-canonical CBOR
 */
export function decodeClaims(payload: Uint8Array): CertificateClaims {
	const root = decodeStrict(payload);
	if (!(root instanceof Map)) fail('payload must be a map');
	const code = root.get(claimKeys.documentType);
	const documentType = (Object.keys(fieldLayouts) as DocumentType[]).find((type) => documentTypeCodes[type] === code);
	const layout: Layout | undefined = documentType && fieldLayouts[documentType];
	if (!documentType || !layout) fail(`unsupported document type ${String(code)}`);
	const fields = root.get(claimKeys.fields);
	if (!(fields instanceof Map)) fail('fields must be a map');
	const claims = {
		documentType,
		...decodeLayout(headLayout, root, 2),
		fields: decodeLayout(layout, fields, 0)
	} as unknown as CertificateClaims;
	// Map order is the one thing strict decoding cannot check; re-encoding catches it (and any other
	// second spelling of the same claims).
	if (!equalBytes(encodeClaims(claims), payload)) fail('payload is not in canonical form');
	return claims;
}
