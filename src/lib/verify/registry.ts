/**
 * The two online questions the verify page asks the Worker:
 *   - is the certificate with this number revoked? (public, no personal data), and
 *   - the egov.kz-style check by number and the holder's IIN (the IIN goes in a POST body,
 *     never in a URL, so it stays out of logs, history and referrers).
 */
import { fieldLayouts, type DocumentType } from '../domain/certificate/index.ts';
import type { CertificateStatus } from '../domain/certificate-status.ts';
import { isRevocationReason, type RevocationReason } from '../domain/revocation.ts';
import type { Text } from '../domain/text.ts';

export type Revocation =
	| { state: 'checking' }
	| { state: 'valid'; newerDataSince?: string } // newer: the registry corrected what it printed since
	| { state: 'revoked'; revokedAt?: string; reason?: RevocationReason }
	| { state: 'unknown' } // the registry does not know this number
	| { state: 'offline' } // no answer: no network, timeout or a server error
	| { state: 'unchecked' }; // not asked: the signature already failed

type KeysOf<T> = T extends unknown ? keyof T : never;

export async function fetchRevocation(
	number: string,
	fetchFn: typeof fetch = fetch,
	timeoutMs = 8000
): Promise<Revocation> {
	if (globalThis.navigator?.onLine === false) return { state: 'offline' };
	try {
		const response = await fetchFn(`/api/certificates/${encodeURIComponent(number)}/status`, {
			headers: { accept: 'application/json' },
			signal: AbortSignal.timeout(timeoutMs)
		});
		if (response.status === 404) return { state: 'unknown' };
		if (!response.ok) return { state: 'offline' };
		// The Worker's CertificateStatus, read defensively: an answer from elsewhere may not have its shape.
		const body = (await response.json()) as Partial<Record<KeysOf<CertificateStatus>, unknown>>;
		if (body.status === 'valid')
			return typeof body.newerDataSince === 'string' && !Number.isNaN(Date.parse(body.newerDataSince))
				? { state: 'valid', newerDataSince: body.newerDataSince }
				: { state: 'valid' };
		if (body.status === 'revoked') {
			const revokedAt =
				typeof body.revokedAt === 'string' && !Number.isNaN(Date.parse(body.revokedAt)) ? body.revokedAt : undefined;
			// A reason this page does not know (a newer server) is left out rather than shown raw.
			return { state: 'revoked', revokedAt, reason: isRevocationReason(body.reason) ? body.reason : undefined };
		}
		if (body.status === 'unknown') return { state: 'unknown' };
		return { state: 'offline' };
	} catch {
		return { state: 'offline' };
	}
}

export interface LookupRecord {
	status: 'valid' | 'revoked';
	revokedAt?: string;
	/** Why it was revoked: a code of the closed list (revocation.ts). */
	reason?: RevocationReason;
	/** The registry corrected a record the certificate printed after its issue (ISO instant). */
	newerDataSince?: string;
	documentType: DocumentType;
	number: string;
	/** ISO instant (the Worker sends ISO; unix seconds are accepted too). */
	issuedAt: string;
	department: Text;
	/** The certificate's signed fields (see fieldLayouts). */
	fields: Record<string, string | number>;
}

export type LookupResult =
	| { ok: true; record: LookupRecord }
	| { ok: false; reason: 'offline' | 'failed' }
	| {
			ok: false;
			reason: 'rejected';
			message: Text;
			fields?: Record<string, Text>;
	  };

function isText(value: unknown): value is Text {
	return typeof value === 'object' && value !== null && typeof (value as Text).kk === 'string';
}

export async function lookupCertificate(
	number: string,
	iin: string,
	fetchFn: typeof fetch = fetch,
	timeoutMs = 10_000
): Promise<LookupResult> {
	if (globalThis.navigator?.onLine === false) return { ok: false, reason: 'offline' };
	let response: Response;
	try {
		response = await fetchFn('/api/certificates/lookup', {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				accept: 'application/json'
			},
			body: JSON.stringify({ number, iin }),
			cache: 'no-store',
			signal: AbortSignal.timeout(timeoutMs)
		});
	} catch {
		return { ok: false, reason: 'offline' };
	}
	let body: unknown;
	try {
		body = await response.json();
	} catch {
		return { ok: false, reason: 'failed' };
	}
	if (response.ok) {
		const record = body as LookupRecord;
		if (
			!record ||
			(record.status !== 'valid' && record.status !== 'revoked') ||
			!Object.hasOwn(fieldLayouts, record.documentType) ||
			typeof record.fields !== 'object'
		) {
			return { ok: false, reason: 'failed' };
		}
		const issuedAt =
			typeof record.issuedAt === 'number' ? new Date(record.issuedAt * 1000).toISOString() : String(record.issuedAt);
		const reason = isRevocationReason(record.reason) ? record.reason : undefined;
		return { ok: true, record: { ...record, issuedAt, reason } };
	}
	const error = (
		body as {
			error?: {
				message?: unknown;
				fields?: Record<string, { message?: unknown }>;
			};
		}
	)?.error;
	if (response.status < 500 && isText(error?.message)) {
		const fields = error.fields
			? Object.fromEntries(
					Object.entries(error.fields).flatMap(([k, v]) => (isText(v?.message) ? [[k, v.message]] : []))
				)
			: undefined;
		return { ok: false, reason: 'rejected', message: error.message, fields };
	}
	return { ok: false, reason: 'failed' };
}
