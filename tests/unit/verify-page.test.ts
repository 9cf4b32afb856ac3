// The verify page's logic without a browser: what it shows for each verdict, the cached trust
// list and its age, and the two registry calls (IIN only in a POST body).
import { describe, expect, it, vi } from 'vitest';
import {
	barcodeText,
	signCertificate,
	type CertificateClaims,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import {
	claimRows,
	displayStatus,
	printableNumber,
	revocationAttribute,
	revocationReason,
	revokedAtText,
	shownClaims,
	verifyText,
	type Outcome
} from '../../src/lib/verify/outcome.ts';
import { fetchRevocation, lookupCertificate } from '../../src/lib/verify/registry.ts';
import {
	newestTrustList,
	parseTrustList,
	readSavedTrustList,
	saveTrustList,
	trustListAge,
	trustListStorageKey
} from '../../src/lib/verify/trust-list.ts';
import { almatyDepartment, throwawayIssuer } from '../support/throwaway-issuer.ts';

const origin = 'http://127.0.0.1:8787';

const claims: CertificateClaims = {
	documentType: 'birth-reference',
	number: 'KX7FM3PA2',
	issuedAt: Date.UTC(2026, 10, 23, 9, 5) / 1000,
	department: 'ALA',
	fields: {
		fullName: 'Әбілқасымова Гүлнұр Өмірқызы',
		birthDate: '2018-03-14',
		actRecordNumber: '1245',
		actRecordDate: '2018-03-21'
	}
};

const issuer = await throwawayIssuer();
const retired = await throwawayIssuer(almatyDepartment, { notAfter: '2025-01-01T00:00:00Z' });
const stranger = await throwawayIssuer();
const trustList: TrustList = {
	generatedAt: '2026-11-23T00:00:00Z',
	keys: [issuer.trusted, retired.trusted]
};
const sign = async (by: typeof issuer) => barcodeText(origin, await signCertificate(claims, by.privateKey, by.kid));
const link = { kind: 'link' } as const;

describe('verifyText → what the page shows', () => {
	it('genuine: status genuine, revocation pending until the registry answers', async () => {
		const outcome = await verifyText(await sign(issuer), trustList, link);
		expect(displayStatus(outcome)).toBe('genuine');
		expect(outcome.kind === 'verdict' && outcome.revocation).toEqual({
			state: 'checking'
		});
		expect(revocationAttribute(outcome)).toBe('unchecked');
		expect(shownClaims(outcome)?.trusted).toBe(true);
	});

	it('a genuine certificate that the registry revoked shows as revoked, with the Almaty time', async () => {
		const outcome = (await verifyText(await sign(issuer), trustList, link)) as Extract<Outcome, { kind: 'verdict' }>;
		const revoked: Outcome = {
			...outcome,
			revocation: { state: 'revoked', revokedAt: '2026-11-25T04:30:00Z' }
		};
		expect(displayStatus(revoked)).toBe('revoked');
		expect(revocationAttribute(revoked)).toBe('revoked');
		expect(revocationReason(revoked)).toBeUndefined();
		expect(revocationReason({ ...outcome, revocation: { state: 'revoked', reason: 'holder-request' } })).toBe(
			'holder-request'
		);
		expect(revocationReason(outcome)).toBeUndefined();
		expect(revokedAtText('2026-11-25T04:30:00Z')).toBe('25.11.2026 09:30');
		expect(revokedAtText('garbage')).toBeNull();
	});

	it('the URL fragment alone (as read from location.hash) verifies too', async () => {
		const text = await sign(issuer);
		const outcome = await verifyText('#' + text.split('#')[1], trustList, link);
		expect(displayStatus(outcome)).toBe('genuine');
	});

	it('unknown issuer, key not valid, altered, not ours', async () => {
		expect(displayStatus(await verifyText(await sign(stranger), trustList, link))).toBe('unknown-issuer');
		expect(displayStatus(await verifyText(await sign(retired), trustList, link))).toBe('key-not-valid');
		const text = await sign(issuer);
		const altered = text.slice(0, -5) + (text.at(-5) === 'A' ? 'B' : 'A') + text.slice(-4);
		const outcome = await verifyText(altered, trustList, link);
		expect(displayStatus(outcome)).toBe('altered');
		expect(revocationAttribute(outcome)).toBe('unchecked');
		expect(shownClaims(outcome)?.trusted).toBe(false);
		expect(displayStatus(await verifyText('https://example.com/hello', trustList, link))).toBe('not-qyzmet');
		expect(displayStatus(await verifyText('Сәлем', trustList, link))).toBe('not-qyzmet');
	});

	it('without a trust list, one of our codes is "cannot verify yet", never "unknown issuer"', async () => {
		expect(displayStatus(await verifyText(await sign(issuer), null, link))).toBe('no-trust-list');
		expect(displayStatus(await verifyText(await sign(issuer), { generatedAt: '', keys: [] }, link))).toBe(
			'no-trust-list'
		);
		expect(displayStatus(await verifyText('https://example.com', null, link))).toBe('not-qyzmet');
	});

	it('fields print as dd.mm.yyyy, the number with dashes, the issue time in Almaty', () => {
		const rows = Object.fromEntries(claimRows(claims, issuer.trusted.department).map((r) => [r.label, r.value]));
		expect(rows['verify.field.birthDate']).toBe('14.03.2018');
		expect(rows['verify.field.actRecordDate']).toBe('21.03.2018');
		expect(rows['verify.field.number']).toBe('KX7F-M3PA-2');
		expect(rows['verify.field.issuedAt']).toBe('23.11.2026 14:05');
		expect(printableNumber('not-a-number')).toBe('not-a-number');
	});

	it('unreadable and lookup outcomes', () => {
		const unreadable: Outcome = {
			kind: 'unreadable',
			source: { kind: 'camera' },
			reason: 'camera'
		};
		expect(displayStatus(unreadable)).toBe('unreadable');
		expect(revocationAttribute(unreadable)).toBe('unchecked');
		const record = {
			status: 'revoked' as const,
			revokedAt: '2026-11-25T04:30:00Z',
			documentType: 'birth-reference' as const,
			number: 'KX7FM3PA2',
			issuedAt: '2026-11-23T09:05:00Z',
			department: issuer.trusted.department,
			fields: claims.fields
		};
		expect(displayStatus({ kind: 'lookup', record })).toBe('revoked');
		expect(displayStatus({ kind: 'lookup', record: { ...record, status: 'valid' } })).toBe('genuine');
	});
});

function memoryStorage(initial: Record<string, string> = {}) {
	const data = new Map(Object.entries(initial));
	return {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => void data.set(k, v),
		data
	};
}

describe('trust list at hand', () => {
	const dated = (generatedAt: string) => ({ ...trustList, generatedAt });

	it('saves the list and reads it back; the copy saved by an older version is read too', () => {
		const storage = memoryStorage();
		saveTrustList(trustList, storage);
		expect(readSavedTrustList(storage)).toEqual(trustList);
		const older = memoryStorage({
			[trustListStorageKey]: JSON.stringify({ list: trustList, fetchedAt: '2026-12-01T00:00:00Z' })
		});
		expect(readSavedTrustList(older)?.keys).toHaveLength(2);
	});

	it('treats corrupt storage as empty', () => {
		expect(readSavedTrustList(memoryStorage({ [trustListStorageKey]: '{nope' }))).toBeNull();
		expect(readSavedTrustList(memoryStorage({ [trustListStorageKey]: '{"fetchedAt":"x","list":{}}' }))).toBeNull();
		expect(() => parseTrustList({ keys: 'x' })).toThrow();
		expect(() => parseTrustList({ keys: [], generatedAt: 'yesterday' })).toThrow();
	});

	it('the newest by its own date wins: an old copy answered from a cache never replaces a newer one', () => {
		const builtIn = dated('2026-11-20T08:00:00.000Z');
		const saved = dated('2026-11-23T10:00:00.000Z');
		const fromCache = dated('2026-11-21T10:00:00.000Z');
		expect(newestTrustList(builtIn, null)).toBe(builtIn);
		expect(newestTrustList(builtIn, saved)).toBe(saved);
		expect(newestTrustList(saved, fromCache)).toBe(saved);
		expect(newestTrustList(saved, dated(saved.generatedAt))).toBe(saved); // equal: keep the one in use
		expect(newestTrustList(null, undefined)).toBeNull();
	});

	it('its age comes from its own date: stale after 7 days (a warning); a clock behind it gives an unknown age', () => {
		const list = dated('2026-11-23T10:00:00.000Z');
		expect(trustListAge(list, new Date('2026-11-23T10:30:00Z'))).toEqual({
			known: true,
			minutes: 30,
			stale: false
		});
		expect(trustListAge(list, new Date('2026-11-30T10:00:00Z')).stale).toBe(false);
		expect(trustListAge(list, new Date('2026-11-30T10:01:00Z')).stale).toBe(true);
		expect(trustListAge(list, new Date('2026-11-23T09:57:00Z'))).toEqual({ known: true, minutes: 0, stale: false });
		expect(trustListAge(list, new Date('2026-11-20T10:00:00Z'))).toEqual({
			known: false,
			stale: false
		});
	});
});

describe('registry calls', () => {
	it('revocation status: valid, revoked with date, unknown, and offline on network errors', async () => {
		const reply = (body: unknown, status = 200) =>
			vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => new Response(JSON.stringify(body), { status }));
		expect(await fetchRevocation('KX7FM3PA2', reply({ status: 'valid' }))).toEqual({ state: 'valid' });
		expect(await fetchRevocation('KX7FM3PA2', reply({ status: 'revoked', revokedAt: '2026-11-25T04:30:00Z' }))).toEqual(
			{
				state: 'revoked',
				revokedAt: '2026-11-25T04:30:00Z'
			}
		);
		expect(
			await fetchRevocation(
				'KX7FM3PA2',
				reply({ status: 'revoked', revokedAt: '2026-11-25T04:30:00Z', reason: 'court-decision' })
			)
		).toStrictEqual({ state: 'revoked', revokedAt: '2026-11-25T04:30:00Z', reason: 'court-decision' });
		// A reason this page does not know is left out, never shown raw.
		const odd = await fetchRevocation(
			'KX7FM3PA2',
			reply({ status: 'revoked', revokedAt: '2026-11-25T04:30:00Z', reason: '<b>' })
		);
		expect(odd).toEqual({ state: 'revoked', revokedAt: '2026-11-25T04:30:00Z' });
		expect(odd).not.toHaveProperty('reason', '<b>');
		expect(await fetchRevocation('KX7FM3PA2', reply({ status: 'unknown' }))).toEqual({ state: 'unknown' });
		expect(await fetchRevocation('KX7FM3PA2', reply({}, 503))).toEqual({
			state: 'offline'
		});
		const failing = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(await fetchRevocation('KX7FM3PA2', failing)).toEqual({
			state: 'offline'
		});
		const spy = reply({ status: 'valid' });
		await fetchRevocation('KX7F/M3PA2', spy);
		expect(spy.mock.calls[0][0]).toBe('/api/certificates/KX7F%2FM3PA2/status');
	});

	it('lookup sends the IIN in a POST body, never in the URL', async () => {
		const record = {
			status: 'valid',
			documentType: 'birth-reference',
			number: 'KX7FM3PA2',
			issuedAt: '2026-11-23T09:05:00.000Z',
			department: issuer.trusted.department,
			fields: claims.fields
		};
		const spy = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(record)));
		const result = await lookupCertificate('KX7FM3PA2', '180314600123', spy as unknown as typeof fetch);
		expect(result).toEqual({ ok: true, record });
		const [url, init] = spy.mock.calls[0];
		expect(url).toBe('/api/certificates/lookup');
		expect(url).not.toContain('180314600123');
		expect(init?.method).toBe('POST');
		expect(JSON.parse(String(init?.body))).toEqual({
			number: 'KX7FM3PA2',
			iin: '180314600123'
		});
	});

	it('lookup passes the API error message through, and reports network failures as offline', async () => {
		const message = { kk: 'Табылмады', ru: 'Не найден', en: 'Not found' };
		const notFound = vi.fn(
			async () => new Response(JSON.stringify({ error: { code: 'certificate_not_found', message } }), { status: 404 })
		);
		expect(await lookupCertificate('KX7FM3PA2', '180314600123', notFound)).toEqual({
			ok: false,
			reason: 'rejected',
			message,
			fields: undefined
		});
		const down = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		});
		expect(await lookupCertificate('KX7FM3PA2', '180314600123', down)).toEqual({
			ok: false,
			reason: 'offline'
		});
		const broken = vi.fn(async () => new Response('<html>', { status: 502 }));
		expect(await lookupCertificate('KX7FM3PA2', '180314600123', broken)).toEqual({ ok: false, reason: 'failed' });
	});
});
