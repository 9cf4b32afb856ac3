/// <reference types="node" />
/**
 * A CRL written by OpenSSL (`openssl ca -gencrl`) for a CA made by our development CA: an
 * implementation independent of ours and of pkijs, fast enough for 100 000 entries. Used by the
 * CRL reader's tests and by the revocation benchmark.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Authority } from './dev-ca.ts';

const pem = (label: string, der: ArrayBuffer) =>
	`-----BEGIN ${label}-----\n${Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n')}\n-----END ${label}-----\n`;

/** `YYMMDDHHMMSSZ`, the index file's time format. */
const indexTime = (date: Date) => date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z';

export interface OpensslRevocation {
	serialNumber: string;
	revokedAt: Date;
	/** OpenSSL's reason names, e.g. keyCompromise, superseded; none for "unspecified". */
	reason?: string;
}

/** Returns the DER CRL OpenSSL issues for `ca` listing `revoked`, valid for `days`. */
export async function opensslCrl(
	ca: Authority,
	revoked: OpensslRevocation[],
	days = 1,
	number = 1
): Promise<Uint8Array> {
	const dir = mkdtempSync(join(tmpdir(), 'qyzmet-openssl-crl-'));
	const key = (await crypto.subtle.exportKey('pkcs8', ca.keys.privateKey)) as ArrayBuffer;
	writeFileSync(join(dir, 'ca.key'), pem('PRIVATE KEY', key), { mode: 0o600 });
	writeFileSync(join(dir, 'ca.pem'), pem('CERTIFICATE', ca.certificate.rawData));
	const expiry = indexTime(new Date(Date.now() + 365 * 86_400_000));
	writeFileSync(
		join(dir, 'index.txt'),
		revoked
			.map((r) => {
				const serial = (r.serialNumber.length % 2 ? `0${r.serialNumber}` : r.serialNumber).toUpperCase();
				const when = indexTime(r.revokedAt) + (r.reason ? `,${r.reason}` : '');
				return `R\t${expiry}\t${when}\t${serial}\tunknown\t/CN=revoked\n`;
			})
			.join('')
	);
	writeFileSync(join(dir, 'crlnumber'), `${number.toString(16).padStart(2, '0').toUpperCase()}\n`);
	writeFileSync(
		join(dir, 'ca.cnf'),
		[
			'[ ca ]',
			'default_ca = dev',
			'[ dev ]',
			`database = ${join(dir, 'index.txt')}`,
			`crlnumber = ${join(dir, 'crlnumber')}`,
			'default_md = sha256',
			`default_crl_days = ${days}`,
			'crl_extensions = crl_ext',
			'[ crl_ext ]',
			'authorityKeyIdentifier = keyid:always',
			''
		].join('\n')
	);
	const run = (args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'pipe', 'pipe'] });
	run([
		'ca',
		'-config',
		join(dir, 'ca.cnf'),
		'-gencrl',
		'-keyfile',
		join(dir, 'ca.key'),
		'-cert',
		join(dir, 'ca.pem'),
		'-out',
		join(dir, 'crl.pem')
	]);
	run(['crl', '-in', join(dir, 'crl.pem'), '-outform', 'DER', '-out', join(dir, 'crl.der')]);
	return new Uint8Array(readFileSync(join(dir, 'crl.der')));
}
