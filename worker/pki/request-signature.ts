/**
 * Condition 2 of the portal flow (Order 236; Almaty regulations, condition 2): before a request
 * is registered, the applicant's EDS is checked — the signature covers exactly this request, the
 * certificate chains to a trusted CA, was valid when signed, is a signing (not authentication)
 * key, is not on the CA's revocation list, and names the request's IIN (and BIN for an entity).
 * Any failure is the source's refusal "EDS not confirmed", with the reason, and an audit row.
 */
import type { ApiErrorCode } from '../../src/lib/domain/errors.ts';
import { subjectIdentity } from '../../src/lib/domain/pki/identity.ts';
import { requestSigningBytes } from '../../src/lib/domain/pki/request-bytes.ts';
import { schemeOf, schemeVerifies } from '../../src/lib/domain/pki/signature-algorithms.ts';
import { SignatureDefectError, verifyDetached } from '../../src/lib/domain/pki/verify-detached.ts';
import type { ParsedCertificate } from '../../src/lib/domain/pki/x509-der.ts';
import { equalBytes } from '../../src/lib/domain/certificate/cbor.ts';
import type { Submission } from '../../src/lib/domain/schemas.ts';
import type { Env } from '../env.ts';
import { sha256Hex } from '../http/crypto.ts';
import { ApiError } from '../http/errors.ts';
import { revocationFrom, revocationProbe, type RevocationSubject } from './crl.ts';
import { base64urlDecode } from '../../src/lib/domain/certificate/base64url.ts';
import { isSelfSigned, nameKey, serialHex, trustedAuthorities, type TrustedAuthorities } from './trust.ts';

/** A request may wait in an offline outbox; signed longer ago than this, it is signed again. */
export const maxSignatureAgeMs = 72 * 60 * 60 * 1000;
/** Clocks of phones and kiosks drift; a signing time this far ahead is still accepted. */
const clockSkewMs = 5 * 60 * 1000;
/** NCA signing keys carry nonRepudiation; authentication keys do not (RFC 5280 §4.2.1.3). */
const nonRepudiationBit = 0x40;

export interface VerifiedSignature {
	cms: Uint8Array;
	/** The exact bytes signed, kept beside the CMS so the signature can be re-verified later. */
	content: Uint8Array;
	serial: string;
	issuer: string;
	signedAt: Date;
	crlNumber: number | null;
}

type Refusal = Extract<ApiErrorCode, `eds_${string}`> | 'signature_required';

class Refused extends Error {
	constructor(
		readonly reason: Refusal,
		readonly signer?: ParsedCertificate
	) {
		super(reason);
	}
}

const validAt = (certificate: ParsedCertificate, at: Date) => certificate.notBefore <= at && at <= certificate.notAfter;

const canSign = (certificate: ParsedCertificate) =>
	certificate.keyUsage !== null && (certificate.keyUsage[0] & nonRepudiationBit) !== 0;

// Links of a chain already verified in this isolate, per issuing CA: the hex SHA-256 of the whole
// certificate it issued (its signed part and signature both). The trusted CAs are read once per
// isolate (trust.ts), so their links — and an applicant's certificate that signs again — are
// verified once; a CA carried in a request is read afresh and its entries go with it.
const verifiedLinks = new WeakMap<ParsedCertificate, Set<string>>();
/** A bound on what one CA's set holds: beyond it the set starts again (a cache, not a record). */
const maxLinksPerCa = 10_000;
const derDigests = new WeakMap<ParsedCertificate, Promise<string>>();

function digestOf(certificate: ParsedCertificate): Promise<string> {
	let digest = derDigests.get(certificate);
	if (!digest) derDigests.set(certificate, (digest = sha256Hex(certificate.der)));
	return digest;
}

/** Did `ca` sign `certificate`? Only successes are kept: a failure is checked again next time. */
async function issuedBy(certificate: ParsedCertificate, ca: ParsedCertificate): Promise<boolean> {
	const digest = await digestOf(certificate);
	let links = verifiedLinks.get(ca);
	if (links?.has(digest)) return true;
	const scheme = schemeOf(certificate.signatureAlgorithm, ca.spki);
	if (!scheme || !(await schemeVerifies(scheme, ca.spki, certificate.signature, certificate.tbs))) return false;
	if (!links || links.size >= maxLinksPerCa) verifiedLinks.set(ca, (links = new Set()));
	links.add(digest);
	return true;
}

const issues = (ca: ParsedCertificate, certificate: ParsedCertificate, at: Date) =>
	equalBytes(ca.subject, certificate.issuer) && ca.ca && validAt(ca, at);

/**
 * Walks from the signer up to a configured anchor: each link's signature verified, each CA a CA
 * and valid at the signing time. Certificates carried in the CMS may be links, never anchors.
 */
async function chainsToAnchor(
	signer: ParsedCertificate,
	carried: ParsedCertificate[],
	{ anchors, issuers }: TrustedAuthorities,
	at: Date
): Promise<boolean> {
	const pool = [...issuers, ...carried.filter((c) => !isSelfSigned(c))];
	let current = signer;
	for (let depth = 0; depth < 5; depth++) {
		for (const anchor of anchors) {
			if (issues(anchor, current, at) && (await issuedBy(current, anchor))) return true;
		}
		let next: ParsedCertificate | undefined;
		for (const candidate of pool) {
			if (issues(candidate, current, at) && (await issuedBy(current, candidate))) {
				next = candidate;
				break;
			}
		}
		if (!next) return false;
		current = next;
	}
	return false;
}

/** The request as received (what was signed) and its answers in stored form (what is compared). */
export interface SignedSubmission {
	received: Submission;
	value: Submission;
}

/** Everything of the EDS but its revocation, checked without D1; the signer for the CRL probe. */
async function verifyUpToRevocation(env: Env, { received, value }: SignedSubmission, now: Date) {
	if (!received.signature) throw new Refused('signature_required');
	let cms: Uint8Array;
	try {
		cms = base64urlDecode(received.signature);
	} catch {
		throw new Refused('eds_malformed');
	}
	const content = requestSigningBytes(received);
	let evidence;
	try {
		evidence = await verifyDetached(cms, content);
	} catch (error) {
		if (error instanceof SignatureDefectError)
			throw new Refused(error.defect === 'altered' ? 'eds_altered' : 'eds_malformed');
		throw error;
	}
	const { signer, carried, signingTime } = evidence;
	const age = now.getTime() - signingTime.getTime();
	if (age < -clockSkewMs || age > maxSignatureAgeMs) throw new Refused('eds_signing_time', signer);
	if (!(await chainsToAnchor(signer, carried, trustedAuthorities(env), signingTime))) {
		throw new Refused('eds_untrusted', signer);
	}
	if (signingTime < signer.notBefore) throw new Refused('eds_not_yet_valid', signer);
	if (signingTime > signer.notAfter) throw new Refused('eds_expired', signer);
	if (!canSign(signer)) throw new Refused('eds_key_usage', signer);
	const identity = subjectIdentity(signer.subjectAttributes);
	const bin = value.answers.holderBin;
	if (identity.iin !== value.answers.iin || (bin && identity.bin !== bin)) {
		throw new Refused('eds_iin_mismatch', signer);
	}
	const revocation: RevocationSubject = {
		issuer: await nameKey(signer.issuer),
		serial: serialHex(signer),
		crlUrls: signer.crlUrls
	};
	return { cms, content, signer, signedAt: signingTime, revocation };
}

/**
 * Runs a step of the check; a refusal writes its audit row and becomes the translated 4xx (503
 * when the revocation list cannot be had: the same request may succeed later).
 */
async function audited<T>(env: Env, received: Submission, now: Date, step: () => Promise<T>): Promise<T> {
	try {
		return await step();
	} catch (error) {
		if (!(error instanceof Refused)) throw error;
		await env.DB.prepare(
			`INSERT INTO signature_refusals (request_id, service, channel, reason, signer_serial, signer_issuer, at)
			 VALUES (?, ?, ?, ?, ?, ?, ?)`
		)
			.bind(
				received.id,
				received.service,
				received.channel,
				error.reason,
				error.signer ? serialHex(error.signer) : null,
				error.signer ? await nameKey(error.signer.issuer) : null,
				now.toISOString()
			)
			.run();
		throw new ApiError(error.reason === 'eds_revocation_unavailable' ? 503 : 422, error.reason);
	}
}

/**
 * An EDS checked in every respect but revocation, and the rest of its check: the CRL probe is a
 * statement for the submit's read batch (no D1 round trip of its own), `judge` reads its result.
 */
export interface SignatureCheck {
	probe: D1PreparedStatement;
	/** The signature to keep with the request, or the refusal (audited, thrown as a 4xx or 503). */
	judge(probed: D1Result): Promise<VerifiedSignature>;
}

/** Checks the submission's signature up to its revocation; a refusal is audited and thrown. */
export async function verifyRequestSignature(
	env: Env,
	submission: SignedSubmission,
	now: Date
): Promise<SignatureCheck> {
	const { received } = submission;
	const verified = await audited(env, received, now, () => verifyUpToRevocation(env, submission, now));
	const { cms, content, signer, signedAt, revocation } = verified;
	return {
		probe: revocationProbe(env.DB, revocation),
		judge: (probed) =>
			audited(env, received, now, async () => {
				const answer = await revocationFrom(env, revocation, probed, now);
				if (answer.state === 'unavailable') throw new Refused('eds_revocation_unavailable', signer);
				if (answer.state === 'revoked') throw new Refused('eds_revoked', signer);
				const { issuer, serial } = revocation;
				return { cms, content, serial, issuer, signedAt, crlNumber: answer.crlNumber };
			})
	};
}

/** The whole check on its own, the CRL probe in a round trip of its own (the submit folds it into its reads). */
export async function checkRequestSignature(
	env: Env,
	submission: SignedSubmission,
	now: Date
): Promise<VerifiedSignature> {
	const check = await verifyRequestSignature(env, submission, now);
	return check.judge(await check.probe.all());
}

/** The signature kept beside the application it registered; written only by the request that inserted it. */
export function signatureStatement(db: D1Database, applicationId: string, signature: VerifiedSignature, at: string) {
	return db
		.prepare(
			`INSERT INTO application_signatures (application_id, cms, content, signer_serial, signer_issuer, signed_at, checked_at, crl_number)
			 SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1`
		)
		.bind(
			applicationId,
			signature.cms,
			signature.content,
			signature.serial,
			signature.issuer,
			signature.signedAt.toISOString(),
			at,
			signature.crlNumber
		);
}
