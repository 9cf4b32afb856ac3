/**
 * A single-pass reader of a DER CertificateList (RFC 5280 §5.1). pkijs builds an object tree per
 * revoked entry and needs about 2 s for 1 000 entries (and gives up on larger lists); NCA's lists
 * hold hundreds of thousands, so the Worker walks the bytes instead and keeps only what it
 * stores: each entry's serial, date and reason. Checked against pkijs and OpenSSL in crl-der.test.ts.
 */

export class CrlFormatError extends Error {}

interface Element {
	tag: number;
	/** Offset of the first content byte. */
	start: number;
	/** Offset just past the last content byte. */
	end: number;
	/** Offset of the tag byte: `bytes.subarray(header, end)` is the whole element. */
	header: number;
}

/** Reads the element at `offset` (definite lengths only, as DER requires). */
function read(bytes: Uint8Array, offset: number, limit = bytes.length): Element {
	if (offset + 2 > limit) throw new CrlFormatError('truncated');
	const tag = bytes[offset];
	let length = bytes[offset + 1];
	let start = offset + 2;
	if (length & 0x80) {
		const octets = length & 0x7f;
		if (octets === 0 || octets > 4 || start + octets > limit) throw new CrlFormatError('bad length');
		length = 0;
		for (let i = 0; i < octets; i++) length = length * 256 + bytes[start + i];
		start += octets;
	}
	const end = start + length;
	if (end > limit) throw new CrlFormatError('truncated');
	return { tag, start, end, header: offset };
}

function children(bytes: Uint8Array, parent: Element): Element[] {
	const list: Element[] = [];
	for (let at = parent.start; at < parent.end; at = list[list.length - 1].end) list.push(read(bytes, at, parent.end));
	return list;
}

const tags = { integer: 0x02, bitString: 0x03, oid: 0x06, sequence: 0x30, utcTime: 0x17, generalizedTime: 0x18 };

function expect(element: Element | undefined, tag: number): Element {
	if (!element || element.tag !== tag) throw new CrlFormatError(`expected tag ${tag}`);
	return element;
}

function time(bytes: Uint8Array, element: Element): Date {
	const text = new TextDecoder().decode(bytes.subarray(element.start, element.end));
	const match =
		element.tag === tags.utcTime
			? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
			: /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text);
	if (!match) throw new CrlFormatError('bad time');
	let year = Number(match[1]);
	// RFC 5280 §4.1.2.5.1: two-digit years 50–99 are 19xx, 00–49 are 20xx.
	if (element.tag === tags.utcTime) year += year >= 50 ? 1900 : 2000;
	return new Date(
		Date.UTC(year, Number(match[2]) - 1, Number(match[3]), Number(match[4]), Number(match[5]), Number(match[6]))
	);
}

const isTime = (element: Element | undefined) =>
	element !== undefined && (element.tag === tags.utcTime || element.tag === tags.generalizedTime);

/** Dotted OID text from its DER content. */
export function oidText(bytes: Uint8Array, element: Element): string {
	const parts: number[] = [];
	let value = 0;
	for (let i = element.start; i < element.end; i++) {
		value = value * 128 + (bytes[i] & 0x7f);
		if (!(bytes[i] & 0x80)) {
			if (parts.length === 0) parts.push(value < 80 ? Math.floor(value / 40) : 2, value < 80 ? value % 40 : value - 80);
			else parts.push(value);
			value = 0;
		}
	}
	return parts.join('.');
}

/** A serial number's INTEGER content as lowercase hex without leading zero octets: how serials are stored. */
export function serialHexOf(content: Uint8Array): string {
	let hex = '';
	for (const byte of content) hex += byte.toString(16).padStart(2, '0');
	return hex.replace(/^(00)+(?=.)/, '');
}

function smallInteger(bytes: Uint8Array, element: Element): number {
	let value = 0;
	for (let i = element.start; i < element.end; i++) value = value * 256 + bytes[i];
	return value;
}

const oid = { crlNumber: '2.5.29.20', reasonCode: '2.5.29.21' } as const;

/** The extension's value element (inside its OCTET STRING) when `extensions` has `wanted`. */
function extensionValue(bytes: Uint8Array, extensions: Element, wanted: string): Element | null {
	for (const extension of children(bytes, extensions)) {
		const [id, ...rest] = children(bytes, extension);
		if (oidText(bytes, expect(id, tags.oid)) !== wanted) continue;
		const octets = rest[rest.length - 1];
		return read(bytes, octets.start, octets.end);
	}
	return null;
}

export interface CrlEntry {
	serial: string;
	revokedAt: string;
	reason: number | null;
}

export interface ParsedCrl {
	/** The signed part, exactly as received. */
	tbs: Uint8Array;
	/** The issuer's Name, exactly as received (DER). */
	issuer: Uint8Array;
	signatureAlgorithm: string;
	/** The signature's bits (the BIT STRING's content after its unused-bits octet). */
	signature: Uint8Array;
	thisUpdate: Date;
	nextUpdate: Date | null;
	number: number | null;
	entries: CrlEntry[];
}

/** Parses a DER CRL. @throws CrlFormatError when it is not one */
export function parseCrl(bytes: Uint8Array): ParsedCrl {
	const list = expect(read(bytes, 0), tags.sequence);
	if (list.end !== bytes.length) throw new CrlFormatError('trailing bytes');
	const [tbsElement, algorithm, signatureBits] = children(bytes, list);
	const tbs = expect(tbsElement, tags.sequence);
	const fields = children(bytes, tbs);
	let i = fields[0]?.tag === tags.integer ? 1 : 0; // version v2 is optional
	i++; // the inner signature algorithm, which must repeat the outer one; the outer is used
	const issuer = expect(fields[i++], tags.sequence);
	if (!isTime(fields[i])) throw new CrlFormatError('no thisUpdate');
	const thisUpdate = time(bytes, fields[i++]);
	const nextUpdate = isTime(fields[i]) ? time(bytes, fields[i++]) : null;
	const entries: CrlEntry[] = [];
	if (fields[i]?.tag === tags.sequence) {
		for (const entry of children(bytes, fields[i++])) {
			const [serial, date, extensions] = children(bytes, entry);
			const reason = extensions ? extensionValue(bytes, extensions, oid.reasonCode) : null;
			entries.push({
				serial: serialHexOf(bytes.subarray(expect(serial, tags.integer).start, serial.end)),
				revokedAt: time(bytes, date).toISOString(),
				reason: reason ? smallInteger(bytes, reason) : null
			});
		}
	}
	let number: number | null = null;
	if (fields[i]?.tag === 0xa0) {
		const value = extensionValue(bytes, read(bytes, fields[i].start, fields[i].end), oid.crlNumber);
		number = value ? smallInteger(bytes, value) : null;
	}
	const bits = expect(signatureBits, tags.bitString);
	return {
		tbs: bytes.subarray(tbs.header, tbs.end),
		issuer: bytes.subarray(issuer.header, issuer.end),
		signatureAlgorithm: oidText(bytes, expect(children(bytes, expect(algorithm, tags.sequence))[0], tags.oid)),
		signature: bytes.subarray(bits.start + 1, bits.end),
		thisUpdate,
		nextUpdate,
		number,
		entries
	};
}

const signatureAlgorithms: Record<string, { hash: string; ec: boolean }> = {
	'1.2.840.113549.1.1.11': { hash: 'SHA-256', ec: false },
	'1.2.840.113549.1.1.12': { hash: 'SHA-384', ec: false },
	'1.2.840.113549.1.1.13': { hash: 'SHA-512', ec: false },
	'1.2.840.10045.4.3.2': { hash: 'SHA-256', ec: true },
	'1.2.840.10045.4.3.3': { hash: 'SHA-384', ec: true },
	'1.2.840.10045.4.3.4': { hash: 'SHA-512', ec: true }
};
const curves: Record<string, { name: string; size: number }> = {
	'1.2.840.10045.3.1.7': { name: 'P-256', size: 32 },
	'1.3.132.0.34': { name: 'P-384', size: 48 }
};

/** X.509's ECDSA-Sig-Value (DER SEQUENCE of r and s) as WebCrypto's fixed-width r‖s. */
export function ecdsaRaw(signature: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
	const [r, s] = children(signature, expect(read(signature, 0), tags.sequence));
	const raw = new Uint8Array(2 * size);
	for (const [index, part] of [r, s].entries()) {
		let digits = signature.subarray(expect(part, tags.integer).start, part.end);
		while (digits.length > size && digits[0] === 0) digits = digits.subarray(1);
		if (digits.length > size) throw new CrlFormatError('bad ECDSA signature');
		raw.set(digits, (index + 1) * size - digits.length);
	}
	return raw;
}

/**
 * Checks the CRL's signature with the issuing CA's public key (its SubjectPublicKeyInfo, DER).
 * RSA PKCS#1 v1.5 and ECDSA (P-256, P-384) with SHA-2: what NCA's RSA hierarchy and ours use.
 */
export async function crlSignatureValid(crl: ParsedCrl, issuerSpki: Uint8Array): Promise<boolean> {
	const algorithm = signatureAlgorithms[crl.signatureAlgorithm];
	if (!algorithm) return false;
	const spki = expect(read(issuerSpki, 0), tags.sequence);
	const [keyAlgorithm] = children(issuerSpki, spki);
	const [, parameters] = children(issuerSpki, keyAlgorithm);
	const copy = (bytes: Uint8Array) => bytes.slice();
	try {
		if (algorithm.ec) {
			const curve = parameters?.tag === tags.oid ? curves[oidText(issuerSpki, parameters)] : undefined;
			if (!curve) return false;
			const key = await crypto.subtle.importKey(
				'spki',
				copy(issuerSpki),
				{ name: 'ECDSA', namedCurve: curve.name },
				false,
				['verify']
			);
			return await crypto.subtle.verify(
				{ name: 'ECDSA', hash: algorithm.hash },
				key,
				ecdsaRaw(crl.signature, curve.size),
				copy(crl.tbs)
			);
		}
		const key = await crypto.subtle.importKey(
			'spki',
			copy(issuerSpki),
			{ name: 'RSASSA-PKCS1-v1_5', hash: algorithm.hash },
			false,
			['verify']
		);
		return await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, copy(crl.signature), copy(crl.tbs));
	} catch {
		return false;
	}
}
