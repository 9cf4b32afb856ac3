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
import { decodeStrict, encodeCbor, equalBytes } from './cbor.ts';
import { CertificateFormatError } from './errors.ts';

export type DocumentType = 'birth-reference' | 'name-change-reference' | 'divorce-reference' | 'marriage-reference';

/** Wire codes of document types. Codes are permanent: add new types, never renumber. */
export const documentTypeCodes = {
	'birth-reference': 1,
	'name-change-reference': 2,
	'divorce-reference': 3,
	'marriage-reference': 4
} as const satisfies Record<DocumentType, number>;

/** Dates are ISO 'YYYY-MM-DD'. */
export interface BirthReferenceFields {
	fullName: string;
	birthDate: string;
	actRecordNumber: string;
	actRecordDate: string;
}

export interface CertificateClaims {
	documentType: 'birth-reference';
	number: string;
	issuedAt: number;
	department: string;
	fields: BirthReferenceFields;
}

type Kind = 'text' | 'uint' | 'date';
type Layout = Record<string, readonly [key: number, kind: Kind]>;

const claimKeys = { documentType: 1, number: 2, issuedAt: 3, department: 4, fields: 5 } as const;

const headLayout = {
	number: [claimKeys.number, 'text'],
	issuedAt: [claimKeys.issuedAt, 'uint'],
	department: [claimKeys.department, 'text']
} as const satisfies Layout;

/** Field map layout per document type; a type without a layout cannot be encoded or decoded yet. */
export const fieldLayouts = {
	'birth-reference': {
		fullName: [1, 'text'],
		birthDate: [2, 'date'],
		actRecordNumber: [3, 'text'],
		actRecordDate: [4, 'date']
	}
} as const satisfies Partial<Record<DocumentType, Layout>>;

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

type Check = (name: string, value: unknown) => string | number;
const kinds: Record<Kind, { encode: Check; decode: Check }> = {
	text: { encode: checkText, decode: checkText },
	uint: { encode: checkUint, decode: checkUint },
	date: { encode: isoDateToUint, decode: uintToIsoDate }
};

function encodeLayout(layout: Layout, record: Record<string, unknown>): Map<number, string | number> {
	return new Map(
		Object.entries(layout).map(([name, [key, kind]]) => {
			return [key, kinds[kind].encode(name, record[name])];
		})
	);
}

function decodeLayout(layout: Layout, map: Map<unknown, unknown>, extraKeys: number): Record<string, string | number> {
	const entries = Object.entries(layout);
	if (map.size !== entries.length + extraKeys) fail('unexpected keys in map');
	const record: Record<string, string | number> = {};
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
	const code = documentTypeCodes[claims.documentType as DocumentType];
	const layout: Layout | undefined = fieldLayouts[claims.documentType as keyof typeof fieldLayouts];
	if (code === undefined || layout === undefined) fail(`cannot encode document type ${String(claims.documentType)}`);
	const map = encodeLayout(headLayout, { ...claims }) as Map<number, unknown>;
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
	const documentType = (Object.keys(documentTypeCodes) as DocumentType[]).find(
		(type) => documentTypeCodes[type] === code
	);
	const layout: Layout | undefined = documentType && fieldLayouts[documentType as keyof typeof fieldLayouts];
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
