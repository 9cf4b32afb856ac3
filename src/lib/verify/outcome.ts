/**
 * What the verify page shows for a check, as plain data: the status (also the verdict
 * element's `data-status`), the revocation state (`data-revocation`), and the fields.
 * Pure, so the mapping from codec verdicts and registry answers is unit-tested.
 */
import type { CertificateClaims, DocumentType, FieldsOf, TrustList, Verdict } from '../domain/certificate/index.ts';
import { coseFromBarcodeText, fieldLayouts, verifyBarcodeText } from '../domain/certificate/index.ts';
import { registryRegionOptions } from '../domain/catalog/shared/registry-request.ts';
import { formatAlmatyDateTime, formatDate } from '../domain/dates.ts';
import type { RevocationReason } from '../domain/revocation.ts';
import type { Text } from '../domain/text.ts';
import type { LookupRecord, Revocation } from './registry.ts';

export type Source = { kind: 'link' } | { kind: 'camera' } | { kind: 'file'; name: string } | { kind: 'lookup' };

export type Outcome =
	| {
			kind: 'verdict';
			source: Source;
			verdict: Verdict;
			revocation: Revocation;
			text: string;
	  }
	| { kind: 'no-trust-list'; source: Source; text: string }
	| {
			kind: 'unreadable';
			source: Source;
			reason: 'camera' | 'image' | 'pdf' | 'bad-image';
	  }
	| { kind: 'lookup'; record: LookupRecord };

export type DisplayStatus =
	| 'genuine'
	| 'altered'
	| 'unknown-issuer'
	| 'key-not-valid'
	| 'revoked'
	| 'not-qyzmet'
	| 'unreadable'
	| 'no-trust-list';

export type RevocationAttribute = 'valid' | 'revoked' | 'unknown' | 'offline' | 'unchecked';

export function displayStatus(outcome: Outcome): DisplayStatus {
	switch (outcome.kind) {
		case 'unreadable':
			return 'unreadable';
		case 'no-trust-list':
			return 'no-trust-list';
		case 'lookup':
			return outcome.record.status === 'revoked' ? 'revoked' : 'genuine';
		case 'verdict':
			if (outcome.verdict.status === 'genuine' && outcome.revocation.state === 'revoked') return 'revoked';
			return outcome.verdict.status;
	}
}

/** `data-revocation`: 'checking' is reported as 'unchecked' (with aria-busy) until the answer comes. */
export function revocationAttribute(outcome: Outcome): RevocationAttribute {
	if (outcome.kind === 'lookup') return outcome.record.status;
	if (outcome.kind !== 'verdict') return 'unchecked';
	const state = outcome.revocation.state;
	return state === 'checking' ? 'unchecked' : state;
}

/** Whether the registry should be asked about this verdict: only for a good signature. */
export function needsRevocationCheck(verdict: Verdict): verdict is Extract<Verdict, { status: 'genuine' }> {
	return verdict.status === 'genuine';
}

/** Verifies a scanned text; a trust list that cannot be used yields 'no-trust-list', never a false "unknown issuer". */
export async function verifyText(text: string, trustList: TrustList | null, source: Source): Promise<Outcome> {
	// Certificates carry only ASCII; anything else cannot be ours (and must not reach the codec oddly).
	if (!/^[\x20-\x7e]*$/.test(text.trim())) {
		return {
			kind: 'verdict',
			source,
			verdict: { status: 'not-qyzmet' },
			revocation: { state: 'unchecked' },
			text
		};
	}
	if (!trustList || trustList.keys.length === 0) {
		// Without keys only "is it ours at all" can be answered.
		if (!coseFromBarcodeText(text)) {
			return {
				kind: 'verdict',
				source,
				verdict: { status: 'not-qyzmet' },
				revocation: { state: 'unchecked' },
				text
			};
		}
		return { kind: 'no-trust-list', source, text };
	}
	let verdict: Verdict;
	try {
		verdict = await verifyBarcodeText(text, trustList);
	} catch {
		return { kind: 'no-trust-list', source, text }; // a trust list entry could not be imported
	}
	return {
		kind: 'verdict',
		source,
		verdict,
		revocation: needsRevocationCheck(verdict) ? { state: 'checking' } : { state: 'unchecked' },
		text
	};
}

type DocumentKey = `document.${DocumentType}`;
type FieldKey =
	| 'verify.field.documentType'
	| 'verify.field.number'
	| 'verify.field.issuedAt'
	| 'verify.field.department'
	| `verify.field.${keyof FieldsOf<DocumentType> | 'fullName' | 'birthDate' | 'actRecordNumber' | 'actRecordDate'}`;

export interface FieldRow {
	label: FieldKey;
	/** Already formatted, or a `{kk,ru,en}` to pick from, or a message key. */
	value: string | Text | { key: DocumentKey };
	/** Date-times get the zone appended by the page ("23.11.2026 14:05 (UTC+5)"). */
	zoned?: boolean;
}

/** `KX7FM3PAR` → `KX7F-M3PA-R` for reference numbers; anything else unchanged. */
export function printableNumber(number: string): string {
	return /^[A-Z0-9]{9}$/.test(number) ? `${number.slice(0, 4)}-${number.slice(4, 8)}-${number.slice(8)}` : number;
}

function safeDate(iso: string): string {
	return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso) : iso;
}

/** A field's value as the document prints it: dates as 21.03.1990, regions by name. */
function fieldValue(name: string, value: string | number): FieldRow['value'] {
	if (typeof value === 'number')
		return name.endsWith('At') ? formatAlmatyDateTime(new Date(value * 1000)) : String(value);
	if (name === 'region') return registryRegionOptions.find((o) => o.value === value)?.label ?? value;
	if (name.endsWith('Date')) return safeDate(value);
	return value;
}

/**
 * The rows of a document: its type, number, time and issuer, then its fields in the codec's
 * layout order, so a new document type shows without a change here.
 */
function documentRows(
	head: { documentType: DocumentType; number: string; issuedAt: string | Date; department: string | Text },
	fields: Record<string, string | number>
): FieldRow[] {
	const known = fieldLayouts[head.documentType] as Record<string, unknown> | undefined;
	return [
		{ label: 'verify.field.documentType', value: { key: `document.${head.documentType}` } },
		{ label: 'verify.field.number', value: printableNumber(head.number) },
		{ label: 'verify.field.issuedAt', value: formatAlmatyDateTime(head.issuedAt), zoned: true },
		{ label: 'verify.field.department', value: head.department },
		...Object.keys(known ?? {})
			.filter((name) => fields[name] !== undefined)
			.map((name) => ({
				label: `verify.field.${name}` as FieldKey,
				value: fieldValue(name, fields[name]),
				zoned: name.endsWith('At') || undefined
			}))
	];
}

export function claimRows(claims: CertificateClaims, department?: Text): FieldRow[] {
	return documentRows(
		{ ...claims, issuedAt: new Date(claims.issuedAt * 1000), department: department ?? claims.department },
		claims.fields
	);
}

export function lookupRows(record: LookupRecord): FieldRow[] {
	return documentRows(record, record.fields);
}

/** The claims to show, and whether they are confirmed by a good signature. */
export function shownClaims(
	outcome: Outcome
): { claims: CertificateClaims; trusted: boolean; department?: Text } | null {
	if (outcome.kind !== 'verdict') return null;
	const v = outcome.verdict;
	if (v.status === 'genuine' || v.status === 'key-not-valid')
		return {
			claims: v.claims,
			trusted: v.status === 'genuine',
			department: v.key.department
		};
	if ((v.status === 'altered' || v.status === 'unknown-issuer') && v.claims)
		return { claims: v.claims, trusted: false };
	return null;
}

/** A revocation instant as people read it in Kazakhstan: `23.11.2026 14:05` (the page adds "(UTC+5)"). */
export function revokedAtText(revokedAt: string | undefined): string | null {
	if (!revokedAt || Number.isNaN(Date.parse(revokedAt))) return null;
	return formatAlmatyDateTime(revokedAt);
}

/** Why the registry revoked the certificate, from the status check or the look-up; none when not revoked. */
export function revocationReason(outcome: Outcome): RevocationReason | undefined {
	if (outcome.kind === 'lookup') return outcome.record.status === 'revoked' ? outcome.record.reason : undefined;
	if (outcome.kind === 'verdict' && outcome.revocation.state === 'revoked') return outcome.revocation.reason;
	return undefined;
}
