/**
 * The generators of the demo and bench registers (worker/seed/registers.ts, bench.ts): the same
 * seed gives the same rows, every IIN and BIN is valid and known, shares add up, numbers are
 * unique and well-formed, and no SQL statement passes D1's 100 KB limit.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidBin, parseIin } from '../../src/lib/domain/iin.ts';
import type { Registers } from '../../worker/seed/registers.ts';
import { benchRows, chunkStatements } from '../../worker/seed/bench.ts';
import { placesByCode } from '../../worker/seed/places.ts';
import { buildDemoRegisters, registersSql } from '../../worker/seed/registers.ts';
import { buildRegistry, type Person } from '../../worker/seed/registry.ts';

const registry = buildRegistry();
const demo = buildDemoRegisters(registry);

/** A small bench: the same generator as the 1 000 000-person one, at 1/50 of its size. */
function smallBench(seed = 2027) {
	const reg = buildRegistry();
	const d = buildDemoRegisters(reg);
	const out: Registers & { persons: Person[] } = {
		persons: [...reg.persons],
		entities: [...d.entities],
		participants: [...d.participants],
		objects: [...d.objects],
		rights: [...d.rights],
		encumbrances: [...d.encumbrances],
		claims: [...d.claims]
	};
	const statements: string[] = [];
	for (const chunk of benchRows(reg, d, { persons: 20_000, objects: 6_000, seed, chunk: 2000 })) {
		statements.push(...chunkStatements(chunk));
		const key = {
			persons: 'persons',
			legal_entities: 'entities',
			le_participants: 'participants',
			re_objects: 'objects',
			re_rights: 'rights',
			re_encumbrances: 'encumbrances',
			re_claims: 'claims'
		}[chunk.table] as keyof typeof out;
		(out[key] as unknown[]).push(...chunk.rows);
	}
	return { ...out, statements };
}

const bench = smallBench();
const sha = (x: unknown) => createHash('sha256').update(JSON.stringify(x)).digest('hex');

function sets(r: Registers & { persons: Person[] }) {
	return { iins: new Set(r.persons.map((p) => p.iin)), bins: new Set(r.entities.map((e) => e.bin)) };
}

/** Every IIN and BIN a row names, with where it was found. */
function references(r: Registers): { iin: [string, string][]; bin: [string, string][] } {
	const iin: [string, string][] = [];
	const bin: [string, string][] = [];
	const add = (list: [string, string][], value: string | null, where: string) =>
		value !== null && list.push([value, where]);
	for (const e of r.entities) {
		add(iin, e.head_iin, `head of ${e.bin}`);
		add(bin, e.parent_bin, `parent of ${e.bin}`);
	}
	for (const p of r.participants) {
		add(bin, p.entity_bin, `participation ${p.id}`);
		add(iin, p.participant_iin, `participant ${p.id}`);
		add(bin, p.participant_bin, `participant ${p.id}`);
	}
	for (const x of r.rights) {
		add(iin, x.holder_iin, `right ${x.id}`);
		add(bin, x.holder_bin, `right ${x.id}`);
	}
	for (const x of r.encumbrances) {
		add(iin, x.party_iin, `encumbrance ${x.id}`);
		add(bin, x.party_bin, `encumbrance ${x.id}`);
	}
	for (const x of r.claims) {
		add(iin, x.applicant_iin, `claim ${x.id}`);
		add(bin, x.applicant_bin, `claim ${x.id}`);
	}
	return { iin, bin };
}

/** a/b + c/d exactly. */
function addFraction([a, b]: [number, number], [c, d]: [number, number]): [number, number] {
	const gcd = (x: number, y: number): number => (y === 0 ? x : gcd(y, x % y));
	const n = a * d + c * b;
	const m = b * d;
	const g = gcd(n, m);
	return [n / g, m / g];
}

type Dataset = Registers & { persons: Person[]; statements: string[] };
const datasets: [string, Dataset][] = [
	['demo', { ...demo, persons: registry.persons, statements: registersSql(demo) }],
	['bench (small)', bench]
];

for (const [name, data] of datasets) {
	describe(`the ${name} registers`, () => {
		it('every IIN and BIN is valid and known to its database', () => {
			const { iins, bins } = sets(data);
			for (const p of data.persons) expect(parseIin(p.iin), p.iin).toMatchObject({ ok: true });
			for (const e of data.entities) expect(isValidBin(e.bin), e.bin).toBe(true);
			const refs = references(data);
			for (const [iin, where] of refs.iin) expect(iins.has(iin), `${iin} (${where})`).toBe(true);
			for (const [bin, where] of refs.bin) expect(bins.has(bin), `${bin} (${where})`).toBe(true);
			// A branch's BIN says it is a branch (0 entity, 1 branch, 2 representative office).
			for (const e of data.entities)
				expect(e.bin[5]).toBe({ entity: '0', branch: '1', 'representative-office': '2' }[e.kind]);
			expect(new Set(data.persons.map((p) => p.iin)).size).toBe(data.persons.length);
			expect(bins.size).toBe(data.entities.length);
		});

		it('the current shares of every object, and of every entity with shares, sum to one', () => {
			const byObject = new Map<string, [number, number]>();
			for (const r of data.rights) {
				if (r.terminated_at !== null || r.ownership_form !== 'shared') continue;
				const key = `${r.object_id}/${r.type}`;
				byObject.set(key, addFraction(byObject.get(key) ?? [0, 1], [r.share_num!, r.share_den!]));
			}
			expect(byObject.size).toBeGreaterThan(0);
			for (const [key, sum] of byObject) expect(sum, key).toEqual([1, 1]);
			// A sole owner holds alone; joint owners are several.
			const current = new Map<number, typeof data.rights>();
			for (const r of data.rights)
				if (r.terminated_at === null && r.type === 'ownership')
					current.set(r.object_id, [...(current.get(r.object_id) ?? []), r]);
			for (const [object, rights] of current) {
				const forms = new Set(rights.map((r) => r.ownership_form));
				expect(forms.size, `object ${object}`).toBe(1);
				if (forms.has('sole')) expect(rights, `object ${object}`).toHaveLength(1);
				if (forms.has('joint')) expect(rights.length, `object ${object}`).toBeGreaterThan(1);
			}
			const byEntity = new Map<string, [number, number]>();
			for (const p of data.participants) {
				if (p.share_num === null) continue;
				byEntity.set(p.entity_bin, addFraction(byEntity.get(p.entity_bin) ?? [0, 1], [p.share_num, p.share_den!]));
			}
			for (const [bin, sum] of byEntity) expect(sum, bin).toEqual([1, 1]);
		});

		it('cadastral numbers are unique, in the region of their object, in the form RR-DDD-QQQ-PPP[:B[/N]]', () => {
			expect(new Set(data.objects.map((o) => o.cadastral_number)).size).toBe(data.objects.length);
			for (const o of data.objects) {
				expect(o.cadastral_number).toMatch(/^\d{2}-\d{3}-\d{3}-\d{3}(:\d+(\/\d+)?)?$/);
				expect(o.cadastral_number.slice(0, 2), o.cadastral_number).toBe(placesByCode.get(o.region_code)!.cadastral);
				if (o.type === 'land-plot') expect(o.cadastral_number).toMatch(/^[\d-]+$/);
				if (o.type === 'premises') expect(o.cadastral_number).toContain('/');
			}
		});

		it('histories run forward in time and every current right has a holder of record', () => {
			const objects = new Set(data.objects.map((o) => o.id));
			for (const r of [...data.rights, ...data.encumbrances]) {
				expect(objects.has(r.object_id)).toBe(true);
				expect(r.registered_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
				if (r.terminated_at !== null) expect(r.terminated_at > r.registered_at, `${r.id}`).toBe(true);
			}
			const withCurrentRight = new Set(data.rights.filter((r) => r.terminated_at === null).map((r) => r.object_id));
			for (const o of data.objects) expect(withCurrentRight.has(o.id), o.cadastral_number).toBe(true);
		});

		it('keeps every SQL statement under D1’s 100 KB', () => {
			for (const s of data.statements) expect(new TextEncoder().encode(s).length).toBeLessThan(100_000);
		});
	});
}

describe('the generators are deterministic', () => {
	it('the demo registers are the same on every build', () => {
		const again = buildDemoRegisters(buildRegistry());
		const { state: _a, ...first } = demo;
		const { state: _b, ...second } = again;
		expect(sha(second)).toBe(sha(first));
	});

	it('the bench rows are the same for the same seed and differ for another', () => {
		const { statements, ...rows } = bench;
		const again = smallBench();
		expect(sha(again.statements)).toBe(sha(statements));
		expect(sha({ ...again, statements: undefined })).toBe(sha({ ...rows, statements: undefined }));
		expect(sha(smallBench(99).statements)).not.toBe(sha(statements));
	}, 60_000); // generates the bench rows twice more: seconds, and more on a busy machine
});

describe('the bench registers', () => {
	it('have the shape of the large seed: shared ownership, mortgages, arrests, past rights, branches, cross-participation', () => {
		const current = bench.rights.filter((r) => r.terminated_at === null);
		expect(current.some((r) => r.ownership_form === 'shared')).toBe(true);
		expect(current.some((r) => r.ownership_form === 'joint')).toBe(true);
		expect(bench.rights.filter((r) => r.terminated_at !== null).length).toBeGreaterThan(bench.objects.length / 5);
		const banks = new Set(bench.entities.filter((e) => e.activity_code === '64191').map((e) => e.bin));
		const mortgages = bench.encumbrances.filter((e) => e.type === 'mortgage');
		expect(mortgages.length).toBeGreaterThan(bench.objects.length / 20);
		expect(mortgages.every((m) => banks.has(m.party_bin!))).toBe(true);
		const arrests = bench.encumbrances.filter((e) => e.type === 'arrest');
		expect(arrests.some((a) => a.party_bin !== null)).toBe(true);
		expect(arrests.some((a) => a.party_iin !== null)).toBe(true);
		expect(bench.entities.some((e) => e.kind === 'branch')).toBe(true);
		expect(bench.entities.some((e) => e.kind === 'representative-office')).toBe(true);
		// Some entity takes part in another that takes part in it.
		const pairs = new Set(
			bench.participants.filter((p) => p.participant_bin).map((p) => `${p.participant_bin}>${p.entity_bin}`)
		);
		expect([...pairs].some((pair) => pairs.has(pair.split('>').reverse().join('>')))).toBe(true);
		// Persons in several entities.
		const perPerson = new Map<string, number>();
		for (const p of bench.participants)
			if (p.participant_iin) perPerson.set(p.participant_iin, (perPerson.get(p.participant_iin) ?? 0) + 1);
		expect([...perPerson.values()].some((n) => n >= 3)).toBe(true);
		// Every region has objects.
		expect(new Set(bench.objects.map((o) => o.region_code)).size).toBe(20);
	});
});
