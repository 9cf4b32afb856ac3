/**
 * The shared correction rules (src/lib/domain/office/corrections.ts) as the page uses them, and the
 * verify page's reading of "newer data since" in a certificate's status.
 */
import { describe, expect, it, vi } from 'vitest';
import {
	checkValue,
	correctableField,
	correctableFields,
	parseLookupKey,
	validateCorrection,
	valueFromInput,
	valueToInput
} from '../../src/lib/domain/office/corrections.ts';
import { fieldErrors } from '../../src/lib/domain/errors.ts';
import { addMessages, messages } from '../../src/lib/i18n/messages/index.ts';
import { officeRegistry } from '../../src/lib/i18n/messages/office-registry.ts';
import { verify } from '../../src/lib/i18n/messages/verify.ts';
import { fetchRevocation } from '../../src/lib/verify/registry.ts';

// As the office and /v routes do when they load.
addMessages(officeRegistry, verify);

const grounds = { kind: 'court-decision', number: '2-1234/2026', date: '02.11.2026', issuer: 'Алмалы аудандық соты' };

describe('correction values', () => {
	it('turns what the officer typed into the stored value, and back', () => {
		const area = correctableField('re_object', 'total_area')!;
		const share = correctableField('re_right', 'share')!;
		const storey = correctableField('re_object', 'storey')!;
		const code = correctableField('re_object', 'address_code')!;
		expect(valueFromInput(area, ' 64,8 ')).toBe(64.8);
		expect(valueFromInput(area, 'шамамен 64')).toBe('шамамен 64');
		expect(valueFromInput(share, '1 / 3')).toEqual({ num: 1, den: 3 });
		expect(valueFromInput(storey, '−1')).toBe(-1);
		expect(valueFromInput(code, '  ')).toBeNull();
		expect(valueToInput(64.8)).toBe('64,8');
		expect(valueToInput({ num: 2, den: 3 })).toBe('2/3');
		expect(valueToInput(null)).toBe('');
	});

	it('checks each kind with its own error key, every key translated', () => {
		const cases: [string, string, unknown, string | null][] = [
			['re_object', 'total_area', -1, 'positive_number'],
			['re_object', 'total_area', 64.555, 'positive_number'],
			['re_object', 'storeys', 0, 'whole_number'],
			['re_object', 'storey', 0, 'whole_number'],
			['re_object', 'storey', -1, null],
			['re_object', 'litera', 'А , Г1', null],
			['re_object', 'litera', 'А;Г', 'invalid_litera'],
			['re_right', 'share', { num: 1, den: 1 }, 'invalid_share'],
			['re_right', 'share', '', 'blank'],
			['legal_entity', 'activity_code', '4941', 'invalid_activity_code'],
			['person', 'full_name_ru', 'Иванов-Петров Иван', null]
		];
		for (const [register, field, value, error] of cases) {
			const checked = checkValue(correctableField(register as 'person', field)!, value);
			expect(checked.ok ? null : checked.error, `${field} ${JSON.stringify(value)}`).toBe(error);
			if (error) expect(fieldErrors[error as keyof typeof fieldErrors].kk.length).toBeGreaterThan(3);
		}
	});

	it('gives every correctable field a label in kk, ru and en', () => {
		for (const [register, fields] of Object.entries(correctableFields))
			for (const field of Object.keys(fields))
				for (const lang of ['kk', 'ru', 'en'] as const)
					expect(
						(messages[lang] as Record<string, string>)[`office.registry.field.${register}.${field}`],
						`${register}.${field} ${lang}`
					).toBeTruthy();
	});

	it('validates a whole body and names every mistake at once', () => {
		const ok = validateCorrection({
			register: 're_object',
			objectId: 1,
			field: 'address_kk',
			oldValue: 'Алматы',
			newValue: '  Алматы  қаласы ',
			grounds
		});
		expect(ok).toMatchObject({ ok: true, value: { newValue: 'Алматы қаласы', grounds: { date: '2026-11-02' } } });
		const bad = validateCorrection({
			register: 're_object',
			objectId: 1,
			field: 'total_area',
			oldValue: 64.3,
			newValue: 'x',
			grounds: { ...grounds, date: '' }
		});
		expect(bad).toEqual({ ok: false, fields: { 'grounds.date': 'blank', newValue: 'positive_number' } });
		expect(validateCorrection({ register: 're_object', field: 'constructor' })).toMatchObject({ ok: false });
	});

	it('checks look-up keys as the register stores them', () => {
		expect(parseLookupKey('re_object', ' 20-313-045-112:1/57 ')).toEqual({ ok: true, value: '20-313-045-112:1/57' });
		expect(parseLookupKey('re_object', '20313045112')).toEqual({ ok: false, error: 'invalid' });
		expect(parseLookupKey('person', '900321 401236')).toEqual({ ok: true, value: '900321401236' });
		expect(parseLookupKey('legal_entity', '21024013406')).toEqual({ ok: false, error: 'invalid_bin_format' });
	});
});

describe('the verify page reads newer data from the status', () => {
	const reply = (body: unknown) => vi.fn(async () => new Response(JSON.stringify(body), { status: 200 }));

	it('keeps newerDataSince when the status has one, and nothing else changes', async () => {
		expect(
			await fetchRevocation('KX7FM3PA2', reply({ status: 'valid', newerDataSince: '2026-11-25T04:30:00.000Z' }))
		).toEqual({ state: 'valid', newerDataSince: '2026-11-25T04:30:00.000Z' });
		expect(await fetchRevocation('KX7FM3PA2', reply({ status: 'valid', newerDataSince: 'soon' }))).toEqual({
			state: 'valid'
		});
		expect(await fetchRevocation('KX7FM3PA2', reply({ status: 'valid' }))).toEqual({ state: 'valid' });
	});

	it('says in every language that the document is genuine as issued but newer data exist', () => {
		for (const lang of ['kk', 'ru', 'en'] as const)
			expect(messages[lang]['verify.revocation.newerData']).toContain('{date}');
	});
});
