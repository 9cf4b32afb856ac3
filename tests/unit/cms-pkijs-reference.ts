/**
 * The Worker's former check of a request's detached CMS, on pkijs: kept here as an independent
 * implementation to hold the single-pass reader (src/lib/domain/pki/verify-detached.ts) against.
 * Its verdicts: `ok` with what it read, or the defect it reported.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const oid = {
	signedData: '1.2.840.113549.1.7.2',
	signingTime: '1.2.840.113549.1.9.5',
	sha256: '2.16.840.1.101.3.4.2.1'
} as const;

const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

export type PkijsVerdict =
	| { verdict: 'ok'; signer: pkijs.Certificate; carried: pkijs.Certificate[]; signingTime: Date }
	| { verdict: 'malformed' | 'altered' };

export async function pkijsVerdict(cms: Uint8Array, content: Uint8Array): Promise<PkijsVerdict> {
	let signedData: pkijs.SignedData;
	try {
		const contentInfo = pkijs.ContentInfo.fromBER(bufferOf(cms));
		if (contentInfo.contentType !== oid.signedData) throw new Error('not SignedData');
		signedData = new pkijs.SignedData({ schema: contentInfo.content });
	} catch {
		return { verdict: 'malformed' };
	}
	const [signerInfo, ...others] = signedData.signerInfos;
	if (!signerInfo || others.length || signedData.encapContentInfo.eContent || !signerInfo.signedAttrs) {
		return { verdict: 'malformed' };
	}
	if (signerInfo.digestAlgorithm.algorithmId !== oid.sha256) return { verdict: 'malformed' };
	const time: unknown = signerInfo.signedAttrs.attributes.find((a) => a.type === oid.signingTime)?.values[0];
	if (!(time instanceof asn1js.UTCTime || time instanceof asn1js.GeneralizedTime)) return { verdict: 'malformed' };
	const certificates = (signedData.certificates ?? []).filter(
		(c): c is pkijs.Certificate => c instanceof pkijs.Certificate
	);
	let result: pkijs.SignedDataVerifyResult;
	try {
		result = await signedData.verify({ signer: 0, data: bufferOf(content), extendedMode: true, checkChain: false });
	} catch (error) {
		// pkijs reports a wrong digest or signature (codes 14/15) as an exception too.
		const code = (error as { code?: number }).code;
		return { verdict: code === 14 || code === 15 ? 'altered' : 'malformed' };
	}
	if (!result.signatureVerified || !result.signerCertificate) return { verdict: 'altered' };
	const signer = result.signerCertificate;
	return { verdict: 'ok', signer, carried: certificates.filter((c) => c !== signer), signingTime: time.toDate() };
}
