/**
 * The test run's certification authorities, made in Node when the Worker test configuration loads:
 * a root with three issuing CAs — one whose CRL is current (and lists `revokedSerial`), one whose
 * CRL is past its nextUpdate, one whose distribution point is down — and the CRLs, served to the
 * Worker's `fetch` by `serveCrl` (miniflare's outbound service) as the CA's web server would.
 * Tests issue personal certificates from these CAs inside workerd (tests/worker/signing.ts).
 */
import 'reflect-metadata';
import {
	createIssuingCa,
	createRoot,
	issueCrl,
	randomSerial,
	toBase64,
	type Authority
} from '../../scripts/pki/dev-ca.ts';

export const crlUrls = {
	issuing: 'http://pki.qyzmet.test/issuing.crl',
	stale: 'http://pki.qyzmet.test/stale.crl',
	down: 'http://pki.qyzmet.test/down.crl'
} as const;

const hour = 3_600_000;

async function stored(authority: Authority) {
	return {
		certificate: toBase64(authority.certificate.rawData),
		pkcs8: toBase64((await crypto.subtle.exportKey('pkcs8', authority.keys.privateKey)) as ArrayBuffer)
	};
}

export async function buildTestPki(now = new Date()) {
	const root = await createRoot('Qyzmet TEST Root CA', now);
	// ECDSA issuing CAs: issuing test certificates inside workerd stays fast.
	const issuing = await createIssuingCa(root, 'Qyzmet TEST Issuing CA', now, 'ec');
	const stale = await createIssuingCa(root, 'Qyzmet TEST Stale CA', now, 'ec');
	const down = await createIssuingCa(root, 'Qyzmet TEST Unreachable CA', now, 'ec');
	const revokedSerial = randomSerial();
	const crls = new Map<string, Uint8Array>([
		[
			crlUrls.issuing,
			new Uint8Array(
				(
					await issueCrl(issuing, [{ serialNumber: revokedSerial, revokedAt: new Date(now.getTime() - hour) }], {
						thisUpdate: now
					})
				).rawData
			)
		],
		[
			crlUrls.stale,
			new Uint8Array(
				(
					await issueCrl(stale, [], {
						thisUpdate: new Date(now.getTime() - 48 * hour),
						nextUpdate: new Date(now.getTime() - hour)
					})
				).rawData
			)
		]
	]);
	return {
		bindings: {
			PKI_CA_CERTIFICATES: [root, issuing, stale, down].map((a) => toBase64(a.certificate.rawData)).join(','),
			TEST_PKI: JSON.stringify({
				root: await stored(root),
				issuing: await stored(issuing),
				stale: await stored(stale),
				down: await stored(down),
				revokedSerial,
				crlUrls
			})
		},
		/** The CAs' web server: their CRLs, and a 503 from the one that is down. */
		serveCrl(request: Request): Response {
			const crl = crls.get(request.url);
			if (crl) return new Response(crl, { headers: { 'content-type': 'application/pkix-crl' } });
			return new Response('unavailable', { status: request.url === crlUrls.down ? 503 : 404 });
		}
	};
}
