/**
 * A minimal single-pass ASN.1 reader for the PKI structures the Worker checks (certificates, CMS
 * signatures, CRLs): it finds elements by offset and never builds an object tree, so reading a
 * signature costs microseconds where pkijs/asn1js spend milliseconds matching schemas. Each
 * structure's reader (x509-der.ts, cms-der.ts, worker/pki/crl-der.ts) takes only what it needs.
 *
 * Definite lengths as DER has them; indefinite lengths (BER) are accepted for constructed
 * elements, since CMS writers such as BouncyCastle (NCALayer) and `openssl cms -stream` emit them
 * for the outer SignedData. What is signed (TBS, signed attributes) is DER by definition.
 */

export class DerError extends Error {}

export interface Element {
	tag: number;
	/** Offset of the tag byte. */
	header: number;
	/** Offset of the first content byte. */
	start: number;
	/** Offset just past the last content byte. */
	end: number;
	/** Offset just past the element (after the end-of-contents octets for an indefinite length). */
	next: number;
}

export const tags = {
	boolean: 0x01,
	integer: 0x02,
	bitString: 0x03,
	octetString: 0x04,
	oid: 0x06,
	utf8String: 0x0c,
	sequence: 0x30,
	set: 0x31,
	utcTime: 0x17,
	generalizedTime: 0x18,
	/** `[n]` constructed, context-specific (EXPLICIT tags, IMPLICIT SET/SEQUENCE). */
	context: (n: number) => 0xa0 | n,
	/** `[n]` primitive, context-specific (IMPLICIT primitive types). */
	contextPrimitive: (n: number) => 0x80 | n
} as const;

/** Nesting deeper than this is refused: nothing we read comes close, and it bounds the scan. */
const maxDepth = 32;

/** Reads the element at `offset`, within `limit`. @throws DerError when it does not fit */
export function read(bytes: Uint8Array, offset: number, limit = bytes.length, depth = 0): Element {
	if (offset + 2 > limit) throw new DerError('truncated');
	const tag = bytes[offset];
	// High tag numbers (≥ 31) do not occur in the structures we read.
	if ((tag & 0x1f) === 0x1f) throw new DerError('unsupported tag');
	let length = bytes[offset + 1];
	let start = offset + 2;
	if (length === 0x80) {
		if (!(tag & 0x20) || depth >= maxDepth) throw new DerError('bad indefinite length');
		let at = start;
		while (!(bytes[at] === 0 && bytes[at + 1] === 0)) {
			if (at + 2 > limit) throw new DerError('truncated');
			at = read(bytes, at, limit, depth + 1).next;
		}
		return { tag, header: offset, start, end: at, next: at + 2 };
	}
	if (length & 0x80) {
		const octets = length & 0x7f;
		if (octets > 4 || start + octets > limit) throw new DerError('bad length');
		length = 0;
		for (let i = 0; i < octets; i++) length = length * 256 + bytes[start + i];
		start += octets;
	}
	const end = start + length;
	if (end > limit) throw new DerError('truncated');
	return { tag, header: offset, start, end, next: end };
}

/** The elements inside a constructed one. */
export function children(bytes: Uint8Array, parent: Element): Element[] {
	if (!(parent.tag & 0x20)) throw new DerError('not constructed');
	const list: Element[] = [];
	for (let at = parent.start; at < parent.end;) {
		const child = read(bytes, at, parent.end);
		list.push(child);
		at = child.next;
	}
	return list;
}

/** The element, when it has `tag`. @throws DerError otherwise (or when it is missing) */
export function expect(element: Element | undefined, tag: number): Element {
	if (!element || element.tag !== tag) throw new DerError(`expected tag ${tag}`);
	return element;
}

/** The only element inside an EXPLICIT tag or an OCTET STRING that wraps DER. */
export function inner(bytes: Uint8Array, element: Element): Element {
	const child = read(bytes, element.start, element.end);
	if (child.next !== element.end) throw new DerError('trailing bytes');
	return child;
}

/** The whole element (tag, length and content) as a view of `bytes`. */
export const whole = (bytes: Uint8Array, element: Element) => bytes.subarray(element.header, element.next);

/** The element's content octets as a view of `bytes`. */
export const content = (bytes: Uint8Array, element: Element) => bytes.subarray(element.start, element.end);

/** A BIT STRING's bits (the content after the unused-bits octet). */
export function bitStringBits(bytes: Uint8Array, element: Element): Uint8Array {
	expect(element, tags.bitString);
	if (element.end <= element.start) throw new DerError('empty BIT STRING');
	return bytes.subarray(element.start + 1, element.end);
}

export const isTime = (element: Element | undefined) =>
	element !== undefined && (element.tag === tags.utcTime || element.tag === tags.generalizedTime);

/** UTCTime or GeneralizedTime in UTC (`Z`), as RFC 5280 §4.1.2.5 has them; a CMS signing time may carry fractions. */
export function time(bytes: Uint8Array, element: Element): Date {
	let text = '';
	for (let i = element.start; i < element.end; i++) text += String.fromCharCode(bytes[i]);
	const match =
		element.tag === tags.utcTime
			? /^(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text)
			: element.tag === tags.generalizedTime
				? /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{1,3})\d*)?Z$/.exec(text)
				: null;
	if (!match) throw new DerError('bad time');
	let year = Number(match[1]);
	// RFC 5280 §4.1.2.5.1: two-digit years 50–99 are 19xx, 00–49 are 20xx.
	if (element.tag === tags.utcTime) year += year >= 50 ? 1900 : 2000;
	const date = new Date(0);
	date.setUTCFullYear(year, Number(match[2]) - 1, Number(match[3]));
	date.setUTCHours(Number(match[4]), Number(match[5]), Number(match[6]), Number((match[7] ?? '').padEnd(3, '0')));
	return date;
}

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
export function serialHexOf(integer: Uint8Array): string {
	let hex = '';
	for (const byte of integer) hex += byte.toString(16).padStart(2, '0');
	return hex.replace(/^(00)+(?=.)/, '');
}

/** A small non-negative INTEGER's value (CRL numbers, reason codes). */
export function smallInteger(bytes: Uint8Array, element: Element): number {
	let value = 0;
	for (let i = element.start; i < element.end; i++) value = value * 256 + bytes[i];
	return value;
}

export interface AlgorithmId {
	oid: string;
	/** The parameters element's whole DER, when present. */
	parameters: Uint8Array | null;
}

/** An AlgorithmIdentifier SEQUENCE: its OID and, when present, its parameters' DER. */
export function algorithmOf(bytes: Uint8Array, element: Element | undefined): AlgorithmId {
	const [id, parameters] = children(bytes, expect(element, tags.sequence));
	return { oid: oidText(bytes, expect(id, tags.oid)), parameters: parameters ? whole(bytes, parameters) : null };
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const utf16 = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** A directory string's text (X.520): UTF8String, PrintableString and the other string types. */
export function stringOf(bytes: Uint8Array, element: Element): string {
	const octets = content(bytes, element);
	try {
		switch (element.tag) {
			case tags.utf8String:
				return utf8.decode(octets);
			case 0x1e: // BMPString
				return utf16.decode(octets);
			case 0x1c: {
				// UniversalString: UTF-32BE
				let text = '';
				for (let i = 0; i + 3 < octets.length; i += 4)
					text += String.fromCodePoint(
						((octets[i] << 24) | (octets[i + 1] << 16) | (octets[i + 2] << 8) | octets[i + 3]) >>> 0
					);
				return text;
			}
			default: {
				// PrintableString, IA5String, NumericString, VisibleString, TeletexString: one octet a character.
				let text = '';
				for (const byte of octets) text += String.fromCharCode(byte);
				return text;
			}
		}
	} catch {
		throw new DerError('bad string');
	}
}
