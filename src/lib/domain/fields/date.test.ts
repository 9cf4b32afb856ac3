import { describe, expect, it } from 'vitest';
import { dateField } from './date.ts';

const today = '2026-11-30';

describe('date field', () => {
	it('reads dd.mm.yyyy with any usual separator and ISO, refuses impossible days', () => {
		for (const typed of ['21.03.1990', '21/03/1990', '21-03-1990', '21 03 1990', '1990-03-21'])
			expect(dateField.parse(typed, { today })).toEqual({ ok: true, value: '1990-03-21' });
		expect(dateField.parse('31.02.2026', { today })).toEqual({ ok: false, error: 'no_such_date' });
		expect(dateField.parse('00.13.2026', { today })).toEqual({ ok: false, error: 'no_such_date' });
		expect(dateField.parse('2026-02-30', { today })).toEqual({ ok: false, error: 'no_such_date' });
		expect(dateField.parse('31.02', { today })).toEqual({ ok: false, error: 'invalid_date' });
		expect(dateField.parse('01.01.1899', { today })).toEqual({ ok: false, error: 'too_early' });
		expect(dateField.parse('', { today })).toEqual({ ok: false, error: 'blank' });
	});

	it('keeps a wished date within its months ahead, counting to the same day of the month or its last', () => {
		const wished = { today, notInPast: true, monthsAhead: 6 };
		expect(dateField.parse('30.05.2027', wished)).toEqual({ ok: true, value: '2027-05-30' });
		expect(dateField.parse('31.05.2027', wished)).toEqual({ ok: false, error: 'too_far_ahead' });
		expect(dateField.parse('31.12.9999', wished)).toEqual({ ok: false, error: 'too_far_ahead' });
		expect(dateField.parse('29.11.2026', wished)).toEqual({ ok: false, error: 'past_date' });
		// 31 August + 6 months is the last day of February.
		const august = { today: '2027-08-31', monthsAhead: 6 };
		expect(dateField.parse('29.02.2028', august)).toEqual({ ok: true, value: '2028-02-29' });
		expect(dateField.parse('01.03.2028', august)).toEqual({ ok: false, error: 'too_far_ahead' });
	});
});
