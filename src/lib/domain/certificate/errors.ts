/** Thrown for any barcode, COSE message or payload that does not follow the certificate format exactly. */
export class CertificateFormatError extends Error {
	name = 'CertificateFormatError';
}
