// Renders the civil-registry references and notices (worker/certificates/civil-reference.ts,
// civil-notices.ts) outside the Worker from sample rows, and rasterises every page with Poppler,
// for a look at the layout.
//
//   npx node scripts/render-sample-civil.ts [dpi]     (Node ≥ 22.18 strips the types)
//
// The act records are the rows worker/office/act-records.ts would write from the registration
// services' answers (tests/fixtures/civil-documents.ts); the offices are the demo offices plus a
// wordy one. Writes bench/out/civil-<sample>.pdf and -<page>.png (60 dpi by default). Needs `pdftoppm`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBirthReferencePdfWithFonts } from '../worker/certificates/birth-reference-layout.ts';
import {
	duplicateAcceptanceNoticeFromRows,
	marriageRegistrationNoticeFromRows,
	renderDuplicateAcceptanceNoticePdf,
	renderMarriageRegistrationNoticePdf
} from '../worker/certificates/civil-notices.ts';
import { civilReferenceFromRow, renderCivilReferencePdf } from '../worker/certificates/civil-reference.ts';
import type { CivilRecordRow } from '../worker/db/registry.ts';
import type { ActType } from '../worker/office/act-records.ts';
import { demoOffices } from '../worker/seed/offices.ts';
import {
	civilBarcodeText,
	civilIssue,
	dana,
	divorceAnswers,
	duplicateAnswers,
	erlan,
	longBride,
	longGroom,
	longNameChangeAnswers,
	longOffice,
	marriageAnswers,
	nameChangeAnswers,
	sampleApplicationNumber,
	talgat
} from '../tests/fixtures/civil-documents.ts';
import type { SamplePerson } from '../tests/fixtures/civil-documents.ts';
import { sampleBirthReference } from '../tests/fixtures/birth-reference-document.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
const ttf = (file: string) => new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf', file)));
const fonts = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };
const dpi = process.argv[2] ?? '60';
const options = { barcodeText: civilBarcodeText, fonts };

const almaly = demoOffices.find((o) => o.code === 'ALA-ALM')!;
type SampleOffice = { code: string; name: { kk: string; ru: string }; address: { kk: string; ru: string } };
const officeRow = (o: SampleOffice) => ({
	name_kk: o.name.kk,
	name_ru: o.name.ru,
	address_kk: o.address.kk,
	address_ru: o.address.ru
});

/** The row an officer's «enter act record» leaves (act-records.ts), read with its person and office. */
function recordRow(
	type: ActType,
	answers: Record<string, string>,
	subject: SamplePerson,
	office: SampleOffice,
	number: string
): CivilRecordRow {
	const { requestKind: _kind, changesRequested: _changes, ...fields } = answers;
	const name =
		answers.applicantName ||
		[answers.currentSurname, answers.currentGivenName, answers.currentPatronymic].filter(Boolean).join(' ');
	return {
		id: 1,
		type,
		number,
		registered_on: '2026-11-20',
		office_code: office.code,
		subject_iin: subject.iin,
		fields: JSON.stringify({ ...fields, applicationNumber: 'KX7FM3PAR' }),
		full_name_kk: name,
		full_name_ru: name,
		sex: subject.sex,
		birth_date: subject.birthDate,
		office_kk: office.name.kk,
		office_ru: office.name.ru,
		department_code: 'ALA',
		department_kk: 'Алматы қаласының Әділет департаменті',
		department_ru: 'Департамент юстиции города Алматы'
	};
}

const application = (answers: Record<string, string>, applicant: SamplePerson) => ({
	number: sampleApplicationNumber,
	answers: JSON.stringify(answers),
	submitted_at: '2026-11-20T04:30:00Z',
	applicant_iin: applicant.iin,
	ceremony_at: '2026-12-25T06:30:00Z' // 11:30 in Almaty
});
const personRow = (p: SamplePerson) => ({ full_name_kk: p.name, sex: p.sex, birth_date: p.birthDate });

const samples: Record<string, () => Promise<Uint8Array>> = {
	birth: () => renderBirthReferencePdfWithFonts(sampleBirthReference(civilBarcodeText), fonts),
	'name-change': () =>
		renderCivilReferencePdf(
			civilReferenceFromRow(
				recordRow('name-change', nameChangeAnswers, talgat, almaly, '15-751-26-0000003'),
				civilIssue
			),
			options
		),
	'name-change-long': () =>
		renderCivilReferencePdf(
			civilReferenceFromRow(
				recordRow('name-change', longNameChangeAnswers, talgat, longOffice, '15-399-26-0000012'),
				civilIssue
			),
			options
		),
	divorce: () =>
		renderCivilReferencePdf(
			civilReferenceFromRow(
				recordRow('divorce', divorceAnswers(dana, erlan), dana, almaly, '12-751-26-0000007'),
				civilIssue
			),
			options
		),
	marriage: () =>
		renderCivilReferencePdf(
			civilReferenceFromRow(
				recordRow('marriage', marriageAnswers(erlan, dana), erlan, almaly, '11-751-26-0000021'),
				civilIssue
			),
			options
		),
	'marriage-long': () =>
		renderCivilReferencePdf(
			civilReferenceFromRow(
				recordRow('marriage', marriageAnswers(longBride, longGroom), longBride, longOffice, '11-399-26-0000002'),
				civilIssue
			),
			options
		),
	'duplicate-notice': () =>
		renderDuplicateAcceptanceNoticePdf(
			duplicateAcceptanceNoticeFromRows(
				application(duplicateAnswers(dana, 'marriage'), dana),
				personRow(dana),
				officeRow(almaly),
				civilIssue
			),
			options
		),
	'duplicate-notice-long': () =>
		renderDuplicateAcceptanceNoticePdf(
			duplicateAcceptanceNoticeFromRows(
				application(duplicateAnswers(longBride, 'name-change'), longBride),
				personRow(longBride),
				officeRow(longOffice),
				civilIssue
			),
			options
		),
	'marriage-notice': () =>
		renderMarriageRegistrationNoticePdf(
			marriageRegistrationNoticeFromRows(
				application(marriageAnswers(erlan, dana), erlan),
				officeRow(almaly),
				civilIssue,
				{
					solemn: 1
				}
			),
			options
		),
	'marriage-notice-long': () =>
		renderMarriageRegistrationNoticePdf(
			marriageRegistrationNoticeFromRows(
				application(marriageAnswers(longBride, longGroom), longBride),
				officeRow(longOffice),
				civilIssue
			),
			options
		)
};

mkdirSync(outDir, { recursive: true });
for (const [name, render] of Object.entries(samples)) {
	const bytes = await render();
	const pdfPath = join(outDir, `civil-${name}.pdf`);
	writeFileSync(pdfPath, bytes);
	execFileSync('pdftoppm', ['-png', '-r', dpi, pdfPath, join(outDir, `civil-${name}`)]);
	console.log(`${pdfPath} (${(bytes.length / 1024).toFixed(1)} KB) → civil-${name}-<page>.png`);
}
