/**
 * How the page gets the applicant's signature over a request. One interface, so the national
 * signing tools plug in beside the key file: NCALayer (the NCA's desktop app, a WebSocket on
 * wss://127.0.0.1:13579 whose `kz.gov.pki.knca.basics` module signs CMS with keys on a token or in
 * a file, GOST included) and eGov mobile (a QR the phone scans, then the signed CMS comes back to
 * the portal). Each returns the same detached CMS, so the Worker's checks do not change.
 */
import { certificateIdentity } from '$lib/domain/pki/identity.ts';
import { openKeyFile, KeyFileError, type KeyFileProblem } from '$lib/domain/pki/key-file.ts';
import { signDetached } from '$lib/domain/pki/signed-request.ts';
import * as pkijs from 'pkijs';

export interface RequestSigner {
	/** Signs `content`; returns the CMS (DER) and the name on the signer's certificate. */
	sign(content: Uint8Array, applicantIin: string): Promise<{ cms: Uint8Array; signerName: string }>;
}

export type SignProblem = KeyFileProblem | 'iin_mismatch' | 'expired' | 'no_iin';

/** What a person can get wrong entering a key: each has a translated message (`sign.error.*`). */
export type KeyEntryProblem = SignProblem | 'blank_file' | 'blank_password';

export class SignError extends Error {
	readonly problem: SignProblem;
	constructor(problem: SignProblem) {
		super(problem);
		this.problem = problem;
	}
}

/** Opens the key file and reads its own certificate; a file that cannot be opened is a SignError. */
async function openWithCertificate(file: Uint8Array, password: string) {
	let opened;
	try {
		opened = await openKeyFile(file, password);
	} catch (error) {
		throw error instanceof KeyFileError ? new SignError(error.problem) : error;
	}
	const certificate = pkijs.Certificate.fromBER(opened.certificate.slice().buffer as ArrayBuffer);
	return { opened, certificate, identity: certificateIdentity(certificate) };
}

/**
 * The key file (PKCS#12) and its password. The file is opened, the request signed and every
 * reference to the key dropped in one call; nothing of the key is kept anywhere.
 */
export function keyFileSigner(file: Uint8Array, password: string): RequestSigner {
	return {
		async sign(content, applicantIin) {
			const { opened, certificate, identity } = await openWithCertificate(file, password);
			// Caught here, in the person's words, before the Worker would refuse it.
			if (identity.iin !== applicantIin) throw new SignError('iin_mismatch');
			if (certificate.notAfter.value < new Date()) throw new SignError('expired');
			// The signer's certificate only, as NCALayer sends it: the Worker holds the CA chain, and
			// every certificate carried is one more for it to parse (about 2 ms each).
			const cms = await signDetached(content, opened.privateKey, opened.certificate);
			return { cms, signerName: identity.commonName };
		}
	};
}

/**
 * Who the key file belongs to, read the way egov's log-in with an EDS reads it: opening the file
 * proves the password, then only the certificate's IIN and name leave this call. The key is dropped
 * here, so signing the request later asks for the file and password again.
 */
export async function keyFileIdentity(file: Uint8Array, password: string): Promise<{ iin: string; name: string }> {
	const { certificate, identity } = await openWithCertificate(file, password);
	if (certificate.notAfter.value < new Date()) throw new SignError('expired');
	if (!identity.iin) throw new SignError('no_iin');
	return { iin: identity.iin, name: identity.commonName };
}
