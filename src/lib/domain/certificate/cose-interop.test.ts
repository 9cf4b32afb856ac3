/**
 * Interoperability of verifyCose1 with messages other implementations made: the COSE working group's
 * examples (github.com/cose-wg/Examples, both generations) and RFC 9052 Appendix C.2.1. Every ES256
 * COSE_Sign1 example is here; the non-ES256 Sign1 examples are kept to show they are refused before
 * any key is touched. Sources, commits and the expected outcome of each file: vectors/README.md.
 */
import { describe, expect, it } from 'vitest';
import { base64urlEncode } from './base64url.ts';
import { verifyCose1, type Cose1Verification } from './cose.ts';
import cwtA3 from './vectors/cose-wg/CWT/A_3.json';
import signed1_01 from './vectors/cose-wg/countersign-v2/signed1-01.json';
import signed1_02 from './vectors/cose-wg/countersign-v2/signed1-02.json';
import ecdsaSig01 from './vectors/cose-wg/ecdsa-examples/ecdsa-sig-01.json';
import ecdsaSig02 from './vectors/cose-wg/ecdsa-examples/ecdsa-sig-02.json';
import ecdsaSig03 from './vectors/cose-wg/ecdsa-examples/ecdsa-sig-03.json';
import ecdsaSig04 from './vectors/cose-wg/ecdsa-examples/ecdsa-sig-04.json';
import signFail01 from './vectors/cose-wg/sign1-tests/sign-fail-01.json';
import signFail02 from './vectors/cose-wg/sign1-tests/sign-fail-02.json';
import signFail03 from './vectors/cose-wg/sign1-tests/sign-fail-03.json';
import signFail04 from './vectors/cose-wg/sign1-tests/sign-fail-04.json';
import signFail06 from './vectors/cose-wg/sign1-tests/sign-fail-06.json';
import signFail07 from './vectors/cose-wg/sign1-tests/sign-fail-07.json';
import signPass01 from './vectors/cose-wg/sign1-tests/sign-pass-01.json';
import signPass02 from './vectors/cose-wg/sign1-tests/sign-pass-02.json';
import signPass03 from './vectors/cose-wg/sign1-tests/sign-pass-03.json';
import regenerated from './vectors/cose-wg-regenerated.json';
import rfc9052C21 from './vectors/rfc9052-C.2.1.json';

/** The part of cose-wg/Examples' schema (examples.cddl) that a Sign1 verifier needs. */
interface ExampleKey {
	kty: string;
	kid?: string;
	crv: string;
	/** base64url, or hex in the `_hex` variants */
	x?: string;
	y?: string;
	x_hex?: string;
	y_hex?: string;
}

interface Example {
	title: string;
	fail?: boolean;
	input: { sign0: { key: ExampleKey; alg?: string; external?: string } };
	intermediates: { ToBeSign_hex: string };
	output: { cbor: string };
}

type Status = Cose1Verification['status'];

interface Expectation {
	status: Status;
	/** Refused on its headers alone: the key resolver must not even be asked. */
	noKeyLookup?: true;
	/** Why an example that other verifiers accept is refused here. */
	outOfScope?: string;
}

const valid: Expectation = { status: 'valid' };
const refusedByHeader: Expectation = { status: 'bad-header', noKeyLookup: true };
const notES256 = (alg: string): Expectation => ({ ...refusedByHeader, outOfScope: `${alg}: we verify ES256 only` });
/** RFC 9052 §3.1: kid is a bstr. Two examples carry the text "11" (62 3131), though their cbor_diag says h'3131'. */
const textKid: Expectation = { ...refusedByHeader, outOfScope: 'kid is a text string, not a bstr' };

/** What verifyCose1 must say for each example, keyed by its path in cose-wg/Examples. */
const expectations: Record<string, Expectation> = {
	'sign1-tests/sign-pass-01.json': valid, // h'A0' carried, h'' signed (RFC 9052 §3, §4.4)
	'sign1-tests/sign-pass-02.json': valid, // external AAD
	'sign1-tests/sign-pass-03.json': valid, // untagged
	'sign1-tests/sign-fail-01.json': { status: 'malformed' }, // tag 998: not a COSE_Sign1
	'sign1-tests/sign-fail-02.json': { status: 'bad-signature' }, // payload changed
	'sign1-tests/sign-fail-03.json': refusedByHeader, // alg -999
	'sign1-tests/sign-fail-04.json': refusedByHeader, // alg "unknown"
	'sign1-tests/sign-fail-06.json': { status: 'bad-signature' }, // protected attribute added
	'sign1-tests/sign-fail-07.json': { status: 'bad-signature' }, // protected attribute removed
	'ecdsa-examples/ecdsa-sig-01.json': valid, // ctyp in the protected header
	// Out of scope, yet a verifier must still say no, and before any key look-up:
	'ecdsa-examples/ecdsa-sig-02.json': notES256('ES384'), // P-384
	'ecdsa-examples/ecdsa-sig-03.json': notES256('ES512'), // P-521
	'ecdsa-examples/ecdsa-sig-04.json': notES256('ES512'), // with our very P-256 key "11"
	'countersign-v2/signed1-01.json': textKid, // + a countersignature (label 11)
	'countersign-v2/signed1-02.json': textKid, // + an abbreviated countersignature (label 12)
	'CWT/A_3.json': valid // no kid anywhere
};

/**
 * The stored examples by their path in cose-wg/Examples. Imported one by one rather than globbed:
 * the Worker's tsconfig type-checks this folder too, and it has no Vite `import.meta.glob`.
 */
const examples: Record<string, Example> = {
	'sign1-tests/sign-pass-01.json': signPass01,
	'sign1-tests/sign-pass-02.json': signPass02,
	'sign1-tests/sign-pass-03.json': signPass03,
	'sign1-tests/sign-fail-01.json': signFail01,
	'sign1-tests/sign-fail-02.json': signFail02,
	'sign1-tests/sign-fail-03.json': signFail03,
	'sign1-tests/sign-fail-04.json': signFail04,
	'sign1-tests/sign-fail-06.json': signFail06,
	'sign1-tests/sign-fail-07.json': signFail07,
	'ecdsa-examples/ecdsa-sig-01.json': ecdsaSig01,
	'ecdsa-examples/ecdsa-sig-02.json': ecdsaSig02,
	'ecdsa-examples/ecdsa-sig-03.json': ecdsaSig03,
	'ecdsa-examples/ecdsa-sig-04.json': ecdsaSig04,
	'countersign-v2/signed1-01.json': signed1_01,
	'countersign-v2/signed1-02.json': signed1_02,
	'CWT/A_3.json': cwtA3
};

const hex = (text: string) => Uint8Array.from(text.match(/../g) ?? [], (byte) => parseInt(byte, 16));
const utf8 = (text: string) => new TextEncoder().encode(text);
const ecdsa = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** The example's key as a WebCrypto ES256 verification key, or null when it is not a P-256 key. */
async function importExampleKey(key: ExampleKey): Promise<CryptoKey | null> {
	if (key.crv !== 'P-256') return null;
	const coordinate = (base64url: string | undefined, hexText: string | undefined) =>
		base64url ?? base64urlEncode(hex(hexText ?? ''));
	const jwk = { kty: 'EC', crv: 'P-256', x: coordinate(key.x, key.x_hex), y: coordinate(key.y, key.y_hex) };
	return crypto.subtle.importKey('jwk', jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
}

/**
 * A key resolver that knows only the example's key, under the example's kid (or under no kid when
 * the example has none, as CWT A.3), and records what it was asked.
 */
function resolverFor(key: CryptoKey | null, kid: string | undefined) {
	const asked: (Uint8Array | undefined)[] = [];
	const expectedKid = kid === undefined ? undefined : utf8(kid);
	const resolve = (messageKid: Uint8Array | undefined) => {
		asked.push(messageKid);
		const sameKid =
			messageKid === undefined || expectedKid === undefined
				? messageKid === expectedKid
				: messageKid.length === expectedKid.length && messageKid.every((byte, i) => byte === expectedKid[i]);
		return sameKid ? key : null;
	};
	return { asked, resolve };
}

/** Runs verifyCose1 on a message with the example's key and external AAD. */
async function verifyWith(example: Example, cose: Uint8Array, externalAad?: Uint8Array) {
	const { key, external } = example.input.sign0;
	const { asked, resolve } = resolverFor(await importExampleKey(key), key.kid);
	const result = await verifyCose1(cose, resolve, externalAad ?? hex(external ?? ''));
	return { result, asked };
}

function expectOutcome(
	{ result, asked }: { result: Cose1Verification; asked: unknown[] },
	expectation: Expectation,
	example: Example
) {
	expect(result.status).toBe(expectation.status);
	if (expectation.noKeyLookup) expect(asked).toEqual([]);
	if (result.status === 'valid') {
		const kid = example.input.sign0.key.kid;
		expect(result.kid).toEqual(kid === undefined ? undefined : utf8(kid));
	}
}

describe('COSE WG examples (cose-wg/Examples, ES256 COSE_Sign1)', () => {
	it('every example has an expectation and every expectation an example', () => {
		expect(Object.keys(examples).sort()).toEqual(Object.keys(expectations).sort());
		const passing = Object.values(expectations).filter((e) => e.status === 'valid').length;
		const failing = Object.entries(expectations).filter(([name]) => examples[name].fail).length;
		expect({ passing, failing }).toEqual({ passing: 5, failing: 6 });
	});

	it.each(Object.keys(expectations))('%s', async (name) => {
		const example = examples[name];
		const expectation = expectations[name];
		// A "pass" example is one its authors expect to verify; refusing one needs a stated reason.
		if (!example.fail && expectation.status !== 'valid') expect(expectation.outOfScope).toBeTruthy();
		expectOutcome(await verifyWith(example, hex(example.output.cbor)), expectation, example);
	});

	it('the fixtures are intact: each ES256 signature verifies over the example’s own ToBeSign_hex', async () => {
		// Separates "the verifier is wrong" from "the fixture was damaged": the fail examples too were
		// signed correctly and altered afterwards.
		for (const example of Object.values(examples).filter((e) => e.input.sign0.alg === 'ES256')) {
			const key = await importExampleKey(example.input.sign0.key);
			const signature = hex(example.output.cbor.slice(-128));
			expect(key && (await crypto.subtle.verify(ecdsa, key, signature, hex(example.intermediates.ToBeSign_hex)))).toBe(
				true
			);
		}
	});

	it('sign-pass-02 is bound to its external AAD: without it, or with another, the signature is bad', async () => {
		const example = examples['sign1-tests/sign-pass-02.json'];
		const cose = hex(example.output.cbor);
		expect((await verifyWith(example, cose, new Uint8Array())).result.status).toBe('bad-signature');
		expect((await verifyWith(example, cose, hex('11aa22bb33cc44dd55006698'))).result.status).toBe('bad-signature');
	});

	it('the countersigned examples verify once their kid is the bstr RFC 9052 requires', async () => {
		// Only the unprotected kid changes (62 3131 → 42 3131): the ES256 signature itself interoperates,
		// and the countersignature beside it, which we do not check, does not get in the way.
		for (const name of ['countersign-v2/signed1-01.json', 'countersign-v2/signed1-02.json']) {
			const example = examples[name];
			const fixed = example.output.cbor.replace('A2046231310', 'A2044231310');
			expect(fixed).not.toBe(example.output.cbor);
			expectOutcome(await verifyWith(example, hex(fixed)), valid, example);
		}
	});

	it('every valid example becomes a bad signature when one byte of its payload or signature changes', async () => {
		for (const [name, expectation] of Object.entries(expectations)) {
			if (expectation.status !== 'valid') continue;
			const example = examples[name];
			const cose = hex(example.output.cbor);
			const { result } = await verifyWith(example, cose);
			if (result.status !== 'valid') throw new Error(`${name} should be valid`);
			const { payload } = result.message;
			const payloadEnd = cose.length - 64 - 2; // the signature is the last 64 bytes, after its 2-byte head
			for (const at of [payloadEnd - 1, payloadEnd - payload.length, cose.length - 1, cose.length - 64]) {
				const changed = cose.slice();
				changed[at] ^= 0x01;
				expect((await verifyWith(example, changed)).result.status, `${name}, byte ${at}`).toBe('bad-signature');
			}
		}
	});
});

describe('COSE WG examples as regenerated upstream (deterministic signatures)', () => {
	it.each(regenerated.vectors.map((vector) => [vector.example, vector.cbor]))('%s', async (name, cbor) => {
		expectOutcome(await verifyWith(examples[name], hex(cbor)), expectations[name], examples[name]);
	});
});

describe('RFC 9052', () => {
	it('Appendix C.2.1, a single ECDSA signature with kid "11" unprotected, is valid', async () => {
		const example = rfc9052C21 as Example;
		expectOutcome(await verifyWith(example, hex(example.output.cbor)), valid, example);
	});
});
