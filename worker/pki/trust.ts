/**
 * The certification authorities the Worker trusts for applicants' signatures: in production the
 * National Certification Authority's roots and issuing CAs, in development the CA `npm start`
 * generates. Configured as `PKI_CA_CERTIFICATES`: base64 DER (or PEM) certificates separated by
 * commas or whitespace. Self-signed ones are the trust anchors; the others are issuing CAs,
 * trusted only through a chain to an anchor.
 */
import * as pkijs from 'pkijs';
import type { Env } from '../env.ts';
import { serialHexOf } from './crl-der.ts';

export interface TrustedAuthorities {
	anchors: pkijs.Certificate[];
	issuers: pkijs.Certificate[];
}

const bufferOf = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

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

export function isSelfSigned(certificate: pkijs.Certificate): boolean {
	return certificate.subject.isEqual(certificate.issuer);
}

// Parsed once per isolate; keyed by the configuration text so a changed secret is picked up.
let cached: { source: string; authorities: TrustedAuthorities } | null = null;

export function trustedAuthorities(env: Env): TrustedAuthorities {
	const source = env.PKI_CA_CERTIFICATES ?? '';
	if (cached?.source !== source) {
		const certificates = certificateList(source).map((der) => pkijs.Certificate.fromBER(bufferOf(der)));
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
export async function nameKey(name: pkijs.RelativeDistinguishedNames): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', name.toSchema().toBER(false));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export function serialHex(certificate: pkijs.Certificate): string {
	return serialHexOf(certificate.serialNumber.valueBlock.valueHexView);
}

export function nameText(name: pkijs.RelativeDistinguishedNames): string {
	return name.typesAndValues
		.map((tv) => `${tv.type}=${String((tv.value as { valueBlock: { value: string } }).valueBlock.value)}`)
		.join(', ');
}
