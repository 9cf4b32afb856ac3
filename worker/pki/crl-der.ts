/**
 * A single-pass reader of a DER CertificateList (RFC 5280 §5.1). pkijs builds an object tree per
 * revoked entry and needs about 2 s for 1 000 entries (and gives up on larger lists); NCA's lists
 * hold hundreds of thousands, so the Worker walks the bytes instead and keeps only what it
 * stores: each entry's serial, date and reason. Checked against pkijs and OpenSSL in crl-der.test.ts.
 */
import {
	algorithmOf,
	bitStringBits,
	children,
	DerError,
	expect,
	inner,
	isTime,
	oidText,
	read,
	serialHexOf,
	smallInteger,
	tags,
	time,
	whole,
	type AlgorithmId,
	type Element
} from '../../src/lib/domain/pki/der.ts';
import { signatureValid } from '../../src/lib/domain/pki/signature-algorithms.ts';

const oid = { crlNumber: '2.5.29.20', reasonCode: '2.5.29.21' } as const;

/** The extension's value element (inside its OCTET STRING) when `extensions` has `wanted`. */
function extensionValue(bytes: Uint8Array, extensions: Element, wanted: string): Element | null {
	for (const extension of children(bytes, extensions)) {
		const [id, ...rest] = children(bytes, extension);
		if (oidText(bytes, expect(id, tags.oid)) !== wanted) continue;
		return inner(bytes, expect(rest[rest.length - 1], tags.octetString));
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
	signatureAlgorithm: AlgorithmId;
	/** The signature's bits (the BIT STRING's content after its unused-bits octet). */
	signature: Uint8Array;
	thisUpdate: Date;
	nextUpdate: Date | null;
	number: number | null;
	entries: CrlEntry[];
}

/** Parses a DER CRL. @throws DerError when it is not one */
export function parseCrl(bytes: Uint8Array): ParsedCrl {
	const list = expect(read(bytes, 0), tags.sequence);
	if (list.next !== bytes.length) throw new DerError('trailing bytes');
	const [tbsElement, algorithm, signatureBits] = children(bytes, list);
	const tbs = expect(tbsElement, tags.sequence);
	const fields = children(bytes, tbs);
	let i = fields[0]?.tag === tags.integer ? 1 : 0; // version v2 is optional
	i++; // the inner signature algorithm, which must repeat the outer one; the outer is used
	const issuer = expect(fields[i++], tags.sequence);
	if (!isTime(fields[i])) throw new DerError('no thisUpdate');
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
	if (fields[i]?.tag === tags.context(0)) {
		const value = extensionValue(bytes, inner(bytes, fields[i]), oid.crlNumber);
		number = value ? smallInteger(bytes, value) : null;
	}
	return {
		tbs: whole(bytes, tbs),
		issuer: whole(bytes, issuer),
		signatureAlgorithm: algorithmOf(bytes, algorithm),
		signature: bitStringBits(bytes, signatureBits),
		thisUpdate,
		nextUpdate,
		number,
		entries
	};
}

/**
 * Checks the CRL's signature with the issuing CA's public key (its SubjectPublicKeyInfo, DER):
 * RSA (PKCS#1 v1.5, PSS) and ECDSA (P-256, P-384) with SHA-2, see signature-algorithms.ts.
 */
export function crlSignatureValid(crl: ParsedCrl, issuerSpki: Uint8Array): Promise<boolean> {
	return signatureValid(crl.signatureAlgorithm, issuerSpki, crl.signature, crl.tbs);
}
