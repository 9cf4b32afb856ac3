/**
 * The Worker's single-pass readers of applicants' signatures (verify-detached.ts over cms-der.ts
 * and x509-der.ts) against two independent implementations: pkijs (the former check, kept in
 * cms-pkijs-reference.ts) and OpenSSL, which writes the certificates and CMS here. Every input,
 * however broken, gets a verdict: the evidence or a SignatureDefectError, never anything else.
 */
import 'reflect-metadata';
import fc from 'fast-check';
import * as pkijs from 'pkijs';
import { describe, expect, it } from 'vitest';
import { createIssuingCa, createRoot, issuePerson, type KeyKind } from '../../scripts/pki/dev-ca.ts';
import { certificateIdentity, subjectIdentity } from '../../src/lib/domain/pki/identity.ts';
import { signDetached } from '../../src/lib/domain/pki/signed-request.ts';
import { signatureValid } from '../../src/lib/domain/pki/signature-algorithms.ts';
import { SignatureDefectError, verifyDetached } from '../../src/lib/domain/pki/verify-detached.ts';
import { parseCertificate, type ParsedCertificate } from '../../src/lib/domain/pki/x509-der.ts';
import { serialHexOf } from '../../src/lib/domain/pki/der.ts';
import { opensslCms, opensslPki, withIndefiniteLengths, type OpensslPki } from './cms-openssl.ts';
import { pkijsVerdict } from './cms-pkijs-reference.ts';

const content = new TextEncoder().encode(
	'{"answers":{"iin":"900321401236"},"id":"a","service":"civil-status-reference"}'
);
const bufferOf = (bytes: Uint8Array) => bytes.slice().buffer as ArrayBuffer;
const der = (certificate: pkijs.Certificate) => new Uint8Array(certificate.toSchema().toBER(false));

/** Our verdict on a CMS: the evidence, or the defect; anything else thrown fails the test. */
async function ourVerdict(cms: Uint8Array, signed: Uint8Array) {
	try {
		return { verdict: 'ok' as const, ...(await verifyDetached(cms, signed)) };
	} catch (error) {
		if (error instanceof SignatureDefectError) return { verdict: error.defect };
		throw error;
	}
}

/** What our certificate reader says equals what pkijs reads from the same bytes. */
function expectSameCertificate(ours: ParsedCertificate, bytes: Uint8Array) {
	const reference = pkijs.Certificate.fromBER(bufferOf(bytes));
	expect(ours.der).toEqual(bytes);
	expect(ours.tbs).toEqual(new Uint8Array(reference.tbsView));
	expect(serialHexOf(ours.serial)).toBe(serialHexOf(reference.serialNumber.valueBlock.valueHexView));
	expect(ours.issuer).toEqual(new Uint8Array(reference.issuer.toSchema().toBER(false)));
	expect(ours.subject).toEqual(new Uint8Array(reference.subject.toSchema().toBER(false)));
	expect(ours.subjectAttributes).toEqual(
		reference.subject.typesAndValues.map((tv) => ({
			type: tv.type,
			value: String((tv.value as { valueBlock: { value: string } }).valueBlock.value)
		}))
	);
	expect(subjectIdentity(ours.subjectAttributes)).toEqual(certificateIdentity(reference));
	expect(ours.notBefore).toEqual(reference.notBefore.value);
	expect(ours.notAfter).toEqual(reference.notAfter.value);
	expect(ours.spki).toEqual(new Uint8Array(reference.subjectPublicKeyInfo.toSchema().toBER(false)));
	expect(ours.publicKey).toEqual(reference.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView);
	expect(ours.signatureAlgorithm.oid).toBe(reference.signatureAlgorithm.algorithmId);
	expect(ours.signature).toEqual(reference.signatureValue.valueBlock.valueHexView);
	const extension = (id: string) => reference.extensions?.find((e) => e.extnID === id)?.parsedValue;
	expect(ours.ca).toBe((extension('2.5.29.19') as pkijs.BasicConstraints | undefined)?.cA === true);
	const usage = extension('2.5.29.15') as { valueBlock: { valueHexView: Uint8Array } } | undefined;
	expect(ours.keyUsage ?? undefined).toEqual(usage?.valueBlock.valueHexView);
	const points = (extension('2.5.29.31') as pkijs.CRLDistributionPoints | undefined)?.distributionPoints ?? [];
	expect(ours.crlUrls).toEqual(
		points.flatMap((p) =>
			Array.isArray(p.distributionPoint)
				? p.distributionPoint.filter((n) => n.type === 6).map((n) => String(n.value))
				: []
		)
	);
}

/** Both implementations give the same verdict; where it is `ok`, the same signer, chain and time. */
async function expectSameVerdict(cms: Uint8Array, signed: Uint8Array, expected: 'ok' | 'malformed' | 'altered') {
	const [ours, reference] = await Promise.all([ourVerdict(cms, signed), pkijsVerdict(cms, signed)]);
	expect(ours.verdict).toBe(expected);
	expect(reference.verdict).toBe(expected);
	if (ours.verdict === 'ok' && reference.verdict === 'ok') {
		expect(ours.signer.der).toEqual(der(reference.signer));
		expect(ours.carried.map((c) => c.der)).toEqual(reference.carried.map(der));
		expect(ours.signingTime).toEqual(reference.signingTime);
	}
	return ours;
}

describe.each(['ec', 'rsa'] as KeyKind[])('signed as the page signs (pkijs), %s key', (key) => {
	async function person() {
		const root = await createRoot('Qyzmet UNIT Root', new Date(), 'rsa');
		const ca = await createIssuingCa(root, 'Qyzmet UNIT Issuing', new Date(), key);
		const subject = { iin: '900321401236', surname: 'Әбілқасымова', givenName: 'Гүлнұр', patronymic: 'Өмірқызы' };
		const organization = { name: '«Шаңырақ Логистик» ЖШС', bin: '210240134060' };
		const signer = await issuePerson(ca, 'http://pki.qyzmet.test/unit.crl', { ...subject, organization }, { key });
		const auth = await issuePerson(ca, 'http://pki.qyzmet.test/unit.crl', subject, { key, usage: 'auth' });
		return { root, ca, signer, auth };
	}

	it('reads the certificates exactly as pkijs does', async () => {
		const { root, ca, signer, auth } = await person();
		for (const certificate of [root.certificate, ca.certificate, signer.certificate, auth.certificate]) {
			const bytes = new Uint8Array(certificate.rawData);
			expectSameCertificate(parseCertificate(bytes), bytes);
		}
		const read = parseCertificate(new Uint8Array(signer.certificate.rawData));
		expect(subjectIdentity(read.subjectAttributes)).toMatchObject({ iin: '900321401236', bin: '210240134060' });
		expect(read.crlUrls).toEqual(['http://pki.qyzmet.test/unit.crl']);
		expect(parseCertificate(new Uint8Array(ca.certificate.rawData)).ca).toBe(true);
		expect(read.ca).toBe(false);
		// The CA's signature on each certificate, checked with the issuer's key.
		const caRead = parseCertificate(new Uint8Array(ca.certificate.rawData));
		const rootRead = parseCertificate(new Uint8Array(root.certificate.rawData));
		expect(await signatureValid(read.signatureAlgorithm, caRead.spki, read.signature, read.tbs)).toBe(true);
		expect(await signatureValid(read.signatureAlgorithm, rootRead.spki, read.signature, read.tbs)).toBe(false);
		expect(await signatureValid(caRead.signatureAlgorithm, rootRead.spki, caRead.signature, caRead.tbs)).toBe(true);
	});

	it('accepts what signDetached writes, with and without the chain carried, as pkijs does', async () => {
		const { root, ca, signer } = await person();
		const certificate = new Uint8Array(signer.certificate.rawData);
		const at = new Date('2026-11-23T10:11:12Z');
		const alone = await signDetached(content, signer.privateKey, certificate, [], at);
		expect((await expectSameVerdict(alone, content, 'ok')).verdict).toBe('ok');
		const chain = [new Uint8Array(ca.certificate.rawData), new Uint8Array(root.certificate.rawData)];
		const carried = await signDetached(content, signer.privateKey, certificate, chain, at);
		const ours = await expectSameVerdict(carried, content, 'ok');
		expect(ours.verdict === 'ok' && ours.signingTime).toEqual(at);
		expect(ours.verdict === 'ok' && ours.carried.map((c) => c.der)).toEqual(chain);
	});

	it('calls other bytes altered, as pkijs does', async () => {
		const { signer } = await person();
		const cms = await signDetached(content, signer.privateKey, new Uint8Array(signer.certificate.rawData));
		const other = content.slice();
		other[5] ^= 1;
		await expectSameVerdict(cms, other, 'altered');
		await expectSameVerdict(cms, content.subarray(0, -1), 'altered');
	});

	it('calls a signature by another key over the right bytes altered, as pkijs does', async () => {
		const { signer, auth } = await person();
		// The signer's certificate, the other key's signature.
		const cms = await signDetached(content, auth.privateKey, new Uint8Array(signer.certificate.rawData));
		await expectSameVerdict(cms, content, 'altered');
	});
});

describe.each(['ec', 'rsa'] as const)('written by OpenSSL, %s key', (kind) => {
	let pki: OpensslPki;
	const pkiOf = () => (pki ??= opensslPki(kind));

	it('reads its certificates exactly as pkijs does', () => {
		const { ca, signer } = pkiOf();
		for (const bytes of [ca, signer]) expectSameCertificate(parseCertificate(bytes), bytes);
		const read = parseCertificate(signer);
		expect(subjectIdentity(read.subjectAttributes)).toEqual({
			iin: '900321401236',
			bin: '210240134060',
			commonName: 'ӘБІЛҚАСЫМОВА ГҮЛНҰР',
			organization: '«Шаңырақ Логистик» ЖШС'
		});
		expect(serialHexOf(read.serial)).toBe('1c2d3e4f5a6b7c8d');
		expect(read.crlUrls).toEqual(['http://pki.qyzmet.test/openssl.crl', 'http://mirror.qyzmet.test/openssl.crl']);
		expect(read.keyUsage![0] & 0x40).toBe(0x40);
	});

	it('accepts a detached signature with signed attributes, the CA carried', async () => {
		const cms = opensslCms(pkiOf(), content);
		const ours = await expectSameVerdict(cms, content, 'ok');
		expect(ours.verdict === 'ok' && ours.carried.map((c) => c.der)).toEqual([pkiOf().ca]);
	});

	it('accepts BER with indefinite lengths outside the signed parts, and a subject key identifier', async () => {
		const ber = withIndefiniteLengths(opensslCms(pkiOf(), content));
		expect([ber[1], ber[ber.length - 1]]).toEqual([0x80, 0]);
		await expectSameVerdict(ber, content, 'ok');
		await expectSameVerdict(opensslCms(pkiOf(), content, ['-keyid']), content, 'ok');
	});

	it('refuses the content inside (attached) and a signature without signed attributes', async () => {
		await expectSameVerdict(opensslCms(pkiOf(), content, ['-nodetach']), content, 'malformed');
		// OpenSSL streams the content inside even when asked for a detached signature.
		await expectSameVerdict(opensslCms(pkiOf(), content, ['-stream']), content, 'malformed');
		await expectSameVerdict(opensslCms(pkiOf(), content, ['-noattr']), content, 'malformed');
	});

	it('refuses a digest other than SHA-256', async () => {
		const cms = opensslCms(pkiOf(), content);
		const sha384 = opensslCms(pkiOf(), content, ['-md', 'sha384']);
		expect(sha384).not.toEqual(cms);
		await expectSameVerdict(sha384, content, 'malformed');
	});

	it('calls other bytes altered', async () => {
		const other = content.slice();
		other[0] ^= 0x20;
		await expectSameVerdict(opensslCms(pkiOf(), content), other, 'altered');
	});
});

describe('RSA-PSS written by OpenSSL', () => {
	it('accepts it as pkijs does, and calls other bytes altered', async () => {
		const pki = opensslPki('rsa');
		for (const salt of ['32', '20']) {
			const cms = opensslCms(pki, content, ['-keyopt', 'rsa_padding_mode:pss', '-keyopt', `rsa_pss_saltlen:${salt}`]);
			await expectSameVerdict(cms, content, 'ok');
			await expectSameVerdict(cms, content.subarray(1), 'altered');
		}
	});
});

describe('broken input', () => {
	it('every truncation of a valid signature is malformed', async () => {
		const pki = opensslPki('ec');
		const cms = opensslCms(pki, content);
		for (let length = 0; length < cms.length; length++) {
			expect((await ourVerdict(cms.subarray(0, length), content)).verdict).toBe('malformed');
		}
		// Trailing bytes after the ContentInfo: not a signature we accept either.
		const longer = new Uint8Array(cms.length + 1);
		longer.set(cms);
		expect((await ourVerdict(longer, content)).verdict).toBe('malformed');
	});

	it('garbage, empty and deeply nested input is malformed', async () => {
		for (const bytes of [
			new Uint8Array(),
			new TextEncoder().encode('not a signature'),
			new Uint8Array([0x30, 0x84, 0xff, 0xff, 0xff, 0xff]),
			new Uint8Array(4000).fill(0x30).map((b, i) => (i % 2 ? 0x80 : b))
		]) {
			expect((await ourVerdict(bytes, content)).verdict).toBe('malformed');
		}
	});

	it(
		'mutated signatures: a defect or the evidence, never another exception; accepted only with the genuine key and time',
		{ timeout: 180_000 },
		async () => {
			const pki = opensslPki('ec');
			const page = await (async () => {
				const root = await createRoot('Qyzmet UNIT Root', new Date(), 'ec');
				const ca = await createIssuingCa(root, 'Qyzmet UNIT Issuing', new Date(), 'ec');
				const person = await issuePerson(ca, 'http://pki.qyzmet.test/u.crl', {
					iin: '900321401236',
					surname: 'Тестов',
					givenName: 'Тест'
				});
				return signDetached(content, person.privateKey, new Uint8Array(person.certificate.rawData), [
					new Uint8Array(ca.certificate.rawData)
				]);
			})();
			const openssl = opensslCms(pki, content);
			const samples = [openssl, withIndefiniteLengths(openssl), page];
			const genuine = await Promise.all(samples.map((cms) => verifyDetached(cms, content)));
			const edit = fc.oneof(
				fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
				fc.record({ kind: fc.constant('set' as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
				fc.record({ kind: fc.constant('cut' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
				fc.record({
					kind: fc.constant('insert' as const),
					at: fc.nat(),
					bytes: fc.uint8Array({ minLength: 1, maxLength: 8 })
				})
			);
			await fc.assert(
				fc.asyncProperty(
					fc.nat({ max: samples.length - 1 }),
					fc.array(edit, { minLength: 1, maxLength: 3 }),
					async (which, edits) => {
						let bytes = samples[which].slice();
						for (const e of edits) {
							const at = e.at % (bytes.length + 1);
							if (e.kind === 'flip' && at < bytes.length) bytes[at] ^= 1 << e.bit;
							else if (e.kind === 'set' && at < bytes.length) bytes[at] = e.value;
							else if (e.kind === 'cut')
								bytes = new Uint8Array([...bytes.subarray(0, at), ...bytes.subarray(at + e.length)]);
							else if (e.kind === 'insert')
								bytes = new Uint8Array([...bytes.subarray(0, at), ...e.bytes, ...bytes.subarray(at)]);
						}
						const ours = await ourVerdict(bytes, content);
						expect(['ok', 'malformed', 'altered']).toContain(ours.verdict);
						if (ours.verdict !== 'ok') return;
						// Accepted: then with the genuine key and time. A field the reader skips may have changed
						// (pkijs's schemas refuse those); the signer's certificate is checked by its CA's signature next.
						expect(ours.signer.spki).toEqual(genuine[which].signer.spki);
						expect(ours.signingTime).toEqual(genuine[which].signingTime);
						expect((await pkijsVerdict(bytes, content)).verdict).not.toBe('altered');
					}
				),
				{ numRuns: 400 }
			);
		}
	);
});
