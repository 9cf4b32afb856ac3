/**
 * Issue 6's Worker-side figures, inside workerd with a real local D1:
 * - a request's EDS checked end to end (`checkRequestSignature`: CMS parse, signature, chain to the
 *   anchor, validity, key usage, IIN, the CRL probe), RSA 2048 and ECDSA P-256, against a bare
 *   WebCrypto verify of a signature of the same kind in the same run;
 * - the CMS step alone (`verifyDetached`, single-pass DER reader + WebCrypto) against the former
 *   pkijs implementation of it (tests/unit/cms-pkijs-reference.ts) in the same run;
 * - a CA's CRL with 100 000 revoked serials: its ingest once, then the per-check cost of
 *   `revocationOf` once it is held (hits and misses), against a bare D1 primary-key read.
 *   npx vitest run --config vitest.bench-worker.config.ts signatures
 * Prints numbers only; it asserts that each check gave the expected answer, never a time.
 */
import { applyD1Migrations, env } from 'cloudflare:test';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { expect, inject, it } from 'vitest';
import { issuePerson, type Authority } from '../../scripts/pki/dev-ca.ts';
import { base64urlEncode } from '../../src/lib/domain/certificate/base64url.ts';
import { requestSigningBytes } from '../../src/lib/domain/pki/request-bytes.ts';
import { signDetached } from '../../src/lib/domain/pki/signed-request.ts';
import { verifyDetached } from '../../src/lib/domain/pki/verify-detached.ts';
import { parseCertificate } from '../../src/lib/domain/pki/x509-der.ts';
import { pkijsVerdict } from '../../tests/unit/cms-pkijs-reference.ts';
import type { Submission } from '../../src/lib/domain/schemas.ts';
import type { Env } from '../../worker/env.ts';
import { ingestCrl, revocationOf } from '../../worker/pki/crl.ts';
import { checkRequestSignature } from '../../worker/pki/request-signature.ts';
import { nameKey, serialHex } from '../../worker/pki/trust.ts';
import { ms, summarise, timedInBatches } from '../stats.ts';

const crlUrl = 'http://pki.qyzmet.bench/issuing.crl';

// Batches of 20: workerd's clock moves in whole milliseconds here.
const timed = (n: number, run: () => Promise<unknown>) => timedInBatches(n, 20, run);

const line = (label: string, samples: number[], baseline?: number) => {
	const s = summarise(samples);
	const ratio = baseline ? `  (${(s.median / baseline).toFixed(1)}× the bare operation)` : '';
	return `${label.padEnd(58)} median ${ms(s.median)}  p90 ${ms(s.p90)}  n=${s.n}${ratio}`;
};

function submissionOf(iin: string): Submission {
	return {
		id: crypto.randomUUID(),
		service: 'civil-status-reference',
		channel: 'portal',
		lang: 'kk',
		answers: { iin, referenceKind: 'birth', birthDate: '21.03.1990', placeOfBirth: 'Алматы' },
		attachments: []
	};
}

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

async function authority(stored: { certificate: string; pkcs8: string }): Promise<Authority> {
	const rsa = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
	const certificate = new x509.X509Certificate(bytes(stored.certificate));
	const privateKey = await crypto.subtle.importKey('pkcs8', bytes(stored.pkcs8), rsa, true, ['sign']);
	return { certificate, keys: { privateKey, publicKey: await certificate.publicKey.export(rsa, ['verify']) } };
}

async function benchEnvironment(): Promise<{ benchEnv: Env; root: Authority; ca: Authority }> {
	await applyD1Migrations(env.DB, (env as unknown as { TEST_MIGRATIONS: never }).TEST_MIGRATIONS);
	const pki = inject('benchPki');
	const root = await authority(pki.root);
	const ca = await authority(pki.issuing);
	const benchEnv = {
		...(env as unknown as Env),
		PKI_CA_CERTIFICATES: [pki.root.certificate, pki.issuing.certificate].join(',')
	};
	return { benchEnv, root, ca };
}

it('checks requests’ signatures and a 100 000-entry CRL in workerd', { timeout: 600_000 }, async () => {
	const { benchEnv, root, ca } = await benchEnvironment();
	const n = 40; // samples, each the mean of a batch of 20 runs
	const lines: string[] = [];

	// The CA's list (OpenSSL wrote it in Node): ingested once — parse, signature, one D1 batch.
	const pki = inject('benchPki');
	const crl = bytes(pki.crl);
	const t = performance.now();
	const held = await ingestCrl(benchEnv, crl, crlUrl, new Date());
	const ingested = performance.now() - t;
	expect(held.entries).toBe(pki.entries);
	lines.push(
		`CRL of ${held.entries} serials (${(crl.length / 1e6).toFixed(1)} MB DER): ingested (parse + signature + D1) in ${ms(ingested)}`
	);

	for (const key of ['ec', 'rsa'] as const) {
		const iin = '900321401236';
		const person = await issuePerson(ca, crlUrl, { iin, surname: 'Бенч', givenName: 'Тест' }, { key });
		const certificate = new Uint8Array(person.certificate.rawData);
		const received = submissionOf(iin);
		const content = requestSigningBytes(received);
		// As the page signs: the signer's certificate only (the Worker holds the chain).
		const cms = await signDetached(content, person.privateKey, certificate);
		const body = { ...received, signature: base64urlEncode(cms) };

		// Baseline: WebCrypto alone verifying a signature of the same algorithm over the same bytes.
		const algorithm = key === 'ec' ? { name: 'ECDSA', hash: 'SHA-256' } : { name: 'RSASSA-PKCS1-v1_5' };
		const publicKey = await person.certificate.publicKey.export(
			key === 'ec' ? { name: 'ECDSA', namedCurve: 'P-256' } : { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
			['verify']
		);
		const raw = new Uint8Array(await crypto.subtle.sign(algorithm, person.privateKey, content));
		const bareSamples = await timed(n, () => crypto.subtle.verify(algorithm, publicKey, raw, content));
		const bare = summarise(bareSamples).median;
		lines.push(line(`bare WebCrypto verify (${key === 'ec' ? 'ECDSA P-256' : 'RSA 2048'})`, bareSamples));

		const verified = await checkRequestSignature(benchEnv, { received: body, value: body }, new Date());
		expect(verified.crlNumber).toBe(1);
		lines.push(
			line(
				`request EDS checked end to end (${key === 'ec' ? 'ECDSA P-256' : 'RSA 2048'}, chain RSA)`,
				await timed(n, () => checkRequestSignature(benchEnv, { received: body, value: body }, new Date())),
				bare
			)
		);
		expect((await verifyDetached(cms, content)).signingTime).toBeInstanceOf(Date);
		expect((await pkijsVerdict(cms, content)).verdict).toBe('ok');
		const name = key === 'ec' ? 'ECDSA P-256' : 'RSA 2048';
		lines.push(
			line(
				`  CMS step alone: verifyDetached, DER reader (${name})`,
				await timed(n, () => verifyDetached(cms, content)),
				bare
			)
		);
		lines.push(
			line(`  CMS step alone: the former pkijs code (${name})`, await timed(n, () => pkijsVerdict(cms, content)), bare)
		);
	}

	// Revocation checks once the list is held: a revoked serial and a good one, one probe each.
	const someone = await issuePerson(
		ca,
		crlUrl,
		{ iin: '010715504561', surname: 'Бенч', givenName: 'Тест' },
		{
			key: 'ec',
			serialNumber: pki.revokedSerial
		}
	);
	const good = await issuePerson(
		ca,
		crlUrl,
		{ iin: '010715504561', surname: 'Бенч', givenName: 'Тест' },
		{ key: 'ec' }
	);
	const subjectOf = async (der: ArrayBuffer) => {
		const certificate = parseCertificate(new Uint8Array(der));
		return { issuer: await nameKey(certificate.issuer), serial: serialHex(certificate), crlUrls: certificate.crlUrls };
	};
	const revokedCert = await subjectOf(someone.certificate.rawData);
	const goodCert = await subjectOf(good.certificate.rawData);
	expect((await revocationOf(benchEnv, revokedCert, new Date())).state).toBe('revoked');
	expect((await revocationOf(benchEnv, goodCert, new Date())).state).toBe('good');
	const pkRead = await timed(n, () =>
		benchEnv.DB.prepare('SELECT 1 FROM crls WHERE issuer = ?').bind(held.issuer).first()
	);
	const pkMedian = summarise(pkRead).median;
	lines.push(line('bare D1 primary-key read (baseline)', pkRead));
	lines.push(
		line(
			'CRL check, serial on the 100 000-entry list',
			await timed(n, () => revocationOf(benchEnv, revokedCert, new Date())),
			pkMedian
		)
	);
	lines.push(
		line(
			'CRL check, serial not on the list',
			await timed(n, () => revocationOf(benchEnv, goodCert, new Date())),
			pkMedian
		)
	);
	console.log(`\nIssue 6 — signatures and revocation in workerd\n${lines.join('\n')}\n`);
});
