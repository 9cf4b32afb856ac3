import { encode, Tagged } from 'cborg';
import { describe, expect, it } from 'vitest';
import { ES256, parseCose1, protectedHeaderBytes, signCose1, toBeSigned, verifyCose1 } from './cose.ts';

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (byte) => parseInt(byte, 16));
const utf8 = (text: string) => new TextEncoder().encode(text);

// The P-256 key "11" of the COSE WG examples (cose-wg/Examples, and RFC 9052 Appendix C.7.1).
const key11 = {
	kty: 'EC',
	crv: 'P-256',
	x: 'usWxHK2PmfnHKwXPS54m0kTcGJ90UiglWiGahtagnv8',
	y: 'IBOL-C3BttVivg-lSreASjpkttcsz-1rb7btKLv8EX4',
	d: 'V8kgd2ZBRuh2dgyVINBUqpPDr7BOMGcF22CQMIUHtNM'
};
const ecdsa = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const publicKey11 = await crypto.subtle.importKey(
	'jwk',
	{ kty: 'EC', crv: 'P-256', x: key11.x, y: key11.y },
	ecdsa,
	true,
	['verify']
);
const privateKey11 = await crypto.subtle.importKey('jwk', key11, ecdsa, false, ['sign']);
const kid11 = utf8('11');
const content = utf8('This is the content.');

/** Resolves only kid '11', recording what it was asked. */
function resolver() {
	const asked: (Uint8Array | undefined)[] = [];
	const resolve = (kid: Uint8Array | undefined) => {
		asked.push(kid);
		return kid && kid.length === 2 && kid[0] === 0x31 && kid[1] === 0x31 ? publicKey11 : null;
	};
	return { asked, resolve };
}

describe('verifyCose1 against published vectors', () => {
	it('RFC 9052 Appendix C.2.1 (single ES256 signer, kid "11" unprotected)', async () => {
		// RFC 9052 C.2.1 = cose-wg/Examples RFC8152/Appendix_C_2_1.json, output.cbor, verbatim.
		const cose = hex(
			'D28443A10126A10442313154546869732069732074686520636F6E74656E742E58408EB33E4CA31D1C465AB05AAC34CC6B23D58FEF5C083106C4D25A91AEF0B0117E2AF9A291AA32E14AB834DC56ED2A223444547E01F11D3B0916E5A4C345CACB36'
		);
		const { asked, resolve } = resolver();
		const result = await verifyCose1(cose, resolve);
		expect(result.status).toBe('valid');
		expect(asked).toEqual([kid11]);
		if (result.status !== 'valid') return;
		expect(result.message.tagged).toBe(true);
		expect(result.message.payload).toEqual(content);
		// intermediates.ToBeSign_hex of the same vector: we rebuild the exact signed bytes.
		expect(toBeSigned(result.message.protectedBytes, result.message.payload)).toEqual(
			hex('846A5369676E61747572653143A101264054546869732069732074686520636F6E74656E742E')
		);
	});

	it("sign1-tests/sign-pass-01.json: h'A0' carried, h'' signed, is valid (RFC 9052 §3, §4.4)", async () => {
		// cose-wg/Examples sign1-tests/sign-pass-01.json, output.cbor, verbatim. The protected header is
		// an empty map spelled h'A0'; its ToBeSign_hex puts h'' there, as RFC 9052 says an empty
		// protected header is signed ("the version used in the serialization structures for
		// cryptographic computation"). COSE-JAVA and pycose verify it; see cose.ts signedProtectedBytes.
		const cose = hex(
			'D28441A0A201260442313154546869732069732074686520636F6E74656E742E5840EAE868ECC176883766C5DC5BA5B8DCA25DAB3C2E56A551CE5705B793914348E11A02E5F0344BF2D4EE5C7FD75A68A9F5E0B3CC1F1FC1409C189566586FF9D610'
		);
		const { asked, resolve } = resolver();
		expect(await verifyCose1(cose, resolve)).toMatchObject({ status: 'valid', kid: kid11 });
		expect(asked).toEqual([kid11]);
		// The bytes it signed are the Sig_structure with h'', not with the h'A0' it carries.
		const signed = hex('846A5369676E617475726531404054546869732069732074686520636F6E74656E742E');
		expect(toBeSigned(new Uint8Array(), content)).toEqual(signed);
	});

	it("an empty protected header signed as h'A0' (the other reading) is not accepted", async () => {
		// Only one Sig_structure per message: a signer that put the carried h'A0' into Sig_structure
		// does not follow RFC 9052 §4.4, and accepting both would verify two different byte strings.
		const unprotected = new Map<number, unknown>([
			[1, ES256],
			[4, kid11]
		]);
		const signature = new Uint8Array(
			await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey11, toBeSigned(hex('A0'), content))
		);
		const asA0 = encode(new Tagged(18, [hex('A0'), unprotected, content, signature]));
		expect((await verifyCose1(asA0, resolver().resolve)).status).toBe('bad-signature');
		// The same header carried as h'' with a signature over h'' is the preferred form and valid.
		const overEmpty = new Uint8Array(
			await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, privateKey11, toBeSigned(new Uint8Array(), content))
		);
		for (const carried of [new Uint8Array(), hex('A0')]) {
			const cose = encode(new Tagged(18, [carried, unprotected, content, overEmpty]));
			expect((await verifyCose1(cose, resolver().resolve)).status).toBe('valid');
		}
	});

	it('sign1-tests/sign-pass-02.json (external_aad 11aa22bb33cc44dd55006699)', async () => {
		// cose-wg/Examples sign1-tests/sign-pass-02.json, output.cbor and input.sign0.external, verbatim.
		const cose = hex(
			'D28443A10126A10442313154546869732069732074686520636F6E74656E742E5840EAE868ECC176883766C5DC5BA5B8DCA25DAB3C2E56A551CE5705B793914348E155388B10C4F1B59A6733EAB416870A945111A4B2FBDBEF33A77234B1DEFF2F9B'
		);
		const aad = hex('11aa22bb33cc44dd55006699');
		const result = await verifyCose1(cose, resolver().resolve, aad);
		expect(result.status).toBe('valid');
		if (result.status === 'valid') {
			expect(toBeSigned(result.message.protectedBytes, result.message.payload, aad)).toEqual(
				hex('846A5369676E61747572653143A101264C11AA22BB33CC44DD5500669954546869732069732074686520636F6E74656E742E')
			);
		}
		// The same message without its external data must not verify.
		expect((await verifyCose1(cose, resolver().resolve)).status).toBe('bad-signature');
	});

	it('sign1-tests/sign-pass-03.json (untagged)', async () => {
		// cose-wg/Examples sign1-tests/sign-pass-03.json, output.cbor, verbatim.
		const cose = hex(
			'8443A10126A10442313154546869732069732074686520636F6E74656E742E5840EAE868ECC176883766C5DC5BA5B8DCA25DAB3C2E56A551CE5705B793914348E19F43D6C6BA654472DA301B645B293C9BA939295B97C4BDB847782BFF384C5794'
		);
		const result = await verifyCose1(cose, resolver().resolve);
		expect(result.status).toBe('valid');
		if (result.status === 'valid') expect(result.message.tagged).toBe(false);
	});

	it('sign1-tests/sign-fail-01.json (wrong CBOR tag 998) is malformed', async () => {
		const cose = hex(
			'D903E68443A10126A10442313154546869732069732074686520636F6E74656E742E5840EAE868ECC176883766C5DC5BA5B8DCA25DAB3C2E56A551CE5705B793914348E19F43D6C6BA654472DA301B645B293C9BA939295B97C4BDB847782BFF384C5794'
		);
		expect((await verifyCose1(cose, resolver().resolve)).status).toBe('malformed');
	});

	it('sign1-tests/sign-fail-02.json (payload changed) has a bad signature', async () => {
		const cose = hex(
			'D28443A10126A10442313154546869732069732074686520636F6E74656E742F5840EAE868ECC176883766C5DC5BA5B8DCA25DAB3C2E56A551CE5705B793914348E19F43D6C6BA654472DA301B645B293C9BA939295B97C4BDB847782BFF384C5794'
		);
		expect((await verifyCose1(cose, resolver().resolve)).status).toBe('bad-signature');
	});

	it('sign1-tests/sign-fail-03.json (alg changed to -999) is refused before any key look-up', async () => {
		const cose = hex(
			'D28445A1013903E6A10442313154546869732069732074686520636F6E74656E742E5840EAE868ECC176883766C5DC5BA5B8DCA25DAB3C2E56A551CE5705B793914348E19F43D6C6BA654472DA301B645B293C9BA939295B97C4BDB847782BFF384C5794'
		);
		const { asked, resolve } = resolver();
		expect((await verifyCose1(cose, resolve)).status).toBe('bad-header');
		expect(asked).toEqual([]);
	});
});

describe('signCose1', () => {
	it('writes tag 18, protected {1: -7, 4: kid}, an empty unprotected map and a 64-byte r||s signature', async () => {
		const cose = await signCose1(content, privateKey11, kid11);
		const message = parseCose1(cose);
		expect(message.tagged).toBe(true);
		expect(message.protectedBytes).toEqual(hex('A2012604423131'));
		expect(message.protectedBytes).toEqual(protectedHeaderBytes(kid11));
		expect(message.unprotectedHeader.size).toBe(0);
		expect(message.payload).toEqual(content);
		expect(message.signature.length).toBe(64);
		expect(cose.subarray(0, 2)).toEqual(hex('D284'));

		const { asked, resolve } = resolver();
		const result = await verifyCose1(cose, resolve);
		expect(result).toMatchObject({ status: 'valid', kid: kid11 });
		expect(asked).toEqual([kid11]);
	});

	it('refuses a key that is not P-256', async () => {
		const p384 = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-384' }, false, [
			'sign',
			'verify'
		])) as CryptoKeyPair;
		await expect(signCose1(content, p384.privateKey, kid11)).rejects.toThrow('P-256');
	});
});

describe('verifyCose1 edge cases', () => {
	const signature = new Uint8Array(64);
	const build = (protectedHeader: Map<number, unknown>, unprotected = new Map()) =>
		encode(new Tagged(18, [encode(protectedHeader), unprotected, content, signature]));

	it('reports an unknown kid without verifying', async () => {
		const cose = await signCose1(content, privateKey11, utf8('12'));
		expect(await verifyCose1(cose, resolver().resolve)).toMatchObject({ status: 'unknown-key', kid: utf8('12') });
	});

	it('refuses critical headers, a label in both buckets, a non-bstr kid and a missing alg', async () => {
		const { asked, resolve } = resolver();
		const cases = [
			build(
				new Map<number, unknown>([
					[1, ES256],
					[2, [99]],
					[4, kid11]
				])
			),
			build(
				new Map([[1, ES256]]),
				new Map<number, unknown>([
					[1, ES256],
					[4, kid11]
				])
			),
			build(
				new Map<number, unknown>([
					[1, ES256],
					[4, '11']
				])
			),
			build(new Map([[4, kid11]]))
		];
		for (const cose of cases) expect((await verifyCose1(cose, resolve)).status).toBe('bad-header');
		expect(asked).toEqual([]);
	});

	it('calls anything that is not [bstr, map, bstr, bstr] malformed', async () => {
		const cases = [
			new Uint8Array(),
			hex('00'),
			encode(new Tagged(18, [new Uint8Array(), new Map(), content])),
			encode(new Tagged(18, [new Uint8Array(), new Map(), null, signature])), // detached payload: not supported
			encode(new Tagged(18, ['', new Map(), content, signature])),
			hex('D28440A0' + '54' + '546869732069732074686520636F6E74656E742E' + '40' + '00') // trailing byte
		];
		for (const cose of cases) expect(await verifyCose1(cose, resolver().resolve)).toEqual({ status: 'malformed' });
	});

	it('treats a wrong-length signature as bad, not as an error', async () => {
		const cose = encode(new Tagged(18, [protectedHeaderBytes(kid11), new Map(), content, new Uint8Array(63)]));
		expect((await verifyCose1(cose, resolver().resolve)).status).toBe('bad-signature');
	});
});
