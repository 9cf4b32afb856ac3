/**
 * A certification authority for development and tests, modelled on Kazakhstan's National
 * Certification Authority (ҰКО/НУЦ): a root, an issuing CA under it, personal certificates whose
 * subject carries the IIN as `SERIALNUMBER=IIN…` (and a legal entity's BIN as `OU=BIN…`), RSA 2048
 * or ECDSA P-256 keys, and a CRL published at the address the certificates name.
 *
 * Node only (scripts and test configuration); the Worker never sees a private key of this CA.
 */
// @peculiar/x509 resolves its algorithms through tsyringe, which needs the Reflect metadata polyfill.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { pkcs12 } from './pkcs12.ts';

x509.cryptoProvider.set(crypto);

export type KeyKind = 'rsa' | 'ec';

const rsa = {
	name: 'RSASSA-PKCS1-v1_5',
	hash: 'SHA-256',
	publicExponent: new Uint8Array([1, 0, 1]),
	modulusLength: 2048
} as const;
const ec = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const algorithms = { rsa, ec } as const;

/** OIDs of the subject attributes NCA certificates use (X.520). */
const oid = { serialNumber: '2.5.4.5', surname: '2.5.4.4', givenName: '2.5.4.42' } as const;

export interface Authority {
	certificate: x509.X509Certificate;
	keys: CryptoKeyPair;
}

export interface IssuedPerson {
	certificate: x509.X509Certificate;
	privateKey: CryptoKey;
	/** PKCS#8, so tests and scripts can carry the key between processes. */
	pkcs8: Uint8Array;
}

export interface PersonSubject {
	iin: string;
	surname: string;
	givenName: string;
	patronymic?: string;
	/** A legal entity's staff member: the entity's name and BIN. */
	organization?: { name: string; bin: string };
}

export interface IssueOptions {
	key?: KeyKind;
	notBefore?: Date;
	notAfter?: Date;
	/** NCA separates signing keys (non-repudiation) from authentication keys; `auth` makes the latter. */
	usage?: 'sign' | 'auth';
	serialNumber?: string;
}

const day = 86_400_000;

/** A positive 16-byte serial in hex, as RFC 5280 §4.1.2.2 asks (unique, at most 20 octets). */
export function randomSerial(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[0] = (bytes[0] & 0x7f) | 0x10;
	return Buffer.from(bytes).toString('hex');
}

async function generateKeys(kind: KeyKind): Promise<CryptoKeyPair> {
	return crypto.subtle.generateKey(algorithms[kind], true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

/** The CA's own name: `CN=<name>, O=Qyzmet (development), C=KZ`. */
function caName(commonName: string): x509.JsonName {
	return [{ CN: [commonName] }, { O: ['Qyzmet (development)'] }, { C: ['KZ'] }];
}

/** The subject as NCA writes it: surname and name in CN, IIN in SERIALNUMBER, BIN in OU. */
export function personName(person: PersonSubject): x509.JsonName {
	return [
		{ CN: [`${person.surname} ${person.givenName}`.toUpperCase()] },
		{ [oid.surname]: [person.surname.toUpperCase()] },
		{ [oid.serialNumber]: [`IIN${person.iin}`] },
		{ C: ['KZ'] },
		...(person.patronymic ? [{ [oid.givenName]: [person.patronymic.toUpperCase()] }] : []),
		...(person.organization ? [{ O: [person.organization.name] }, { OU: [`BIN${person.organization.bin}`] }] : [])
	];
}

/** A self-signed root, valid for ten years. */
export async function createRoot(commonName: string, now = new Date(), key: KeyKind = 'rsa'): Promise<Authority> {
	const keys = await generateKeys(key);
	const certificate = await x509.X509CertificateGenerator.createSelfSigned({
		serialNumber: randomSerial(),
		name: caName(commonName),
		notBefore: new Date(now.getTime() - day),
		notAfter: new Date(now.getTime() + 3650 * day),
		signingAlgorithm: algorithms[key],
		keys,
		extensions: [
			new x509.BasicConstraintsExtension(true, 1, true),
			new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
			await x509.SubjectKeyIdentifierExtension.create(keys.publicKey)
		]
	});
	return { certificate, keys };
}

function signingAlgorithmOf(authority: Authority) {
	return authority.keys.privateKey.algorithm.name === 'ECDSA' ? ec : rsa;
}

/** An issuing CA under `root`, which signs personal certificates and the CRL at `crlUrl`. */
export async function createIssuingCa(
	root: Authority,
	commonName: string,
	now = new Date(),
	key: KeyKind = 'rsa'
): Promise<Authority> {
	const keys = await generateKeys(key);
	const certificate = await x509.X509CertificateGenerator.create({
		serialNumber: randomSerial(),
		subject: caName(commonName),
		issuer: root.certificate.subject,
		notBefore: new Date(now.getTime() - day),
		notAfter: new Date(now.getTime() + 5 * 365 * day),
		signingAlgorithm: signingAlgorithmOf(root),
		publicKey: keys.publicKey,
		signingKey: root.keys.privateKey,
		extensions: [
			new x509.BasicConstraintsExtension(true, 0, true),
			new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
			await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
			await x509.AuthorityKeyIdentifierExtension.create(root.keys.publicKey)
		]
	});
	return { certificate, keys };
}

/** A personal certificate, valid one year by default (NCA issues them for a year). */
export async function issuePerson(
	ca: Authority,
	crlUrl: string,
	person: PersonSubject,
	options: IssueOptions = {},
	now = new Date()
): Promise<IssuedPerson> {
	const keys = await generateKeys(options.key ?? 'rsa');
	const usage =
		options.usage === 'auth'
			? x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment
			: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation;
	const certificate = await x509.X509CertificateGenerator.create({
		serialNumber: options.serialNumber ?? randomSerial(),
		subject: personName(person),
		issuer: ca.certificate.subject,
		notBefore: options.notBefore ?? new Date(now.getTime() - day),
		notAfter: options.notAfter ?? new Date(now.getTime() + 365 * day),
		signingAlgorithm: signingAlgorithmOf(ca),
		publicKey: keys.publicKey,
		signingKey: ca.keys.privateKey,
		extensions: [
			new x509.BasicConstraintsExtension(false, undefined, true),
			new x509.KeyUsagesExtension(usage, true),
			new x509.ExtendedKeyUsageExtension(
				options.usage === 'auth' ? [x509.ExtendedKeyUsage.clientAuth] : [x509.ExtendedKeyUsage.emailProtection]
			),
			new x509.CRLDistributionPointsExtension([crlUrl]),
			await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
			await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey)
		]
	});
	const pkcs8 = new Uint8Array((await crypto.subtle.exportKey('pkcs8', keys.privateKey)) as ArrayBuffer);
	return { certificate, privateKey: keys.privateKey, pkcs8 };
}

export interface Revocation {
	serialNumber: string;
	revokedAt: Date;
	reason?: x509.X509CrlReason;
}

/** A CRL of `ca` listing `revoked`; NCA publishes a fresh one daily, so nextUpdate defaults to a day. */
export async function issueCrl(
	ca: Authority,
	revoked: Revocation[],
	options: { thisUpdate?: Date; nextUpdate?: Date; number?: number } = {}
): Promise<x509.X509Crl> {
	const thisUpdate = options.thisUpdate ?? new Date();
	return x509.X509CrlGenerator.create({
		issuer: ca.certificate.subject,
		thisUpdate,
		nextUpdate: options.nextUpdate ?? new Date(thisUpdate.getTime() + day),
		signingAlgorithm: signingAlgorithmOf(ca),
		signingKey: ca.keys.privateKey,
		extensions: [
			await x509.AuthorityKeyIdentifierExtension.create(ca.keys.publicKey),
			new x509.Extension('2.5.29.20', false, crlNumber(options.number ?? 1))
		],
		entries: revoked.map((r) => ({
			serialNumber: r.serialNumber,
			revocationDate: r.revokedAt,
			reason: r.reason ?? x509.X509CrlReason.keyCompromise
		}))
	});
}

/** DER of the CRLNumber extension's value: an INTEGER (RFC 5280 §5.2.3). */
function crlNumber(n: number): ArrayBuffer {
	let hex = n.toString(16);
	if (hex.length % 2) hex = `0${hex}`;
	if (parseInt(hex.slice(0, 2), 16) & 0x80) hex = `00${hex}`;
	const body = Buffer.from(hex, 'hex');
	return new Uint8Array([0x02, body.length, ...body]).buffer;
}

/** The person's key file: PKCS#12 with their certificate and the CA chain, under `password`. */
export function keyFile(person: IssuedPerson, chain: x509.X509Certificate[], password: string): Promise<Uint8Array> {
	return pkcs12(
		person.pkcs8,
		[person.certificate, ...chain].map((c) => new Uint8Array(c.rawData)),
		password
	);
}

export const toBase64 = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(new Uint8Array(bytes)).toString('base64');
