/**
 * Who a certificate names, read the way NCA writes it: the IIN in the subject's serial number as
 * `IIN` + 12 digits, a legal entity's BIN in an organisational unit as `BIN` + 12 digits.
 */
import type * as pkijs from 'pkijs';

const type = { serialNumber: '2.5.4.5', commonName: '2.5.4.3', organization: '2.5.4.10', unit: '2.5.4.11' } as const;

export interface CertificateIdentity {
	iin: string | null;
	bin: string | null;
	commonName: string;
	organization: string | null;
}

function values(certificate: pkijs.Certificate, oid: string): string[] {
	return certificate.subject.typesAndValues
		.filter((tv) => tv.type === oid)
		.map((tv) => String((tv.value as { valueBlock: { value: string } }).valueBlock.value));
}

export function certificateIdentity(certificate: pkijs.Certificate): CertificateIdentity {
	const tagged = (prefix: string, candidates: string[]) =>
		candidates.map((v) => new RegExp(`^${prefix}(\\d{12})$`).exec(v)?.[1]).find(Boolean) ?? null;
	return {
		iin: tagged('IIN', values(certificate, type.serialNumber)),
		bin: tagged('BIN', values(certificate, type.unit)),
		commonName: values(certificate, type.commonName)[0] ?? '',
		organization: values(certificate, type.organization)[0] ?? null
	};
}
