/**
 * Our certificate barcodes verified by a general COSE library: cose-js, with its own CBOR (node-cbor)
 * and its own ECDSA (elliptic, pure JavaScript) — no code shared with our cborg + WebCrypto path.
 */
import { Buffer } from 'node:buffer';
import cose from 'cose-js';
import { expect, it } from 'vitest';
import {
	base64urlDecode,
	decodeClaims,
	kidFromPublicKey,
	signCertificate,
	type CertificateClaims
} from '../../src/lib/domain/certificate/index.ts';

const claims: CertificateClaims = {
	documentType: 'birth-reference',
	number: 'KX7FM3PAR',
	issuedAt: Date.UTC(2026, 10, 23, 9, 5) / 1000,
	department: 'ALA',
	fields: {
		fullName: 'Әбілқасымова Гүлнұр Өмірқызы',
		birthDate: '1990-03-21',
		actRecordNumber: '10-101-90-0000121',
		actRecordDate: '1990-03-28'
	}
};

it('cose-js verifies an issued barcode’s COSE_Sign1 and reads the same claims; a changed byte fails there', async () => {
	const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign',
		'verify'
	])) as CryptoKeyPair;
	const kid = await kidFromPublicKey(pair.publicKey);
	const message = await signCertificate(claims, pair.privateKey, kid);
	const jwk = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey;
	const verifier = { key: { x: Buffer.from(base64urlDecode(jwk.x!)), y: Buffer.from(base64urlDecode(jwk.y!)) } };

	const payload = await cose.sign.verify(Buffer.from(message), verifier);
	expect(decodeClaims(new Uint8Array(payload))).toEqual(claims);

	const altered = Buffer.from(message);
	altered[altered.length - 70] ^= 1; // inside the payload, before the 64-byte signature
	await expect(cose.sign.verify(altered, verifier)).rejects.toThrow();
});
