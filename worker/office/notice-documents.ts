/**
 * The notices of Order No. 236 annexes 1 and 2 are the e-documents those services give, signed
 * like a certificate: the acceptance of a request for a duplicate certificate (annex 1, process
 * 10, L216: «accepting the application for processing and issuing the notice») when the officer
 * accepts it, and the time, date and place of the marriage registration (annex 2, process 10,
 * L673) when the office sets it. Each is the application's one stored document.
 */
import type { CertificateClaims } from '../../src/lib/domain/certificate/index.ts';
import type { Answers } from '../../src/lib/domain/answers.ts';
import { parseIin } from '../../src/lib/domain/iin.ts';
import { formatReferenceNumber, newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import {
	DUPLICATE_KIND_WORDING,
	duplicateAcceptanceNoticeFromRows,
	marriageRegistrationNoticeFromRows,
	type NoticePersonRow
} from '../certificates/civil-notices.ts';
import type { CivilIssue } from '../certificates/civil-reference.ts';
import type { ApplicationRow, OfficeRow } from '../db/rows.ts';
import type { Env } from '../env.ts';
import type { OfficeAction } from '../../src/lib/domain/office/actions.ts';
import { signClaims, type PreparedCertificate } from '../flow/issue.ts';

interface NoticeContext {
	env: Env;
	application: ApplicationRow;
	answers: Answers;
	stepId: string;
	office: OfficeRow;
	now: Date;
}

/** Which action of which service gives a notice document. */
export function givesNotice(serviceId: string, stepId: string, action: OfficeAction['action']): boolean {
	return (
		(serviceId === 'duplicate-certificate' && stepId === 'acceptance' && action === 'approve') ||
		((serviceId === 'marriage-application' || serviceId === 'marriage-registration') && action === 'set-date')
	);
}

async function issueOf(c: NoticeContext, number: string, issuedAt: number) {
	const department = (await c.env.DB.prepare(
		`SELECT d.code, d.name_kk, d.name_ru FROM registry_offices o JOIN departments d ON d.code = o.department_code
		  WHERE o.code = ?`
	)
		.bind(c.office.registry_office_code)
		.first<{ code: string; name_kk: string; name_ru: string }>())!;
	const issue: CivilIssue = {
		certificateNumber: formatReferenceNumber(number),
		issuedAt: new Date(issuedAt * 1000).toISOString(),
		department: { kk: department.name_kk, ru: department.name_ru },
		verifyOrigin: '' // set when rendered, as for every document (certificates/document.ts)
	};
	return { issue, departmentCode: department.code };
}

/** The applicant as the Individuals database knows them; from the IIN alone where it does not. */
async function applicantRow(c: NoticeContext): Promise<NoticePersonRow> {
	const row = await c.env.DB.prepare('SELECT full_name_kk, sex, birth_date FROM persons WHERE iin = ?')
		.bind(c.application.applicant_iin)
		.first<NoticePersonRow>();
	if (row) return row;
	const facts = parseIin(c.application.applicant_iin);
	if (!facts.ok) throw new Error('an application with an invalid IIN');
	return { full_name_kk: c.application.applicant_iin, sex: facts.facts.sex, birth_date: facts.facts.birthDate };
}

/**
 * The signed notice an action gives, or null. `ceremonyAt` and `solemn` are what a set-date action
 * is about to store (the notice is written in the same batch).
 */
export async function noticeDocument(c: NoticeContext, action: OfficeAction): Promise<PreparedCertificate | null> {
	if (!givesNotice(c.application.service, c.stepId, action.action)) return null;
	const issuedAt = Math.floor(c.now.getTime() / 1000);
	const number = newReferenceNumber();
	const { issue, departmentCode } = await issueOf(c, number, issuedAt);
	const head = { number, issuedAt, department: departmentCode };
	if (action.action === 'set-date') {
		const notice = marriageRegistrationNoticeFromRows(
			{ ...c.application, ceremony_at: new Date(action.startsAt).toISOString() },
			c.office,
			issue,
			{ solemn: action.solemn ? 1 : 0 }
		);
		const claims: CertificateClaims = {
			...head,
			documentType: 'marriage-registration-notice',
			fields: {
				applicant: notice.applicant.fullName,
				spouse: notice.spouse.fullName,
				requestNumber: notice.request.number,
				registrationAt: Math.floor(Date.parse(notice.registration.at) / 1000)
			}
		};
		return signClaims(c.env, claims, {
			content: JSON.stringify(notice),
			sources: [`person:${c.application.applicant_iin}`]
		});
	}
	const notice = duplicateAcceptanceNoticeFromRows(c.application, await applicantRow(c), c.office, issue);
	const claims: CertificateClaims = {
		...head,
		documentType: 'duplicate-acceptance-notice',
		fields: {
			applicant: notice.applicant.fullName,
			certificate: DUPLICATE_KIND_WORDING[notice.certificateKind].certificate.kk,
			requestNumber: notice.request.number,
			submittedOn: notice.request.submittedOn
		}
	};
	return signClaims(c.env, claims, {
		content: JSON.stringify(notice),
		sources: [`person:${c.application.applicant_iin}`]
	});
}
