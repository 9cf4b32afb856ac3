/**
 * Condition 2 of the portal flow (Order 236; Almaty regulations, condition 2): before a request
 * is registered, the applicant's EDS is checked — the signature covers exactly this request, the
 * certificate chains to a trusted CA, was valid when signed, is a signing (not authentication)
 * key, is not on the CA's revocation list, and names the request's IIN (and BIN for an entity).
 * Any failure is the source's refusal "EDS not confirmed", with the reason, and an audit row.
 */
import type * as pkijs from 'pkijs';
import type { ApiErrorCode } from '../../src/lib/domain/errors.ts';
import { certificateIdentity } from '../../src/lib/domain/pki/identity.ts';
import { requestSigningBytes } from '../../src/lib/domain/pki/request-bytes.ts';
import { SignatureDefectError, verifyDetached } from '../../src/lib/domain/pki/signed-request.ts';
import type { Submission } from '../../src/lib/domain/schemas.ts';
import type { Env } from '../env.ts';
import { ApiError } from '../http/errors.ts';
import { revocationOf } from './crl.ts';
import { base64urlDecode } from '../../src/lib/domain/certificate/base64url.ts';
import { isSelfSigned, nameKey, serialHex, trustedAuthorities, type TrustedAuthorities } from './trust.ts';

/** A request may wait in an offline outbox; signed longer ago than this, it is signed again. */
export const maxSignatureAgeMs = 72 * 60 * 60 * 1000;
/** Clocks of phones and kiosks drift; a signing time this far ahead is still accepted. */
const clockSkewMs = 5 * 60 * 1000;
/** NCA signing keys carry nonRepudiation; authentication keys do not (RFC 5280 §4.2.1.3). */
const nonRepudiationBit = 0x40;
const extension = { basicConstraints: '2.5.29.19', keyUsage: '2.5.29.15' } as const;

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
		readonly signer?: pkijs.Certificate
	) {
		super(reason);
	}
}

const validAt = (certificate: pkijs.Certificate, at: Date) =>
	certificate.notBefore.value <= at && at <= certificate.notAfter.value;

function isCa(certificate: pkijs.Certificate): boolean {
	const constraints = certificate.extensions?.find((e) => e.extnID === extension.basicConstraints)?.parsedValue as
		pkijs.BasicConstraints | undefined;
	return constraints?.cA === true;
}

function canSign(certificate: pkijs.Certificate): boolean {
	const usage = certificate.extensions?.find((e) => e.extnID === extension.keyUsage)?.parsedValue as
		{ valueBlock: { valueHexView: Uint8Array } } | undefined;
	return usage !== undefined && (usage.valueBlock.valueHexView[0] & nonRepudiationBit) !== 0;
}

/**
 * Walks from the signer up to a configured anchor: each link's signature verified, each CA a CA
 * and valid at the signing time. Certificates carried in the CMS may be links, never anchors.
 */
async function chainsToAnchor(
	signer: pkijs.Certificate,
	carried: pkijs.Certificate[],
	{ anchors, issuers }: TrustedAuthorities,
	at: Date
): Promise<boolean> {
	const pool = [...issuers, ...carried.filter((c) => !isSelfSigned(c))];
	let current = signer;
	for (let depth = 0; depth < 5; depth++) {
		for (const anchor of anchors) {
			if (anchor.subject.isEqual(current.issuer) && isCa(anchor) && validAt(anchor, at)) {
				if (await current.verify(anchor).catch(() => false)) return true;
			}
		}
		let next: pkijs.Certificate | undefined;
		for (const candidate of pool) {
			if (!candidate.subject.isEqual(current.issuer) || !isCa(candidate) || !validAt(candidate, at)) continue;
			if (await current.verify(candidate).catch(() => false)) {
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

async function verify(env: Env, { received, value }: SignedSubmission, now: Date): Promise<VerifiedSignature> {
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
	if (signingTime < signer.notBefore.value) throw new Refused('eds_not_yet_valid', signer);
	if (signingTime > signer.notAfter.value) throw new Refused('eds_expired', signer);
	if (!canSign(signer)) throw new Refused('eds_key_usage', signer);
	const identity = certificateIdentity(signer);
	const bin = value.answers.holderBin;
	if (identity.iin !== value.answers.iin || (bin && identity.bin !== bin)) {
		throw new Refused('eds_iin_mismatch', signer);
	}
	const serial = serialHex(signer);
	const revocation = await revocationOf(env, signer, serial, now);
	if (revocation.state === 'unavailable') throw new Refused('eds_revocation_unavailable', signer);
	if (revocation.state === 'revoked') throw new Refused('eds_revoked', signer);
	return {
		cms,
		content,
		serial,
		issuer: await nameKey(signer.issuer),
		signedAt: signingTime,
		crlNumber: revocation.crlNumber
	};
}

/**
 * Checks the submission's signature; on a refusal writes the audit row and throws the translated
 * 4xx (503 when the revocation list cannot be had: the same request may succeed later).
 */
export async function checkRequestSignature(
	env: Env,
	submission: SignedSubmission,
	now: Date
): Promise<VerifiedSignature> {
	const { received } = submission;
	try {
		return await verify(env, submission, now);
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
