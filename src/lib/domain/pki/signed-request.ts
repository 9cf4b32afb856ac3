/**
 * The applicant's electronic signature over a request: a detached CMS SignedData (RFC 5652) with
 * SHA-256, the signer's certificate inside, and signed attributes (content type, message digest,
 * signing time), as NCALayer's `createCMSSignatureFromBase64` produces. What is signed is
 * `requestSigningBytes` (request-bytes.ts), kept apart so pages can compute it without pkijs.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const oid = {
	data: '1.2.840.113549.1.7.1',
	signedData: '1.2.840.113549.1.7.2',
	contentType: '1.2.840.113549.1.9.3',
	messageDigest: '1.2.840.113549.1.9.4',
	signingTime: '1.2.840.113549.1.9.5',
	sha256: '2.16.840.1.101.3.4.2.1'
} as const;

const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

/**
 * Signs `content` with the applicant's key; returns the CMS (DER).
 * @param certificate the key's certificate (DER); `chain` is carried along for verifiers without it
 */
export async function signDetached(
	content: Uint8Array,
	privateKey: CryptoKey,
	certificate: Uint8Array,
	chain: Uint8Array[] = [],
	signingTime = new Date()
): Promise<Uint8Array<ArrayBuffer>> {
	const signer = pkijs.Certificate.fromBER(bufferOf(certificate));
	const digest = await crypto.subtle.digest('SHA-256', bufferOf(content));
	const signedData = new pkijs.SignedData({
		version: 1,
		encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: oid.data }),
		signerInfos: [
			new pkijs.SignerInfo({
				version: 1,
				sid: new pkijs.IssuerAndSerialNumber({ issuer: signer.issuer, serialNumber: signer.serialNumber }),
				signedAttrs: new pkijs.SignedAndUnsignedAttributes({
					type: 0,
					attributes: [
						new pkijs.Attribute({ type: oid.contentType, values: [new asn1js.ObjectIdentifier({ value: oid.data })] }),
						new pkijs.Attribute({ type: oid.messageDigest, values: [new asn1js.OctetString({ valueHex: digest })] }),
						new pkijs.Attribute({ type: oid.signingTime, values: [new asn1js.UTCTime({ valueDate: signingTime })] })
					]
				})
			})
		],
		certificates: [signer, ...chain.map((der) => pkijs.Certificate.fromBER(bufferOf(der)))]
	});
	await signedData.sign(privateKey, 0, 'SHA-256');
	const contentInfo = new pkijs.ContentInfo({ contentType: oid.signedData, content: signedData.toSchema(true) });
	return new Uint8Array(contentInfo.toSchema().toBER(false));
}

/** What a valid signature tells: who signed (their certificate and the others carried) and when they say. */
export interface SignatureEvidence {
	signer: pkijs.Certificate;
	/** Certificates carried in the CMS besides the signer's: candidates for the chain. */
	carried: pkijs.Certificate[];
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

function attribute(signerInfo: pkijs.SignerInfo, type: string) {
	return signerInfo.signedAttrs?.attributes.find((a) => a.type === type)?.values[0];
}

/**
 * Checks that `cms` is a detached SignedData with one signer whose signature covers exactly
 * `content` (its digest in the signed attributes) and returns the evidence. Trust in the signer's
 * certificate (chain, validity, revocation, identity) is the caller's next step.
 * @throws SignatureDefectError `malformed` when the structure is not what we accept, `altered`
 *   when the signature or digest does not match the content
 */
export async function verifyDetached(cms: Uint8Array, content: Uint8Array): Promise<SignatureEvidence> {
	let signedData: pkijs.SignedData;
	try {
		const contentInfo = pkijs.ContentInfo.fromBER(bufferOf(cms));
		if (contentInfo.contentType !== oid.signedData) throw new Error('not SignedData');
		signedData = new pkijs.SignedData({ schema: contentInfo.content });
	} catch {
		throw new SignatureDefectError('malformed');
	}
	const [signerInfo, ...others] = signedData.signerInfos;
	// A request has one signer, attributes to bind the time, and the content outside (detached).
	if (!signerInfo || others.length || signedData.encapContentInfo.eContent || !signerInfo.signedAttrs) {
		throw new SignatureDefectError('malformed');
	}
	if (signerInfo.digestAlgorithm.algorithmId !== oid.sha256) throw new SignatureDefectError('malformed');
	const time: unknown = attribute(signerInfo, oid.signingTime);
	if (!(time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime)) {
		throw new SignatureDefectError('malformed');
	}
	const certificates = (signedData.certificates ?? []).filter(
		(c): c is pkijs.Certificate => c instanceof pkijs.Certificate
	);
	let result: pkijs.SignedDataVerifyResult;
	try {
		result = await signedData.verify({ signer: 0, data: bufferOf(content), extendedMode: true, checkChain: false });
	} catch (error) {
		// pkijs reports a wrong digest or signature (codes 14/15) as an exception too.
		const code = (error as { code?: number }).code;
		throw new SignatureDefectError(code === 14 || code === 15 ? 'altered' : 'malformed');
	}
	if (!result.signatureVerified || !result.signerCertificate) throw new SignatureDefectError('altered');
	const signer = result.signerCertificate;
	return {
		signer,
		carried: certificates.filter((c) => c !== signer),
		signingTime: time.toDate()
	};
}
