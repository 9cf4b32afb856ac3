/**
 * Applicants' signatures inside the Worker tests: personal certificates issued on demand by the
 * test CAs of tests/worker/test-pki.ts, and requests signed with them exactly as the page signs
 * (`requestSigningBytes` + `signDetached`).
 */
import { env } from 'cloudflare:test';
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { issuePerson, type Authority, type IssueOptions, type PersonSubject } from '../../scripts/pki/dev-ca.ts';
import { requestSigningBytes } from '../../src/lib/domain/pki/request-bytes.ts';
import { signDetached } from '../../src/lib/domain/pki/signed-request.ts';
import { base64urlEncode } from '../../src/lib/domain/certificate/base64url.ts';
import type { Submission } from '../../src/lib/domain/schemas.ts';

interface StoredAuthority {
	certificate: string;
	pkcs8: string;
}

export const testPki = JSON.parse(env.TEST_PKI) as {
	root: StoredAuthority;
	issuing: StoredAuthority;
	stale: StoredAuthority;
	down: StoredAuthority;
	revokedSerial: string;
	crlUrls: { issuing: string; stale: string; down: string };
};

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
const ec = { name: 'ECDSA', namedCurve: 'P-256' } as const;

const authorities = new Map<string, Promise<Authority>>();

/** One of the test CAs, with its key, for issuing certificates in the test. */
export function authority(name: 'issuing' | 'stale' | 'down'): Promise<Authority> {
	let loaded = authorities.get(name);
	if (!loaded) {
		loaded = (async () => {
			const certificate = new x509.X509Certificate(bytes(testPki[name].certificate));
			const privateKey = await crypto.subtle.importKey('pkcs8', bytes(testPki[name].pkcs8), ec, true, ['sign']);
			return { certificate, keys: { privateKey, publicKey: await certificate.publicKey.export(ec, ['verify']) } };
		})();
		authorities.set(name, loaded);
	}
	return loaded;
}

export interface Signer {
	privateKey: CryptoKey;
	certificate: Uint8Array;
	chain: Uint8Array[];
	serial: string;
}

const chainOf = async (ca: Authority) => [new Uint8Array(ca.certificate.rawData), bytes(testPki.root.certificate)];

/** A certificate from a test CA for `subject`, with its key; ECDSA unless `options.key` says RSA. */
export async function issueSigner(
	subject: PersonSubject,
	options: IssueOptions & { ca?: 'issuing' | 'stale' | 'down'; from?: Authority } = {}
): Promise<Signer> {
	const ca = options.from ?? (await authority(options.ca ?? 'issuing'));
	const url = testPki.crlUrls[options.ca ?? 'issuing'];
	const person = await issuePerson(ca, url, subject, { key: 'ec', ...options });
	return {
		privateKey: person.privateKey,
		certificate: new Uint8Array(person.certificate.rawData),
		chain: await chainOf(ca),
		serial: person.certificate.serialNumber
	};
}

const everyday = new Map<string, Promise<Signer>>();

/**
 * The applicant's own valid signing certificate (one per IIN, or IIN and BIN, for the whole run);
 * with a BIN it is a staff certificate of that legal entity, as NCA issues them.
 */
export function signerFor(iin: string, bin?: string): Promise<Signer> {
	const key = `${iin}/${bin ?? ''}`;
	let signer = everyday.get(key);
	if (!signer) {
		const organization = bin ? { name: 'Тест ЖШС', bin } : undefined;
		signer = issueSigner({ iin, surname: 'Тестов', givenName: 'Тест', organization });
		everyday.set(key, signer);
	}
	return signer;
}

/** A body as tests build it: loosely typed, since some carry deliberately wrong values. */
type Unsigned = { answers: Record<string, string>; attachments?: Submission['attachments'] } & Record<string, unknown>;

/** The body with its `signature`: the CMS over what the Worker will parse (attachments default to []). */
export async function signed<T extends Unsigned>(
	body: T,
	signer?: Signer,
	signingTime = new Date()
): Promise<T & { signature: string }> {
	const by = signer ?? (await signerFor(body.answers.iin, body.answers.holderBin));
	const cms = await signDetached(
		requestSigningBytes({ ...body, attachments: body.attachments ?? [] } as unknown as Submission),
		by.privateKey,
		by.certificate,
		by.chain,
		signingTime
	);
	return { ...body, signature: base64urlEncode(cms) };
}

/** Worth signing: a submission-shaped object with an applicant IIN and no signature yet. */
export function isUnsignedSubmission(body: unknown): body is Unsigned {
	const candidate = body as Partial<Unsigned> & { signature?: unknown };
	return (
		typeof body === 'object' &&
		body !== null &&
		!('signature' in body) &&
		typeof candidate.answers === 'object' &&
		candidate.answers !== null &&
		typeof candidate.answers.iin === 'string'
	);
}
