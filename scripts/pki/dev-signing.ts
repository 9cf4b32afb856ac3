/// <reference types="node" />
/**
 * Requests signed in Node with the development CA (`npm run pki`), for the browser tests that fill
 * the outbox directly and for the benchmarks: the demo person's key file where there is one,
 * otherwise a certificate the dev CA issues in memory for that IIN. And the CA's current CRL,
 * delivered to a server that cannot fetch it from its distribution point.
 */
import { readFileSync } from 'node:fs';
import { demoKeyPassword, demoSigners, devPkiDir, devSignerFor } from './dev-pki.ts';
import { base64urlEncode } from '../../src/lib/domain/certificate/base64url.ts';
import { openKeyFile } from '../../src/lib/domain/pki/key-file.ts';
import { requestSigningBytes } from '../../src/lib/domain/pki/request-bytes.ts';
import { signDetached } from '../../src/lib/domain/pki/signed-request.ts';
import type { Submission } from '../../src/lib/domain/schemas.ts';

type Unsigned = Omit<Submission, 'attachments' | 'signature'> & { attachments?: Submission['attachments'] };

// Opening a key file runs its password's key derivation (≈ 1 s here): once per signer per process,
// so a benchmark can sign hundreds of bodies before its run.
const signers = new Map<string, ReturnType<typeof openSigner>>();

async function openSigner(iin: string, bin?: string) {
	const demo = demoSigners.find((s) => s.iin === iin && s.organization?.bin === bin);
	if (!demo) return devSignerFor(iin, bin);
	return openKeyFile(new Uint8Array(readFileSync(new URL(demo.file, devPkiDir))), demoKeyPassword);
}

function signerOf(iin: string, bin?: string) {
	const key = `${iin}/${bin ?? ''}`;
	let signer = signers.get(key);
	if (!signer) signers.set(key, (signer = openSigner(iin, bin)));
	return signer;
}

/** The submission with its `signature`, over what the Worker parses (attachments default to []). */
export async function signedInNode<T extends Unsigned>(submission: T): Promise<T & { signature: string }> {
	const key = await signerOf(submission.answers.iin, submission.answers.holderBin);
	const content = requestSigningBytes({ ...submission, attachments: submission.attachments ?? [] });
	const cms = await signDetached(content, key.privateKey, key.certificate);
	return { ...submission, signature: base64urlEncode(cms) };
}

/** The development CA's current CRL (DER). */
export const devCrl = () => readFileSync(new URL('dev-issuing-ca.crl', devPkiDir));

/** PUTs the development CA's CRL to the server at `base`. */
export async function deliverDevCrl(base: string): Promise<void> {
	const res = await fetch(new URL('/api/pki/crl', base), {
		method: 'PUT',
		headers: { 'content-type': 'application/pkix-crl' },
		body: devCrl()
	});
	if (!res.ok) throw new Error(`CRL not delivered: ${res.status} ${await res.text()}`);
}
