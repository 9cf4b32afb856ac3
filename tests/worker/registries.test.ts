/**
 * The real-estate register and the Legal entities database in D1 (migration 0004, the demo seed
 * of worker/seed/registers.ts): the schema and its foreign keys, the README people's holdings,
 * and the query plan of every named look-up the registry certificates run.
 */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registryRegionOptions } from '../../src/lib/domain/catalog/shared/registry-request.ts';
import { findEntityExtract, findParticipations, legalEntitySql } from '../../worker/db/legal-entities.ts';
import { findRealEstateHoldings, propertySql } from '../../worker/db/property.ts';
import type { LegalEntityRow } from '../../worker/db/rows.ts';
import { gulnurIin, nurlanIin } from '../../worker/seed/registers.ts';

const registerTables = [
	'persons',
	'legal_entities',
	'le_participants',
	're_objects',
	're_rights',
	're_encumbrances',
	're_claims'
];

async function fails(sql: string, ...params: unknown[]): Promise<string> {
	try {
		await env.DB.prepare(sql)
			.bind(...params)
			.run();
	} catch (e) {
		return String((e as Error).message);
	}
	return 'no error';
}

describe('the registers schema', () => {
	it('has the tables and the regions of the catalogue', async () => {
		const tables = await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all<{ name: string }>();
		expect(tables.results.map((t) => t.name)).toEqual(expect.arrayContaining([...registerTables, 'regions']));
		const regions = await env.DB.prepare('SELECT code, cadastral_code FROM regions ORDER BY code').all<{
			code: string;
			cadastral_code: string;
		}>();
		expect(regions.results.map((r) => r.code)).toEqual(registryRegionOptions.map((o) => o.value).sort());
		expect(regions.results.every((r) => /^\d{2}$/.test(r.cadastral_code))).toBe(true);
	});

	it('keeps its foreign keys', async () => {
		expect((await env.DB.prepare('PRAGMA foreign_key_check').all()).results).toEqual([]);
		const object = (await env.DB.prepare('SELECT id FROM re_objects LIMIT 1').first<{ id: number }>())!.id;
		const right = `INSERT INTO re_rights (object_id, type, content_kk, content_ru, holder_iin, holder_bin, holder_name_kk,
		               holder_name_ru, ownership_form, basis_kk, basis_ru, registered_at)
		               VALUES (?, 'ownership', 'x', 'x', ?, ?, 'x', 'x', 'sole', 'x', 'x', '2026-01-05T05:00:00Z')`;
		// A holder the Individuals or Legal entities database does not know.
		expect(await fails(right, object, '990101300017', null)).toMatch(/FOREIGN KEY/);
		expect(await fails(right, object, null, '990140000011')).toMatch(/FOREIGN KEY/);
		expect(await fails(right, 999_999_999, gulnurIin, null)).toMatch(/FOREIGN KEY/);
		// Exactly one of IIN and BIN.
		const bank = (await env.DB.prepare("SELECT bin FROM legal_entities WHERE legal_form = 'jsc' LIMIT 1").first<{
			bin: string;
		}>())!.bin;
		expect(await fails(right, object, gulnurIin, bank)).toMatch(/CHECK/);
		expect(await fails(right, object, null, null)).toMatch(/CHECK/);
		// A branch names its parent; an entity has none.
		expect(
			await fails(
				`UPDATE legal_entities SET parent_bin = NULL WHERE kind = 'branch' AND bin = (SELECT bin FROM legal_entities WHERE kind = 'branch' LIMIT 1)`
			)
		).toMatch(/CHECK/);
		expect(await fails(`UPDATE re_objects SET region_code = 'atlantis' WHERE id = ?`, object)).toMatch(/FOREIGN KEY/);
		expect(
			await fails(
				`UPDATE re_objects SET cadastral_number = (SELECT max(cadastral_number) FROM re_objects) WHERE id = ?`,
				object
			)
		).toMatch(/UNIQUE/);
	});

	it('the current shared rights of every object sum to one', async () => {
		const off = await env.DB.prepare(
			`SELECT object_id, sum(share_num * 1.0 / share_den) AS total FROM re_rights
			  WHERE terminated_at IS NULL AND ownership_form = 'shared' GROUP BY object_id, type
			 HAVING abs(total - 1) > 1e-9`
		).all();
		expect(off.results).toEqual([]);
	});
});

describe("the README people's holdings", () => {
	it('Гүлнұр: a mortgaged flat in Almaty and a third of a house with its plot', async () => {
		const all = await findRealEstateHoldings(env.DB, { iin: gulnurIin }, null);
		const current = all.rights.filter((r) => r.terminated_at === null);
		expect(all.rights).toHaveLength(current.length);
		const flat = current.find((r) => r.object_type === 'premises')!;
		expect(flat).toMatchObject({
			region_code: 'almaty',
			ownership_form: 'sole',
			holder_name_kk: 'Әбілқасымова Гүлнұр Өмірқызы'
		});
		expect(flat.address_kk).toContain('Алматы қаласы');
		expect(flat.cadastral_number).toMatch(/^20-\d{3}-\d{3}-\d{3}:1\/\d+$/);
		const mortgage = all.encumbrances.find((e) => e.object_id === flat.object_id)!;
		expect(mortgage.type).toBe('mortgage');
		const bank = await env.DB.prepare('SELECT * FROM legal_entities WHERE bin = ?')
			.bind(mortgage.party_bin)
			.first<LegalEntityRow>();
		expect(bank).toMatchObject({ legal_form: 'jsc', activity_code: '64191' });
		expect(mortgage.registered_at > flat.registered_at).toBe(true);

		const house = current.find((r) => r.object_type === 'building')!;
		expect(house).toMatchObject({ ownership_form: 'shared', share_num: 1, share_den: 3, region_code: 'almaty-region' });
		const plot = current.find((r) => r.object_type === 'land-plot')!;
		expect(plot.cadastral_number).toBe(house.cadastral_number.replace(/:1$/, ''));
		const coOwners = all.currentRightsOnObjects.filter((r) => r.object_id === house.object_id);
		expect(coOwners.map((r) => [r.share_num, r.share_den])).toEqual([
			[1, 3],
			[1, 3],
			[1, 3]
		]);
		// One co-owner's third is under arrest by the enforcement department.
		expect(all.encumbrances.filter((e) => e.object_id === house.object_id)).toEqual([
			expect.objectContaining({ type: 'arrest', share_num: 1, share_den: 3 })
		]);
		expect(current).toHaveLength(3);

		// The region narrows the certificate.
		const almaty = await findRealEstateHoldings(env.DB, { iin: gulnurIin }, 'almaty');
		expect(almaty.rights.map((r) => r.object_type)).toEqual(['premises']);
		expect(almaty.currentRightsOnObjects).toHaveLength(1);
		expect(almaty.encumbrances.map((e) => e.type)).toEqual(['mortgage']);
		expect((await findRealEstateHoldings(env.DB, { iin: gulnurIin }, 'astana')).rights).toEqual([]);
	});

	it('Нұрлан: nothing now, a flat he sold, and 40 % of an LLP with branches', async () => {
		const holdings = await findRealEstateHoldings(env.DB, { iin: nurlanIin }, null);
		expect(holdings.rights).toHaveLength(1);
		const [past] = holdings.rights;
		expect(past.terminated_at).not.toBeNull();
		expect(past.terminated_at! > past.registered_at).toBe(true);
		expect(past.termination_basis_ru).toMatch(/^Договор купли-продажи/);
		expect(past.termination_basis_kk).toMatch(/^Сатып алу-сату шарты/);
		expect(holdings.currentRightsOnObjects).toEqual([]);
		expect(holdings.encumbrances).toEqual([]);

		const { entities, participants } = await findParticipations(env.DB, { iin: nurlanIin });
		expect(entities).toHaveLength(1);
		const [llp] = entities;
		expect(llp).toMatchObject({
			legal_form: 'llp',
			kind: 'entity',
			participation_share_num: 40,
			participation_share_den: 100
		});
		expect(llp.last_registration_number).toMatch(/^\d+-\d{4}-ЖШС$/);
		expect(participants.filter((p) => p.entity_bin === llp.bin)).toHaveLength(3);

		const extract = await findEntityExtract(env.DB, llp.bin);
		expect(extract.entity!.bin).toBe(llp.bin);
		expect(extract.branches.map((b) => b.kind).sort()).toEqual(['branch', 'branch', 'representative-office']);
		expect(extract.branches.every((b) => b.parent_bin === llp.bin && b.bin !== llp.bin)).toBe(true);
		// The LLP's corporate participant is in turn partly owned by the LLP.
		const partner = extract.participants.find((p) => p.participant_bin !== null)!;
		const partnersOwn = await findParticipations(env.DB, { bin: llp.bin });
		expect(partnersOwn.entities.map((e) => e.bin)).toContain(partner.participant_bin);
	});

	it('the long documents: ten co-owners of one plot, fifty participants of one cooperative', async () => {
		const tenShares = await env.DB.prepare(
			`SELECT object_id FROM re_rights WHERE terminated_at IS NULL GROUP BY object_id HAVING count(*) = 10`
		).all();
		expect(tenShares.results).toHaveLength(1);
		const cooperative = await env.DB.prepare(
			`SELECT entity_bin FROM le_participants GROUP BY entity_bin HAVING count(*) = 50`
		).first<{ entity_bin: string }>();
		expect((await findEntityExtract(env.DB, cooperative!.entity_bin)).participants).toHaveLength(50);
	});
});

describe('every look-up searches an index', () => {
	const statements: [string, string, unknown[]][] = [];
	const add = (prefix: string, o: Record<string, unknown>) => {
		for (const [name, value] of Object.entries(o)) {
			if (typeof value === 'string') {
				const params = value.includes('?2') ? ['000000000000', 'almaty'] : ['000000000000'];
				statements.push([`${prefix}${name}`, value, params]);
			} else add(`${prefix}${name}.`, value as Record<string, unknown>);
		}
	};
	add('propertySql.', propertySql);
	add('legalEntitySql.', legalEntitySql);

	it('covers every named statement', () => {
		expect(statements.map(([name]) => name)).toEqual([
			'propertySql.objectByCadastralNumber',
			'propertySql.rightsOfObject',
			'propertySql.encumbrancesOfObject',
			'propertySql.claimsOfObject',
			'propertySql.holderRights.iin',
			'propertySql.holderRights.bin',
			'propertySql.currentRightsOnHeldObjects.iin',
			'propertySql.currentRightsOnHeldObjects.bin',
			'propertySql.encumbrancesOnHeldObjects.iin',
			'propertySql.encumbrancesOnHeldObjects.bin',
			'propertySql.claimsOnHeldObjects.iin',
			'propertySql.claimsOnHeldObjects.bin',
			'legalEntitySql.entityByBin',
			'legalEntitySql.branchesOf',
			'legalEntitySql.participantsOf',
			'legalEntitySql.participationsOfPerson',
			'legalEntitySql.participationsOfEntity',
			'legalEntitySql.participantsOfPersonsEntities',
			'legalEntitySql.participantsOfEntitysEntities'
		]);
	});

	for (const [name, sql, params] of statements) {
		it(name, async () => {
			const plan = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`)
				.bind(...params)
				.all<{ detail: string }>();
			const details = plan.results.map((r) => r.detail);
			expect(
				details.some((d) => /^SEARCH \w+ USING (INDEX|INTEGER PRIMARY KEY|PRIMARY KEY)/.test(d)),
				details.join('\n')
			).toBe(true);
			expect(
				details.filter((d) => /^SCAN /.test(d)),
				details.join('\n')
			).toEqual([]);
		});
	}
});
