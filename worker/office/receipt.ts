import { findService } from '../../src/lib/domain/catalog/index.ts';
import { activeDocuments, type Answers } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import { renderPscReceiptPdf } from '../certificates/psc-receipt.ts';
import type { Env } from '../env.ts';
import type { ApplicationRow, OfficeRow } from '../db/rows.ts';
import { ApiError } from '../http/errors.ts';
import { mayView } from './actions.ts';
import type { StaffMember } from './auth/index.ts';
import { missingNames, stateDutyReceipt } from './psc.ts';

/** The receipt (or refusal receipt) the PSC printed for a paper application, rendered again from the record. */
export async function pscReceiptPdf(env: Env, staff: StaffMember, id: string): Promise<Uint8Array> {
	const [apps, receipts, offices, operators] = await env.DB.batch([
		env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(id),
		env.DB.prepare('SELECT * FROM psc_receipts WHERE application_id = ?').bind(id),
		env.DB.prepare(
			'SELECT * FROM offices WHERE code IN (SELECT office_code FROM applications WHERE id = ?1 UNION SELECT psc_code FROM applications WHERE id = ?1)'
		).bind(id),
		env.DB.prepare(
			'SELECT full_name FROM staff WHERE id = (SELECT operator_id FROM psc_receipts WHERE application_id = ?)'
		).bind(id)
	]);
	const application = apps.results[0] as ApplicationRow | undefined;
	const receipt = receipts.results[0] as
		| {
				kind: 'receipt' | 'refusal';
				psc_code: string;
				issued_at: string;
				applicant_name: string;
				documents: string;
				missing: string | null;
		  }
		| undefined;
	if (!application || !receipt) throw new ApiError(404, 'not_found');
	if (!mayView(staff, application)) throw new ApiError(403, 'other_office');
	const service = findService(application.service)!;
	const officeRows = offices.results as unknown as OfficeRow[];
	const psc = officeRows.find((o) => o.code === receipt.psc_code)!;
	const provider = officeRows.find((o) => o.code === application.office_code)!;
	const answers = JSON.parse(application.answers) as Answers;
	const presented = new Set(
		(JSON.parse(receipt.documents) as { id: string; presented: boolean }[]).filter((d) => d.presented).map((d) => d.id)
	);
	const missing = new Set<string>(receipt.missing ? (JSON.parse(receipt.missing) as string[]) : []);
	const documents = activeDocuments(service, answers, almatyToday(new Date(application.submitted_at))).map((d) => ({
		name: { kk: d.name.kk, ru: d.name.ru },
		presented: presented.has(d.id),
		required: !d.optional
	}));
	if (missing.has(stateDutyReceipt)) {
		const name = missingNames(service.id, [stateDutyReceipt]);
		documents.push({ name: { kk: name.kk, ru: name.ru }, presented: false, required: true });
	}
	return renderPscReceiptPdf({
		kind: receipt.kind,
		number: application.number,
		issuedAt: receipt.issued_at,
		psc: { kk: psc.name_kk, ru: psc.name_ru, address: { kk: psc.address_kk, ru: psc.address_ru } },
		provider: { kk: provider.name_kk, ru: provider.name_ru },
		service: { kk: service.name.kk, ru: service.name.ru },
		applicant: { name: receipt.applicant_name, iin: application.applicant_iin },
		documents,
		operator: (operators.results[0] as { full_name: string } | undefined)?.full_name ?? '—',
		expectedResultDate: application.due_at ? almatyToday(new Date(application.due_at)) : null
	});
}
