/**
 * The project's own certificate barcodes, issued through its signing path (signCertificate +
 * barcodeText, as worker/flow/issue.ts does), verified by an independent COSE_Sign1 implementation:
 * ./independent-cose-sign1.ts, Node's OpenSSL and hand-written CBOR, sharing no code with ours. And
 * the reverse: what that implementation signs, our verifier calls genuine.
 */
import { Buffer } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import {
	barcodeText,
	base64urlDecode,
	decodeClaims,
	encodeClaims,
	kidFromPublicKey,
	signCertificate,
	verifyBarcodeText,
	type CertificateClaims,
	type TrustedKey,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import { publicKeyFromJwk, readSign1, signSign1, verifySign1 } from './independent-cose-sign1.ts';

const origin = 'https://qyzmet.example';
const issuedAt = Date.UTC(2026, 10, 23, 9, 5) / 1000;

/** One document of each payload shape: Kazakh text and dates, a uint time, a 16-byte digest. */
const documents: CertificateClaims[] = [
	{
		documentType: 'birth-reference',
		number: 'KX7FM3PAR',
		issuedAt,
		department: 'ALA',
		fields: {
			fullName: 'Әбілқасымова Гүлнұр Өмірқызы',
			birthDate: '1990-03-21',
			actRecordNumber: '10-101-90-0000121',
			actRecordDate: '1990-03-28'
		}
	},
	{
		documentType: 'marriage-registration-notice',
		number: 'M4RR7NTCE',
		issuedAt,
		department: 'ALA',
		fields: {
			applicant: 'Сейітқали Нұрлан Ерболұлы',
			spouse: 'Жаңабергенова Гүлшаһар Ғабитқызы',
			requestNumber: 'R2Q8WX4KE',
			registrationAt: issuedAt + 30 * 86_400
		}
	},
	{
		documentType: 'real-estate-rights',
		number: 'RE5T8RGHT',
		issuedAt,
		department: 'ALA',
		fields: {
			subject: '900321400123',
			subjectName: 'Әбілқасымова Гүлнұр Өмірқызы',
			region: '75',
			objects: 3,
			digest: 'q83vEjRWeJCrze8SNFZ4kA'
		}
	}
];

/** A department key as the Worker holds it: a private JWK, its public half in the trust list. */
async function makeIssuer() {
	const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign',
		'verify'
	])) as CryptoKeyPair;
	const kid = await kidFromPublicKey(pair.publicKey);
	const trusted: TrustedKey = {
		kid: Buffer.from(kid).toString('base64url'),
		department: { code: 'ALA', kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty city' },
		publicJwk: (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey,
		notBefore: '2026-01-01T00:00:00Z',
		notAfter: '2027-12-31T23:59:59Z'
	};
	const privateJwk = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
	return { privateKey: pair.privateKey, privateJwk, kid, trusted };
}

const issuer = await makeIssuer();
const trustList: TrustList = { generatedAt: '2026-11-23T00:00:00Z', keys: [issuer.trusted] };
const independentKey = publicKeyFromJwk(issuer.trusted.publicJwk);

/** The COSE bytes of a scanned text, decoded with Node's base64url rather than ours. */
function coseOf(text: string): Uint8Array {
	const fragment = /\/v#([A-Za-z0-9_-]+)$/.exec(text)?.[1];
	if (!fragment) throw new Error(`not a barcode text: ${text}`);
	return new Uint8Array(Buffer.from(fragment, 'base64url'));
}

const issue = async (claims: CertificateClaims) =>
	barcodeText(origin, await signCertificate(claims, issuer.privateKey, issuer.kid));

describe('our barcodes, verified by an independent COSE_Sign1 implementation', () => {
	it.each(documents.map((claims) => [claims.documentType, claims] as const))('%s', async (_, claims) => {
		const text = await issue(claims);
		const result = verifySign1(coseOf(text), independentKey);
		expect(result).toMatchObject({ valid: true });
		if (!result.valid) return;
		expect(Buffer.from(result.kid ?? []).toString('base64url')).toBe(issuer.trusted.kid);
		expect(decodeClaims(result.payload)).toEqual(claims);
		// And ours agrees.
		expect(await verifyBarcodeText(text, trustList)).toMatchObject({ status: 'genuine', claims });
	});

	it('rejects every one-byte change of an issued message', async () => {
		const cose = coseOf(await issue(documents[0]));
		const reasons = new Set<string>();
		for (let at = 0; at < cose.length; at++) {
			const changed = cose.slice();
			changed[at] ^= 0x01;
			const result = verifySign1(changed, independentKey);
			expect(result.valid, `byte ${at}`).toBe(false);
			if (!result.valid) reasons.add(result.why === 'signature' ? 'signature' : 'structure or header');
		}
		// Both kinds of failure occur: framing damage and a changed signed byte.
		expect([...reasons].sort()).toEqual(['signature', 'structure or header']);
	});

	it('rejects our message under another key', async () => {
		const other = await makeIssuer();
		const cose = coseOf(await issue(documents[0]));
		expect(verifySign1(cose, publicKeyFromJwk(other.trusted.publicJwk))).toEqual({ valid: false, why: 'signature' });
	});
});

describe('messages signed by the independent implementation, verified by ours', () => {
	it.each(documents.map((claims) => [claims.documentType, claims] as const))('%s is genuine', async (_, claims) => {
		const theirs = signSign1(encodeClaims(claims), issuer.privateJwk, issuer.kid);
		expect(await verifyBarcodeText(barcodeText(origin, theirs), trustList)).toEqual({
			status: 'genuine',
			claims,
			key: issuer.trusted
		});
		// Byte for byte our encoding, up to the (randomised) ECDSA signature.
		const ours = coseOf(await issue(claims));
		expect(theirs.subarray(0, -64)).toEqual(ours.subarray(0, -64));
	});

	it('a one-byte change in what it signed is "altered" to ours', async () => {
		const theirs = signSign1(encodeClaims(documents[0]), issuer.privateJwk, issuer.kid);
		const payloadByte = readSign1(theirs).protectedBytes.length + 10; // inside the payload
		theirs[payloadByte] ^= 0x01;
		expect((await verifyBarcodeText(barcodeText(origin, theirs), trustList)).status).toBe('altered');
	});
});

describe('the independent implementation against published vectors', () => {
	// Anchors it to other implementations too, so agreement with ours is not two copies of one mistake.
	const key11 = publicKeyFromJwk({
		kty: 'EC',
		crv: 'P-256',
		x: 'usWxHK2PmfnHKwXPS54m0kTcGJ90UiglWiGahtagnv8',
		y: 'IBOL-C3BttVivg-lSreASjpkttcsz-1rb7btKLv8EX4'
	});
	const hex = (text: string) => new Uint8Array(Buffer.from(text, 'hex'));

	it('RFC 9052 Appendix C.2.1 is valid, with kid "11" from the unprotected header', () => {
		const cose = hex(
			'D28443A10126A10442313154546869732069732074686520636F6E74656E742E58408EB33E4CA31D1C465AB05AAC34CC6B23D58FEF5C083106C4D25A91AEF0B0117E2AF9A291AA32E14AB834DC56ED2A223444547E01F11D3B0916E5A4C345CACB36'
		);
		expect(verifySign1(cose, key11)).toEqual({
			valid: true,
			kid: new TextEncoder().encode('11'),
			payload: new TextEncoder().encode('This is the content.')
		});
	});

	it('cose-wg/Examples sign1-tests/sign-pass-02 is valid with its external AAD and only with it', () => {
		const cose = hex(
			'D28443A10126A10442313154546869732069732074686520636F6E74656E742E5840EAE868ECC176883766C5DC5BA5B8DCA25DAB3C2E56A551CE5705B793914348E155388B10C4F1B59A6733EAB416870A945111A4B2FBDBEF33A77234B1DEFF2F9B'
		);
		expect(verifySign1(cose, key11, hex('11aa22bb33cc44dd55006699')).valid).toBe(true);
		expect(verifySign1(cose, key11).valid).toBe(false);
	});

	it("reads our base64url the same way Node does (the trust list's kid)", () => {
		expect(Buffer.from(base64urlDecode(issuer.trusted.kid))).toEqual(Buffer.from(issuer.kid));
	});
});
