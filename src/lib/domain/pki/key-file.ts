/**
 * Opens a PKCS#12 key file (RFC 7292) with its password, in the page: the private key is imported
 * into WebCrypto as non-extractable and only the `CryptoKey` leaves this module, so the key's bytes
 * never reach the page's state, the outbox or the network.
 */
import * as pkijs from 'pkijs';

const bagType = { key: '1.2.840.113549.1.12.10.1.2', certificate: '1.2.840.113549.1.12.10.1.3' } as const;
const keyAlgorithm = { rsa: '1.2.840.113549.1.1.1', ec: '1.2.840.10045.2.1' } as const;
const p256 = '1.2.840.10045.3.1.7';

export interface OpenedKeyFile {
	privateKey: CryptoKey;
	/** The key's own certificate (DER), then the rest of the chain the file carries. */
	certificate: Uint8Array;
	chain: Uint8Array[];
}

/** Why a key file could not be opened; each has a translated message (`sign.error.*`). */
export type KeyFileProblem = 'not_pkcs12' | 'wrong_password' | 'no_key' | 'unsupported_key';

export class KeyFileError extends Error {
	readonly problem: KeyFileProblem;
	constructor(problem: KeyFileProblem) {
		super(problem);
		this.problem = problem;
	}
}

type ImportAlgorithm = Parameters<typeof crypto.subtle.importKey>[2];

function importParameters(info: pkijs.PrivateKeyInfo): ImportAlgorithm {
	const algorithm = info.privateKeyAlgorithm;
	if (algorithm.algorithmId === keyAlgorithm.rsa) return { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
	const curve = (
		algorithm.algorithmParams as { valueBlock?: { toString(): string } } | undefined
	)?.valueBlock?.toString();
	if (algorithm.algorithmId === keyAlgorithm.ec && curve === p256) return { name: 'ECDSA', namedCurve: 'P-256' };
	// NCA's GOST 34.10 keys are not in WebCrypto: those go through NCALayer (see README).
	throw new KeyFileError('unsupported_key');
}

/** Decrypts the file; a wrong password fails the integrity MAC before anything is decrypted. */
export async function openKeyFile(file: Uint8Array, password: string): Promise<OpenedKeyFile> {
	let pfx: pkijs.PFX;
	try {
		pfx = pkijs.PFX.fromBER(file.slice().buffer);
	} catch {
		throw new KeyFileError('not_pkcs12');
	}
	const secret = new TextEncoder().encode(password).buffer as ArrayBuffer;
	try {
		await pfx.parseInternalValues({ password: secret, checkIntegrity: true });
	} catch (error) {
		throw new KeyFileError(/integrity|mac/i.test(String(error)) ? 'wrong_password' : 'not_pkcs12');
	}
	const safe = pfx.parsedValue?.authenticatedSafe;
	if (!safe) throw new KeyFileError('not_pkcs12');
	try {
		await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: secret })) });
	} catch {
		throw new KeyFileError('wrong_password');
	}
	let keyInfo: pkijs.PrivateKeyInfo | undefined;
	const certificates: Uint8Array[] = [];
	for (const content of safe.parsedValue?.safeContents ?? []) {
		for (const bag of (content.value as pkijs.SafeContents).safeBags) {
			if (bag.bagId === bagType.key) {
				const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
				try {
					await (
						shrouded as unknown as { parseInternalValues(p: { password: ArrayBuffer }): Promise<void> }
					).parseInternalValues({ password: secret });
				} catch {
					throw new KeyFileError('wrong_password');
				}
				keyInfo = shrouded.parsedValue;
			} else if (bag.bagId === bagType.certificate) {
				const certificate = (bag.bagValue as pkijs.CertBag).parsedValue as pkijs.Certificate;
				certificates.push(new Uint8Array(certificate.toSchema().toBER(false)));
			}
		}
	}
	if (!keyInfo || certificates.length === 0) throw new KeyFileError('no_key');
	const privateKey = await crypto.subtle.importKey(
		'pkcs8',
		keyInfo.toSchema().toBER(false),
		importParameters(keyInfo),
		false,
		['sign']
	);
	return { privateKey, certificate: certificates[0], chain: certificates.slice(1) };
}
