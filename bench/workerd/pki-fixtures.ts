/**
 * Global setup of vitest.bench-worker.config.ts for the signature bench: a root and an issuing CA
 * (RSA 2048, as NCA's RSA hierarchy) made in Node, and a CRL of that CA with 100 000 revoked
 * serials written by OpenSSL (generating it in workerd with a JavaScript library takes minutes).
 */
import 'reflect-metadata';
import type { TestProject } from 'vitest/node';
import { createIssuingCa, createRoot, randomSerial, toBase64, type Authority } from '../../scripts/pki/dev-ca.ts';
import { opensslCrl } from '../../scripts/pki/openssl-crl.ts';

export interface BenchPki {
	root: { certificate: string; pkcs8: string };
	issuing: { certificate: string; pkcs8: string };
	crl: string;
	revokedSerial: string;
	entries: number;
}

declare module 'vitest' {
	export interface ProvidedContext {
		benchPki: BenchPki;
	}
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
}
