/// <reference types="node" />
/**
 * `npm run keys -- rotate | retire | list | export` on a vars file, and what the offline verifier
 * makes of the result: a certificate a retired key signed inside its period still verifies
 * through the trust list, one claiming an issue time outside it does not, and a dropped
 * (compromised) key's certificates read "unknown issuer".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { generateDevSecrets } from '../../scripts/dev-secrets.mjs';
import { runKeysCommand } from '../../scripts/signing-keys.mjs';
import { writeVars, readVars } from '../../scripts/vars-file.mjs';
import {
	barcodeText,
	base64urlDecode,
	signCertificate,
	verifyBarcodeText,
	type CertificateClaims,
	type TrustedKey,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import { kidOf, type ConfiguredKey } from '../../worker/certificates/key-rotation.ts';

const dir = mkdtempSync(join(tmpdir(), 'qyzmet-keys-'));
const file = join(dir, 'keys.vars');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const created = new Date('2026-01-10T08:00:00Z');
const rotatedAt = new Date('2026-11-20T06:00:00Z');
const retiredAt = new Date('2026-11-27T06:00:00Z');

beforeEach(async () => writeVars(file, await generateDevSecrets(created)));

const keys = () => JSON.parse(readVars(file)!.DEPARTMENT_KEYS) as ConfiguredKey[];
const retired = () => JSON.parse(readVars(file)!.RETIRED_KEYS) as TrustedKey[];
const run = (now: Date, ...args: string[]) => runKeysCommand(args, { file, now });

/** The trust list the Worker would publish from the file: current keys, then retired ones. */
async function trustList(): Promise<TrustList> {
	const current = await Promise.all(
		keys().map(async (k): Promise<TrustedKey> => {
			const { kty, crv, x, y } = k.privateJwk;
			return { kid: await kidOf(k), department: k.department, publicJwk: { kty, crv, x, y }, ...window(k) };
		})
	);
	return { generatedAt: new Date().toISOString(), keys: [...current, ...retired()] };
}
const window = (k: { notBefore: string; notAfter: string }) => ({ notBefore: k.notBefore, notAfter: k.notAfter });

async function signedBy(key: ConfiguredKey, issuedAt: Date): Promise<string> {
	const claims: CertificateClaims = {
		documentType: 'birth-reference',
		number: 'KX7FM3PA2',
		issuedAt: Math.floor(issuedAt.getTime() / 1000),
		department: key.department.code,
		fields: {
			fullName: 'Әбілқасымова Гүлнұр Өмірқызы',
			birthDate: '1990-03-21',
			actRecordNumber: '10-751-90-0000121',
			actRecordDate: '1990-03-28'
		}
	};
	const privateKey = await crypto.subtle.importKey(
		'jwk',
		key.privateJwk,
		{ name: 'ECDSA', namedCurve: 'P-256' },
		false,
		['sign']
	);
	return barcodeText(
		'http://qyzmet.test',
		await signCertificate(claims, privateKey, base64urlDecode(await kidOf(key)))
	);
}

const almaty = () => keys().filter((k) => k.department.code === 'ALA');

describe('rotation', () => {
	it('adds a newer key for the department; the old one stays until it is retired', async () => {
		const [old] = almaty();
		const message = await run(rotatedAt, 'rotate', 'ALA');
		const [, added] = almaty();
		expect(message).toContain(await kidOf(added));
		expect(added.notBefore).toBe(rotatedAt.toISOString());
		expect(added.notAfter).toBe('2029-11-20T06:00:00.000Z');
		expect(await kidOf(added)).not.toBe(await kidOf(old));
		expect(keys()).toHaveLength(21);
		const listing = await run(rotatedAt, 'list');
		expect(listing).toContain(`ALA  ${await kidOf(old)}  ${old.notBefore}  ${old.notAfter}  superseded`);
		expect(listing).toContain(`ALA  ${await kidOf(added)}  ${added.notBefore}  ${added.notAfter}  signing`);
	});

	it('can announce a key ahead of its start, and refuses a start before the newest key', async () => {
		// Barcodes carry whole seconds, and so does the start of a key.
		await run(rotatedAt, 'rotate', 'SHY', '--from', '2026-11-27T00:00:00.750Z');
		expect(await run(rotatedAt, 'list')).toMatch(/SHY {2}\S+ {2}2026-11-27T00:00:00.000Z .* announced/);
		await expect(run(rotatedAt, 'rotate', 'SHY', '--from', '2026-11-26T00:00:00Z')).rejects.toThrow(
			'already has a key valid from 2026-11-27T00:00:00.000Z'
		);
		await expect(run(rotatedAt, 'rotate', 'XXX')).rejects.toThrow('unknown department XXX');
		await expect(run(rotatedAt, 'rotate', 'SHY', '--from', 'soon')).rejects.toThrow('not an ISO instant');
	});
});

describe('retirement', () => {
	it('moves the public half to RETIRED_KEYS, valid for the period it signed in', async () => {
		const [old] = almaty();
		const kid = await kidOf(old);
		await run(rotatedAt, 'rotate', 'ALA');
		await run(retiredAt, 'retire', kid);
		expect(almaty()).toHaveLength(1);
		expect(retired()).toEqual([
			{
				kid,
				department: old.department,
				publicJwk: { kty: 'EC', crv: 'P-256', x: old.privateJwk.x, y: old.privateJwk.y },
				notBefore: created.toISOString(),
				notAfter: retiredAt.toISOString(),
				retiredAt: retiredAt.toISOString()
			}
		]);
		expect(JSON.stringify(retired())).not.toContain('"d"');
		expect(await run(retiredAt, 'list')).toContain(
			`ALA  ${kid}  ${old.notBefore}  ${retiredAt.toISOString()}  retired`
		);
	});

	it('the offline verifier: old certificates still verify, a later or earlier issue time does not', async () => {
		const [old] = almaty();
		await run(rotatedAt, 'rotate', 'ALA');
		const [, current] = almaty();
		await run(retiredAt, 'retire', await kidOf(old));
		const list = await trustList();

		const before = await verifyBarcodeText(await signedBy(old, new Date('2026-06-01T09:00:00Z')), list);
		expect(before).toMatchObject({
			status: 'genuine',
			key: { kid: await kidOf(old), retiredAt: retiredAt.toISOString() }
		});
		// Signed by the old key while the new one was being deployed: still inside its period.
		expect((await verifyBarcodeText(await signedBy(old, new Date('2026-11-25T00:00:00Z')), list)).status).toBe(
			'genuine'
		);
		// A later issue time, as someone holding the old private key could write: not genuine.
		expect((await verifyBarcodeText(await signedBy(old, new Date('2026-11-27T06:00:01Z')), list)).status).toBe(
			'key-not-valid'
		);
		expect((await verifyBarcodeText(await signedBy(old, new Date('2025-12-31T00:00:00Z')), list)).status).toBe(
			'key-not-valid'
		);
		const fresh = await verifyBarcodeText(await signedBy(current, new Date('2026-11-28T00:00:00Z')), list);
		expect(fresh).toMatchObject({ status: 'genuine', key: { kid: await kidOf(current) } });
	});

	it('refuses to leave a department without a signing key, or to retire twice', async () => {
		const [old] = almaty();
		const kid = await kidOf(old);
		await expect(run(retiredAt, 'retire', kid)).rejects.toThrow('no newer key of ALA signs');
		await run(rotatedAt, 'rotate', 'ALA', '--from', '2026-11-30T00:00:00Z');
		// The new key is only announced: the old one still signs, so it cannot go yet.
		await expect(run(retiredAt, 'retire', kid)).rejects.toThrow('no newer key of ALA signs');
		await run(new Date('2026-12-01T00:00:00Z'), 'retire', kid);
		await expect(run(new Date('2026-12-02T00:00:00Z'), 'retire', kid)).rejects.toThrow('already retired');
		await expect(run(retiredAt, 'retire', 'AAAAAAAAAAA')).rejects.toThrow('not a configured signing key');
	});

	it('a compromised key is dropped from both lists: its certificates read "unknown issuer"', async () => {
		const [old] = almaty();
		const kid = await kidOf(old);
		const text = await signedBy(old, new Date('2026-06-01T09:00:00Z'));
		await run(rotatedAt, 'rotate', 'ALA');
		await run(retiredAt, 'retire', kid);
		await run(retiredAt, 'retire', kid, '--compromised');
		expect(retired()).toEqual([]);
		expect(await verifyBarcodeText(text, await trustList())).toMatchObject({ status: 'unknown-issuer', kid });
	});
});

it('export prints both secrets as the JSON `wrangler secret bulk` reads', async () => {
	await run(rotatedAt, 'rotate', 'ALA');
	const exported = JSON.parse(await run(rotatedAt, 'export')) as Record<string, string>;
	expect(Object.keys(exported)).toEqual(['DEPARTMENT_KEYS', 'RETIRED_KEYS']);
	expect(exported.DEPARTMENT_KEYS).toBe(readFileSync(file, 'utf8').match(/^DEPARTMENT_KEYS='(.*)'$/m)![1]);
	expect(JSON.parse(exported.RETIRED_KEYS)).toEqual([]);
});
