import type { BirthActFields } from '../seed/registry.ts';
import type { ActType } from '../office/act-records.ts';
import type { BirthRecordRow } from './rows.ts';

export type BirthRecord = BirthRecordRow & { parsed: BirthActFields };

const birthRecordSelect = `
	SELECT a.id, a.number, a.registered_on, a.office_code, a.subject_iin, a.fields,
	       p.full_name_kk, p.full_name_ru, p.birth_date,
	       o.name_kk AS office_kk, o.name_ru AS office_ru, o.department_code
	  FROM act_records a
	  JOIN persons p ON p.iin = a.subject_iin
	  JOIN registry_offices o ON o.code = a.office_code
	 WHERE a.type = 'birth' AND`;

/** The query for a birth act record with its person and office, by the subject's IIN or the record id; batchable. */
export function birthRecordStatement(db: D1Database, by: { iin: string } | { id: number }): D1PreparedStatement {
	return 'iin' in by
		? db.prepare(`${birthRecordSelect} a.subject_iin = ?`).bind(by.iin)
		: db.prepare(`${birthRecordSelect} a.id = ?`).bind(by.id);
}

export function toBirthRecord(row: BirthRecordRow | undefined | null): BirthRecord | null {
	return row ? { ...row, parsed: JSON.parse(row.fields) as BirthActFields } : null;
}

/** An act record of any type with its subject, registering office and that office's department. */
export interface CivilRecordRow {
	id: number;
	type: ActType;
	number: string;
	registered_on: string;
	office_code: string;
	subject_iin: string;
	fields: string; // JSON: the act's own fields (the registration service's answers)
	full_name_kk: string;
	full_name_ru: string;
	sex: 'male' | 'female';
	birth_date: string;
	office_kk: string;
	office_ru: string;
	department_code: string;
	department_kk: string;
	department_ru: string;
}

const civilRecordSelect = `
	SELECT a.id, a.type, a.number, a.registered_on, a.office_code, a.subject_iin, a.fields,
	       p.full_name_kk, p.full_name_ru, p.sex, p.birth_date,
	       o.name_kk AS office_kk, o.name_ru AS office_ru,
	       o.department_code, d.name_kk AS department_kk, d.name_ru AS department_ru
	  FROM act_records a
	  JOIN persons p ON p.iin = a.subject_iin
	  JOIN registry_offices o ON o.code = a.office_code
	  JOIN departments d ON d.code = o.department_code`;

/** An act record of any type by id; batchable. */
export function civilRecordStatement(db: D1Database, id: number): D1PreparedStatement {
	return db.prepare(`${civilRecordSelect} WHERE a.id = ?`).bind(id);
}

/**
 * The records of one type a person is party to: as the subject, or as the spouse a marriage or
 * divorce record names (indexed by migration 0007). Newest first.
 */
export function civilRecordsOfPersonStatement(db: D1Database, type: ActType, iin: string): D1PreparedStatement {
	return db
		.prepare(
			`${civilRecordSelect}
			  WHERE a.type = ?1 AND (a.subject_iin = ?2 OR json_extract(a.fields, '$.spouseIin') = ?2)
			  ORDER BY a.registered_on DESC, a.id DESC`
		)
		.bind(type, iin);
}
