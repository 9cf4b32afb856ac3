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

/** One attribute of a distinguished name, its value as text. */
export interface NameAttribute {
	type: string;
	value: string;
}

/** The identity in a subject's attributes, however they were read (pkijs in the page, DER in the Worker). */
export function subjectIdentity(subject: readonly NameAttribute[]): CertificateIdentity {
	const values = (oid: string) => subject.filter((a) => a.type === oid).map((a) => a.value);
	const tagged = (prefix: string, candidates: string[]) =>
		candidates.map((v) => new RegExp(`^${prefix}(\\d{12})$`).exec(v)?.[1]).find(Boolean) ?? null;
	return {
		iin: tagged('IIN', values(type.serialNumber)),
		bin: tagged('BIN', values(type.unit)),
		commonName: values(type.commonName)[0] ?? '',
		organization: values(type.organization)[0] ?? null
	};
}

export function certificateIdentity(certificate: pkijs.Certificate): CertificateIdentity {
	return subjectIdentity(
		certificate.subject.typesAndValues.map((tv) => ({
			type: tv.type,
			value: String((tv.value as { valueBlock: { value: string } }).valueBlock.value)
		}))
	);
}
