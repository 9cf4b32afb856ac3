import type { Answers } from '../../src/lib/domain/schemas.ts';
import { sameName, samePlace } from '../../src/lib/domain/fields/index.ts';
import type { BirthRecord } from '../db/registry.ts';

/**
 * Condition 2 of the regulation: do the applicant's answers describe the birth act record
 * held for this IIN? Names and places may be written in Kazakh or Russian spelling; the
 * father may be left out only where the record has none.
 */
export function answersMatchBirthRecord(answers: Answers, record: BirthRecord): boolean {
	const { father, mother, placeOfBirth } = record.parsed;
	const matchesEither = (typed: string, known: { kk: string; ru: string }) =>
		sameName(typed, known.kk) || sameName(typed, known.ru);
	return (
		record.birth_date === answers.birthDate &&
		samePlace(answers.placeOfBirth ?? '', placeOfBirth) &&
		matchesEither(answers.motherName ?? '', mother) &&
		(answers.fatherName ? father !== null && matchesEither(answers.fatherName, father) : father === null)
	);
}
