/**
 * `npm run pki`: the development certification authority of `npm start` and the browser tests.
 * On first run it creates the CA (root + issuing CA) and a PKCS#12 key file for each demo person;
 * every run issues a fresh CRL (so it never goes stale on a developer's machine) and writes the
 * CA certificates into `.dev.vars` as the Worker's trust anchors. Everything lives in `.dev/pki/`,
 * which is never committed.
 *
 *   npm run pki                 create if missing, refresh the CRL
 *   npm run pki -- revoke IIN   put that person's certificate on the CRL
 */
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
	createIssuingCa,
	createRoot,
	issueCrl,
	issuePerson,
	keyFile,
	toBase64,
	type Authority,
	type PersonSubject
} from './dev-ca.ts';

export const devPkiDir = new URL('../../.dev/pki/', import.meta.url);
/** Where `npm start` serves the CRL (copied into the static build), as the certificates name it. */
export const devCrlUrl = 'http://127.0.0.1:8787/pki/dev-issuing-ca.crl';
/** The demo key files' password, also in the README. */
export const demoKeyPassword = 'Qyzmet-demo-2026';

/** The demo persons of the registry seed (RSA 2048 and ECDSA P-256 keys), and a stranger to it. */
export const demoSigners: (PersonSubject & { file: string; key: 'rsa' | 'ec' })[] = [
	{
		file: 'gulnur-900321401236.p12',
		key: 'rsa',
		iin: '900321401236',
		surname: 'Әбілқасымова',
		givenName: 'Гүлнұр',
		patronymic: 'Өмірқызы'
	},
	{
		file: 'nurlan-010715504561.p12',
		key: 'ec',
		iin: '010715504561',
		surname: 'Сейітқали',
		givenName: 'Нұрлан',
		patronymic: 'Ерболұлы'
	},
	// A legal entity's staff key (IIN and the entity's BIN), for the services asked about an entity.
	{
		file: 'nurlan-shanyraq-210240134060.p12',
		key: 'rsa',
		iin: '010715504561',
		surname: 'Сейітқали',
		givenName: 'Нұрлан',
		patronymic: 'Ерболұлы',
		organization: { name: '«Шаңырақ Логистик» ЖШС', bin: '210240134060' }
	},
	// Has a key but nothing in the registries: the refusal "requested data not found" is tried with it.
	{
		file: 'stranger-850101300015.p12',
		key: 'rsa',
		iin: '850101300015',
		surname: 'Жаңабаев',
		givenName: 'Ерлан',
		patronymic: 'Маратұлы'
	}
];

interface StoredAuthority {
	certificate: string;
	pkcs8: string;
	algorithm: 'rsa' | 'ec';
}

interface DevPkiState {
	root: StoredAuthority;
	issuing: StoredAuthority;
	crlNumber: number;
	/** IIN (or IIN/BIN for a staff key) → serial of the demo signer's current certificate. */
	issued: Record<string, string>;
	revoked: { serialNumber: string; revokedAt: string }[];
}

const rsaImport = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
const ecImport = { name: 'ECDSA', namedCurve: 'P-256' } as const;

async function store(authority: Authority): Promise<StoredAuthority> {
	const pkcs8 = (await crypto.subtle.exportKey('pkcs8', authority.keys.privateKey)) as ArrayBuffer;
	return {
		certificate: toBase64(authority.certificate.rawData),
		pkcs8: toBase64(pkcs8),
		algorithm: authority.keys.privateKey.algorithm.name === 'ECDSA' ? 'ec' : 'rsa'
	};
}

async function load(stored: StoredAuthority): Promise<Authority> {
	const certificate = new x509.X509Certificate(Buffer.from(stored.certificate, 'base64'));
	const algorithm = stored.algorithm === 'ec' ? ecImport : rsaImport;
	const privateKey = await crypto.subtle.importKey('pkcs8', Buffer.from(stored.pkcs8, 'base64'), algorithm, true, [
		'sign'
	]);
	return { certificate, keys: { privateKey, publicKey: await certificate.publicKey.export(algorithm, ['verify']) } };
}

const file = (name: string) => new URL(name, devPkiDir);

/** How the state names a demo signer's certificate: the IIN, and the BIN for a staff key. */
const signerKey = (signer: PersonSubject) =>
	signer.organization ? `${signer.iin}/${signer.organization.bin}` : signer.iin;

/** Issues the signer's certificate and writes their key file; returns the certificate's serial. */
async function writeKeyFile(issuing: Authority, root: Authority, signer: (typeof demoSigners)[number]) {
	const person = await issuePerson(issuing, devCrlUrl, signer, { key: signer.key });
	const bytes = await keyFile(person, [issuing.certificate, root.certificate], demoKeyPassword);
	writeFileSync(file(signer.file), bytes, { mode: 0o600 });
	return person.certificate.serialNumber;
}

async function create(): Promise<DevPkiState> {
	const root = await createRoot('Qyzmet DEV Root CA');
	const issuing = await createIssuingCa(root, 'Qyzmet DEV Issuing CA');
	const issued: Record<string, string> = {};
	for (const signer of demoSigners) issued[signerKey(signer)] = await writeKeyFile(issuing, root, signer);
	return { root: await store(root), issuing: await store(issuing), crlNumber: 0, issued, revoked: [] };
}

/** Sets one `NAME='value'` line of .dev.vars, keeping the rest (dev-secrets.mjs owns the others). */
function setDevVar(name: string, value: string): void {
	const path = new URL('../../.dev.vars', import.meta.url);
	const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const line = `${name}='${value}'`;
	const pattern = new RegExp(`^${name}=.*$`, 'm');
	writeFileSync(path, pattern.test(text) ? text.replace(pattern, line) : `${text.replace(/\n?$/, '\n')}${line}\n`, {
		mode: 0o600
	});
}

export async function devPki(command: string[] = []): Promise<DevPkiState> {
	mkdirSync(devPkiDir, { recursive: true });
	const statePath = file('state.json');
	const fresh = !existsSync(statePath);
	const state: DevPkiState = fresh ? await create() : JSON.parse(readFileSync(statePath, 'utf8'));
	if (command[0] === 'revoke') {
		const serialNumber = state.issued[command[1] ?? ''];
		if (!serialNumber) throw new Error(`no demo certificate for IIN ${command[1]}`);
		if (!state.revoked.some((r) => r.serialNumber === serialNumber)) {
			state.revoked.push({ serialNumber, revokedAt: new Date().toISOString() });
		}
	}
	const issuing = await load(state.issuing);
	for (const signer of demoSigners.filter((s) => !state.issued[signerKey(s)])) {
		const root = await load(state.root);
		state.issued[signerKey(signer)] = await writeKeyFile(issuing, root, signer);
	}
	state.crlNumber += 1;
	// A week ahead: a developer's machine stays usable between restarts; NCA's own lists say a day.
	const crl = await issueCrl(
		issuing,
		state.revoked.map((r) => ({ serialNumber: r.serialNumber, revokedAt: new Date(r.revokedAt) })),
		{ number: state.crlNumber, nextUpdate: new Date(Date.now() + 7 * 86_400_000) }
	);
	writeFileSync(file('dev-issuing-ca.crl'), new Uint8Array(crl.rawData));
	writeFileSync(statePath, JSON.stringify(state, null, '\t'), { mode: 0o600 });
	setDevVar('PKI_CA_CERTIFICATES', `${state.root.certificate},${state.issuing.certificate}`);
	if (fresh) console.log(`› created the development CA and demo key files in .dev/pki (password ${demoKeyPassword})`);
	if (command[0] === 'revoke')
		console.log(`› revoked ${command[1]}'s certificate; the CRL is number ${state.crlNumber}`);
	return state;
}

const devSigners = new Map<string, Promise<{ privateKey: CryptoKey; certificate: Uint8Array }>>();

/**
 * A signing certificate from the development CA for any IIN (and BIN), issued in memory for the
 * benchmarks and tests that apply as many people: the demo key files cover only three.
 */
export function devSignerFor(iin: string, bin?: string) {
	const key = `${iin}/${bin ?? ''}`;
	let signer = devSigners.get(key);
	if (!signer) {
		signer = (async () => {
			const state: DevPkiState = JSON.parse(readFileSync(file('state.json'), 'utf8'));
			const organization = bin ? { name: 'Bench ЖШС', bin } : undefined;
			const person = await issuePerson(
				await load(state.issuing),
				devCrlUrl,
				{ iin, surname: 'Сынақ', givenName: 'Адам', organization },
				{ key: 'ec' }
			);
			return { privateKey: person.privateKey, certificate: new Uint8Array(person.certificate.rawData) };
		})();
		devSigners.set(key, signer);
	}
	return signer;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await devPki(process.argv.slice(2));
}
