/**
 * Valid answers for any service of the catalogue, as a person would type them, walking the
 * pages in order so that only the questions asked on the chosen branch are answered.
 * Shared by the Worker tests, the property test and the browser tests.
 */
import { activeFields, activePages } from '../../src/lib/domain/catalog/rules.ts';
import type { ServiceDefinition } from '../../src/lib/domain/catalog/types.ts';
import { almatyToday, formatDate } from '../../src/lib/domain/dates.ts';
import type { FieldDefinition } from '../../src/lib/domain/fields/types.ts';
import { parseIin } from '../../src/lib/domain/iin.ts';
import { parseEvery } from '../../src/lib/domain/answers.ts';

/** A person of the demo registry (Сейітқали Нұрлан Ерболұлы), so registry checks can match. */
export const sampleIin = '010715504561';
/** A valid BIN (registered 2004-05, type 4) for the legal-entity fields. */
export const sampleBin = '040540000014';

function inDays(days: number, today: string): string {
	const date = new Date(`${today}T00:00:00Z`);
	date.setUTCDate(date.getUTCDate() + days);
	return formatDate(date.toISOString().slice(0, 10));
}

/** What a person types into a field of this kind. */
export function sampleAnswer(field: FieldDefinition, answers: Record<string, string>, today: string): string {
	switch (field.type) {
		case 'iin':
			return field.id === 'iin' ? sampleIin : '900321401236';
		case 'bin':
			return sampleBin;
		case 'date': {
			if (field.matchesBirthDateOf) {
				const iin = parseIin(answers[field.matchesBirthDateOf] ?? '');
				if (iin.ok) return formatDate(iin.facts.birthDate);
			}
			return field.notInPast ? inDays(40, today) : '15.07.2001';
		}
		case 'personName':
			return 'Сейітқали Нұрлан Ерболұлы';
		case 'place':
			return 'Шымкент';
		case 'address':
			return 'Алматы қ., Абай даңғылы, 52, 14-пәтер';
		case 'actRecordNumber':
			return '10-101-09-0000007';
		case 'text':
			return 'Тегі қате жазылған: Сейткали емес, Сейітқали';
		case 'choice':
			return field.options![0].value;
	}
}

/**
 * Answers for every question asked on the branch chosen by `choices` (field id → option
 * value; the first option where not given).
 */
export function sampleAnswers(
	service: ServiceDefinition,
	choices: Record<string, string> = {},
	today: string = almatyToday()
): Record<string, string> {
	const answers: Record<string, string> = {};
	// One answer at a time, re-evaluating the conditions: a later answer may open another page.
	for (;;) {
		const parsed = parseEvery(service, answers, today).parsed;
		const asked = new Set(activePages(service, parsed, today).flatMap((p) => p.fields));
		let added = false;
		for (const field of activeFields(service, parsed, today)) {
			if (!asked.has(field.id) || field.id in answers) continue;
			answers[field.id] = field.id in choices ? choices[field.id] : sampleAnswer(field, answers, today);
			added = true;
			break; // re-evaluate conditions after each answer
		}
		if (!added) break;
	}
	return answers;
}

/** One choice map per option of every choice field: together they visit every branch. */
export function everyBranch(service: ServiceDefinition): Record<string, string>[] {
	const branches: Record<string, string>[] = [{}];
	for (const field of service.fields.filter((f) => f.type === 'choice')) {
		for (const option of field.options!.slice(1)) branches.push({ [field.id]: option.value });
	}
	return branches;
}
