/**
 * ЖСН/ИИН and БСН/БИН check digits. Every vector's check digit is worked by hand in its comment
 * (Σ1 with weights 1..11; when Σ1 mod 11 is 10, Σ2 with weights 3..11,1,2), never taken from the
 * code under test. Each invalid vector is wrong in one way only: the other parts, the check digit
 * included, are right, so the test shows which check catches it.
 */
import { describe, expect, it } from 'vitest';
import { iinField } from './fields/iin.ts';
import { checkDigit, isValidBin, parseIin } from './iin.ts';

describe('parseIin: valid', () => {
	it.each([
		// Әбілқасымова Гүлнұр: 9·1+0·2+0·3+3·4+2·5+1·6+4·7+0·8+1·9+2·10+3·11 = 127 = 11·11+6 → 6.
		['900321401236', '1990-03-21', 'female'],
		// Сейітқали Нұрлан: Σ1 = 0+2+0+28+5+30+35+0+36+50+66 = 252 = 11·22+10 → second set:
		// 0·3+1·4+0·5+7·6+1·7+5·8+5·9+0·10+4·11+5·1+6·2 = 199 = 11·18+1 → 1.
		['010715504561', '2001-07-15', 'male'],
		// 8+10+0+4+0+6+21+0+0+0+11 = 60 = 11·5+5 → 5.
		['850101300015', '1985-01-01', 'male'],
		// 29 Feb 2000 (a leap year: divisible by 400): 0+0+0+8+10+54+35+0+0+0+11 = 118 = 11·10+8 → 8.
		['000229500018', '2000-02-29', 'male'],
		// Seventh digit 2: born in the 19th century, female. 8+16+0+32+10+54+14+0+0+10+22 = 166 → 1.
		['880829200121', '1888-08-29', 'female'],
		// Seventh digit 6: 21st century, female. 0+10+0+24+0+42+42+0+0+10+22 = 150 = 11·13+7 → 7.
		['050607600127', '2005-06-07', 'female'],
		// Σ1 = 9+12+3+4+10+18+21+0+0+10+0 = 87 = 11·7+10 → second set:
		// 27+24+5+6+14+24+27+0+0+1+0 = 128 = 11·11+7 → 7.
		['961123300107', '1996-11-23', 'male'],
		// Σ1 = 6+6+3+8+15+6+21+0+0+0+0 = 65 = 11·5+10 → second set: 18+12+5+12+21+8+27+0+0+0+0 = 103
		// = 11·9+4 → 4.
		['631231300004', '1963-12-31', 'male']
	] as const)('%s: born %s, %s', (iin, birthDate, sex) => {
		expect(parseIin(iin)).toEqual({ ok: true, facts: { birthDate, sex } });
	});

	it('the check digit of the first eleven digits, from either weight set', () => {
		expect(checkDigit('90032140123')).toBe(6);
		expect(checkDigit('01071550456')).toBe(1);
		// Σ1 = 9+0+0+12+10+6+28+0+0+0+33 = 98 ≡ 10; Σ2 = 27+0+0+18+14+8+36+0+0+0+6 = 109 ≡ 10:
		// no digit makes a valid number, so none is ever issued with these eleven.
		expect(checkDigit('90032140003')).toBeNull();
	});
});

describe('parseIin: invalid', () => {
	it('a wrong check digit: every other last digit', () => {
		for (const digit of '0123456789'.replace('6', '')) {
			expect(parseIin(`90032140123${digit}`)).toEqual({ ok: false, problem: 'invalid_checksum' });
		}
		// Nurlan's number checked with the first weight set only would end in 10, which is no digit;
		// 0 (10 mod 10) is wrong.
		expect(parseIin('010715504560')).toEqual({ ok: false, problem: 'invalid_checksum' });
	});

	it('eleven digits that no check digit completes', () => {
		for (const digit of '0123456789') {
			expect(parseIin(`90032140003${digit}`)).toEqual({ ok: false, problem: 'invalid_checksum' });
		}
	});

	it.each([
		// Gulnur's number with the seventh digit changed; the check digit recomputed so only the century is wrong.
		['900321001230', 'Σ1 = 9+0+0+12+10+6+0+0+9+20+33 = 99 = 11·9 → 0'],
		['900321701235', 'Σ1 = 127 − 28 + 49 = 148 = 11·13+5 → 5'],
		['900321801231', 'Σ1 = 127 − 28 + 56 = 155 = 11·14+1 → 1'],
		['900321901238', 'Σ1 = 127 − 28 + 63 = 162 = 11·14+8 → 8']
	])('century digit: %s (%s)', (iin) => {
		expect(parseIin(iin)).toEqual({ ok: false, problem: 'invalid_century' });
	});

	it.each([
		// 30 Feb 1990: 9+0+0+8+15+0+28+0+0+0+11 = 71 = 11·6+5 → 5.
		['900230400015', '30 February'],
		// 31 Apr 1990: 9+0+0+16+15+6+28+0+0+0+11 = 85 = 11·7+8 → 8.
		['900431400018', '31 April'],
		// 29 Feb 2001: Σ1 = 0+2+0+8+10+54+35+0+0+0+11 = 120 ≡ 10; Σ2 = 0+4+0+12+14+72+45+0+0+0+2 = 149 ≡ 6.
		['010229500016', '29 February of 2001, not a leap year'],
		// 29 Feb 1900 (divisible by 100, not by 400): 0+0+0+8+10+54+21+0+0+0+11 = 104 = 11·9+5 → 5.
		['000229300015', '29 February of 1900, not a leap year'],
		// Month 13: 9+0+3+12+10+6+28+0+0+0+11 = 79 = 11·7+2 → 2.
		['901321400012', 'month 13'],
		// Month 00: 9+0+0+0+10+6+28+0+0+0+11 = 64 = 11·5+9 → 9.
		['900021400019', 'month 00'],
		// Day 00: 9+0+0+4+0+0+28+0+0+0+11 = 52 = 11·4+8 → 8.
		['900100400018', 'day 00']
	])('impossible date: %s (%s)', (iin) => {
		expect(parseIin(iin)).toEqual({ ok: false, problem: 'impossible_date' });
	});

	it.each([
		['', 'empty'],
		['90032140123', 'eleven digits'],
		['9003214012366', 'thirteen digits'],
		['90032140123a', 'a letter'],
		[' 900321401236', 'a leading space'],
		['9003 2140 1236', 'spaces inside'],
		['900321-401236', 'a dash'],
		['٩٠٠٣٢١٤٠١٢٣٦', 'Arabic-Indic digits'],
		['９００３２１４０１２３６', 'full-width digits']
	])('not twelve ASCII digits: %j (%s)', (input) => {
		expect(parseIin(input)).toEqual({ ok: false, problem: 'invalid_format' });
	});
});

describe('isValidBin', () => {
	it.each([
		// Registered 01.1999, type 4 (resident entity): 9+18+0+4+20+0+0+0+0+0+11 = 62 = 11·5+7 → 7.
		['990140000017'],
		// 11.2005, type 4: 0+10+3+4+20+0+0+8+18+30+44 = 137 = 11·12+5 → 5.
		['051140012345'],
		// 11.2005, type 6: 0+10+3+4+30+0+0+8+18+30+44 = 147 = 11·13+4 → 4.
		['051160012344'],
		// 10.2019, type 6: 1+18+3+0+30+30+0+0+9+20+33 = 144 = 11·13+1 → 1.
		['191065001231'],
		// Σ1 = 0+10+3+4+20+0+0+0+0+50+0 = 87 ≡ 10 → second set: 0+20+5+6+28+0+0+0+0+5+0 = 64 = 11·5+9 → 9.
		['051140000509']
	])('%s is valid', (bin) => {
		expect(isValidBin(bin)).toBe(true);
	});

	it.each([
		['990140000010', 'a wrong check digit'],
		['051140000500', 'the check digit of the first weight set alone (10 → 0)'],
		// 9+18+0+4+35+0+0+0+0+0+11 = 77 = 11·7 → 0: only the type digit (7) is wrong.
		['990170000010', 'type digit 7'],
		// 9+18+0+4+15+0+0+0+0+0+11 = 57 = 11·5+2 → 2.
		['990130000012', 'type digit 3'],
		// 9+18+3+12+20+0+0+0+0+0+11 = 73 = 11·6+7 → 7.
		['991340000017', 'month 13'],
		// 9+18+0+0+20+0+0+0+0+0+11 = 58 = 11·5+3 → 3.
		['990040000013', 'month 00'],
		['05114001234', 'eleven digits'],
		['05114001234x', 'a letter'],
		['', 'empty']
	])('%s is not (%s)', (bin) => {
		expect(isValidBin(bin)).toBe(false);
	});
});

describe('the IIN question', () => {
	// 9+12+0+4+0+6+35+0+0+0+11 = 77 = 11·7 → 0: a valid IIN whose 7th digit (5) puts its date in 2096.
	const born2096 = '960101500010';

	it('refuses a date of birth after today, which parseIin alone cannot know', () => {
		expect(parseIin(born2096)).toMatchObject({ ok: true, facts: { birthDate: '2096-01-01' } });
		expect(iinField.parse(born2096, { today: '2026-12-06' })).toEqual({ ok: false, error: 'impossible_date' });
		expect(iinField.parse(born2096, { today: '2096-01-01' })).toEqual({ ok: true, value: born2096 });
	});

	it('takes spaces, and names a blank answer', () => {
		expect(iinField.parse(' 9003 2140 1236 ', { today: '2026-12-06' })).toEqual({ ok: true, value: '900321401236' });
		expect(iinField.parse('  ', { today: '2026-12-06' })).toEqual({ ok: false, error: 'blank' });
	});
});
