import { describe, expect, it } from 'vitest';
import { catalog } from './index.ts';
import type { Condition, ServiceDefinition } from './types.ts';

// The ids of ../shared/spec/services.md, exactly.
const digestIds = [
	'duplicate-certificate',
	'marriage-application',
	'civil-status-reference',
	'real-estate-rights',
	'real-estate-presence',
	'legal-entity-extract',
	'birth-registration',
	'marriage-registration',
	'duplicate-or-reference',
	'paternity-registration',
	'name-change-registration',
	'record-restoration',
	'death-registration',
	'adoption-registration',
	'divorce-registration'
];

function conditionsOf(service: ServiceDefinition): { where: string; condition: Condition }[] {
	return [
		...service.pages.filter((p) => p.when).map((p) => ({ where: `page ${p.id}`, condition: p.when! })),
		...service.fields.filter((f) => f.when).map((f) => ({ where: `field ${f.id}`, condition: f.when! })),
		...service.documents.filter((d) => d.when).map((d) => ({ where: `document ${d.id}`, condition: d.when! })),
		...service.steps.flatMap((s) => (s.variants ?? []).map((v) => ({ where: `step ${s.id}`, condition: v.when }))),
		...(service.stateDuty?.exemptions ?? []).map((e) => ({ where: 'exemption', condition: e.when })),
		...(service.waitingPeriod?.when ? [{ where: 'waiting period', condition: service.waitingPeriod.when }] : [])
	];
}

function leaves(condition: Condition): Exclude<Condition, { all: Condition[] } | { any: Condition[] }>[] {
	if ('all' in condition) return condition.all.flatMap(leaves);
	if ('any' in condition) return condition.any.flatMap(leaves);
	return [condition];
}

describe('the catalogue', () => {
	it.each(catalog.map((s) => [s.id, s] as const))('%s cites its act and annex in each language', (_, service) => {
		const { document, annex } = service.regulation;
		for (const lang of ['kk', 'ru'] as const) {
			// A citation in a Kazakh or Russian page reads in that language: no English words in it.
			expect(`${document[lang]}, ${annex[lang]}`, lang).not.toMatch(/[A-Za-z]/);
			expect(document[lang], lang).toMatch(/№ (236|4\/646)/);
		}
		expect(document.en).toMatch(/^(Order|Resolution) No\./);
	});

	it('holds exactly the fifteen services of the digest', () => {
		expect(catalog.map((s) => s.id).sort()).toEqual([...digestIds].sort());
	});

	describe.each(catalog.map((s) => [s.id, s] as const))('%s', (_id, service) => {
		it('cites its source and names itself in three languages', () => {
			expect(service.regulation.source).toMatch(/\S/);
			for (const text of [service.name, service.shortName, service.description, service.result, service.provider]) {
				expect(text.kk && text.ru && text.en).toBeTruthy();
			}
			for (const item of [...service.fields, ...service.steps, ...service.documents]) expect(item.source).toMatch(/\S/);
		});

		it('asks the IIN first, on its own page', () => {
			expect(service.pages[0].fields).toEqual(['iin']);
			expect(service.fields.find((f) => f.id === 'iin')?.type).toBe('iin');
		});

		it('puts every field on exactly one page, and every page field exists', () => {
			const onPages = service.pages.flatMap((p) => p.fields);
			expect(new Set(onPages).size).toBe(onPages.length);
			expect([...onPages].sort()).toEqual(service.fields.map((f) => f.id).sort());
			expect(new Set(service.pages.map((p) => p.id)).size).toBe(service.pages.length);
			expect(service.pages.map((p) => p.id)).not.toContain('documents');
			expect(service.pages.map((p) => p.id)).not.toContain('check');
		});

		it('gives every choice options and every text three languages', () => {
			for (const field of service.fields) {
				expect(field.label.kk && field.label.ru && field.label.en).toBeTruthy();
				if (field.type === 'choice') expect(field.options?.length).toBeGreaterThan(1);
				for (const option of field.options ?? [])
					expect(option.label.kk && option.label.ru && option.label.en).toBeTruthy();
			}
			for (const document of service.documents) {
				expect(document.name.kk && document.name.ru && document.name.en).toBeTruthy();
				expect(document.maxFiles).toBeGreaterThan(0);
			}
		});

		it('only conditions on answers asked earlier, with values that exist', () => {
			const pageOf = (fieldId: string) => service.pages.findIndex((p) => p.fields.includes(fieldId));
			for (const { where, condition } of conditionsOf(service)) {
				for (const leaf of leaves(condition)) {
					const field = service.fields.find((f) => f.id === leaf.field);
					expect(field, `${where} refers to ${leaf.field}`).toBeDefined();
					if (where.startsWith('page ')) {
						expect(pageOf(leaf.field), `${where} depends on a later page`).toBeLessThan(
							service.pages.findIndex((p) => `page ${p.id}` === where)
						);
					}
					const values = 'equals' in leaf ? [leaf.equals] : 'in' in leaf ? leaf.in : [];
					if (field?.type === 'choice') {
						for (const value of values)
							expect(
								field.options!.map((o) => o.value),
								where
							).toContain(value);
					}
					if ('olderThanMonths' in leaf) expect(field?.type).toBe('date');
				}
			}
		});

		it('has steps with durations', () => {
			expect(service.steps.length).toBeGreaterThan(0);
			for (const step of service.steps) expect(Object.values(step.duration).some((n) => n && n > 0)).toBe(true);
		});
	});
});
