/**
 * Registry corrections (registry officer only), under /api/office/registry:
 *
 *   GET  /objects?cadastralNumber=…   a real-estate object with its rights and its corrections
 *   GET  /legal-entities/:bin         a legal entity (branch, representative office) and its corrections
 *   POST /persons/lookup { iin }      a person and their corrections (the IIN stays out of URLs and logs)
 *   POST /corrections                 one field of one record, on documented grounds
 *
 * A correction is one D1 batch of two statements: the register's UPDATE, guarded by the old value
 * the officer saw, and the audit row, written only if the UPDATE changed the row
 * (`WHERE changes() = 1`). A stale old value writes nothing and is answered 409.
 */
import { Hono } from 'hono';
import {
	auditField,
	correctionSource,
	parseLookupKey,
	validateCorrection,
	type CorrectionRequest,
	type CorrectionValue,
	type CorrectionView,
	type Grounds,
	type RegistryRecordView,
	type RightView,
	type Share
} from '../../src/lib/domain/office/corrections.ts';
import type { StaffRole } from '../../src/lib/domain/office/roles.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { ApiError, readJson } from '../http/errors.ts';
import { registryPersonLookupSchema, shapeErrors } from '../../src/lib/domain/schemas.ts';
import type { LegalEntityRow, ReObjectRow, ReRightRow } from '../db/rows.ts';
import { requireStaff, type OfficeEnv } from './auth/index.ts';

export const registry = new Hono<OfficeEnv>();

registry.use('*', requireStaff('registry-officer'));

interface CorrectionRow {
	id: number;
	source: string;
	field: string;
	old_value: string;
	new_value: string;
	grounds_kind: Grounds['kind'];
	grounds_number: string;
	grounds_date: string;
	grounds_issuer: string;
	at: string;
	ip: string | null;
	full_name: string;
	role: StaffRole;
	name_kk: string;
	name_ru: string;
	name_en: string;
}

/** A record's corrections, newest first (an index range on (source, at), read backwards). */
const correctionsSql = (source: string) => `
	SELECT rc.id, rc.source, rc.field, rc.old_value, rc.new_value, rc.grounds_kind, rc.grounds_number, rc.grounds_date,
	       rc.grounds_issuer, rc.at, rc.ip, st.full_name, st.role, o.name_kk, o.name_ru, o.name_en
	  FROM registry_corrections rc JOIN staff st ON st.id = rc.staff_id JOIN offices o ON o.code = rc.office_code
	 WHERE rc.source = ${source}
	 ORDER BY rc.at DESC, rc.id DESC
	 LIMIT 200`;

function correctionView(row: CorrectionRow): CorrectionView {
	return {
		id: row.id,
		at: row.at,
		field: row.field,
		oldValue: JSON.parse(row.old_value) as CorrectionValue,
		newValue: JSON.parse(row.new_value) as CorrectionValue,
		grounds: { kind: row.grounds_kind, number: row.grounds_number, date: row.grounds_date, issuer: row.grounds_issuer },
		staff: {
			fullName: row.full_name,
			role: row.role,
			officeName: { kk: row.name_kk, ru: row.name_ru, en: row.name_en }
		},
		ip: row.ip
	};
}

const share = (num: number | null, den: number | null): Share | null =>
	num !== null && den !== null ? { num, den } : null;

function rightView(row: ReRightRow): RightView {
	return {
		id: row.id,
		holderName: { kk: row.holder_name_kk, ru: row.holder_name_ru },
		ownershipForm: row.ownership_form,
		registeredAt: row.registered_at,
		terminatedAt: row.terminated_at,
		values: { share: share(row.share_num, row.share_den), basis_kk: row.basis_kk, basis_ru: row.basis_ru }
	};
}

/** An object, its rights (current first) and its corrections in one batch; by cadastral number or id. */
async function objectView(
	db: D1Database,
	by: { cadastralNumber: string } | { id: number }
): Promise<RegistryRecordView | null> {
	const [column, key] = 'id' in by ? ['id', by.id] : ['cadastral_number', by.cadastralNumber];
	const objectId = `(SELECT id FROM re_objects WHERE ${column} = ?1)`;
	const [objects, rights, corrections] = await db.batch([
		db.prepare(`SELECT * FROM re_objects WHERE ${column} = ?1`).bind(key),
		db
			.prepare(
				`SELECT * FROM re_rights WHERE object_id = ${objectId} ORDER BY terminated_at IS NOT NULL, registered_at, id`
			)
			.bind(key),
		db.prepare(correctionsSql(`'re_object:' || ${objectId}`)).bind(key)
	]);
	const o = objects.results[0] as ReObjectRow | undefined;
	if (!o) return null;
	return {
		register: 're_object',
		source: `re_object:${o.id}`,
		id: o.id,
		cadastralNumber: o.cadastral_number,
		type: o.type,
		values: {
			address_kk: o.address_kk,
			address_ru: o.address_ru,
			address_code: o.address_code,
			purpose_kk: o.purpose_kk,
			purpose_ru: o.purpose_ru,
			litera: o.litera,
			total_area: o.total_area,
			useful_area: o.useful_area,
			storeys: o.storeys,
			storey: o.storey
		},
		rights: (rights.results as ReRightRow[]).map(rightView),
		corrections: (corrections.results as CorrectionRow[]).map(correctionView)
	};
}

async function legalEntityView(db: D1Database, bin: string): Promise<RegistryRecordView | null> {
	const [entities, corrections] = await db.batch([
		db.prepare('SELECT * FROM legal_entities WHERE bin = ?1').bind(bin),
		db.prepare(correctionsSql(`'legal_entity:' || ?1`)).bind(bin)
	]);
	const e = entities.results[0] as LegalEntityRow | undefined;
	if (!e) return null;
	return {
		register: 'legal_entity',
		source: `legal_entity:${e.bin}`,
		bin: e.bin,
		kind: e.kind,
		values: {
			name_kk: e.name_kk,
			name_ru: e.name_ru,
			legal_address_kk: e.legal_address_kk,
			legal_address_ru: e.legal_address_ru,
			head_name_kk: e.head_name_kk,
			head_name_ru: e.head_name_ru,
			activity_code: e.activity_code,
			activity_kk: e.activity_kk,
			activity_ru: e.activity_ru
		},
		corrections: (corrections.results as CorrectionRow[]).map(correctionView)
	};
}

async function personView(db: D1Database, iin: string): Promise<RegistryRecordView | null> {
	const [persons, corrections] = await db.batch([
		db.prepare('SELECT iin, full_name_kk, full_name_ru, birth_date FROM persons WHERE iin = ?1').bind(iin),
		db.prepare(correctionsSql(`'person:' || ?1`)).bind(iin)
	]);
	const p = persons.results[0] as
		{ iin: string; full_name_kk: string; full_name_ru: string; birth_date: string } | undefined;
	if (!p) return null;
	return {
		register: 'person',
		source: `person:${p.iin}`,
		iin: p.iin,
		birthDate: p.birth_date,
		values: { full_name_kk: p.full_name_kk, full_name_ru: p.full_name_ru },
		corrections: (corrections.results as CorrectionRow[]).map(correctionView)
	};
}

function found(view: RegistryRecordView | null): { record: RegistryRecordView } {
	if (!view) throw new ApiError(404, 'record_not_found');
	return { record: view };
}

registry.get('/objects', async (c) => {
	const key = parseLookupKey('re_object', c.req.query('cadastralNumber') ?? '');
	if (!key.ok) throw new ApiError(422, 'validation_failed', { cadastralNumber: key.error });
	c.header('Cache-Control', 'no-store');
	return c.json(found(await objectView(c.env.DB, { cadastralNumber: key.value })));
});

registry.get('/legal-entities/:bin', async (c) => {
	const key = parseLookupKey('legal_entity', c.req.param('bin'));
	if (!key.ok) throw new ApiError(422, 'validation_failed', { bin: key.error });
	c.header('Cache-Control', 'no-store');
	return c.json(found(await legalEntityView(c.env.DB, key.value)));
});

registry.post('/persons/lookup', apiBodyLimit, async (c) => {
	const body = registryPersonLookupSchema.safeParse(await readJson(c));
	if (!body.success) throw new ApiError(422, 'validation_failed', shapeErrors(body.error));
	const key = parseLookupKey('person', body.data.iin);
	if (!key.ok) throw new ApiError(422, 'validation_failed', { iin: key.error });
	c.header('Cache-Control', 'no-store');
	return c.json(found(await personView(c.env.DB, key.value)));
});

/** The register's table, key and column of each correctable field (the whitelist's SQL side). */
const objectColumns = {
	address_kk: 'address_kk',
	address_ru: 'address_ru',
	address_code: 'address_code',
	purpose_kk: 'purpose_kk',
	purpose_ru: 'purpose_ru',
	litera: 'litera',
	total_area: 'total_area',
	useful_area: 'useful_area',
	storeys: 'storeys',
	storey: 'storey'
} as const;
const entityColumns = {
	name_kk: 'name_kk',
	name_ru: 'name_ru',
	legal_address_kk: 'legal_address_kk',
	legal_address_ru: 'legal_address_ru',
	head_name_kk: 'head_name_kk',
	head_name_ru: 'head_name_ru',
	activity_code: 'activity_code',
	activity_kk: 'activity_kk',
	activity_ru: 'activity_ru'
} as const;
const personColumns = { full_name_kk: 'full_name_kk', full_name_ru: 'full_name_ru' } as const;
const rightColumns = { basis_kk: 'basis_kk', basis_ru: 'basis_ru' } as const;

const scalar = (value: CorrectionValue) => (value !== null && typeof value === 'object' ? null : value);

/** The register's UPDATE, changing the row only while it still holds the old value. */
function updateStatement(db: D1Database, body: CorrectionRequest): D1PreparedStatement {
	switch (body.register) {
		case 're_object': {
			const column = objectColumns[body.field];
			return db
				.prepare(`UPDATE re_objects SET ${column} = ?1 WHERE id = ?2 AND ${column} IS ?3`)
				.bind(scalar(body.newValue), body.objectId, scalar(body.oldValue));
		}
		case 're_right': {
			if (body.field === 'share') {
				const next = body.newValue as Share;
				const old = body.oldValue as Share | null;
				return db
					.prepare(
						`UPDATE re_rights SET share_num = ?1, share_den = ?2
						  WHERE id = ?3 AND object_id = ?4 AND ownership_form = 'shared' AND share_num IS ?5 AND share_den IS ?6`
					)
					.bind(next.num, next.den, body.rightId, body.objectId, old?.num ?? null, old?.den ?? null);
			}
			const column = rightColumns[body.field];
			return db
				.prepare(`UPDATE re_rights SET ${column} = ?1 WHERE id = ?2 AND object_id = ?3 AND ${column} IS ?4`)
				.bind(scalar(body.newValue), body.rightId, body.objectId, scalar(body.oldValue));
		}
		case 'legal_entity': {
			const column = entityColumns[body.field];
			return db
				.prepare(`UPDATE legal_entities SET ${column} = ?1 WHERE bin = ?2 AND ${column} IS ?3`)
				.bind(scalar(body.newValue), body.bin, scalar(body.oldValue));
		}
		case 'person': {
			const column = personColumns[body.field];
			return db
				.prepare(`UPDATE persons SET ${column} = ?1 WHERE iin = ?2 AND ${column} IS ?3`)
				.bind(scalar(body.newValue), body.iin, scalar(body.oldValue));
		}
	}
}

/** Why nothing was changed: no such record (404), a share on a right that has none (422), or a stale value (409). */
async function whyUnchanged(db: D1Database, body: CorrectionRequest): Promise<ApiError> {
	const [sql, ...params]: [string, ...unknown[]] =
		body.register === 're_object'
			? ['SELECT NULL AS form FROM re_objects WHERE id = ?', body.objectId]
			: body.register === 're_right'
				? ['SELECT ownership_form AS form FROM re_rights WHERE id = ? AND object_id = ?', body.rightId, body.objectId]
				: body.register === 'legal_entity'
					? ['SELECT NULL AS form FROM legal_entities WHERE bin = ?', body.bin]
					: ['SELECT NULL AS form FROM persons WHERE iin = ?', body.iin];
	const row = await db
		.prepare(sql)
		.bind(...params)
		.first<{ form: string | null }>();
	if (!row) return new ApiError(404, 'record_not_found');
	if (body.register === 're_right' && body.field === 'share' && row.form !== 'shared')
		return new ApiError(422, 'validation_failed', { newValue: 'not_shared_ownership' });
	return new ApiError(409, 'stale_value');
}

async function recordView(db: D1Database, body: CorrectionRequest): Promise<RegistryRecordView | null> {
	switch (body.register) {
		case 're_object':
		case 're_right':
			return objectView(db, { id: body.objectId });
		case 'legal_entity':
			return legalEntityView(db, body.bin);
		case 'person':
			return personView(db, body.iin);
	}
}

registry.post('/corrections', apiBodyLimit, async (c) => {
	const validation = validateCorrection(await readJson(c));
	if (!validation.ok) throw new ApiError(422, 'validation_failed', validation.fields);
	const body = validation.value;
	const staff = c.var.staff;
	const db = c.env.DB;
	const at = new Date().toISOString();
	const [updated, audited] = await db.batch([
		updateStatement(db, body),
		db
			.prepare(
				`INSERT INTO registry_corrections (source, field, old_value, new_value, grounds_kind, grounds_number,
				                                   grounds_date, grounds_issuer, staff_id, office_code, at, ip)
				 SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE changes() = 1 RETURNING id`
			)
			.bind(
				correctionSource(body),
				auditField(body),
				JSON.stringify(body.oldValue),
				JSON.stringify(body.newValue),
				body.grounds.kind,
				body.grounds.number,
				body.grounds.date,
				body.grounds.issuer,
				staff.id,
				staff.officeCode,
				at,
				c.req.header('cf-connecting-ip') ?? null
			)
	]);
	const id = (audited.results[0] as { id: number } | undefined)?.id;
	if (updated.meta.changes !== 1 || id === undefined) throw await whyUnchanged(db, body);
	const { record } = found(await recordView(db, body));
	const correction = record.corrections.find((r) => r.id === id);
	c.header('Cache-Control', 'no-store');
	return c.json({ correction, record }, 201);
});
