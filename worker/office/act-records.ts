/**
 * The act record a responsible officer enters for an application: a real row in the civil
 * registry (`act_records`), numbered as the regulation's samples are (TT-OOO-YY-NNNNNNN: type,
 * the office's number, the year, a sequence per type, office and year), linked to the application.
 * A request for changes amends the existing record instead, keeping what was there.
 */
import type { Answers } from '../../src/lib/domain/catalog/rules.ts';
import { parseIin } from '../../src/lib/domain/iin.ts';
import type { ApplicationRow, OfficeRow } from '../db/rows.ts';
import { makeIin } from '../seed/registry.ts';
import type { Guard } from '../flow/events.ts';

export type ActType = 'birth' | 'marriage' | 'divorce' | 'name-change' | 'paternity' | 'adoption' | 'death';

/**
 * Type codes in act record numbers. Only 10 (birth) appears in the sources' samples; the others
 * follow the order of the Marriage and Family Code's chapters and are this system's choice.
 */
const typeCodes: Record<ActType, string> = {
	birth: '10',
	marriage: '11',
	divorce: '12',
	paternity: '13',
	adoption: '14',
	'name-change': '15',
	death: '16'
};

const actTypeOfService: Record<string, ActType | ((answers: Answers) => ActType)> = {
	'birth-registration': 'birth',
	'marriage-registration': 'marriage',
	'divorce-registration': 'divorce',
	'name-change-registration': 'name-change',
	'paternity-registration': 'paternity',
	'adoption-registration': 'adoption',
	'death-registration': 'death',
	'record-restoration': (answers) => answers.recordKind as ActType
};

export function actTypeFor(service: string, answers: Answers): ActType | null {
	const type = actTypeOfService[service];
	return typeof type === 'function' ? type(answers) : (type ?? null);
}

/** The person the record is about: a newborn gets an IIN now; otherwise the IIN the answers name. */
function subjectOf(
	service: string,
	answers: Answers,
	seed: number
): { iin: string; name: string; sex: 'male' | 'female'; birthDate: string; birthPlace: string } {
	if (service === 'birth-registration') {
		const sex = answers.childSex === 'female' ? 'female' : 'male';
		return {
			// The IIN's serial is drawn from the application so that a retried action gives the same number.
			iin: makeIin(answers.childBirthDate, sex, seed % 10000),
			name: [answers.childSurname, answers.childGivenName, answers.childPatronymic].filter(Boolean).join(' '),
			sex,
			birthDate: answers.childBirthDate,
			birthPlace: answers.childBirthPlace ?? ''
		};
	}
	const iin =
		(service === 'death-registration' && answers.deceasedIin) ||
		(service === 'paternity-registration' && answers.childIin) ||
		answers.iin;
	const facts = parseIin(iin);
	const name =
		(service === 'death-registration' && answers.deceasedName) ||
		(service === 'paternity-registration' && answers.childName) ||
		answers.applicantName ||
		answers.recordPersonName ||
		[answers.currentSurname, answers.currentGivenName, answers.currentPatronymic].filter(Boolean).join(' ') ||
		'—';
	return {
		iin,
		name,
		sex: facts.ok ? facts.facts.sex : 'male',
		birthDate: facts.ok ? facts.facts.birthDate : '1900-01-01',
		birthPlace: '—'
	};
}

/** The record's own fields: the answers that describe the act, without the request's bookkeeping. */
function recordFields(answers: Answers, applicationNumber: string): Record<string, string> {
	const { requestKind: _kind, changesRequested: _changes, ...fields } = answers;
	return { ...fields, applicationNumber };
}

function seedOf(id: string): number {
	return parseInt(id.replace(/-/g, '').slice(0, 8), 16);
}

/**
 * The statements that enter (or amend) the act record, guarded like the rest of the action, and the
 * act type. The number is computed inside SQL from the highest number of its series, so that two
 * offices' batches cannot hand out the same number (D1 runs one batch at a time, and the number is
 * UNIQUE besides).
 */
export function actRecordStatements(
	db: D1Database,
	application: ApplicationRow,
	office: OfficeRow,
	at: Date,
	guard: Guard
): { type: ActType; statements: D1PreparedStatement[] } | { problem: 'no_act_type' | 'record_missing' } {
	const answers = JSON.parse(application.answers) as Answers;
	const type = actTypeFor(application.service, answers);
	if (!type) return { problem: 'no_act_type' };
	const registeredOn = new Date(at.getTime() + 5 * 3_600_000).toISOString().slice(0, 10);

	if (answers.requestKind === 'changes') {
		const amendment = JSON.stringify({
			at: at.toISOString(),
			applicationNumber: application.number,
			changes: answers.changesRequested ?? ''
		});
		return {
			type,
			statements: [
				db
					.prepare(
						`UPDATE act_records SET fields = json_insert(fields, '$.amendments[#]', json(?))
						  WHERE number = ? AND type = ? AND ${guard.sql}`
					)
					.bind(amendment, answers.actRecordNumber, type, ...guard.params),
				db
					.prepare(
						`UPDATE applications SET act_record_id = (SELECT id FROM act_records WHERE number = ? AND type = ?)
						  WHERE id = ? AND ${guard.sql}`
					)
					.bind(answers.actRecordNumber, type, application.id, ...guard.params)
			]
		};
	}

	const subject = subjectOf(application.service, answers, seedOf(application.id));
	const series = `${typeCodes[type]}-${office.act_number ?? '000'}-${registeredOn.slice(2, 4)}-`;
	return {
		type,
		statements: [
			// The registry must know the person the record is about (a newborn is new to it).
			db
				.prepare(
					`INSERT OR IGNORE INTO persons (iin, full_name_kk, full_name_ru, sex, birth_date, birth_place_kk, birth_place_ru)
					 SELECT ?, ?, ?, ?, ?, ?, ? WHERE ${guard.sql}`
				)
				.bind(
					subject.iin,
					subject.name,
					subject.name,
					subject.sex,
					subject.birthDate,
					subject.birthPlace,
					subject.birthPlace,
					...guard.params
				),
			db
				.prepare(
					`INSERT INTO act_records (type, number, registered_on, office_code, subject_iin, fields)
					 SELECT ?, ? || printf('%07d', 1 + ifnull((SELECT max(CAST(substr(number, -7) AS INTEGER)) FROM act_records
					                                          WHERE number BETWEEN ? || '0000000' AND ? || '9999999'), 0)),
					        ?, ?, ?, ? WHERE ${guard.sql}`
				)
				.bind(
					type,
					series,
					series,
					series,
					registeredOn,
					office.registry_office_code,
					subject.iin,
					JSON.stringify(recordFields(answers, application.number)),
					...guard.params
				),
			// Right after the insert: last_insert_rowid() is the record just made (the guard stops a stale one).
			db
				.prepare(`UPDATE applications SET act_record_id = last_insert_rowid() WHERE id = ? AND ${guard.sql}`)
				.bind(application.id, ...guard.params)
		]
	};
}
