import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatTenge, mrpInForce, stateDutyTiyn } from './money.ts';

// The values of wrangler.jsonc.
const mrpByYear = { '2025': 393200, '2026': 432500 };

describe('stateDutyTiyn', () => {
	afterEach(() => vi.restoreAllMocks());

	it('charges the МРП of the Almaty calendar year, not the UTC one', () => {
		// 1 January 2026, 03:00 in Almaty is still 31 December 2025 in UTC.
		expect(stateDutyTiyn(0.3, new Date('2025-12-31T22:00:00Z'), mrpByYear)).toBe(129750);
		// 31 December 2025, 23:59 in Almaty.
		expect(stateDutyTiyn(0.3, new Date('2025-12-31T18:59:59Z'), mrpByYear)).toBe(117960);
		expect(stateDutyTiyn(0.3, new Date('2025-12-31T19:00:00Z'), mrpByYear)).toBe(129750);
	});

	it('keeps the latest configured МРП for a year not configured yet, logging the missing year once', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(stateDutyTiyn(0.3, new Date('2027-01-02T00:00:00Z'), mrpByYear)).toBe(129750);
		expect(mrpInForce(new Date('2027-06-01T00:00:00Z'), mrpByYear)).toEqual({ year: 2026, tiyn: 432500 });
		expect(warn).toHaveBeenCalledTimes(1);
		expect(warn.mock.calls[0].join(' ')).toContain('2027');
		// A gap between configured years takes the year before it, never a later one.
		expect(mrpInForce(new Date('2028-03-01T00:00:00Z'), { '2027': 1, '2029': 3 })).toEqual({ year: 2027, tiyn: 1 });
	});

	it('refuses to guess before the first configured year', () => {
		expect(() => stateDutyTiyn(0.3, new Date('2024-06-01T00:00:00Z'), mrpByYear)).toThrow(/2024/);
	});
});

describe('formatTenge', () => {
	it('groups thousands and prints the tiyn after a comma', () => {
		expect(formatTenge(129750)).toBe('1\u00a0297,50\u00a0₸');
		expect(formatTenge(5)).toBe('0,05\u00a0₸');
	});
});
