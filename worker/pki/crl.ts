/**
 * Certificate revocation lists (RFC 5280 §5) of the trusted CAs, held in D1 so every isolate and
 * every request shares one copy: `crls` has the newest list per issuing CA, `crl_entries` one row
 * per revoked serial, so a check is one primary-key probe however long the list.
 *
 * A list gets here from the CA's distribution point (the address in the signer's certificate),
 * fetched when the held one is missing or past its nextUpdate and refreshed by the cron, or pushed
 * by an operator (`PUT /api/pki/crl`). Either way it must be signed by a trusted CA and never older
 * than the one held, so whoever delivers it cannot un-revoke anything.
 */
import { equalBytes } from '../../src/lib/domain/certificate/cbor.ts';
import type { Env } from '../env.ts';
import { crlSignatureValid, parseCrl, type ParsedCrl } from './crl-der.ts';
import { nameKey, nameText, trustedAuthorities } from './trust.ts';

/** Rows per INSERT … SELECT FROM json_each(?): one bound parameter each, well under D1's limits. */
const entriesPerStatement = 4000;
/** How long a fetch of a distribution point may take before the check reports "unavailable". */
const fetchTimeoutMs = 5000;
/** The cron refetches a list held longer than this, so a new revocation is seen within the hour. */
export const refreshAfterMs = 60 * 60 * 1000;

export class CrlRejectedError extends Error {}

export interface HeldCrl {
	issuer: string;
	number: number | null;
	thisUpdate: string;
	nextUpdate: string;
	entries: number;
}

/**
 * Checks a CRL's signature against the trusted CA that issued it and stores it in place of the
 * held one, in one batch (the list is never half-replaced).
 * @throws CrlRejectedError when it is unreadable, not from a trusted CA, or older than the held one
 */
export async function ingestCrl(env: Env, der: Uint8Array, sourceUrl: string | null, now: Date): Promise<HeldCrl> {
	let crl: ParsedCrl;
	try {
		crl = parseCrl(der);
	} catch {
		throw new CrlRejectedError('not a CRL');
	}
	const { anchors, issuers } = trustedAuthorities(env);
	const ca = [...issuers, ...anchors].find((c) => equalBytes(c.subject, crl.issuer));
	if (!ca || !(await crlSignatureValid(crl, ca.spki))) throw new CrlRejectedError('not signed by a trusted CA');
	if (!crl.nextUpdate) throw new CrlRejectedError('no nextUpdate');
	const issuer = await nameKey(ca.subject);
	const thisUpdate = crl.thisUpdate.toISOString();
	const nextUpdate = crl.nextUpdate.toISOString();
	const held = await env.DB.prepare('SELECT number, this_update FROM crls WHERE issuer = ?')
		.bind(issuer)
		.first<{ number: number | null; this_update: string }>();
	if (held && (thisUpdate < held.this_update || (crl.number ?? 0) < (held.number ?? 0))) {
		throw new CrlRejectedError('older than the list held');
	}
	const rows = crl.entries.map((e) => [e.serial, e.revokedAt, e.reason]);
	const chunks = [];
	for (let i = 0; i < rows.length; i += entriesPerStatement) {
		chunks.push(
			env.DB.prepare(
				`INSERT OR IGNORE INTO crl_entries (issuer, serial, revoked_at, reason)
				 SELECT ?1, value ->> 0, value ->> 1, value ->> 2 FROM json_each(?2)`
			).bind(issuer, JSON.stringify(rows.slice(i, i + entriesPerStatement)))
		);
	}
	await env.DB.batch([
		env.DB.prepare(
			`INSERT INTO crls (issuer, issuer_name, number, this_update, next_update, source_url, fetched_at)
			 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
			 ON CONFLICT (issuer) DO UPDATE SET number = ?3, this_update = ?4, next_update = ?5,
			        source_url = coalesce(?6, source_url), fetched_at = ?7`
		).bind(issuer, nameText(ca.subjectAttributes), crl.number, thisUpdate, nextUpdate, sourceUrl, now.toISOString()),
		env.DB.prepare('DELETE FROM crl_entries WHERE issuer = ?').bind(issuer),
		...chunks
	]);
	return { issuer, number: crl.number, thisUpdate, nextUpdate, entries: rows.length };
}

/** Fetches a distribution point and ingests what it serves; false when it cannot be had. */
export async function fetchCrl(env: Env, url: string, now: Date): Promise<boolean> {
	try {
		const response = await fetch(url, { signal: AbortSignal.timeout(fetchTimeoutMs) });
		if (!response.ok) return false;
		await ingestCrl(env, new Uint8Array(await response.arrayBuffer()), url, now);
		return true;
	} catch (error) {
		// Logged without anything personal: the address is the CA's, the reason a library's.
		console.warn(`CRL ${url} not refreshed: ${(error as Error).message}`);
		return false;
	}
}

export type RevocationAnswer =
	| { state: 'good'; crlNumber: number | null }
	| { state: 'revoked'; crlNumber: number | null; revokedAt: string }
	/** No list held that is still current, and none could be fetched: a refusal, never a pass. */
	| { state: 'unavailable' };

const checkSql = `
	SELECT c.number, c.next_update, e.revoked_at
	  FROM crls c LEFT JOIN crl_entries e ON e.issuer = c.issuer AND e.serial = ?2
	 WHERE c.issuer = ?1`;

type ProbeRow = { number: number | null; next_update: string; revoked_at: string | null };

/** A certificate as its revocation check names it. */
export interface RevocationSubject {
	/** `nameKey` of the certificate's issuer. */
	issuer: string;
	serial: string;
	/** Where its issuer publishes the list (the CRLDistributionPoints URIs). */
	crlUrls: readonly string[];
}

/**
 * The check's one primary-key probe as a statement, so a caller can carry it in its own read
 * batch (the submit does: no round trip of its own); `revocationFrom` judges what it returns.
 */
export function revocationProbe(db: D1Database, { issuer, serial }: RevocationSubject): D1PreparedStatement {
	return db.prepare(checkSql).bind(issuer, serial);
}

/**
 * Is the certificate on its issuer's current CRL, given the probe's result? When no current list
 * was held, the distribution points are fetched first and the probe is run again.
 */
export async function revocationFrom(
	env: Env,
	subject: RevocationSubject,
	probed: D1Result,
	now: Date
): Promise<RevocationAnswer> {
	const at = now.toISOString();
	let row = probed.results[0] as ProbeRow | undefined | null;
	if (!row || row.next_update <= at) {
		for (const url of subject.crlUrls) if (await fetchCrl(env, url, now)) break;
		row = await revocationProbe(env.DB, subject).first<ProbeRow>();
	}
	if (!row || row.next_update <= at) return { state: 'unavailable' };
	return row.revoked_at
		? { state: 'revoked', crlNumber: row.number, revokedAt: row.revoked_at }
		: { state: 'good', crlNumber: row.number };
}

/** The check on its own: the probe in a round trip of its own, then `revocationFrom`. */
export async function revocationOf(env: Env, subject: RevocationSubject, now: Date): Promise<RevocationAnswer> {
	return revocationFrom(env, subject, await revocationProbe(env.DB, subject).all(), now);
}

/** Cron: refetch every list held longer than an hour or about to expire, from where it came. */
export async function refreshCrls(env: Env, now: Date): Promise<void> {
	const due = await env.DB.prepare(
		`SELECT source_url FROM crls WHERE source_url IS NOT NULL AND (fetched_at <= ?1 OR next_update <= ?2)`
	)
		.bind(
			new Date(now.getTime() - refreshAfterMs).toISOString(),
			new Date(now.getTime() + 2 * refreshAfterMs).toISOString()
		)
		.all<{ source_url: string }>();
	for (const { source_url } of due.results) await fetchCrl(env, source_url, now);
}
