import type { Answers } from '../../src/lib/domain/answers.ts';
import { sameName, samePlace } from '../../src/lib/domain/fields/index.ts';
import type { BirthRecord, CivilRecordRow } from '../db/registry.ts';

const matchesEither = (typed: string, known: { kk: string; ru: string }) =>
	sameName(typed, known.kk) || sameName(typed, known.ru);

/**
 * Condition 2 of the regulation: do the applicant's answers describe the birth act record
 * held for this IIN? Names and places may be written in Kazakh or Russian spelling; the
 * father may be left out only where the record has none.
 */
export function answersMatchBirthRecord(answers: Answers, record: BirthRecord): boolean {
	const { father, mother, placeOfBirth } = record.parsed;
	return (
		record.birth_date === answers.birthDate &&
		samePlace(answers.placeOfBirth ?? '', placeOfBirth) &&
		matchesEither(answers.motherName ?? '', mother) &&
		(answers.fatherName ? father !== null && matchesEither(answers.fatherName, father) : father === null)
	);
}

/** The other party of a marriage or divorce record, seen from the applicant's IIN. */
function otherSpouse(row: CivilRecordRow, applicantIin: string, fields: Record<string, string | undefined>) {
	return row.subject_iin === applicantIin
		? { names: { kk: fields.spouseName ?? '', ru: fields.spouseName ?? '' }, birthDate: fields.spouseBirthDate }
		: { names: { kk: row.full_name_kk, ru: row.full_name_ru }, birthDate: row.birth_date };
}

/**
 * The same check for the other references of annex 3 (process 7, L1058–1066): the spouse's name
 * and birth date and the date of the registration for a marriage or a divorce; the surname
 * before the change for a change of name. Places are asked but not compared: a record names its
 * registering office, which people describe in many ways.
 */
export function answersMatchCivilRecord(answers: Answers, row: CivilRecordRow): boolean {
	const fields = JSON.parse(row.fields) as Record<string, string | undefined>;
	switch (row.type) {
		case 'marriage':
		case 'divorce': {
			const spouse = otherSpouse(row, answers.iin, fields);
			const date = row.type === 'marriage' ? answers.marriageDate : answers.divorceDate;
			return (
				matchesEither(answers.spouseName ?? '', spouse.names) &&
				(!spouse.birthDate || !answers.spouseBirthDate || spouse.birthDate === answers.spouseBirthDate) &&
				row.registered_on === date
			);
		}
		case 'name-change':
			return sameName(answers.surnameBeforeChange ?? '', fields.currentSurname ?? '');
		default:
			return false;
	}
}
