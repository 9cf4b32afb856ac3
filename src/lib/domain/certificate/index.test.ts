import { encode, Tagged } from 'cborg';
import { describe, expect, it, vi } from 'vitest';
import { parseCose1, signCose1 } from './cose.ts';
import {
	barcodeText,
	base64urlDecode,
	base64urlEncode,
	CertificateFormatError,
	coseFromBarcodeText,
	decodeClaims,
	encodeClaims,
	importPublicJwk,
	kidFromPublicKey,
	signCertificate,
	verifyBarcodeText,
	type BirthReferenceFields,
	type CertificateClaims,
	type TrustedKey,
	type TrustList
} from './index.ts';

const hex = (text: string) => Uint8Array.from(text.replace(/\s+/g, '').match(/../g) ?? [], (b) => parseInt(b, 16));
const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

const origin = 'http://127.0.0.1:8787';
const issuedAt = Date.UTC(2026, 10, 23, 9, 5) / 1000; // 23.11.2026 14:05 in Almaty

const gulnur: BirthReferenceFields = {
	fullName: 'Әбілқасымова Гүлнұр Өмірқызы',
	birthDate: '1990-03-21',
	actRecordNumber: '10-101-90-0000121',
	actRecordDate: '1990-03-28'
};
const nurlan: BirthReferenceFields = {
	fullName: 'Сейітқали Нұрлан Ерболұлы',
	birthDate: '2001-07-15',
	actRecordNumber: '10-101-01-0004567',
	actRecordDate: '2001-07-20'
};
const gulshahar: BirthReferenceFields = {
	fullName: 'Жаңабергенова Гүлшаһар Ғабитқызы',
	birthDate: '1985-12-31',
	actRecordNumber: '05-203-85-0012345',
	actRecordDate: '1986-01-09'
};

type BirthClaims = Extract<CertificateClaims, { documentType: 'birth-reference' }>;

function claimsFor(fields: BirthReferenceFields, overrides: Partial<Omit<BirthClaims, 'fields'>> = {}): BirthClaims {
	return { documentType: 'birth-reference', number: 'KX7FM3PAR', issuedAt, department: 'ALA', fields, ...overrides };
}

async function makeIssuer(window: Partial<TrustedKey> = {}) {
	const pair = (await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, [
		'sign',
		'verify'
	])) as CryptoKeyPair;
	const kid = await kidFromPublicKey(pair.publicKey);
	const trusted: TrustedKey = {
		kid: base64urlEncode(kid),
		department: { code: 'ALA', kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty city' },
		publicJwk: (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey,
		notBefore: '2026-01-01T00:00:00Z',
		notAfter: '2027-12-31T23:59:59Z',
		...window
	};
	return { privateKey: pair.privateKey, kid, trusted };
}

const trustListOf = (...keys: TrustedKey[]): TrustList => ({ generatedAt: '2026-11-23T00:00:00Z', keys });

const issuer = await makeIssuer();
const trustList = trustListOf(issuer.trusted);
const signedText = async (claims: CertificateClaims, by = issuer) =>
	barcodeText(origin, await signCertificate(claims, by.privateKey, by.kid));

describe('round trip', () => {
	it('the test names cover every Kazakh-specific letter', () => {
		const letters = [gulnur, nurlan, gulshahar].map((f) => f.fullName.toLowerCase()).join('');
		for (const letter of 'әіңғүұқөһ') expect(letters).toContain(letter);
	});

	it.each([gulnur, nurlan, gulshahar])('$fullName: sign → barcode text → genuine, claims identical', async (fields) => {
		const claims = claimsFor(fields);
		const text = await signedText(claims);
		expect(text.startsWith(`${origin}/v#`)).toBe(true);
		const verdict = await verifyBarcodeText(text, trustList);
		expect(verdict).toEqual({ status: 'genuine', claims, key: issuer.trusted });
	});

	it('keeps a name exactly as written (no normalisation, NFD stays NFD)', async () => {
		const decomposed = 'Йосиф Әлі'.normalize('NFD');
		const claims = claimsFor({ ...gulnur, fullName: decomposed });
		const verdict = await verifyBarcodeText(await signedText(claims), trustList);
		expect(
			verdict.status === 'genuine' &&
				verdict.claims.documentType === 'birth-reference' &&
				verdict.claims.fields.fullName
		).toBe(decomposed);
	});
});

describe('tampering', () => {
	it('flipping any byte (three bit patterns each) never yields genuine; payload and signature flips give altered', async () => {
		const cose = await signCertificate(claimsFor(gulnur), issuer.privateKey, issuer.kid);
		const { payload } = parseCose1(cose);
		// d2 84 | 4d a2 01 26 04 48 <kid 8> | a0 | 58 LL <payload> | 58 40 <signature 64>
		expect([...cose.subarray(0, 8)]).toEqual([0xd2, 0x84, 0x4d, 0xa2, 0x01, 0x26, 0x04, 0x48]);
		const kidAt = 8;
		const signatureAt = cose.length - 64;
		const payloadAt = signatureAt - 2 - payload.length;
		expect(cose.subarray(payloadAt, signatureAt - 2)).toEqual(payload);

		const expected = (i: number) => {
			if (i >= signatureAt || (i >= payloadAt && i < signatureAt - 2)) return 'altered';
			if (i >= kidAt && i < kidAt + 8) return 'unknown-issuer';
			if (i >= 3 && i < kidAt) return 'altered'; // inside the protected header: still a COSE_Sign1, not as signed
			return 'not-qyzmet'; // framing: tag, array, byte string heads, unprotected map
		};
		for (const mask of [0x01, 0x80, 0xff]) {
			for (let i = 0; i < cose.length; i++) {
				const flipped = cose.slice();
				flipped[i] ^= mask;
				const verdict = await verifyBarcodeText(barcodeText(origin, flipped), trustList);
				expect(verdict.status, `byte ${i} ^ 0x${mask.toString(16)}`).toBe(expected(i));
			}
		}
	});

	it('a flipped payload byte still shows the (untrusted) claims when they decode', async () => {
		const cose = await signCertificate(claimsFor(gulnur), issuer.privateKey, issuer.kid);
		const text = barcodeText(origin, cose);
		// Change the last digit of the act record number: …0000121 → …0000123.
		// Find the digits in the payload; a bare 0x31 could also be a byte of the (random) signature.
		const digits = new TextEncoder().encode('0000121');
		const start = cose.findIndex((_, i) => digits.every((d, j) => cose[i + j] === d));
		expect(start).toBeGreaterThan(0);
		const at = start + digits.length - 1;
		const tampered = cose.slice();
		tampered[at] = 0x33;
		const verdict = await verifyBarcodeText(barcodeText(origin, tampered), trustList);
		expect(verdict).toEqual({
			status: 'altered',
			kid: issuer.trusted.kid,
			claims: claimsFor({ ...gulnur, actRecordNumber: '10-101-90-0000123' })
		});
		expect((await verifyBarcodeText(text, trustList)).status).toBe('genuine');
	});

	it('a validly signed payload that is not valid claims is altered', async () => {
		const payload = encode(new Map([[1, 1]]));
		const text = barcodeText(origin, await signCose1(payload, issuer.privateKey, issuer.kid));
		expect(await verifyBarcodeText(text, trustList)).toEqual({ status: 'altered', kid: issuer.trusted.kid });
	});

	it('a signature by another key under a trusted kid is altered', async () => {
		const forger = await makeIssuer();
		const text = await signedText(claimsFor(gulnur), { ...forger, kid: issuer.kid });
		expect(await verifyBarcodeText(text, trustList)).toMatchObject({ status: 'altered', kid: issuer.trusted.kid });
	});

	it('anything added to the unprotected header is altered, although the signature still verifies', async () => {
		const message = parseCose1(await signCertificate(claimsFor(gulnur), issuer.privateKey, issuer.kid));
		const padded = encode(
			new Tagged(18, [message.protectedBytes, new Map([[99, 'note']]), message.payload, message.signature])
		);
		expect(await verifyBarcodeText(barcodeText(origin, padded), trustList)).toEqual({
			status: 'altered',
			claims: claimsFor(gulnur)
		});
	});

	it('a COSE_Sign1 without our protected header is altered, not unknown', async () => {
		const text = `${origin}/v#${base64urlEncode(hex('d2 84 40 a0 40 40'))}`; // 18([h'', {}, h'', h''])
		expect(await verifyBarcodeText(text, trustList)).toEqual({ status: 'altered' });
	});

	it('an untagged message is not ours', async () => {
		const message = parseCose1(await signCertificate(claimsFor(gulnur), issuer.privateKey, issuer.kid));
		const untagged = encode([message.protectedBytes, new Map(), message.payload, message.signature]);
		expect(await verifyBarcodeText(barcodeText(origin, untagged), trustList)).toEqual({ status: 'not-qyzmet' });
	});
});

describe('issuer and key validity', () => {
	it('an unknown kid is unknown-issuer, with the kid and the untrusted claims', async () => {
		const stranger = await makeIssuer();
		const claims = claimsFor(nurlan);
		const verdict = await verifyBarcodeText(await signedText(claims, stranger), trustList);
		expect(verdict).toEqual({ status: 'unknown-issuer', kid: stranger.trusted.kid, claims });
	});

	it('picks the right key from a list of several', async () => {
		const other = await makeIssuer();
		const verdict = await verifyBarcodeText(
			await signedText(claimsFor(nurlan)),
			trustListOf(other.trusted, issuer.trusted)
		);
		expect(verdict).toMatchObject({ status: 'genuine', key: issuer.trusted });
	});

	it.each([
		['issued before notBefore', { notBefore: '2026-12-01T00:00:00Z' }],
		['issued after notAfter', { notAfter: '2026-11-23T09:04:59Z' }],
		['issued after the key was retired', { retiredAt: '2026-11-01T00:00:00Z' }],
		['a malformed validity date', { notAfter: 'soon' }],
		['a malformed retirement date', { retiredAt: 'yesterday' }],
		['a key of another department', { department: { code: 'SHY', kk: 'Шымкент', ru: 'Шымкент', en: 'Shymkent' } }]
	])('%s → key-not-valid', async (_, window) => {
		const claims = claimsFor(gulnur);
		const key = { ...issuer.trusted, ...window };
		const verdict = await verifyBarcodeText(await signedText(claims), trustListOf(key));
		expect(verdict).toEqual({ status: 'key-not-valid', claims, key });
	});

	it('a key retired after issue, and the exact window bounds, are still genuine', async () => {
		const instant = new Date(issuedAt * 1000).toISOString();
		const key = { ...issuer.trusted, notBefore: instant, notAfter: instant, retiredAt: instant };
		const verdict = await verifyBarcodeText(await signedText(claimsFor(gulnur)), trustListOf(key));
		expect(verdict.status).toBe('genuine');
	});
});

describe('texts that are not ours', () => {
	it.each([
		'',
		'https://example.com',
		'https://example.com/v',
		`${origin}/v#`,
		`${origin}/v#!!!`,
		`${origin}/v#abc`, // base64url, but not a COSE_Sign1
		`${origin}/v#0oQ=`, // padding is not base64url
		`${origin}/v#0oRA`, // d2 84 40, then the message stops
		`${origin}/v#${base64urlEncode(hex('d2 84 40 a0 40'))}`, // tag 18 [h'', {}, h''] and then nothing
		`${origin}/v#${base64urlEncode(hex('d2 84 40 a0 40 40 00'))}`, // a trailing byte
		`${origin}/x#0oRNogEm`,
		'WIFI:T:WPA;S:cafe;P:secret;;',
		'https://egov.kz/cms/ru#section'
	])('%j → not-qyzmet', async (text) => {
		expect(await verifyBarcodeText(text, trustList)).toEqual({ status: 'not-qyzmet' });
	});

	it('random bytes after /v# → not-qyzmet', async () => {
		for (let i = 0; i < 50; i++) {
			const junk = crypto.getRandomValues(new Uint8Array(150));
			junk.set([0xd2, 0x84], 0); // even when they start like ours
			expect(await verifyBarcodeText(`${origin}/v#${base64urlEncode(junk)}`, trustList)).toEqual({
				status: 'not-qyzmet'
			});
		}
	});
});

describe('barcode text', () => {
	it('coseFromBarcodeText accepts the URL, the #fragment or the bare fragment, and trims', async () => {
		const cose = await signCertificate(claimsFor(gulnur), issuer.privateKey, issuer.kid);
		const fragment = base64urlEncode(cose);
		for (const text of [
			barcodeText(origin, cose),
			`https://qyzmet.kz/v#${fragment}`,
			`#${fragment}`,
			fragment,
			` ${fragment}\n`
		]) {
			expect(coseFromBarcodeText(text)).toEqual(cose);
		}
		expect(coseFromBarcodeText('https://example.com')).toBeNull();
		expect(coseFromBarcodeText(`${origin}/v#${fragment}=`)).toBeNull();
	});

	it('barcodeText drops a trailing slash of the origin', () => {
		expect(barcodeText('https://qyzmet.kz/', hex('d284'))).toBe('https://qyzmet.kz/v#0oQ');
	});

	it('stays short: demo people ≤ 300 characters, a 40-letter name with a 40-character origin ≤ 350', async () => {
		for (const fields of [gulnur, nurlan]) {
			expect((await signedText(claimsFor(fields))).length).toBeLessThanOrEqual(300);
		}
		const longName = 'Нұрмұхамбетова Гүлжазира Бекмұхаммедқызы';
		const longOrigin = 'https://verify-certificate.qyzmet.gov.kz';
		expect([...longName].length).toBe(40);
		expect(longOrigin.length).toBe(40);
		const claims = claimsFor({ ...gulnur, fullName: longName }, { issuedAt: 4_000_000_000 });
		const text = barcodeText(longOrigin, await signCertificate(claims, issuer.privateKey, issuer.kid));
		expect(text.length).toBeLessThanOrEqual(350);
	});
});

describe('claims codec', () => {
	it('encodes the documented wire format', () => {
		const name = utf8(gulnur.fullName);
		expect(name.length).toBe(54);
		// prettier-ignore
		const expected = concat(
			hex('a5'),                                       // map(5)
			hex('01 01'),                                    // 1 document type: 1 birth reference
			hex('02 69'), utf8('KX7FM3PAR'),                 // 2 number
			hex('03 1a 6b0401bc'),                           // 3 issued at 1795424700
			hex('04 63'), utf8('ALA'),                       // 4 department
			hex('05 a4'),                                    // 5 fields: map(4)
			hex('01 78 36'), name,                           //   1 full name, 54 bytes
			hex('02 1a 012fa7a1'),                           //   2 birth date 19900321
			hex('03 71'), utf8('10-101-90-0000121'),         //   3 act record number
			hex('04 1a 012fa7a8')                            //   4 act record date 19900328
		);
		expect(encodeClaims(claimsFor(gulnur))).toEqual(expected);
		expect(decodeClaims(expected)).toEqual(claimsFor(gulnur));
	});

	it('is deterministic whatever the property order', () => {
		const reordered = {
			fields: {
				actRecordDate: gulnur.actRecordDate,
				fullName: gulnur.fullName,
				actRecordNumber: gulnur.actRecordNumber,
				birthDate: gulnur.birthDate
			},
			department: 'ALA',
			issuedAt,
			number: 'KX7FM3PAR',
			documentType: 'birth-reference'
		} as const;
		expect(encodeClaims(reordered)).toEqual(encodeClaims(claimsFor(gulnur)));
	});

	// Builds a map byte by byte, so keys can be out of order or repeated.
	const rawMap = (entries: [unknown, unknown][]) =>
		concat(hex((0xa0 + entries.length).toString(16)), ...entries.flatMap(([k, v]) => [encode(k), encode(v)]));
	const fieldsMap = (overrides: [number, unknown][] = []) =>
		new Map<number, unknown>([
			[1, gulnur.fullName],
			[2, 19900321],
			[3, gulnur.actRecordNumber],
			[4, 19900328],
			...overrides
		]);
	const rootEntries = (fields: unknown = fieldsMap()): [unknown, unknown][] => [
		[1, 1],
		[2, 'KX7FM3PAR'],
		[3, issuedAt],
		[4, 'ALA'],
		[5, fields]
	];

	it('accepts the hand-built canonical form', () => {
		expect(decodeClaims(rawMap(rootEntries()))).toEqual(claimsFor(gulnur));
	});

	it.each<[string, Uint8Array]>([
		['keys out of order', rawMap(rootEntries().reverse())],
		['an unknown top-level key', rawMap([...rootEntries(), [6, 'x']])],
		['a missing key', rawMap(rootEntries().slice(0, 4))],
		['a text key instead of an integer', rawMap(rootEntries().map(([k, v]) => [k === 4 ? '4' : k, v]))],
		['a duplicate key', rawMap([[1, 1], [1, 1], ...rootEntries().slice(1)])],
		['an unknown field key', rawMap(rootEntries(fieldsMap([[5, 'x']])))],
		['a date as ISO text', rawMap(rootEntries(fieldsMap([[2, '1990-03-21']])))],
		['an impossible date', rawMap(rootEntries(fieldsMap([[2, 19900230]])))],
		['a six-digit date', rawMap(rootEntries(fieldsMap([[2, 900321]])))],
		['an empty name', rawMap(rootEntries(fieldsMap([[1, '']])))],
		['a control character in a name', rawMap(rootEntries(fieldsMap([[1, 'Әлі\u0000']])))],
		['a number instead of text', rawMap(rootEntries().map(([k, v]) => [k, k === 2 ? 123 : v]))],
		['a negative issue time', rawMap(rootEntries().map(([k, v]) => [k, k === 3 ? -1 : v]))],
		['a fractional issue time', rawMap(rootEntries().map(([k, v]) => [k, k === 3 ? 1.5 : v]))],
		['an unknown document type', rawMap(rootEntries().map(([k, v]) => [k, k === 1 ? 9 : v]))],
		['a document type without a field layout yet', rawMap(rootEntries().map(([k, v]) => [k, k === 1 ? 3 : v]))],
		['fields that are not a map', rawMap(rootEntries([1, 2, 3]))],
		['a non-minimal integer', concat(hex('a5 01 1801'), rawMap(rootEntries()).subarray(3))],
		['trailing bytes', concat(rawMap(rootEntries()), hex('00'))],
		['an array instead of a map', encode([1, 2, 3])],
		['invalid UTF-8', concat(hex('a5 01 01 02 62 c3 28'), rawMap(rootEntries()).subarray(14))],
		['nothing', new Uint8Array()]
	])('decodeClaims refuses %s', (_, payload) => {
		expect(() => decodeClaims(payload)).toThrow(CertificateFormatError);
	});

	it.each<[string, CertificateClaims]>([
		['an impossible date', claimsFor({ ...gulnur, birthDate: '1990-02-30' })],
		['a dotted date', claimsFor({ ...gulnur, birthDate: '21.03.1990' })],
		['a year before 1000', claimsFor({ ...gulnur, birthDate: '0990-03-21' })],
		['an empty name', claimsFor({ ...gulnur, fullName: '' })],
		['a lone surrogate', claimsFor({ ...gulnur, fullName: 'Әлі\ud800' })],
		['a negative issue time', claimsFor(gulnur, { issuedAt: -1 })],
		['a fractional issue time', claimsFor(gulnur, { issuedAt: issuedAt + 0.5 })],
		[
			'a type without a field layout yet',
			{ ...claimsFor(gulnur), documentType: 'divorce-reference' } as unknown as CertificateClaims
		]
	])('encodeClaims refuses %s', (_, claims) => {
		expect(() => encodeClaims(claims)).toThrow(CertificateFormatError);
	});
});

describe('keys', () => {
	it('kid is the first 8 bytes of SHA-256 over the SubjectPublicKeyInfo', async () => {
		const jwk = issuer.trusted.publicJwk;
		// A P-256 SubjectPublicKeyInfo is a fixed 26-byte DER prefix and the uncompressed point.
		const spki = concat(
			hex('3059301306072a8648ce3d020106082a8648ce3d030107034200 04'),
			base64urlDecode(jwk.x!),
			base64urlDecode(jwk.y!)
		);
		const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', spki));
		expect(issuer.kid).toEqual(digest.subarray(0, 8));
		expect(base64urlDecode(issuer.trusted.kid)).toHaveLength(8);
	});

	it('importPublicJwk refuses private keys and other curves', async () => {
		const { d: _d, ...publicJwk } = { ...issuer.trusted.publicJwk, d: 'x' };
		await expect(importPublicJwk(publicJwk)).resolves.toBeDefined();
		await expect(importPublicJwk({ ...publicJwk, d: 'V8kgd2ZBRuh2dgyVINBUqpPDr7BOMGcF22CQMIUHtNM' })).rejects.toThrow(
			CertificateFormatError
		);
		await expect(importPublicJwk({ ...publicJwk, crv: 'P-384' })).rejects.toThrow(CertificateFormatError);
	});

	it('imports each trusted key once, and verifies well under 20 ms afterwards', async () => {
		const fresh = await makeIssuer();
		const list = trustListOf(fresh.trusted);
		const text = await signedText(claimsFor(gulnur), fresh);
		const importKey = vi.spyOn(crypto.subtle, 'importKey');
		try {
			for (let i = 0; i < 3; i++) expect((await verifyBarcodeText(text, list)).status).toBe('genuine');
			// A re-fetched trust list holds new objects with the same key: still no new import.
			expect((await verifyBarcodeText(text, structuredClone(list))).status).toBe('genuine');
			expect(importKey).toHaveBeenCalledTimes(1);
		} finally {
			importKey.mockRestore();
		}
		const times: number[] = [];
		for (let i = 0; i < 21; i++) {
			const start = performance.now();
			await verifyBarcodeText(text, list);
			times.push(performance.now() - start);
		}
		expect(times.sort((a, b) => a - b)[10]).toBeLessThan(20);
	});
});

describe('base64url', () => {
	it('round-trips every length and matches RFC 4648 test vectors', () => {
		for (let n = 0; n < 40; n++) {
			const bytes = crypto.getRandomValues(new Uint8Array(n));
			expect(base64urlDecode(base64urlEncode(bytes))).toEqual(bytes);
		}
		// RFC 4648 §10, without padding.
		const vectors = { '': '', f: 'Zg', fo: 'Zm8', foo: 'Zm9v', foob: 'Zm9vYg', fooba: 'Zm9vYmE', foobar: 'Zm9vYmFy' };
		for (const [plain, encoded] of Object.entries(vectors)) {
			expect(base64urlEncode(utf8(plain))).toBe(encoded);
			expect(base64urlDecode(encoded)).toEqual(utf8(plain));
		}
		expect(base64urlEncode(hex('fbff'))).toBe('-_8');
		expect(base64urlDecode('-_8')).toEqual(hex('fbff'));
	});

	it.each(['Zg==', 'Z', 'Zh', 'Zm9v+', 'Zm9v/', 'Zm 9v', 'Zм9v', 'Zm9v😀', 'Zm9v\u0000'])('refuses %j', (text) => {
		expect(() => base64urlDecode(text)).toThrow(CertificateFormatError);
	});
});
