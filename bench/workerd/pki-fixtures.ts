/**
 * Global setup of vitest.bench-worker.config.ts for the signature bench: a root and an issuing CA
 * (RSA 2048, as NCA's RSA hierarchy) made in Node, and a CRL of that CA with 100 000 revoked
 * serials written by OpenSSL (generating it in workerd with a JavaScript library takes minutes).
 * For the submit-path bench: requests signed with the development CA's demo key (as
 * bench/submit-load.ts sends them, the Worker trusting that CA through .dev.vars) and its CRL.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { demoKeyPassword, demoSigners, devPkiDir } from '../../scripts/pki/dev-pki.ts';
import { devCrl } from '../../scripts/pki/dev-signing.ts';
import { base64urlEncode } from '../../src/lib/domain/certificate/base64url.ts';
import { openKeyFile } from '../../src/lib/domain/pki/key-file.ts';
import { requestSigningBytes } from '../../src/lib/domain/pki/request-bytes.ts';
import { signDetached } from '../../src/lib/domain/pki/signed-request.ts';
import { createIssuingCa, createRoot, randomSerial, toBase64, type Authority } from '../../scripts/pki/dev-ca.ts';
import { opensslCrl } from '../../scripts/pki/openssl-crl.ts';

export interface BenchPki {
	root: { certificate: string; pkcs8: string };
	issuing: { certificate: string; pkcs8: string };
	crl: string;
	revokedSerial: string;
	entries: number;
}

export interface DevSubmissions {
	/** JSON bodies of POST /api/applications, each a new request, signed. */
	bodies: string[];
	/** The development CA's CRL (base64 DER), delivered before the run. */
	crl: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		benchPki: BenchPki;
		devSubmissions: DevSubmissions;
	}
}

/** As bench/submit-load.ts builds them, but the key file opened once. */
async function devSubmissions(count: number): Promise<DevSubmissions> {
	const demo = demoSigners.find((s) => s.iin === '900321401236')!;
	const key = await openKeyFile(new Uint8Array(readFileSync(new URL(demo.file, devPkiDir))), demoKeyPassword);
	const answers = {
		iin: demo.iin,
		referenceKind: 'birth',
		birthDate: '21.03.1990',
		placeOfBirth: 'Алматы',
		fatherName: 'Әбілқасымов Өмір Серікұлы',
		motherName: 'Жақсыбекова Сәуле Ерланқызы'
	};
	const bodies: string[] = [];
	for (let i = 0; i < count; i++) {
		const submission = {
			id: crypto.randomUUID(),
			service: 'civil-status-reference',
			channel: 'portal' as const,
			lang: 'kk' as const,
			answers,
			attachments: []
		};
		const cms = await signDetached(requestSigningBytes(submission), key.privateKey, key.certificate);
		bodies.push(JSON.stringify({ ...submission, signature: base64urlEncode(cms) }));
	}
	return { bodies, crl: toBase64(devCrl()) };
}

async function stored(authority: Authority) {
	return {
		certificate: toBase64(authority.certificate.rawData),
		pkcs8: toBase64((await crypto.subtle.exportKey('pkcs8', authority.keys.privateKey)) as ArrayBuffer)
	};
}

export default async function setup(project: TestProject): Promise<void> {
	const entries = 100_000;
	const root = await createRoot('Qyzmet BENCH Root CA', new Date(), 'rsa');
	const issuing = await createIssuingCa(root, 'Qyzmet BENCH Issuing CA', new Date(), 'rsa');
	const revoked = Array.from({ length: entries }, () => ({
		serialNumber: randomSerial(),
		revokedAt: new Date(Date.now() - Math.floor(Math.random() * 300) * 86_400_000),
		reason: 'keyCompromise'
	}));
	const crl = await opensslCrl(issuing, revoked, 1, 1);
	project.provide('benchPki', {
		root: await stored(root),
		issuing: await stored(issuing),
		crl: toBase64(crl),
		revokedSerial: revoked[entries / 2].serialNumber,
		entries
	});
	project.provide('devSubmissions', await devSubmissions(600));
}
