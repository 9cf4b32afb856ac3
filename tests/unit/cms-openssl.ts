/// <reference types="node" />
/**
 * Certificates and CMS signatures written by OpenSSL (`openssl req`, `openssl x509`,
 * `openssl cms -sign`): an implementation independent of ours and of pkijs, for the CMS and
 * certificate readers' tests. Files live in a temporary directory per CA.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type OpensslKey = 'rsa' | 'ec';

const run = (args: string[], cwd: string) => execFileSync('openssl', args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });

function keyArgs(kind: OpensslKey): string[] {
	return kind === 'rsa'
		? ['-newkey', 'rsa:2048']
		: ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-pkeyopt', 'ec_param_enc:named_curve'];
}

export interface OpensslPki {
	dir: string;
	/** The CA's and the signer's certificates, DER. */
	ca: Uint8Array;
	signer: Uint8Array;
}

/**
 * A CA and a personal signing certificate under it, NCA-shaped: the IIN in SERIALNUMBER, a BIN in
 * OU, a Cyrillic name in UTF8String, non-repudiation key usage and a CRL distribution point.
 */
export function opensslPki(kind: OpensslKey, serial = '0x1c2d3e4f5a6b7c8d'): OpensslPki {
	const dir = mkdtempSync(join(tmpdir(), 'qyzmet-openssl-cms-'));
	run(
		[
			'req',
			'-x509',
			...keyArgs(kind),
			'-nodes',
			'-keyout',
			'ca.key',
			'-out',
			'ca.pem',
			'-days',
			'30',
			'-subj',
			'/CN=Qyzmet OPENSSL CA/O=Qyzmet (development)/C=KZ',
			'-addext',
			'basicConstraints=critical,CA:TRUE',
			'-addext',
			'keyUsage=critical,keyCertSign,cRLSign'
		],
		dir
	);
	run(
		[
			'req',
			'-new',
			...keyArgs(kind),
			'-nodes',
			'-keyout',
			'signer.key',
			'-out',
			'signer.csr',
			'-utf8',
			'-subj',
			'/CN=ӘБІЛҚАСЫМОВА ГҮЛНҰР/SN=ӘБІЛҚАСЫМОВА/serialNumber=IIN900321401236/C=KZ/O=«Шаңырақ Логистик» ЖШС/OU=BIN210240134060'
		],
		dir
	);
	writeFileSync(
		join(dir, 'signer.ext'),
		[
			'basicConstraints=critical,CA:FALSE',
			'keyUsage=critical,digitalSignature,nonRepudiation',
			'extendedKeyUsage=emailProtection',
			'crlDistributionPoints=URI:http://pki.qyzmet.test/openssl.crl,URI:http://mirror.qyzmet.test/openssl.crl',
			'subjectKeyIdentifier=hash',
			'authorityKeyIdentifier=keyid'
		].join('\n')
	);
	run(
		[
			'x509',
			'-req',
			'-in',
			'signer.csr',
			'-CA',
			'ca.pem',
			'-CAkey',
			'ca.key',
			'-set_serial',
			serial,
			'-days',
			'10',
			'-extfile',
			'signer.ext',
			'-out',
			'signer.pem'
		],
		dir
	);
	const der = (name: string) => new Uint8Array(run(['x509', '-in', name, '-outform', 'DER'], dir));
	return { dir, ca: der('ca.pem'), signer: der('signer.pem') };
}

/**
 * `openssl cms -sign -binary -outform DER` over `content` with the PKI's signer; `options` are
 * further `openssl cms` arguments (`-nodetach`, `-noattr`, `-stream`, `-keyid`, `-keyopt …`).
 */
export function opensslCms(pki: OpensslPki, content: Uint8Array, options: string[] = []): Uint8Array {
	writeFileSync(join(pki.dir, 'content.bin'), content);
	run(
		[
			'cms',
			'-sign',
			'-binary',
			'-outform',
			'DER',
			'-md',
			'sha256',
			'-in',
			'content.bin',
			'-signer',
			'signer.pem',
			'-inkey',
			'signer.key',
			'-certfile',
			'ca.pem',
			'-out',
			'cms.der',
			...options
		],
		pki.dir
	);
	return new Uint8Array(readFileSync(join(pki.dir, 'cms.der')));
}

/** Header of the DER element at `offset`: where its content starts and ends. */
function span(der: Uint8Array, offset: number): { start: number; end: number } {
	let length = der[offset + 1];
	let start = offset + 2;
	if (length & 0x80) {
		const octets = length & 0x7f;
		length = 0;
		for (let i = 0; i < octets; i++) length = length * 256 + der[start + i];
		start += octets;
	}
	return { start, end: start + length };
}

/**
 * The same CMS in BER as BouncyCastle (NCALayer) writes it: the constructed elements of the
 * outer `levels` levels with indefinite lengths and end-of-contents octets; deeper ones (the
 * certificates and SignerInfos themselves) left in DER.
 */
export function withIndefiniteLengths(der: Uint8Array, levels = 4, offset = 0): Uint8Array {
	const { start, end } = span(der, offset);
	if (levels === 0 || !(der[offset] & 0x20)) return der.subarray(offset, end);
	const parts: Uint8Array[] = [new Uint8Array([der[offset], 0x80])];
	for (let at = start; at < end; at = span(der, at).end) parts.push(withIndefiniteLengths(der, levels - 1, at));
	parts.push(new Uint8Array([0, 0]));
	return new Uint8Array(parts.flatMap((p) => [...p]));
}
