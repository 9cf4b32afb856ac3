import type { BirthActFields } from '../seed/registry.ts';
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

export async function findBirthRecord(
	db: D1Database,
	by: { iin: string } | { id: number }
): Promise<BirthRecord | null> {
	return toBirthRecord(await birthRecordStatement(db, by).first<BirthRecordRow>());
}
