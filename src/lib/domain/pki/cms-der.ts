/**
 * A single-pass reader of a CMS SignedData (RFC 5652 §5) for checking an applicant's detached
 * signature: the certificates carried, and of each SignerInfo what verification needs — who
 * signed (sid), the digest algorithm, the signed attributes as signed (re-tagged SET), the
 * message digest and signing time among them, the signature algorithm and value. Checked against
 * pkijs and OpenSSL in tests/unit/cms-der.test.ts.
 */
import {
	algorithmOf,
	children,
	content,
	DerError,
	expect,
	inner,
	isTime,
	oidText,
	read,
	tags,
	time,
	whole,
	type AlgorithmId,
	type Element
} from './der.ts';
import { equalBytes } from '../certificate/cbor.ts';
import { parseCertificate, type ParsedCertificate } from './x509-der.ts';

const oid = {
	signedData: '1.2.840.113549.1.7.2',
	contentType: '1.2.840.113549.1.9.3',
	messageDigest: '1.2.840.113549.1.9.4',
	signingTime: '1.2.840.113549.1.9.5'
} as const;

/** Who a SignerInfo says signed: issuer and serial of the certificate, or its subject key identifier. */
export type SignerId = { issuer: Uint8Array; serial: Uint8Array } | { keyId: Uint8Array };

export interface SignedAttributes {
	/** The attributes' DER with the SET tag, as the signature covers them (RFC 5652 §5.4). */
	signed: Uint8Array;
	contentType: boolean;
	/** The messageDigest attribute's octets; null when absent (or not an OCTET STRING). */
	messageDigest: Uint8Array | null;
	/** The signingTime attribute; null when absent or not a time. */
	signingTime: Date | null;
}

export interface ParsedSignerInfo {
	sid: SignerId;
	digestAlgorithm: string;
	/** Null when the SignerInfo has none (the signature then covers the content itself). */
	attributes: SignedAttributes | null;
	signatureAlgorithm: AlgorithmId;
	signature: Uint8Array;
}

export interface ParsedSignedData {
	/** Whether the content is inside (attached); a request's signature is detached. */
	encapsulated: boolean;
	certificates: ParsedCertificate[];
	signerInfos: ParsedSignerInfo[];
}

/** The first value of each attribute type, as the CMS verifiers read them. */
function signedAttributes(bytes: Uint8Array, set: Element): SignedAttributes {
	const signed = whole(bytes, set).slice();
	signed[0] = tags.set;
	const first = new Map<string, Element>();
	for (const attribute of children(bytes, set)) {
		const [type, values] = children(bytes, expect(attribute, tags.sequence));
		const id = oidText(bytes, expect(type, tags.oid));
		const [value] = children(bytes, expect(values, tags.set));
		if (!first.has(id) && value) first.set(id, value);
	}
	const digest = first.get(oid.messageDigest);
	const when = first.get(oid.signingTime);
	return {
		signed,
		contentType: first.has(oid.contentType),
		messageDigest: digest?.tag === tags.octetString ? content(bytes, digest) : null,
		signingTime: isTime(when) ? time(bytes, when!) : null
	};
}

function signerInfo(bytes: Uint8Array, element: Element): ParsedSignerInfo {
	const fields = children(bytes, expect(element, tags.sequence));
	let i = 1; // after the version
	const id = fields[i++];
	let sid: SignerId;
	if (id?.tag === tags.sequence) {
		const [issuer, serial] = children(bytes, id);
		sid = { issuer: whole(bytes, expect(issuer, tags.sequence)), serial: content(bytes, expect(serial, tags.integer)) };
	} else if (id?.tag === tags.contextPrimitive(0)) sid = { keyId: content(bytes, id) };
	else if (id?.tag === tags.context(0)) sid = { keyId: content(bytes, expect(inner(bytes, id), tags.octetString)) };
	else throw new DerError('bad sid');
	const digestAlgorithm = algorithmOf(bytes, fields[i++]).oid;
	const attributes = fields[i]?.tag === tags.context(0) ? signedAttributes(bytes, fields[i++]) : null;
	const signatureAlgorithm = algorithmOf(bytes, fields[i++]);
	const signature = content(bytes, expect(fields[i++], tags.octetString));
	return { sid, digestAlgorithm, attributes, signatureAlgorithm, signature };
}

/**
 * Reads a ContentInfo holding a SignedData (DER, or BER with indefinite lengths outside the
 * signed parts). @throws DerError when it is not one
 */
export function parseSignedData(bytes: Uint8Array): ParsedSignedData {
	const info = expect(read(bytes, 0), tags.sequence);
	if (info.next !== bytes.length) throw new DerError('trailing bytes');
	const [type, explicit] = children(bytes, info);
	if (oidText(bytes, expect(type, tags.oid)) !== oid.signedData) throw new DerError('not SignedData');
	const fields = children(bytes, expect(inner(bytes, expect(explicit, tags.context(0))), tags.sequence));
	expect(fields[0], tags.integer);
	expect(fields[1], tags.set); // digestAlgorithms: the SignerInfo names its own
	const [contentType, encapsulated] = children(bytes, expect(fields[2], tags.sequence));
	expect(contentType, tags.oid);
	let i = 3;
	const certificates: ParsedCertificate[] = [];
	if (fields[i]?.tag === tags.context(0)) {
		// CertificateChoices: only X.509 certificates (SEQUENCE); attribute and other certificates are skipped.
		for (const choice of children(bytes, fields[i++])) {
			if (choice.tag === tags.sequence) certificates.push(parseCertificate(whole(bytes, choice)));
		}
	}
	if (fields[i]?.tag === tags.context(1)) i++; // revocation information: ours is the CA's CRL
	const infos = expect(fields[i++], tags.set);
	if (i !== fields.length) throw new DerError('trailing fields');
	return {
		encapsulated: encapsulated !== undefined,
		certificates,
		signerInfos: children(bytes, infos).map((e) => signerInfo(bytes, e))
	};
}

/** The certificate the SignerInfo names, among those carried. */
export async function signerCertificate(
	sid: SignerId,
	certificates: ParsedCertificate[]
): Promise<ParsedCertificate | undefined> {
	if ('issuer' in sid)
		return certificates.find((c) => equalBytes(c.issuer, sid.issuer) && equalBytes(c.serial, sid.serial));
	for (const certificate of certificates) {
		// RFC 5280 §4.2.1.2 (1): the key identifier is the SHA-1 of the subjectPublicKey's bits.
		const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', certificate.publicKey.slice()));
		if (equalBytes(digest, sid.keyId)) return certificate;
	}
	return undefined;
}
