/**
 * A single-pass reader of a DER X.509 certificate (RFC 5280 §4.1) for the checks on an
 * applicant's EDS: the signed part and its signature, names, serial, validity, key, and the
 * extensions those checks use (basic constraints, key usage, CRL distribution points). Checked
 * against pkijs and OpenSSL in tests/unit/cms-der.test.ts.
 */
import {
	algorithmOf,
	bitStringBits,
	children,
	content,
	DerError,
	expect,
	inner,
	isTime,
	oidText,
	read,
	stringOf,
	tags,
	time,
	whole,
	type AlgorithmId,
	type Element
} from './der.ts';
import type { NameAttribute } from './identity.ts';

export interface ParsedCertificate {
	/** The whole certificate, exactly as received. */
	der: Uint8Array;
	/** The signed part (TBSCertificate), exactly as received. */
	tbs: Uint8Array;
	/** The serial number's INTEGER content octets. */
	serial: Uint8Array;
	/** The issuer's and the subject's Name, DER as received: compared byte for byte. */
	issuer: Uint8Array;
	subject: Uint8Array;
	/** The subject's attributes in order, as text (for the IIN, BIN and names). */
	subjectAttributes: NameAttribute[];
	notBefore: Date;
	notAfter: Date;
	/** SubjectPublicKeyInfo, DER. */
	spki: Uint8Array;
	/** The subjectPublicKey's bits (what a subject key identifier hashes). */
	publicKey: Uint8Array;
	signatureAlgorithm: AlgorithmId;
	signature: Uint8Array;
	/** basicConstraints' cA. */
	ca: boolean;
	/** keyUsage's bits, first octet first; null without the extension. */
	keyUsage: Uint8Array | null;
	/** The URIs of the CRL distribution points' full names. */
	crlUrls: string[];
}

const extension = {
	basicConstraints: '2.5.29.19',
	keyUsage: '2.5.29.15',
	crlDistributionPoints: '2.5.29.31'
} as const;
const wanted = new Set<string>(Object.values(extension));

/** A Name's attributes, in order (RDNs of several attributes flattened). */
export function nameAttributes(bytes: Uint8Array, name: Element): NameAttribute[] {
	const list: NameAttribute[] = [];
	for (const rdn of children(bytes, expect(name, tags.sequence))) {
		for (const pair of children(bytes, expect(rdn, tags.set))) {
			const [type, value] = children(bytes, expect(pair, tags.sequence));
			if (!value) throw new DerError('attribute without a value');
			list.push({ type: oidText(bytes, expect(type, tags.oid)), value: stringOf(bytes, value) });
		}
	}
	return list;
}

/** DistributionPoint → distributionPoint [0] → fullName [0] → uniformResourceIdentifier [6]. */
function distributionUrls(bytes: Uint8Array, points: Element): string[] {
	const urls: string[] = [];
	for (const point of children(bytes, expect(points, tags.sequence))) {
		const name = children(bytes, expect(point, tags.sequence)).find((e) => e.tag === tags.context(0));
		const fullName = name && children(bytes, name).find((e) => e.tag === tags.context(0));
		for (const general of fullName ? children(bytes, fullName) : []) {
			if (general.tag === tags.contextPrimitive(6)) urls.push(stringOf(bytes, general));
		}
	}
	return urls;
}

/** Reads a certificate; `bytes` is the certificate alone. @throws DerError when it is not one */
export function parseCertificate(bytes: Uint8Array): ParsedCertificate {
	const certificate = expect(read(bytes, 0), tags.sequence);
	if (certificate.next !== bytes.length) throw new DerError('trailing bytes');
	const [tbsElement, algorithm, signature, extra] = children(bytes, certificate);
	if (extra) throw new DerError('not a certificate');
	const fields = children(bytes, expect(tbsElement, tags.sequence));
	let i = fields[0]?.tag === tags.context(0) ? 1 : 0; // version, v1 when absent
	const serial = expect(fields[i++], tags.integer);
	expect(fields[i++], tags.sequence); // the inner signature algorithm; the outer one is used
	const issuer = expect(fields[i++], tags.sequence);
	const [notBefore, notAfter, more] = children(bytes, expect(fields[i++], tags.sequence));
	if (!isTime(notBefore) || !isTime(notAfter) || more) throw new DerError('bad validity');
	const subject = expect(fields[i++], tags.sequence);
	const spki = expect(fields[i++], tags.sequence);
	const [, subjectPublicKey] = children(bytes, spki);
	let ca = false;
	let keyUsage: Uint8Array | null = null;
	let crlUrls: string[] = [];
	const seen = new Set<string>();
	for (; i < fields.length; i++) {
		if (fields[i].tag !== tags.context(3)) continue; // issuer/subject unique IDs
		for (const entry of children(bytes, expect(inner(bytes, fields[i]), tags.sequence))) {
			const parts = children(bytes, expect(entry, tags.sequence));
			const id = oidText(bytes, expect(parts[0], tags.oid));
			// RFC 5280 §4.2: an extension appears once; the first is the one read.
			if (seen.has(id)) continue;
			seen.add(id);
			if (!wanted.has(id)) continue;
			const value = inner(bytes, expect(parts[parts.length - 1], tags.octetString));
			if (id === extension.basicConstraints) {
				const [flag] = children(bytes, expect(value, tags.sequence));
				ca = flag?.tag === tags.boolean && content(bytes, flag).some((b) => b !== 0);
			} else if (id === extension.keyUsage) keyUsage = bitStringBits(bytes, value);
			else if (id === extension.crlDistributionPoints) crlUrls = distributionUrls(bytes, value);
		}
	}
	return {
		der: bytes,
		tbs: whole(bytes, tbsElement),
		serial: content(bytes, serial),
		issuer: whole(bytes, issuer),
		subject: whole(bytes, subject),
		subjectAttributes: nameAttributes(bytes, subject),
		notBefore: time(bytes, notBefore),
		notAfter: time(bytes, notAfter),
		spki: whole(bytes, spki),
		publicKey: bitStringBits(bytes, subjectPublicKey),
		signatureAlgorithm: algorithmOf(bytes, algorithm),
		signature: bitStringBits(bytes, signature),
		ca,
		keyUsage,
		crlUrls
	};
}
