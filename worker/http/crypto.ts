const encoder = new TextEncoder();

export function hex(bytes: ArrayBuffer | Uint8Array): string {
	return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function sha256Hex(data: string | Uint8Array): Promise<string> {
	return hex(await crypto.subtle.digest('SHA-256', typeof data === 'string' ? encoder.encode(data) : data));
}

// Importing a key costs as much as using it; secrets live as long as the isolate, so keep them.
const hmacKeys = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
	let key = hmacKeys.get(secret);
	if (!key) {
		key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
			'sign',
			'verify'
		]);
		hmacKeys.set(secret, key);
	}
	return key;
}

export async function hmacHex(secret: string, message: string): Promise<string> {
	return hex(await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(message)));
}

/** Constant-time check of a hex HMAC: crypto.subtle.verify does not leak where bytes differ. */
export async function hmacHexMatches(secret: string, message: string, signatureHex: string): Promise<boolean> {
	if (!/^[0-9a-f]{64}$/i.test(signatureHex)) return false;
	const signature = new Uint8Array(signatureHex.match(/../g)!.map((h) => parseInt(h, 16)));
	return crypto.subtle.verify('HMAC', await hmacKey(secret), signature, encoder.encode(message));
}
