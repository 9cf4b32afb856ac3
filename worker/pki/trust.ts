/**
 * The certification authorities the Worker trusts for applicants' signatures: in production the
 * National Certification Authority's roots and issuing CAs, in development the CA `npm start`
 * generates. Configured as `PKI_CA_CERTIFICATES`: base64 DER (or PEM) certificates separated by
 * commas or whitespace. Self-signed ones are the trust anchors; the others are issuing CAs,
 * trusted only through a chain to an anchor.
 */
import { equalBytes } from '../../src/lib/domain/certificate/cbor.ts';
import { serialHexOf } from '../../src/lib/domain/pki/der.ts';
import type { NameAttribute } from '../../src/lib/domain/pki/identity.ts';
import { parseCertificate, type ParsedCertificate } from '../../src/lib/domain/pki/x509-der.ts';
import type { Env } from '../env.ts';
import { sha256Hex } from '../http/crypto.ts';

export interface TrustedAuthorities {
	anchors: ParsedCertificate[];
	issuers: ParsedCertificate[];
}

export function decodeBase64(text: string): Uint8Array {
	return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** Splits the configured text into DER certificates: PEM blocks or bare base64 items. */
export function certificateList(text: string): Uint8Array[] {
	const bodies = text.includes('-----BEGIN')
		? [...text.matchAll(/-----BEGIN CERTIFICATE-----([^-]+)-----END CERTIFICATE-----/g)].map((m) => m[1])
		: text.split(/[\s,]+/);
	return bodies
		.map((b) => b.replace(/\s+/g, ''))
		.filter(Boolean)
		.map(decodeBase64);
}

/** Names are compared as DER, byte for byte: a CA writes its subject into what it issues verbatim. */
export function isSelfSigned(certificate: ParsedCertificate): boolean {
	return equalBytes(certificate.subject, certificate.issuer);
}

// Read once per isolate (so their imported keys and verified links are kept too, see
// request-signature.ts); keyed by the configuration text so a changed secret is picked up.
let cached: { source: string; authorities: TrustedAuthorities } | null = null;

export function trustedAuthorities(env: Env): TrustedAuthorities {
	const source = env.PKI_CA_CERTIFICATES ?? '';
	if (cached?.source !== source) {
		const certificates = certificateList(source).map(parseCertificate);
		cached = {
			source,
			authorities: {
				anchors: certificates.filter(isSelfSigned),
				issuers: certificates.filter((c) => !isSelfSigned(c))
			}
		};
	}
	return cached.authorities;
}

/** Hex SHA-256 of a name's DER: how CRLs and signatures refer to an issuing CA in D1. */
export function nameKey(name: Uint8Array): Promise<string> {
	return sha256Hex(name);
}

export function serialHex(certificate: ParsedCertificate): string {
	return serialHexOf(certificate.serial);
}

export function nameText(name: readonly NameAttribute[]): string {
	return name.map((a) => `${a.type}=${a.value}`).join(', ');
}
