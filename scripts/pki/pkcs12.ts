/**
 * Writes a PKCS#12 key file (RFC 7292) the way current OpenSSL does by default: the private key
 * in a PKCS#8 shrouded bag and the certificates in an encrypted bag, both PBES2 with
 * PBKDF2-SHA-256 and AES-256-CBC, and a SHA-256 password MAC over the whole. Node only.
 */
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const bagType = { key: '1.2.840.113549.1.12.10.1.2', certificate: '1.2.840.113549.1.12.10.1.3' } as const;
const x509CertificateType = '1.2.840.113549.1.9.22.1';
const localKeyIdType = '1.2.840.113549.1.9.21';
const iterationCount = 100_000;

function passwordBytes(password: string): ArrayBuffer {
	return new TextEncoder().encode(password).buffer as ArrayBuffer;
}

const pbes2 = (password: ArrayBuffer) => ({
	password,
	contentEncryptionAlgorithm: { name: 'AES-CBC', length: 256 } as pkijs.ContentEncryptionAlgorithm,
	hmacHashAlgorithm: 'SHA-256',
	iterationCount
});

/** Ties the key to its certificate, as readers expect (PKCS#9 localKeyId). */
function localKeyId(id: ArrayBuffer) {
	return new pkijs.Attribute({ type: localKeyIdType, values: [new asn1js.OctetString({ valueHex: id })] });
}

/**
 * @param pkcs8 the private key (PKCS#8 DER)
 * @param certificates DER; the first is the key's own certificate, then its chain
 */
export async function pkcs12(
	pkcs8Bytes: Uint8Array,
	certificateBytes: Uint8Array[],
	password: string
): Promise<Uint8Array> {
	// Copies own plain ArrayBuffers, which WebCrypto's and pkijs's types ask for.
	const pkcs8 = pkcs8Bytes.slice().buffer as ArrayBuffer;
	const certificates = certificateBytes.map((der) => der.slice().buffer as ArrayBuffer);
	const secret = passwordBytes(password);
	const keyId = await crypto.subtle.digest('SHA-1', certificates[0]);
	const shrouded = new pkijs.PKCS8ShroudedKeyBag({ parsedValue: pkijs.PrivateKeyInfo.fromBER(pkcs8) });
	await shrouded.makeInternalValues(pbes2(secret));
	const keyBag = new pkijs.SafeBag({ bagId: bagType.key, bagValue: shrouded, bagAttributes: [localKeyId(keyId)] });
	const certificateBags = certificates.map(
		(der, i) =>
			new pkijs.SafeBag({
				bagId: bagType.certificate,
				bagValue: new pkijs.CertBag({
					certId: x509CertificateType,
					certValue: new asn1js.OctetString({ valueHex: der }),
					parsedValue: pkijs.Certificate.fromBER(der)
				}),
				bagAttributes: i === 0 ? [localKeyId(keyId)] : undefined
			})
	);
	const pfx = new pkijs.PFX({
		parsedValue: {
			integrityMode: 0,
			authenticatedSafe: new pkijs.AuthenticatedSafe({
				parsedValue: {
					safeContents: [
						{ privacyMode: 0, value: new pkijs.SafeContents({ safeBags: [keyBag] }) },
						{ privacyMode: 1, value: new pkijs.SafeContents({ safeBags: certificateBags }) }
					]
				}
			})
		}
	});
	await pfx.parsedValue!.authenticatedSafe!.makeInternalValues({ safeContents: [{}, pbes2(secret)] });
	await pfx.makeInternalValues({
		password: secret,
		iterations: iterationCount,
		pbkdf2HashAlgorithm: { name: 'SHA-256' },
		hmacHashAlgorithm: 'SHA-256'
	});
	return new Uint8Array(pfx.toSchema().toBER(false));
}
