// The deadline calendar against known facts: Kazakhstan's 2026 holidays as date-holidays computes them (and the two
// published corrections), working-time arithmetic at the edges of the office day, weekends, Nauryz, a decreed
// working Saturday, calendar days and months, and "today" in Almaty around midnight (19:00 UTC).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dueState, kazakhstanCorrections, kazakhstanHolidays, workingCalendar, type Duration } from './index.ts';

/** `'2026-11-20 17:00'` in Almaty → the UTC instant. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+05:00`);
/** A UTC instant → `'2026-11-20 17:00'` in Almaty, for readable assertions. */
const local = (instant: Date) =>
	new Date(instant.getTime() + 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const calendar = workingCalendar();
const due = (from: string, duration: Duration, cal = calendar) => local(cal.addDuration(at(from), duration));

describe('helpers of this test', () => {
	it('read and print Almaty wall-clock time', () => {
		expect(at('2026-11-20 17:00').toISOString()).toBe('2026-11-20T12:00:00.000Z');
		expect(local(new Date('2026-11-20T19:00:00Z'))).toBe('2026-11-21 00:00');
	});
});

describe('kazakhstanHolidays (date-holidays, type public)', () => {
	it('lists 2026 with substitute days, as civil dates in Almaty', () => {
		expect(kazakhstanHolidays(2026)).toEqual([
			'2026-01-01', // New Year
			'2026-01-02',
			'2026-01-07', // Orthodox Christmas
			'2026-03-08', // Women's Day (Sunday)
			'2026-03-09', // …its substitute
			'2026-03-15', // Constitution Day "since 2026" by date-holidays (Sunday); corrected below
			'2026-03-16', // …its substitute; corrected below
			'2026-03-21', // Nauryz (Saturday)
			'2026-03-22', // Nauryz (Sunday)
			'2026-03-23', // Nauryz, and also listed as the substitute for the 21st
			'2026-03-24', // substitute for the 22nd
			'2026-05-01', // Unity Day
			'2026-05-07', // Defender of the Fatherland Day
			'2026-05-09', // Victory Day (Saturday)
			'2026-05-11', // …its substitute
			'2026-05-27', // Kurban Ait, given as "2026-05-27 00:00:00 -0600"
			'2026-07-06', // Capital Day
			'2026-10-25', // Republic Day (Sunday)
			'2026-10-26', // …its substitute
			'2026-12-16' // Independence Day
		]);
	});

	it('no longer lists Constitution Day on 30 August from 2026', () => {
		expect(kazakhstanHolidays(2025)).toContain('2025-08-30');
		expect(kazakhstanHolidays(2025)).toContain('2025-09-01'); // substitute for Saturday 30.08.2025
		expect(kazakhstanHolidays(2026).some((date) => date.startsWith('2026-08'))).toBe(false);
	});

	it('computes a year once and hands out the same frozen list', () => {
		const first = kazakhstanHolidays(2027);
		expect(kazakhstanHolidays(2027)).toBe(first);
		expect(Object.isFrozen(first)).toBe(true);
		expect(first).toContain('2027-01-04'); // substitute for Saturday 2 January 2027
	});

	it('rejects a year that is not a whole number', () => {
		expect(() => kazakhstanHolidays(2026.5)).toThrow(RangeError);
	});
});

describe('isWorkingDay', () => {
	it('follows date-holidays for 2026, with the national corrections', () => {
		const off = kazakhstanHolidays(2026).filter((date) => !calendar.isWorkingDay(date));
		// Every listed holiday is a day off except 16 March (corrected to a working day).
		expect(off).toEqual(kazakhstanHolidays(2026).filter((date) => date !== '2026-03-16'));
		expect(calendar.isWorkingDay('2026-03-16')).toBe(true);
		expect(calendar.isWorkingDay('2026-03-25')).toBe(false); // second Nauryz transfer
		expect(kazakhstanCorrections).toEqual([
			{ date: '2026-03-16', kind: 'working' },
			{ date: '2026-03-25', kind: 'holiday' }
		]);
	});

	it('takes Kurban Ait on its civil date, not on the UTC-shifted start of the entry', () => {
		expect(calendar.isWorkingDay('2026-05-26')).toBe(true);
		expect(calendar.isWorkingDay('2026-05-27')).toBe(false);
	});

	it('skips weekends and keeps ordinary weekdays and the old Constitution Day', () => {
		expect(calendar.isWorkingDay('2026-11-20')).toBe(true); // Friday
		expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // Saturday
		expect(calendar.isWorkingDay('2026-11-22')).toBe(false); // Sunday
		expect(calendar.isWorkingDay('2026-08-31')).toBe(true); // Monday after 30 August: no substitute any more
	});

	it("applies the office's overrides over weekends, holidays and the national corrections", () => {
		const office = workingCalendar({
			overrides: [
				{ date: '2026-11-21', kind: 'working' }, // a Saturday worked by decree
				{ date: '2026-11-27', kind: 'holiday' }, // an extra Friday off
				{ date: '2026-03-25', kind: 'working' }
			]
		});
		expect(office.isWorkingDay('2026-11-21')).toBe(true);
		expect(office.isWorkingDay('2026-11-27')).toBe(false);
		expect(office.isWorkingDay('2026-03-25')).toBe(true);
		expect(calendar.isWorkingDay('2026-11-21')).toBe(false); // other calendars are untouched
	});

	it('rejects dates that are not real YYYY-MM-DD dates', () => {
		expect(() => calendar.isWorkingDay('2026-02-30')).toThrow(RangeError);
		expect(() => calendar.isWorkingDay('20.11.2026')).toThrow(RangeError);
	});
});

describe('minutes and hours: working time', () => {
	it('carries 20 minutes from 18:20 over to 09:10 of the next working day', () => {
		expect(due('2026-11-18 18:20', { minutes: 20 })).toBe('2026-11-19 09:10'); // Wednesday → Thursday
		expect(due('2026-11-20 18:20', { minutes: 20 })).toBe('2026-11-23 09:10'); // Friday → Monday
	});

	it('ends on the closing time when the time runs out exactly there', () => {
		expect(due('2026-11-20 18:20', { minutes: 10 })).toBe('2026-11-20 18:30');
	});

	it('Friday 17:00 + 1 h is 18:00 with the default hours; it reaches Monday 09:30 from 18:00', () => {
		expect(due('2026-11-20 17:00', { hours: 1 })).toBe('2026-11-20 18:00');
		expect(due('2026-11-20 18:00', { hours: 1 })).toBe('2026-11-23 09:30');
	});

	it('Friday 17:00 + 1 h is Monday 09:30 in an office that closes at 17:30', () => {
		expect(due('2026-11-20 17:00', { hours: 1 }, workingCalendar({ dayEnd: '17:30' }))).toBe('2026-11-23 09:30');
	});

	it('starts counting at the next opening when a step starts outside working hours', () => {
		expect(due('2026-11-19 07:45', { minutes: 15 })).toBe('2026-11-19 09:15'); // before opening
		expect(due('2026-11-21 12:00', { minutes: 15 })).toBe('2026-11-23 09:15'); // Saturday
		expect(due('2026-11-20 22:00', { hours: 3 })).toBe('2026-11-23 12:00'); // Friday night
	});

	it('skips a lunch break', () => {
		const office = workingCalendar({ breaks: [{ start: '13:00', end: '14:00' }] });
		expect(due('2026-11-23 12:30', { hours: 1 }, office)).toBe('2026-11-23 14:30');
		expect(due('2026-11-23 13:20', { minutes: 10 }, office)).toBe('2026-11-23 14:10'); // started during lunch
		expect(due('2026-11-23 12:50', { minutes: 10 }, office)).toBe('2026-11-23 13:00'); // ends as lunch starts
	});

	it('runs over a holiday: Friday before Nauryz', () => {
		// 21–22 March weekend, 23 Nauryz, 24 and 25 transferred days off: next opening is Thursday 26 March.
		expect(due('2026-03-20 18:00', { hours: 1 })).toBe('2026-03-26 09:30');
	});

	it('counts a long run of hours across several days', () => {
		// 9.5 working hours a day: 20 h from Monday 09:00 = Monday + Tuesday + 1 h on Wednesday.
		expect(due('2026-11-23 09:00', { hours: 20 })).toBe('2026-11-25 10:00');
	});
});

describe('working days', () => {
	it('Friday 17:00 + 1 working day is Monday 17:00', () => {
		expect(due('2026-11-20 17:00', { workingDays: 1 })).toBe('2026-11-23 17:00');
	});

	it('Friday before Nauryz + 1 working day skips the weekend, Nauryz and both transferred days', () => {
		expect(due('2026-03-20 17:00', { workingDays: 1 })).toBe('2026-03-26 17:00');
		// An office that keeps 25 March as a working day (date-holidays alone) would give Wednesday.
		const office = workingCalendar({ overrides: [{ date: '2026-03-25', kind: 'working' }] });
		expect(due('2026-03-20 17:00', { workingDays: 1 }, office)).toBe('2026-03-25 17:00');
	});

	it('counts a transferred working Saturday', () => {
		const office = workingCalendar({ overrides: [{ date: '2026-11-21', kind: 'working' }] });
		expect(due('2026-11-20 17:00', { workingDays: 1 }, office)).toBe('2026-11-21 17:00');
		expect(due('2026-11-20 18:20', { minutes: 20 }, office)).toBe('2026-11-21 09:10');
	});

	it('skips an extra day off set by the office', () => {
		const office = workingCalendar({ overrides: [{ date: '2026-11-23', kind: 'holiday' }] });
		expect(due('2026-11-20 17:00', { workingDays: 1 }, office)).toBe('2026-11-24 17:00');
	});

	it('ends at the closing time of the Nth working day when registered out of hours', () => {
		expect(due('2026-11-21 11:00', { workingDays: 1 })).toBe('2026-11-23 18:30'); // Saturday
		expect(due('2026-11-20 19:00', { workingDays: 1 })).toBe('2026-11-23 18:30'); // Friday after closing
		expect(due('2026-11-23 08:00', { workingDays: 1 })).toBe('2026-11-23 18:30'); // Monday before opening
		expect(due('2026-11-23 09:00', { workingDays: 5 })).toBe('2026-11-27 18:30');
	});

	it('keeps the clock time over 5 working days and a year end', () => {
		expect(due('2026-11-18 11:40', { workingDays: 5 })).toBe('2026-11-25 11:40');
		// 1 January 2027 Friday, 2 Saturday (substitute Monday 4), 3 Sunday, 7 Thursday Christmas.
		expect(due('2026-12-31 17:00', { workingDays: 1 })).toBe('2027-01-05 17:00');
		expect(due('2026-12-31 17:00', { workingDays: 3 })).toBe('2027-01-08 17:00');
	});

	it('combines working days with hours and minutes (1 working day + 5 h 40 min)', () => {
		expect(due('2026-11-20 16:00', { workingDays: 1, hours: 5, minutes: 40 })).toBe('2026-11-24 12:10');
	});
});

describe('calendar days and months', () => {
	it('counts every day across a month end and keeps the clock time', () => {
		expect(due('2026-11-20 14:05', { calendarDays: 15 })).toBe('2026-12-05 14:05'); // a Saturday, as counted
		expect(due('2026-12-20 10:00', { calendarDays: 15 })).toBe('2027-01-04 10:00');
		expect(due('2026-03-20 10:00', { calendarDays: 3 })).toBe('2026-03-23 10:00'); // holidays count too
	});

	it('adds calendar months, clamped to the end of a shorter month', () => {
		expect(due('2026-01-31 10:00', { months: 1 })).toBe('2026-02-28 10:00');
		expect(due('2028-01-31 10:00', { months: 1 })).toBe('2028-02-29 10:00');
		expect(due('2026-03-31 16:45', { months: 1 })).toBe('2026-04-30 16:45');
		expect(due('2026-12-15 09:30', { months: 1 })).toBe('2027-01-15 09:30');
		expect(due('2026-11-30 12:00', { months: 3 })).toBe('2027-02-28 12:00');
	});

	it('uses the Almaty date near midnight, not the UTC one', () => {
		// 01.03.2026 02:00 Almaty is still 28.02 21:00 in UTC: a month later is 01.04 02:00, not 29.03.
		expect(local(calendar.addDuration(new Date('2026-02-28T21:00:00Z'), { months: 1 }))).toBe('2026-04-01 02:00');
		// 31.01.2026 02:00 Almaty (30.01 in UTC) clamps to 28.02.
		expect(local(calendar.addDuration(new Date('2026-01-30T21:00:00Z'), { months: 1 }))).toBe('2026-02-28 02:00');
	});

	it('applies months, then calendar days, then working time', () => {
		// 31.01 + 1 month = 28.02 (Saturday) 10:00, + 2 days = Monday 02.03 10:00, + 1 h = 11:00.
		expect(due('2026-01-31 10:00', { months: 1, calendarDays: 2, hours: 1 })).toBe('2026-03-02 11:00');
	});

	it('an empty duration changes nothing', () => {
		expect(due('2026-11-21 03:00', {})).toBe('2026-11-21 03:00');
	});
});

describe('addDurations', () => {
	/** The due time of every step of a chain: the chain of its first 1, 2, … steps. */
	const chain = (from: string, steps: Duration[], cal = calendar) =>
		steps.map((_, i) => local(cal.addDurations(at(from), steps.slice(0, i + 1))));

	it('chains the steps of a death registration (20 min, 30 min, 3 h, 2 h, 30 min, 20 min)', () => {
		const steps: Duration[] = [
			{ minutes: 20 },
			{ minutes: 30 },
			{ hours: 3 },
			{ hours: 2 },
			{ minutes: 30 },
			{ minutes: 20 }
		];
		expect(chain('2026-11-23 10:00', steps)).toEqual([
			'2026-11-23 10:20',
			'2026-11-23 10:50',
			'2026-11-23 13:50',
			'2026-11-23 15:50',
			'2026-11-23 16:20',
			'2026-11-23 16:40'
		]);
		const withLunch = workingCalendar({ breaks: [{ start: '13:00', end: '14:00' }] });
		expect(local(withLunch.addDurations(at('2026-11-23 10:00'), steps))).toBe('2026-11-23 17:40');
	});

	it('chains a birth registration over a weekend (20 min, 1 h, 1 working day, 3 h, 1 h, 20 min)', () => {
		const steps: Duration[] = [
			{ minutes: 20 },
			{ hours: 1 },
			{ workingDays: 1 },
			{ hours: 3 },
			{ hours: 1 },
			{ minutes: 20 }
		];
		expect(chain('2026-11-20 16:00', steps)).toEqual([
			'2026-11-20 16:20',
			'2026-11-20 17:20',
			'2026-11-23 17:20',
			'2026-11-24 10:50',
			'2026-11-24 11:50',
			'2026-11-24 12:10'
		]);
	});

	it('returns the start itself for no steps', () => {
		expect(local(calendar.addDurations(at('2026-11-21 03:00'), []))).toBe('2026-11-21 03:00');
	});
});

describe('workingTimeBetween', () => {
	it('counts only working minutes across a weekend, negative backwards', () => {
		expect(calendar.workingTimeBetween(at('2026-11-20 17:00'), at('2026-11-23 10:00'))).toBe(150);
		expect(calendar.workingTimeBetween(at('2026-11-23 10:00'), at('2026-11-20 17:00'))).toBe(-150);
	});

	it('is zero outside working hours and leaves out breaks and holidays', () => {
		expect(calendar.workingTimeBetween(at('2026-11-21 09:00'), at('2026-11-22 18:00'))).toBe(0);
		expect(calendar.workingTimeBetween(at('2026-11-20 18:30'), at('2026-11-23 09:00'))).toBe(0);
		const office = workingCalendar({ breaks: [{ start: '13:00', end: '14:00' }] });
		expect(office.workingTimeBetween(at('2026-11-23 12:00'), at('2026-11-23 15:00'))).toBe(120);
		// Friday 20.03 18:00 → Thursday 26.03 09:30: 30 min + 30 min, Nauryz in between.
		expect(calendar.workingTimeBetween(at('2026-03-20 18:00'), at('2026-03-26 09:30'))).toBe(60);
	});

	it('counts a whole working day as 570 minutes with the default hours', () => {
		expect(calendar.workingTimeBetween(at('2026-11-23 00:00'), at('2026-11-24 00:00'))).toBe(570);
	});

	it('inverts addDuration for any start and any number of minutes', () => {
		const office = workingCalendar({ breaks: [{ start: '13:00', end: '14:00' }] });
		fc.assert(
			fc.property(
				fc.integer({ min: Date.UTC(2025, 11, 1) / 60_000, max: Date.UTC(2027, 1, 1) / 60_000 }),
				fc.integer({ min: 0, max: 20_000 }),
				(startMinute, minutes) => {
					const from = new Date(startMinute * 60_000);
					for (const cal of [calendar, office]) {
						const end = cal.addDuration(from, { minutes });
						expect(cal.workingTimeBetween(from, end)).toBe(minutes);
						expect(end.getTime()).toBeGreaterThanOrEqual(from.getTime());
					}
				}
			),
			{ numRuns: 300 }
		);
	});
});

describe('dueState around Almaty midnight (19:00 UTC)', () => {
	const due21at0900 = new Date('2026-11-21T04:00:00Z'); // 21.11.2026 09:00 Almaty

	it('is on-time the evening before and due-today from Almaty midnight', () => {
		expect(dueState(due21at0900, new Date('2026-11-20T18:59:59Z'))).toBe('on-time'); // 20.11 23:59:59 Almaty
		expect(dueState(due21at0900, new Date('2026-11-20T19:00:00Z'))).toBe('due-today'); // 21.11 00:00 Almaty
	});

	it('is overdue once the instant has passed, due-today up to it', () => {
		expect(dueState(due21at0900, due21at0900)).toBe('due-today');
		expect(dueState(due21at0900, new Date('2026-11-21T04:00:01Z'))).toBe('overdue');
	});

	it('treats a deadline at 23:59 Almaty (18:59 UTC) as today and 00:00 Almaty as tomorrow', () => {
		const now = new Date('2026-11-20T10:00:00Z'); // 20.11 15:00 Almaty
		expect(dueState(new Date('2026-11-20T18:59:00Z'), now)).toBe('due-today');
		expect(calendar.dueState(new Date('2026-11-20T19:00:00Z'), now)).toBe('on-time');
	});
});

describe('options and input checks', () => {
	it('rejects bad hours, breaks, overrides, durations and instants', () => {
		expect(() => workingCalendar({ dayStart: '9:00' })).toThrow(RangeError);
		expect(() => workingCalendar({ dayStart: '18:30', dayEnd: '09:00' })).toThrow(RangeError);
		expect(() => workingCalendar({ breaks: [{ start: '08:00', end: '09:30' }] })).toThrow(RangeError);
		expect(() =>
			workingCalendar({
				breaks: [
					{ start: '12:00', end: '13:00' },
					{ start: '12:30', end: '14:00' }
				]
			})
		).toThrow(RangeError);
		expect(() =>
			workingCalendar({
				overrides: [
					{ date: '2026-11-21', kind: 'working' },
					{ date: '2026-11-21', kind: 'holiday' }
				]
			})
		).toThrow(RangeError);
		expect(() => workingCalendar({ overrides: [{ date: '2026-13-01', kind: 'working' }] })).toThrow(RangeError);
		expect(() => calendar.addDuration(at('2026-11-23 10:00'), { workingDays: 1.5 })).toThrow(RangeError);
		expect(() => calendar.addDuration(at('2026-11-23 10:00'), { minutes: -5 })).toThrow(RangeError);
		expect(() => calendar.addDuration(new Date(NaN), { minutes: 5 })).toThrow(RangeError);
	});

	it('accepts breaks in any order and an office open until midnight', () => {
		const office = workingCalendar({
			dayStart: '08:00',
			dayEnd: '24:00',
			breaks: [
				{ start: '18:00', end: '19:00' },
				{ start: '12:00', end: '13:00' }
			]
		});
		expect(office.workingTimeBetween(at('2026-11-23 00:00'), at('2026-11-24 00:00'))).toBe(14 * 60);
		expect(due('2026-11-23 11:30', { hours: 7 }, office)).toBe('2026-11-23 20:30');
		expect(due('2026-11-20 23:30', { hours: 1 }, office)).toBe('2026-11-23 08:30');
	});
});
