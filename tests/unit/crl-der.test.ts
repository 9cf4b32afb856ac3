/**
 * The Worker's single-pass CRL reader against two independent implementations: lists written by
 * @peculiar/x509 and read back by pkijs, and lists written by OpenSSL; and its signature check.
 */
import 'reflect-metadata';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { createIssuingCa, createRoot, issueCrl, randomSerial, type KeyKind } from '../../scripts/pki/dev-ca.ts';
import { crlSignatureValid, parseCrl } from '../../worker/pki/crl-der.ts';
import { opensslCrl } from '../../scripts/pki/openssl-crl.ts';

const spkiOf = (ca: { certificate: { rawData: ArrayBuffer } }) =>
	new Uint8Array(pkijs.Certificate.fromBER(ca.certificate.rawData).subjectPublicKeyInfo.toSchema().toBER(false));

describe.each(['rsa', 'ec'] as KeyKind[])('a %s CA', (kind) => {
	it('reads what @peculiar/x509 writes exactly as pkijs reads it, and checks its signature', async () => {
		const root = await createRoot('Qyzmet UNIT Root', new Date(), kind);
		const ca = await createIssuingCa(root, 'Qyzmet UNIT Issuing', new Date(), kind);
		const revoked = [
			{ serialNumber: randomSerial(), revokedAt: new Date('2026-01-02T03:04:05Z') },
			{ serialNumber: '7f', revokedAt: new Date('2049-12-31T23:59:59Z'), reason: 1 },
			{ serialNumber: '80ff', revokedAt: new Date('2050-01-01T00:00:00Z'), reason: 4 }
		];
		const crl = await issueCrl(ca, revoked, { number: 300, thisUpdate: new Date('2026-11-23T10:00:00Z') });
		const parsed = parseCrl(new Uint8Array(crl.rawData));
		const reference = pkijs.CertificateRevocationList.fromBER(crl.rawData);
		expect(parsed.thisUpdate.toISOString()).toBe(reference.thisUpdate.value.toISOString());
		expect(parsed.nextUpdate?.toISOString()).toBe(reference.nextUpdate?.value.toISOString());
		expect(parsed.number).toBe(300);
		expect(parsed.entries.map((e) => e.serial)).toEqual(revoked.map((r) => r.serialNumber.replace(/^0+(?=.)/, '')));
		expect(parsed.entries.map((e) => e.revokedAt)).toEqual(
			reference.revokedCertificates!.map((r) => r.revocationDate.value.toISOString())
		);
		// issueCrl writes keyCompromise (1) when no reason is given.
		expect(parsed.entries.map((e) => e.reason)).toEqual([1, 1, 4]);
		expect(parsed.issuer).toEqual(new Uint8Array(reference.issuer.toSchema().toBER(false)));
		expect(await crlSignatureValid(parsed, spkiOf(ca))).toBe(true);
		expect(await crlSignatureValid(parsed, spkiOf(root))).toBe(false);
		// One bit of the signed part changed (a revoked entry's date): the signature no longer holds.
		const tbs = parsed.tbs.slice();
		tbs[Math.floor(tbs.length / 2)] ^= 1;
		expect(await crlSignatureValid({ ...parsed, tbs }, spkiOf(ca))).toBe(false);
	});

	it('reads what OpenSSL writes: 2 000 entries with reasons, number and signature', async () => {
		const root = await createRoot('Qyzmet UNIT Root', new Date(), kind);
		const ca = await createIssuingCa(root, 'Qyzmet UNIT Issuing', new Date(), kind);
		const reasons = ['keyCompromise', 'superseded', 'cessationOfOperation', undefined];
		const revoked = Array.from({ length: 2000 }, (_, i) => ({
			serialNumber: randomSerial(),
			revokedAt: new Date(Date.UTC(2026, 0, 1 + (i % 300), 12)),
			reason: reasons[i % 4]
		}));
		const parsed = parseCrl(await opensslCrl(ca, revoked, 1, 0x2a));
		expect(parsed.number).toBe(0x2a);
		expect(parsed.entries).toHaveLength(2000);
		const bySerial = new Map(parsed.entries.map((e) => [e.serial, e]));
		for (const [i, r] of revoked.entries()) {
			const entry = bySerial.get(r.serialNumber)!;
			expect(entry.revokedAt).toBe(r.revokedAt.toISOString());
			expect(entry.reason).toBe([1, 4, 5, null][i % 4]);
		}
		expect(await crlSignatureValid(parsed, spkiOf(ca))).toBe(true);
	});
});

it('refuses what is not a DER CRL', () => {
	expect(() => parseCrl(new TextEncoder().encode('garbage'))).toThrow();
	expect(() => parseCrl(new Uint8Array([0x30, 0x82, 0xff, 0xff, 0x30]))).toThrow();
});
