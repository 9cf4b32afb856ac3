/**
 * SQL text for the seeds: multi-row INSERTs that stay under D1's limit of 100 KB per statement
 * (design.md), in the column order of the migrations.
 */
import type {
	LeParticipantRow,
	LegalEntityRow,
	ReClaimRow,
	ReEncumbranceRow,
	ReObjectRow,
	ReRightRow
} from '../db/rows.ts';
import type { Person } from './registry.ts';

export const maxStatementBytes = 90_000;

export const tableColumns = {
	legal_entities: [
		'bin',
		'kind',
		'parent_bin',
		'legal_form',
		'name_kk',
		'name_ru',
		'registering_body_kk',
		'registering_body_ru',
		'registration_type',
		'initial_registered_on',
		'initial_registration_number',
		'last_registered_on',
		'last_registration_number',
		'rnn',
		'okpo',
		'head_iin',
		'head_name_kk',
		'head_name_ru',
		'activity_code',
		'activity_kk',
		'activity_ru',
		'legal_address_kk',
		'legal_address_ru',
		'region_code'
	],
	le_participants: [
		'id',
		'entity_bin',
		'participant_iin',
		'participant_bin',
		'name_kk',
		'name_ru',
		'share_num',
		'share_den'
	],
	re_objects: [
		'id',
		'type',
		'cadastral_number',
		'purpose_kk',
		'purpose_ru',
		'litera',
		'address_kk',
		'address_ru',
		'address_code',
		'components',
		'storeys',
		'storey',
		'total_area',
		'volume',
		'length',
		'useful_area',
		'divisible',
		'note_kk',
		'note_ru',
		'region_code'
	],
	re_rights: [
		'id',
		'object_id',
		'type',
		'content_kk',
		'content_ru',
		'holder_iin',
		'holder_bin',
		'holder_name_kk',
		'holder_name_ru',
		'ownership_form',
		'share_num',
		'share_den',
		'basis_kk',
		'basis_ru',
		'registered_at',
		'termination_basis_kk',
		'termination_basis_ru',
		'terminated_at'
	],
	re_encumbrances: [
		'id',
		'object_id',
		'type',
		'content_kk',
		'content_ru',
		'party_name_kk',
		'party_name_ru',
		'party_iin',
		'party_bin',
		'share_num',
		'share_den',
		'basis_kk',
		'basis_ru',
		'registered_at',
		'termination_basis_kk',
		'termination_basis_ru',
		'terminated_at'
	],
	re_claims: [
		'id',
		'object_id',
		'type',
		'content_kk',
		'content_ru',
		'applicant_name_kk',
		'applicant_name_ru',
		'applicant_iin',
		'applicant_bin',
		'basis_kk',
		'basis_ru',
		'registered_at',
		'terminated_at'
	]
} as const;

export type RegisterTable = keyof typeof tableColumns;

export interface TableRows {
	legal_entities: LegalEntityRow;
	le_participants: LeParticipantRow;
	re_objects: ReObjectRow;
	re_rights: ReRightRow;
	re_encumbrances: ReEncumbranceRow;
	re_claims: ReClaimRow;
}

export function sqlLiteral(value: string | number | null | undefined): string {
	if (value === null || value === undefined) return 'NULL';
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
		return String(value);
	}
	return `'${value.replace(/'/g, "''")}'`;
}

/** The UTF-8 length of a string: D1's limit counts bytes, and Cyrillic takes two. */
export function utf8Bytes(s: string): number {
	let n = 0;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c < 0x80) n += 1;
		else if (c < 0x800) n += 2;
		else if (c >= 0xd800 && c <= 0xdbff) {
			n += 4;
			i++;
		} else n += 3;
	}
	return n;
}

function tuple(values: readonly (string | number | null | undefined)[]): string {
	return `(${values.map(sqlLiteral).join(', ')})`;
}

/** Multi-row INSERT statements of at most `maxBytes` each. */
export function* insertStatements(
	table: string,
	columns: readonly string[],
	rows: Iterable<readonly (string | number | null | undefined)[]>,
	maxBytes = maxStatementBytes
): Generator<string> {
	const head = `INSERT INTO ${table} (${columns.join(', ')}) VALUES\n`;
	const headBytes = utf8Bytes(head);
	let parts: string[] = [];
	let bytes = headBytes;
	for (const row of rows) {
		const t = tuple(row);
		const b = utf8Bytes(t) + 2;
		if (headBytes + b + 1 > maxBytes) throw new Error(`one row of ${table} is longer than ${maxBytes} bytes`);
		if (bytes + b + 1 > maxBytes) {
			yield `${head}${parts.join(',\n')};`;
			parts = [];
			bytes = headBytes;
		}
		parts.push(t);
		bytes += b;
	}
	if (parts.length) yield `${head}${parts.join(',\n')};`;
}

/** INSERT statements for rows of one of the register tables. */
export function registerInserts<T extends RegisterTable>(
	table: T,
	rows: Iterable<TableRows[T]>,
	maxBytes = maxStatementBytes
): Generator<string> {
	const columns = tableColumns[table] as readonly string[];
	function* values() {
		for (const row of rows) yield columns.map((c) => (row as unknown as Record<string, string | number | null>)[c]);
	}
	return insertStatements(table, columns, values(), maxBytes);
}

export const personColumns = [
	'iin',
	'full_name_kk',
	'full_name_ru',
	'sex',
	'birth_date',
	'birth_place_kk',
	'birth_place_ru'
];

export function personInserts(persons: Iterable<Person>, maxBytes = maxStatementBytes): Generator<string> {
	function* values() {
		for (const p of persons)
			yield [p.iin, p.fullNameKk, p.fullNameRu, p.sex, p.birthDate, p.birthPlace.kk, p.birthPlace.ru];
	}
	return insertStatements('persons', personColumns, values(), maxBytes);
}
