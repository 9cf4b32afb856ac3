/**
 * Registry corrections (issue 5): the registry officer corrects one field of a register record on
 * documented grounds; the register row and the audit row are written in one batch or not at all;
 * certificates issued before keep verifying, and their status says that newer data exist.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { barcodeText, verifyBarcodeText, type TrustList } from '../../src/lib/domain/certificate/index.ts';
import type { CertificateStatus } from '../../src/lib/domain/certificate-status.ts';
import type { CorrectionView, RegistryRecordView } from '../../src/lib/domain/office/corrections.ts';
import { checkDigit } from '../../src/lib/domain/iin.ts';
import { certificateStatusSql } from '../../worker/db/certificates.ts';
import { as } from './office-support.ts';
import { callback, count, gulnur, nurlan, openPayment, origin, postJson, submit } from './support.ts';

const registrar = 'registrar.alm';
const flat = { cadastralNumber: '20-313-045-112:1/57', id: 1 };
/** The plot in Қаскелең held in thirds; right 5 is Гүлнұр's third, right 2 her sole right to the flat. */
const plot = { id: 2, sharedRight: 5 };
const shanyrak = '210240134060';
const grounds = {
	kind: 'registering-body-decision',
	number: '№ 14-02/318',
	date: '02.11.2026',
	issuer: 'Алматы қаласының Әділет департаменті'
} as const;

type ErrorBody = {
	error: {
		code: string;
		message: { kk: string; ru: string; en: string };
		fields?: Record<string, { code: string; message: { kk: string; ru: string; en: string } }>;
	};
};

function expectTranslated(message: { kk: string; ru: string; en: string }) {
	for (const lang of ['kk', 'ru', 'en'] as const) expect(message[lang].length, lang).toBeGreaterThan(5);
	expect(new Set([message.kk, message.ru, message.en]).size).toBe(3);
}

async function expectError(res: Response, status: number, code: string): Promise<ErrorBody> {
	const body = (await res.json()) as ErrorBody;
	expect(res.status, JSON.stringify(body)).toBe(status);
	expect(body.error.code).toBe(code);
	expectTranslated(body.error.message);
	return body;
}

function get(path: string, headers: Record<string, string> = {}) {
	return SELF.fetch(`${origin}/api/office/registry${path}`, { headers });
}

async function correct(body: Record<string, unknown>, login = registrar) {
	return postJson('/api/office/registry/corrections', { grounds, ...body }, await as(login));
}

/** Any register's record, loosely: the tests look at the fields they corrected. */
type AnyRecord = RegistryRecordView & {
	values: Record<string, unknown>;
	rights: { id: number; values: Record<string, unknown> }[];
};

async function correctOk(body: Record<string, unknown>) {
	const res = await correct(body);
	const json = (await res.json()) as { correction: CorrectionView; record: AnyRecord };
	expect(res.status, JSON.stringify(json)).toBe(201);
	return json;
}

async function objectRecord(cadastralNumber: string) {
	const res = await get(`/objects?cadastralNumber=${encodeURIComponent(cadastralNumber)}`, await as(registrar));
	expect(res.status).toBe(200);
	return ((await res.json()) as { record: Extract<RegistryRecordView, { register: 're_object' }> }).record;
}

/** A number with a valid check digit that the demo registers do not hold. */
function unknownNumber(first9: string): string {
	for (let serial = 10; serial < 100; serial++) {
		const digit = checkDigit(`${first9}${serial}`);
		if (digit !== null) return `${first9}${serial}${digit}`;
	}
	throw new Error('no check digit');
}

/** Issues Гүлнұр's (or Нұрлан's) birth reference through the real flow. */
async function issueReference(person = gulnur) {
	const { application, auth } = await submit(person);
	const { payment } = await openPayment(application.id, auth);
	expect((await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn })).status).toBe(200);
	const row = await env.DB.prepare(
		'SELECT c.number, c.cose, c.issued_at, a.act_record_id FROM certificates c JOIN applications a ON a.id = c.application_id WHERE c.application_id = ?'
	)
		.bind(application.id)
		.first<{ number: string; cose: ArrayBuffer; issued_at: string; act_record_id: number }>();
	expect(row).not.toBeNull();
	// The issuing flow records what the reference printed (certificate_sources); until it does on
	// every branch, the test adds the rows itself (OR IGNORE: the same rows either way).
	await env.DB.batch(
		[`person:${person.iin}`, `act_record:${row!.act_record_id}`].map((source) =>
			env.DB.prepare('INSERT OR IGNORE INTO certificate_sources (certificate_number, source) VALUES (?, ?)').bind(
				row!.number,
				source
			)
		)
	);
	return row!;
}

/**
 * The registers as seeded, restored before each test (storage is shared by the tests of a file):
 * every test starts from the demo data with no corrections.
 */
const restored = [
	[
		're_objects',
		'id',
		[
			'address_kk',
			'address_ru',
			'address_code',
			'purpose_kk',
			'purpose_ru',
			'litera',
			'total_area',
			'useful_area',
			'storeys',
			'storey'
		]
	],
	['re_rights', 'id', ['share_num', 'share_den', 'basis_kk', 'basis_ru']],
	[
		'legal_entities',
		'bin',
		[
			'name_kk',
			'name_ru',
			'legal_address_kk',
			'legal_address_ru',
			'head_name_kk',
			'head_name_ru',
			'activity_code',
			'activity_kk',
			'activity_ru'
		]
	],
	['persons', 'iin', ['full_name_kk', 'full_name_ru']]
] as const;
let seeded: D1PreparedStatement[] = [];

beforeAll(async () => {
	for (const [table, key, columns] of restored) {
		const rows = await env.DB.prepare(`SELECT ${key}, ${columns.join(', ')} FROM ${table}`).all<
			Record<string, unknown>
		>();
		for (const row of rows.results)
			seeded.push(
				env.DB.prepare(`UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE ${key} = ?`).bind(
					...columns.map((c) => row[c]),
					row[key]
				)
			);
	}
});

beforeEach(async () => {
	await env.DB.batch([
		env.DB.prepare('DELETE FROM registry_corrections'),
		env.DB.prepare('DELETE FROM certificate_sources'),
		...seeded
	]);
});

async function status(number: string): Promise<CertificateStatus> {
	const res = await SELF.fetch(`${origin}/api/certificates/${number}/status`);
	expect(res.status).toBe(200);
	return (await res.json()) as CertificateStatus;
}

describe('migration 0006', () => {
	it('keeps every reference to staff intact after rebuilding the table (PRAGMA foreign_key_check)', async () => {
		const cookie = await as('head.alm'); // a session row that references staff
		expect((await env.DB.prepare('PRAGMA foreign_keys').first<{ foreign_keys: number }>())?.foreign_keys).toBe(1);
		const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith('0006'))!;
		const rebuild = migration.queries.slice(
			0,
			migration.queries.findIndex((q) => q.includes('CREATE INDEX staff_by_office')) + 1
		);
		expect(rebuild[0]).toMatch(/PRAGMA defer_foreign_keys/);
		expect(rebuild.some((q) => q.includes('DROP TABLE staff'))).toBe(true);
		const before = await env.DB.prepare('SELECT id, login, role, password_hash FROM staff ORDER BY id').all();
		// Run the rebuild again over a database full of rows that point at staff: sessions, events, corrections.
		await correctOk({
			register: 'person',
			iin: nurlan.iin,
			field: 'full_name_ru',
			oldValue: 'Сейткали Нурлан Ерболулы',
			newValue: 'Сейиткали Нурлан Ерболулы'
		});
		await env.DB.batch(rebuild.map((q) => env.DB.prepare(q)));
		expect((await env.DB.prepare('PRAGMA foreign_key_check').all()).results).toEqual([]);
		expect(
			(await env.DB.prepare('SELECT id, login, role, password_hash FROM staff ORDER BY id').all()).results
		).toEqual(before.results);
		// The session still signs its member in.
		expect((await SELF.fetch(`${origin}/api/office/me`, { headers: cookie })).status).toBe(200);
		// The new role is allowed, an unknown one is not.
		const roles = await env.DB.prepare("SELECT DISTINCT role FROM staff WHERE role = 'registry-officer'").all();
		expect(roles.results.length).toBe(1);
		await expect(
			env.DB.prepare(
				"INSERT INTO staff (login, full_name, role, office_code, password_hash) VALUES ('x', 'X', 'registrar', 'ALA-ALM', 'h')"
			).run()
		).rejects.toThrow(/CHECK/);
	});
});

describe('who may correct', () => {
	const routes = [
		['GET', `/objects?cadastralNumber=${encodeURIComponent(flat.cadastralNumber)}`],
		['GET', `/legal-entities/${shanyrak}`],
		['POST', '/persons/lookup'],
		['POST', '/corrections']
	] as const;

	it('refuses anonymous callers (401) and every other role (403), writing nothing', async () => {
		for (const [method, path] of routes) {
			const call = (headers: Record<string, string>) =>
				method === 'GET' ? get(path, headers) : postJson(`/api/office/registry${path}`, { iin: gulnur.iin }, headers);
			await expectError(await call({}), 401, 'unauthenticated');
			for (const login of ['head.alm', 'officer.alm', 'clerk.alm', 'operator.alm', 'admin.alm'])
				await expectError(await call(await as(login)), 403, 'forbidden');
		}
		const body = {
			register: 'legal_entity',
			bin: shanyrak,
			field: 'legal_address_ru',
			oldValue: 'x',
			newValue: 'город Шымкент, улица Байтерек, дом 1',
			grounds
		};
		await expectError(await postJson('/api/office/registry/corrections', body, await as('head.alm')), 403, 'forbidden');
		expect(await count('registry_corrections')).toBe(0);
	});

	it('signs the registry officer in with the new role and keeps them out of the application queues', async () => {
		const me = await SELF.fetch(`${origin}/api/office/me`, { headers: await as(registrar) });
		expect(((await me.json()) as { staff: { role: string; officeCode: string } }).staff).toMatchObject({
			role: 'registry-officer',
			officeCode: 'ALA-ALM'
		});
		await expectError(
			await SELF.fetch(`${origin}/api/office/queue`, { headers: await as(registrar) }),
			403,
			'forbidden'
		);
		for (const code of ['ALA-ALM', 'ALA-BOS', 'ALA-MED', 'SHY-ALF', 'SHY-ABA'])
			expect(await count('staff', "role = 'registry-officer' AND office_code = ?", code)).toBe(1);
	});
});

describe('look-ups', () => {
	it('finds an object by cadastral number with its rights, current first', async () => {
		const record = await objectRecord(flat.cadastralNumber);
		expect(record).toMatchObject({
			register: 're_object',
			source: 're_object:1',
			id: 1,
			type: 'premises',
			values: { total_area: 64.3, storeys: 12, storey: 8, litera: 'А', address_code: '0201500315044757' },
			corrections: []
		});
		expect(record.rights.map((r) => [r.id, r.terminatedAt === null])).toEqual([
			[2, true],
			[1, false]
		]);
		expect(record.rights[0].values.share).toBeNull();
	});

	it('finds a legal entity by BIN and a person by IIN (in the body)', async () => {
		const entity = await get(`/legal-entities/${shanyrak}`, await as(registrar));
		expect(((await entity.json()) as { record: RegistryRecordView }).record).toMatchObject({
			register: 'legal_entity',
			source: `legal_entity:${shanyrak}`,
			kind: 'entity'
		});
		const person = await postJson('/api/office/registry/persons/lookup', { iin: gulnur.iin }, await as(registrar));
		expect(((await person.json()) as { record: RegistryRecordView }).record).toMatchObject({
			register: 'person',
			source: `person:${gulnur.iin}`,
			birthDate: '1990-03-21',
			values: { full_name_kk: 'Әбілқасымова Гүлнұр Өмірқызы' }
		});
	});

	it('answers 404 for a record the registers do not hold and 422 for a malformed key', async () => {
		const cookie = await as(registrar);
		await expectError(await get('/objects?cadastralNumber=20-313-045-999:9/99', cookie), 404, 'record_not_found');
		await expectError(await get(`/legal-entities/${unknownNumber('990440999')}`, cookie), 404, 'record_not_found');
		await expectError(
			await postJson('/api/office/registry/persons/lookup', { iin: unknownNumber('850101300') }, cookie),
			404,
			'record_not_found'
		);
		const bad = await expectError(await get('/objects?cadastralNumber=20-313', cookie), 422, 'validation_failed');
		expect(bad.error.fields?.cadastralNumber.code).toBe('invalid');
		const badBin = await expectError(await get('/legal-entities/210240134061', cookie), 422, 'validation_failed');
		expect(badBin.error.fields?.bin.code).toBe('invalid_bin');
		const badIin = await expectError(
			await postJson('/api/office/registry/persons/lookup', { iin: '900321401237' }, cookie),
			422,
			'validation_failed'
		);
		expect(badIin.error.fields?.iin.code).toBe('invalid_checksum');
		// The body has the shared schema's shape: nothing else beside the IIN, and the IIN a string.
		const extra = await expectError(
			await postJson('/api/office/registry/persons/lookup', { iin: gulnur.iin, x: 1 }, cookie),
			422,
			'validation_failed'
		);
		expect(extra.error.fields?.x.code).toBe('invalid');
		const number = await expectError(
			await postJson('/api/office/registry/persons/lookup', { iin: 900321401236 }, cookie),
			422,
			'validation_failed'
		);
		expect(number.error.fields?.iin.code).toBe('invalid');
	});
});

describe('a correction', () => {
	async function auditRows() {
		return (await env.DB.prepare('SELECT * FROM registry_corrections ORDER BY id').all<Record<string, unknown>>())
			.results;
	}

	it("of a real-estate object's address writes the register and the audit, with the grounds", async () => {
		const { correction, record } = await correctOk({
			register: 're_object',
			objectId: flat.id,
			field: 'address_ru',
			oldValue: 'город Алматы, Бостандыкский район, проспект аль-Фараби, дом 77/8, квартира 57',
			newValue: '  город Алматы, Бостандыкский район,  проспект аль-Фараби, дом 77/8, квартира 75 '
		});
		const stored = 'город Алматы, Бостандыкский район, проспект аль-Фараби, дом 77/8, квартира 75';
		expect(record.values).toMatchObject({ address_ru: stored });
		expect(
			(await env.DB.prepare('SELECT address_ru FROM re_objects WHERE id = 1').first<{ address_ru: string }>())
				?.address_ru
		).toBe(stored);
		expect(correction).toMatchObject({
			field: 'address_ru',
			newValue: stored,
			grounds: { ...grounds, date: '2026-11-02' },
			staff: { fullName: 'Әміржанова Сәуле Қуанышқызы', role: 'registry-officer' }
		});
		expect(record.corrections.map((c) => c.id)).toEqual([correction.id]);
		const [row] = await auditRows();
		expect(row).toMatchObject({
			source: 're_object:1',
			field: 'address_ru',
			old_value: JSON.stringify('город Алматы, Бостандыкский район, проспект аль-Фараби, дом 77/8, квартира 57'),
			new_value: JSON.stringify(stored),
			grounds_kind: 'registering-body-decision',
			grounds_number: '№ 14-02/318',
			grounds_date: '2026-11-02',
			grounds_issuer: 'Алматы қаласының Әділет департаменті',
			staff_id: 11,
			office_code: 'ALA-ALM'
		});
		expect(Date.parse(row.at as string)).toBeGreaterThan(Date.now() - 60_000);
	});

	it('of an area, the storeys, the litera and the address code takes numbers and clears where allowed', async () => {
		await correctOk({ register: 're_object', objectId: 1, field: 'total_area', oldValue: 64.3, newValue: 64.8 });
		await correctOk({ register: 're_object', objectId: 1, field: 'storeys', oldValue: 12, newValue: 14 });
		await correctOk({
			register: 're_object',
			objectId: 3,
			field: 'litera',
			oldValue: 'А, а, Г, Г1',
			newValue: 'А,а,Г'
		});
		await correctOk({
			register: 're_object',
			objectId: 1,
			field: 'address_code',
			oldValue: '0201500315044757',
			newValue: null
		});
		const row = await env.DB.prepare('SELECT total_area, storeys, address_code FROM re_objects WHERE id = 1').first();
		expect(row).toEqual({ total_area: 64.8, storeys: 14, address_code: null });
		expect((await env.DB.prepare('SELECT litera FROM re_objects WHERE id = 3').first())?.litera).toBe('А, а, Г');
		expect((await auditRows()).map((r) => [r.source, r.field, r.old_value, r.new_value])).toEqual([
			['re_object:1', 'total_area', '64.3', '64.8'],
			['re_object:1', 'storeys', '12', '14'],
			['re_object:3', 'litera', '"А, а, Г, Г1"', '"А, а, Г"'],
			['re_object:1', 'address_code', '"0201500315044757"', 'null']
		]);
	});

	it("of a right's share and basis is recorded under its object", async () => {
		const { record } = await correctOk({
			register: 're_right',
			objectId: plot.id,
			rightId: plot.sharedRight,
			field: 'share',
			oldValue: { num: 1, den: 3 },
			newValue: { num: 2, den: 6 }
		});
		await correctOk({
			register: 're_right',
			objectId: 1,
			rightId: 2,
			field: 'basis_ru',
			oldValue: 'Договор купли-продажи от 14.06.2019 № 5917, удостоверен нотариусом Имангалиева Х.Е.',
			newValue: 'Договор купли-продажи от 14.06.2019 № 5917, удостоверен нотариусом Имангалиевой Х.Е.'
		});
		expect(record.rights.find((r) => r.id === plot.sharedRight)?.values.share).toEqual({ num: 2, den: 6 });
		expect(
			await env.DB.prepare('SELECT share_num, share_den FROM re_rights WHERE id = ?').bind(plot.sharedRight).first()
		).toEqual({ share_num: 2, share_den: 6 });
		expect((await auditRows()).map((r) => [r.source, r.field, r.new_value])).toEqual([
			['re_object:2', 'right.5.share', '{"num":2,"den":6}'],
			['re_object:1', 'right.2.basis_ru', expect.stringContaining('Имангалиевой')]
		]);
		expect((await objectRecord('03-047-096-937')).corrections.map((c) => c.field)).toEqual(['right.5.share']);
	});

	it("of a legal entity's legal address, then of its head and activity", async () => {
		const entity = (await (await get(`/legal-entities/${shanyrak}`, await as(registrar))).json()) as {
			record: Extract<RegistryRecordView, { register: 'legal_entity' }>;
		};
		const { record } = await correctOk({
			register: 'legal_entity',
			bin: shanyrak,
			field: 'legal_address_ru',
			oldValue: entity.record.values.legal_address_ru,
			newValue: 'город Шымкент, район Аль-Фараби, улица Байтерек, дом 136/3, помещение 207, 160000'
		});
		await correctOk({
			register: 'legal_entity',
			bin: shanyrak,
			field: 'activity_code',
			oldValue: '49410',
			newValue: '52291'
		});
		await correctOk({
			register: 'legal_entity',
			bin: shanyrak,
			field: 'head_name_ru',
			oldValue: entity.record.values.head_name_ru,
			newValue: 'Бекмухамбетова Салтанат Искандеровна'
		});
		expect(record.values.legal_address_ru).toContain('помещение 207');
		expect(
			await env.DB.prepare('SELECT legal_address_ru, activity_code, head_name_ru FROM legal_entities WHERE bin = ?')
				.bind(shanyrak)
				.first()
		).toEqual({
			legal_address_ru: 'город Шымкент, район Аль-Фараби, улица Байтерек, дом 136/3, помещение 207, 160000',
			activity_code: '52291',
			head_name_ru: 'Бекмухамбетова Салтанат Искандеровна'
		});
		expect(await count('registry_corrections', 'source = ?', `legal_entity:${shanyrak}`)).toBe(3);
	});

	it("of a person's full name, with nothing personal in the logs", async () => {
		const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m));
		try {
			const { record } = await correctOk({
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_ru',
				oldValue: 'Абилкасымова Гульнур Омиркызы',
				newValue: 'Абылкасымова Гульнур Омиркызы'
			});
			expect(record.values.full_name_ru).toBe('Абылкасымова Гульнур Омиркызы');
			const logged = spies.flatMap((s) => s.mock.calls.map((call) => JSON.stringify(call))).join('\n');
			expect(logged).not.toContain(gulnur.iin);
			expect(logged).not.toContain('Абылкасымова');
		} finally {
			for (const spy of spies) spy.mockRestore();
		}
		expect(await auditRows()).toMatchObject([{ source: `person:${gulnur.iin}`, field: 'full_name_ru' }]);
	});

	it('with a stale old value (someone corrected first) is refused with 409 and writes nothing', async () => {
		const body = {
			register: 'person',
			iin: nurlan.iin,
			field: 'full_name_kk',
			oldValue: 'Сейітқали Нұрлан Ерболұлы'
		};
		await correctOk({ ...body, newValue: 'Сейітқалиев Нұрлан Ерболұлы' });
		const res = await correct({ ...body, newValue: 'Сейтқали Нұрлан Ерболұлы' }, 'registrar.bos');
		await expectError(res, 409, 'stale_value');
		expect(await count('registry_corrections')).toBe(1);
		expect(
			(await env.DB.prepare('SELECT full_name_kk FROM persons WHERE iin = ?').bind(nurlan.iin).first())?.full_name_kk
		).toBe('Сейітқалиев Нұрлан Ерболұлы');
	});

	it('two officers correcting the same value at once: one wins, the other gets 409', async () => {
		const body = {
			register: 'legal_entity',
			bin: shanyrak,
			field: 'activity_ru',
			oldValue: (await env.DB.prepare('SELECT activity_ru FROM legal_entities WHERE bin = ?').bind(shanyrak).first())
				?.activity_ru
		};
		const [a, b] = await Promise.all([
			correct({ ...body, newValue: 'Грузовые перевозки автомобильным транспортом' }),
			correct({ ...body, newValue: 'Услуги по перевозкам' }, 'registrar.bos')
		]);
		expect([a.status, b.status].sort()).toEqual([201, 409]);
		expect(await count('registry_corrections')).toBe(1);
	});

	it('of a record the registers do not hold is 404, writing nothing', async () => {
		await expectError(
			await correct({ register: 're_object', objectId: 99_999, field: 'storeys', oldValue: null, newValue: 3 }),
			404,
			'record_not_found'
		);
		await expectError(
			await correct({
				register: 're_right',
				objectId: 1,
				rightId: plot.sharedRight,
				field: 'basis_kk',
				oldValue: 'x',
				newValue: 'y'
			}),
			404,
			'record_not_found'
		);
		await expectError(
			await correct({
				register: 'legal_entity',
				bin: unknownNumber('990440999'),
				field: 'name_ru',
				oldValue: 'x',
				newValue: 'y'
			}),
			404,
			'record_not_found'
		);
		await expectError(
			await correct({
				register: 'person',
				iin: unknownNumber('850101300'),
				field: 'full_name_ru',
				oldValue: 'Иванов Иван',
				newValue: 'Иванов Иван Иванович'
			}),
			404,
			'record_not_found'
		);
		expect(await count('registry_corrections')).toBe(0);
	});

	it('of the share of a right that has none (sole ownership) is 422, writing nothing', async () => {
		const body = await expectError(
			await correct({
				register: 're_right',
				objectId: 1,
				rightId: 2,
				field: 'share',
				oldValue: null,
				newValue: { num: 1, den: 2 }
			}),
			422,
			'validation_failed'
		);
		expect(body.error.fields?.newValue.code).toBe('not_shared_ownership');
		expectTranslated(body.error.fields!.newValue.message);
		expect(await count('registry_corrections')).toBe(0);
		expect(await env.DB.prepare('SELECT share_num FROM re_rights WHERE id = 2').first()).toEqual({ share_num: null });
	});

	const invalid: [string, Record<string, unknown>, string, string][] = [
		[
			'a negative area',
			{ register: 're_object', objectId: 1, field: 'total_area', oldValue: 64.3, newValue: -5 },
			'newValue',
			'positive_number'
		],
		[
			'an area as text',
			{ register: 're_object', objectId: 1, field: 'useful_area', oldValue: 58.1, newValue: 'много' },
			'newValue',
			'positive_number'
		],
		[
			'a zero area',
			{ register: 're_object', objectId: 1, field: 'total_area', oldValue: 64.3, newValue: 0 },
			'newValue',
			'positive_number'
		],
		[
			'storeys in halves',
			{ register: 're_object', objectId: 1, field: 'storeys', oldValue: 12, newValue: 2.5 },
			'newValue',
			'whole_number'
		],
		[
			'a share of one whole',
			{
				register: 're_right',
				objectId: 2,
				rightId: 5,
				field: 'share',
				oldValue: { num: 1, den: 3 },
				newValue: { num: 3, den: 3 }
			},
			'newValue',
			'invalid_share'
		],
		[
			'a share above one',
			{
				register: 're_right',
				objectId: 2,
				rightId: 5,
				field: 'share',
				oldValue: { num: 1, den: 3 },
				newValue: { num: 4, den: 3 }
			},
			'newValue',
			'invalid_share'
		],
		[
			'a share of nothing',
			{
				register: 're_right',
				objectId: 2,
				rightId: 5,
				field: 'share',
				oldValue: { num: 1, den: 3 },
				newValue: { num: 0, den: 3 }
			},
			'newValue',
			'invalid_share'
		],
		[
			'an activity code of 3 digits',
			{ register: 'legal_entity', bin: shanyrak, field: 'activity_code', oldValue: '49410', newValue: '494' },
			'newValue',
			'invalid_activity_code'
		],
		[
			'a short address code',
			{ register: 're_object', objectId: 1, field: 'address_code', oldValue: '0201500315044757', newValue: '02015' },
			'newValue',
			'invalid_address_code'
		],
		[
			'a litera with a dot',
			{ register: 're_object', objectId: 1, field: 'litera', oldValue: 'А', newValue: 'А.' },
			'newValue',
			'invalid_litera'
		],
		[
			'a name with digits',
			{
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_kk',
				oldValue: 'Әбілқасымова Гүлнұр Өмірқызы',
				newValue: 'Әбілқасымова 2'
			},
			'newValue',
			'invalid_name'
		],
		[
			'a blank name',
			{
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_kk',
				oldValue: 'Әбілқасымова Гүлнұр Өмірқызы',
				newValue: '  '
			},
			'newValue',
			'blank'
		],
		[
			'a cleared total area',
			{ register: 're_object', objectId: 1, field: 'total_area', oldValue: 64.3, newValue: null },
			'newValue',
			'blank'
		],
		[
			'the same value',
			{ register: 're_object', objectId: 1, field: 'storeys', oldValue: 12, newValue: 12 },
			'newValue',
			'same_value'
		],
		[
			'an old value of another type',
			{ register: 're_object', objectId: 1, field: 'storeys', oldValue: '12', newValue: 13 },
			'oldValue',
			'invalid'
		],
		[
			'a field not on the whitelist',
			{ register: 're_object', objectId: 1, field: 'region_code', oldValue: 'almaty', newValue: 'astana' },
			'field',
			'invalid'
		],
		[
			'a holder is not correctable',
			{
				register: 're_right',
				objectId: 1,
				rightId: 2,
				field: 'holder_iin',
				oldValue: gulnur.iin,
				newValue: nurlan.iin
			},
			'field',
			'invalid'
		],
		[
			'an unknown register',
			{ register: 'applications', objectId: 1, field: 'state', oldValue: 'a', newValue: 'b' },
			'register',
			'invalid'
		],
		[
			'an unknown key',
			{ register: 'person', iin: gulnur.iin, field: 'full_name_kk', oldValue: 'a', newValue: 'Ә Б', extra: 1 },
			'extra',
			'invalid'
		],
		[
			'grounds dated in the future',
			{
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_kk',
				oldValue: 'a',
				newValue: 'Ә Б',
				grounds: { ...grounds, date: '01.01.2099' }
			},
			'grounds.date',
			'future_date'
		],
		[
			'grounds not a date',
			{
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_kk',
				oldValue: 'a',
				newValue: 'Ә Б',
				grounds: { ...grounds, date: '31.02.2026' }
			},
			'grounds.date',
			'no_such_date'
		],
		[
			'grounds without a number',
			{
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_kk',
				oldValue: 'a',
				newValue: 'Ә Б',
				grounds: { ...grounds, number: ' ' }
			},
			'grounds.number',
			'blank'
		],
		[
			'grounds of an unknown kind',
			{
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_kk',
				oldValue: 'a',
				newValue: 'Ә Б',
				grounds: { ...grounds, kind: 'phone-call' }
			},
			'grounds.kind',
			'invalid'
		],
		[
			'no grounds at all',
			{
				register: 'person',
				iin: gulnur.iin,
				field: 'full_name_kk',
				oldValue: 'a',
				newValue: 'Ә Б',
				grounds: undefined
			},
			'grounds',
			'invalid'
		]
	];

	for (const [name, body, field, code] of invalid) {
		it(`with ${name} is 422 (${field}: ${code}) in kk/ru/en, writing nothing`, async () => {
			const res = await correct(body);
			const error = await expectError(res, 422, 'validation_failed');
			expect(error.error.fields?.[field]?.code, JSON.stringify(error.error.fields)).toBe(code);
			for (const f of Object.values(error.error.fields!)) expectTranslated(f.message);
			expect(await count('registry_corrections')).toBe(0);
		});
	}

	it('with every mistake at once names each of them', async () => {
		const error = await expectError(
			await correct({
				register: 're_object',
				objectId: 1,
				field: 'total_area',
				oldValue: 64.3,
				newValue: -1,
				grounds: { ...grounds, number: '', issuer: '' }
			}),
			422,
			'validation_failed'
		);
		expect(Object.fromEntries(Object.entries(error.error.fields!).map(([k, v]) => [k, v.code]))).toEqual({
			newValue: 'positive_number',
			'grounds.number': 'blank',
			'grounds.issuer': 'blank'
		});
	});

	it('that is not JSON is 400/415, never 500', async () => {
		const cookie = await as(registrar);
		const notJson = await SELF.fetch(`${origin}/api/office/registry/corrections`, {
			method: 'POST',
			headers: { ...cookie, 'content-type': 'application/json' },
			body: '{'
		});
		await expectError(notJson, 400, 'invalid_json');
		const form = await SELF.fetch(`${origin}/api/office/registry/corrections`, {
			method: 'POST',
			headers: { ...cookie, 'content-type': 'application/x-www-form-urlencoded' },
			body: 'a=1'
		});
		await expectError(form, 415, 'unsupported_media_type');
		for (const body of [null, [], 'x', 1, { register: 'person' }, { register: 're_object', field: 'constructor' }])
			await expectError(await correct(body as never), 422, 'validation_failed');
	});
});

describe('certificates issued before a correction', () => {
	it('still verify as issued, and their status says that newer data exist since the correction', async () => {
		const certificate = await issueReference(gulnur);
		expect(await status(certificate.number)).toEqual({ status: 'valid' });

		const { correction } = await correctOk({
			register: 'person',
			iin: gulnur.iin,
			field: 'full_name_kk',
			oldValue: 'Әбілқасымова Гүлнұр Өмірқызы',
			newValue: 'Әбілқасымова Гүлнұр Өмірзаққызы',
			grounds: { ...grounds, kind: 'court-decision', issuer: 'Алмалы аудандық соты' }
		});
		expect(await status(certificate.number)).toEqual({ status: 'valid', newerDataSince: correction.at });
		// The check by number and IIN gives the same answer.
		const lookup = await postJson('/api/certificates/lookup', { number: certificate.number, iin: gulnur.iin });
		expect(await lookup.json()).toMatchObject({ status: 'valid', newerDataSince: correction.at });

		// The barcode as stored at the issue still verifies, with the name it printed.
		const trustList = (await (await SELF.fetch(`${origin}/.well-known/qyzmet-trust-list.json`)).json()) as TrustList;
		const verdict = await verifyBarcodeText(barcodeText(origin, new Uint8Array(certificate.cose)), trustList);
		expect(verdict.status).toBe('genuine');
		if (verdict.status === 'genuine')
			expect(verdict.claims.fields).toMatchObject({ fullName: 'Әбілқасымова Гүлнұр Өмірқызы' });

		// Server-side verification says the same.
		const verify = await postJson('/api/verify', { text: barcodeText(origin, new Uint8Array(certificate.cose)) });
		expect(((await verify.json()) as { revocation: CertificateStatus }).revocation).toEqual({
			status: 'valid',
			newerDataSince: correction.at
		});

		// A later correction does not move the date: the data are newer since the first one.
		await correctOk({
			register: 'person',
			iin: gulnur.iin,
			field: 'full_name_ru',
			oldValue: 'Абилкасымова Гульнур Омиркызы',
			newValue: 'Абилкасымова Гульнур Омирзаккызы'
		});
		expect(await status(certificate.number)).toEqual({ status: 'valid', newerDataSince: correction.at });
	});

	it('a certificate whose records were not corrected, or issued after the correction, says no newer data', async () => {
		const untouched = await issueReference(nurlan);
		const later = await issueReference(gulnur);
		await correctOk({
			register: 'person',
			iin: gulnur.iin,
			field: 'full_name_ru',
			oldValue: 'Абилкасымова Гульнур Омиркызы',
			newValue: 'Абилкасымова Гульнур Омирзаккызы'
		});
		await correctOk({
			register: 'legal_entity',
			bin: shanyrak,
			field: 'activity_code',
			oldValue: '49410',
			newValue: '52291'
		});
		expect(await status(untouched.number)).toEqual({ status: 'valid' });
		// Issued after the correction: the certificate already printed the newer data.
		await env.DB.prepare('UPDATE certificates SET issued_at = ? WHERE number = ?')
			.bind(new Date(Date.now() + 1000).toISOString(), later.number)
			.run();
		expect(await status(later.number)).toEqual({ status: 'valid' });
	});

	it('a certificate of a corrected real-estate object or legal entity says so too; revoked stays revoked', async () => {
		const object = await issueReference(gulnur);
		const entity = await issueReference(nurlan);
		await env.DB.batch([
			env.DB.prepare('INSERT INTO certificate_sources (certificate_number, source) VALUES (?, ?)').bind(
				object.number,
				're_object:2'
			),
			env.DB.prepare('INSERT INTO certificate_sources (certificate_number, source) VALUES (?, ?)').bind(
				entity.number,
				`legal_entity:${shanyrak}`
			)
		]);
		const right = await correctOk({
			register: 're_right',
			objectId: plot.id,
			rightId: plot.sharedRight,
			field: 'basis_kk',
			oldValue: (await env.DB.prepare('SELECT basis_kk FROM re_rights WHERE id = 5').first())?.basis_kk,
			newValue: 'Заң бойынша мұраға құқық туралы куәлік, 11.08.2015 ж., № 7306, нотариус Тоқтарұлы Л.О.'
		});
		expect(await status(object.number)).toEqual({ status: 'valid', newerDataSince: right.correction.at });
		expect(await status(entity.number)).toEqual({ status: 'valid' });
		const address = await correctOk({
			register: 'legal_entity',
			bin: shanyrak,
			field: 'legal_address_kk',
			oldValue: (
				await env.DB.prepare('SELECT legal_address_kk FROM legal_entities WHERE bin = ?').bind(shanyrak).first()
			)?.legal_address_kk,
			newValue: 'Шымкент қаласы, Әл-Фараби ауданы, Бәйтерек көшесі, 136/3 үй, 207 үй-жай, 160000'
		});
		expect(await status(entity.number)).toEqual({ status: 'valid', newerDataSince: address.correction.at });
		await env.DB.prepare(
			"UPDATE certificates SET revoked_at = '2026-11-20T10:00:00.000Z', revocation_reason = 'court-decision' WHERE number = ?"
		)
			.bind(entity.number)
			.run();
		expect(await status(entity.number)).toEqual({
			status: 'revoked',
			revokedAt: '2026-11-20T10:00:00.000Z',
			reason: 'court-decision'
		});
	});

	it('the status is one query that searches indexes only', async () => {
		const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${certificateStatusSql}`)
			.bind('KX7FM3PAR')
			.all<{ detail: string }>();
		const details = plan.results.map((r) => r.detail);
		expect(
			details.filter((d) => /^SCAN /.test(d)),
			details.join('\n')
		).toEqual([]);
		expect(
			details.some((d) =>
				/SEARCH rc USING (COVERING )?INDEX registry_corrections_by_source \(source=\? AND at>\?\)/.test(d)
			),
			details.join('\n')
		).toBe(true);
	});
});
