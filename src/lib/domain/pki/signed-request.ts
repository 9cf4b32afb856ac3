/**
 * The applicant's electronic signature over a request: a detached CMS SignedData (RFC 5652) with
 * SHA-256, the signer's certificate inside, and signed attributes (content type, message digest,
 * signing time), as NCALayer's `createCMSSignatureFromBase64` produces. What is signed is
 * `requestSigningBytes` (request-bytes.ts), kept apart so pages can compute it without pkijs.
 * The Worker checks it with verify-detached.ts, which reads the DER itself (no pkijs).
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const oid = {
	data: '1.2.840.113549.1.7.1',
	signedData: '1.2.840.113549.1.7.2',
	contentType: '1.2.840.113549.1.9.3',
	messageDigest: '1.2.840.113549.1.9.4',
	signingTime: '1.2.840.113549.1.9.5'
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
