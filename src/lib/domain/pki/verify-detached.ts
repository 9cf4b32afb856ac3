/**
 * Checks an applicant's detached CMS signature over a request (signed-request.ts makes them) with
 * the single-pass reader of cms-der.ts and WebCrypto: pkijs built object trees of the CMS and its
 * certificates for ≈ 5 ms a request, this reads the same fields in microseconds. pkijs stays in
 * the page for signing and in the unit tests as the independent reference.
 */
import { equalBytes } from '../certificate/cbor.ts';
import { parseSignedData, signerCertificate } from './cms-der.ts';
import { schemeOf, schemeVerifies } from './signature-algorithms.ts';
import type { ParsedCertificate } from './x509-der.ts';

const sha256 = '2.16.840.1.101.3.4.2.1';

/** What a valid signature tells: who signed (their certificate and the others carried) and when they say. */
export interface SignatureEvidence {
	signer: ParsedCertificate;
	/** Certificates carried in the CMS besides the signer's: candidates for the chain. */
	carried: ParsedCertificate[];
	/** The signing-time attribute: claimed by the signer, so checked against the receipt time. */
	signingTime: Date;
}

/** Why a CMS is not a valid signature over the request. */
export type SignatureDefect = 'malformed' | 'altered';

export class SignatureDefectError extends Error {
	readonly defect: SignatureDefect;
	constructor(defect: SignatureDefect) {
		super(defect);
		this.defect = defect;
	}
}

const malformed = () => new SignatureDefectError('malformed');

/**
 * Checks that `cms` is a detached SignedData with one signer whose signature covers exactly
 * `content` (its digest in the signed attributes) and returns the evidence. Trust in the signer's
 * certificate (chain, validity, revocation, identity) is the caller's next step.
 * @throws SignatureDefectError `malformed` when the structure is not what we accept (nothing else
 *   is thrown for any input), `altered` when the signature or digest does not match the content
 */
export async function verifyDetached(cms: Uint8Array, content: Uint8Array): Promise<SignatureEvidence> {
	let signedData;
	try {
		signedData = parseSignedData(cms);
	} catch {
		// Reading is pure: whatever it throws means the bytes are not a SignedData we accept.
		throw malformed();
	}
	const [signerInfo, ...others] = signedData.signerInfos;
	// A request has one signer, attributes to bind the time, and the content outside (detached).
	const attributes = signerInfo?.attributes;
	if (!signerInfo || others.length || signedData.encapsulated || !attributes) throw malformed();
	if (signerInfo.digestAlgorithm !== sha256 || !attributes.signingTime) throw malformed();
	const signer = await signerCertificate(signerInfo.sid, signedData.certificates);
	if (!signer || !attributes.contentType || !attributes.messageDigest) throw malformed();
	const scheme = schemeOf(signerInfo.signatureAlgorithm, signer.spki, signerInfo.digestAlgorithm);
	if (!scheme) throw malformed();
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', content.slice()));
	if (!equalBytes(digest, attributes.messageDigest)) throw new SignatureDefectError('altered');
	if (!(await schemeVerifies(scheme, signer.spki, signerInfo.signature, attributes.signed))) {
		throw new SignatureDefectError('altered');
	}
	return {
		signer,
		carried: signedData.certificates.filter((c) => c !== signer),
		signingTime: attributes.signingTime
	};
}
