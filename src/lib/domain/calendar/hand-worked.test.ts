// Issue 4: deadlines worked out by hand from the rules in index.ts's header, one comment of arithmetic per case.
// Default office hours 09:00–18:30 Almaty (9 h 30 min = 570 min a day), no breaks. Weekdays: 2026-11-20, 2026-03-20
// and 2027-01-01 are Fridays. Cases index.test.ts already checks exactly are not repeated here.
import { describe, expect, it } from 'vitest';
import { findService } from '../catalog/index.ts';
import { stepDuration } from '../catalog/rules.ts';
import { workingCalendar, type Duration } from './index.ts';

/** `'2026-11-20 17:50'` in Almaty → the UTC instant. */
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+05:00`);
/** A UTC instant → `'2026-11-20 17:50'` in Almaty. */
const local = (instant: Date) =>
	new Date(instant.getTime() + 5 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

const calendar = workingCalendar();
const due = (from: string, duration: Duration, cal = calendar) => local(cal.addDuration(at(from), duration));
/** The due time of every step of a chain: the chain of its first 1, 2, … steps. */
const chain = (from: string, steps: readonly Duration[], cal = calendar) =>
	steps.map((_, i) => local(cal.addDurations(at(from), steps.slice(0, i + 1))));

const birth = findService('birth-registration')!;
/** A birth registration of a newborn: the review takes its default 1 working day. */
const birthSteps = birth.steps.map((step) => stepDuration(step, { requestKind: 'registration' }, '2026-11-20'));

describe('issue 4: hand-worked cases', () => {
	it('uses the catalogue’s birth-registration steps: 20 min, 1 h, 1 working day, 3 h, 1 h, 20 min', () => {
		expect(birthSteps).toEqual([
			{ minutes: 20 },
			{ hours: 1 },
			{ workingDays: 1 },
			{ hours: 3 },
			{ hours: 1 },
			{ minutes: 20 }
		]);
	});

	describe('a) Friday 20.11.2026 17:50 (an ordinary working Friday; Monday 23 and Tuesday 24 are ordinary too)', () => {
		it('the first step alone: 20 min ends at 18:10 the same Friday (40 min are left before 18:30)', () => {
			// 17:50 + 20 min = 18:10 ≤ 18:30: it fits in Friday.
			expect(due('2026-11-20 17:50', { minutes: 20 })).toBe('2026-11-20 18:10');
			// Monday 09:10 is what an office closing at 18:00 gives: 10 min on Friday (17:50–18:00), Saturday and
			// Sunday skipped, the other 10 min from Monday 09:00 → 09:10.
			expect(due('2026-11-20 17:50', { minutes: 20 }, workingCalendar({ dayEnd: '18:00' }))).toBe('2026-11-23 09:10');
		});

		it('the whole birth-registration chain', () => {
			// 20 min:  17:50 + 20 min                                      → Fri 18:10
			// 1 h:     18:10–18:30 = 20 min Fri, 40 min left from Mon 09:00 → Mon 23.11 09:40
			// 1 wd:    started inside hours → same clock time, next working day → Tue 24.11 09:40
			//          (check: Mon 09:40–18:30 = 530 min + Tue 09:00–09:40 = 40 min = 570 min)
			// 3 h:     09:40 + 3 h → 12:40;  1 h: → 13:40;  20 min: → 14:00
			expect(chain('2026-11-20 17:50', birthSteps)).toEqual([
				'2026-11-20 18:10',
				'2026-11-23 09:40',
				'2026-11-24 09:40',
				'2026-11-24 12:40',
				'2026-11-24 13:40',
				'2026-11-24 14:00'
			]);
			// Working time from submission to the end: 40 (Fri) + 570 (Mon) + 300 (Tue 09:00–14:00) = 910 min
			// = 20 + 60 + 570 + 180 + 60 + 20.
			expect(calendar.workingTimeBetween(at('2026-11-20 17:50'), at('2026-11-24 14:00'))).toBe(910);
		});
	});

	describe('b) Nauryz 2026 and transferred working days', () => {
		it('March 2026 days off: the corrected date-holidays data gives 13', () => {
			// date-holidays lists 8 (Sun) + 9 (substitute), 15 (Sun) + 16 (substitute), 21 (Sat), 22 (Sun), 23 (Nauryz, and
			// the substitute for the 21st), 24 (substitute for the 22nd). kazakhstanCorrections: 16 is a working day,
			// 25 is a day off (the second Nauryz transfer).
			// Weekends: 1, 7, 8, 14, 15, 21, 22, 28, 29 (9 days) + weekday days off 9, 23, 24, 25 (4) = 13.
			const march = Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`);
			const off = march.filter((date) => !calendar.isWorkingDay(date)).map((date) => +date.slice(8));
			expect(off).toEqual([1, 7, 8, 9, 14, 15, 21, 22, 23, 24, 25, 28, 29]);
		});

		it('Monday 16 March is a working day (corrected), unless the office says otherwise', () => {
			// Fri 13.03 18:20 + 20 min: 10 min to 18:30, weekend 14–15, 10 min from Mon 16.03 09:00 → 09:10.
			expect(due('2026-03-13 18:20', { minutes: 20 })).toBe('2026-03-16 09:10');
			// An office override of 16 March as a day off wins over the correction: Tue 17.03 09:10.
			const office = workingCalendar({ overrides: [{ date: '2026-03-16', kind: 'holiday' }] });
			expect(due('2026-03-13 18:20', { minutes: 20 }, office)).toBe('2026-03-17 09:10');
		});

		it('the birth-registration chain from Friday 20.03 17:50, over Nauryz and both transferred days off', () => {
			// 20 min:  → Fri 20.03 18:10
			// 1 h:     20 min Fri; 21 Sat, 22 Sun, 23 Nauryz, 24 and 25 transferred days off; 40 min from Thu 26.03
			//          09:00 → 09:40
			// 1 wd:    → Fri 27.03 09:40;  3 h → 12:40;  1 h → 13:40;  20 min → 14:00
			expect(chain('2026-03-20 17:50', birthSteps)).toEqual([
				'2026-03-20 18:10',
				'2026-03-26 09:40',
				'2026-03-27 09:40',
				'2026-03-27 12:40',
				'2026-03-27 13:40',
				'2026-03-27 14:00'
			]);
		});

		it('an office override makes Saturday 28.03 a working day; deadlines land on it', () => {
			const office = workingCalendar({ overrides: [{ date: '2026-03-28', kind: 'working' }] });
			expect(office.isWorkingDay('2026-03-28')).toBe(true);
			expect(calendar.isWorkingDay('2026-03-28')).toBe(false);
			// Fri 20.03 17:00 + 3 wd: working days after the 20th are 26 (1), 27 (2), then Sat 28 (3) in this office,
			// Mon 30 (3) nationally; same clock time.
			expect(due('2026-03-20 17:00', { workingDays: 3 }, office)).toBe('2026-03-28 17:00');
			expect(due('2026-03-20 17:00', { workingDays: 3 })).toBe('2026-03-30 17:00');
			// Fri 27.03 18:20 + 20 min: 10 min Fri, 10 min from Sat 28.03 09:00 → 09:10.
			expect(due('2026-03-27 18:20', { minutes: 20 }, office)).toBe('2026-03-28 09:10');
			// Registered Fri 27.03 19:00 (after closing), 1 wd → the closing time of the next working day: Sat 18:30.
			expect(due('2026-03-27 19:00', { workingDays: 1 }, office)).toBe('2026-03-28 18:30');
			// Fri 27.03 18:30 → Mon 30.03 09:00: the whole Saturday (570 min) in this office, nothing nationally.
			expect(office.workingTimeBetween(at('2026-03-27 18:30'), at('2026-03-30 09:00'))).toBe(570);
			expect(calendar.workingTimeBetween(at('2026-03-27 18:30'), at('2026-03-30 09:00'))).toBe(0);
		});
	});

	describe('c) across the New Year (2027: 1 Jan Friday, 2 Jan Saturday with Monday 4 Jan as its substitute)', () => {
		it('a 15-calendar-day review due 24.12.2026, extended by 30 calendar days → 23.01.2027, same clock time', () => {
			// Name change: review 15 calendar days; the regulation allows extending it by up to 30 calendar days.
			const nameChange = findService('name-change-registration')!;
			expect(nameChange.steps.find((s) => s.id === 'review')!.duration).toEqual({ calendarDays: 15 });
			expect(nameChange.extension!.maxCalendarDays).toBe(30);
			// 09.12 + 15 = 24.12 (Thursday). 24.12 + 30: 7 days to 31.12, 23 more → 23.01.2027 (a Saturday: calendar
			// days do not stop for days off).
			expect(due('2026-12-09 10:00', { calendarDays: 15 })).toBe('2026-12-24 10:00');
			expect(due('2026-12-24 10:00', { calendarDays: 30 })).toBe('2027-01-23 10:00');
			expect(local(calendar.addDurations(at('2026-12-09 10:00'), [{ calendarDays: 15 }, { calendarDays: 30 }]))).toBe(
				'2027-01-23 10:00'
			);
			expect(calendar.isWorkingDay('2027-01-23')).toBe(false);
		});

		it('1 working day from Thursday 31.12.2026 14:30 skips 1–4 January → Tuesday 05.01.2027 14:30', () => {
			// 31.12 is a working Thursday. 1 Jan (Fri) New Year, 2 (Sat) New Year, 3 Sun, 4 (Mon) substitute for the 2nd:
			// the next working day is Tue 5 Jan; started inside hours → same clock time.
			for (const date of ['2027-01-01', '2027-01-02', '2027-01-03', '2027-01-04']) {
				expect(calendar.isWorkingDay(date)).toBe(false);
			}
			expect(calendar.isWorkingDay('2026-12-31')).toBe(true);
			expect(calendar.isWorkingDay('2027-01-05')).toBe(true);
			expect(due('2026-12-31 14:30', { workingDays: 1 })).toBe('2027-01-05 14:30');
			// 14:30–18:30 = 240 min on 31.12 + 09:00–14:30 = 330 min on 05.01 = 570 min, one working day.
			expect(calendar.workingTimeBetween(at('2026-12-31 14:30'), at('2027-01-05 14:30'))).toBe(570);
			// 20 min from 31.12 18:20: 10 min in 2026, 10 min from Tue 05.01 09:00 → 09:10.
			expect(due('2026-12-31 18:20', { minutes: 20 })).toBe('2027-01-05 09:10');
		});
	});

	describe('d) a one-month waiting period ending on a holiday', () => {
		it('16.11.2026 + 1 month = 16.12.2026 (Independence Day); the registration can take place from 17.12', () => {
			const marriage = findService('marriage-registration')!;
			expect(marriage.waitingPeriod!.duration).toEqual({ months: 1 });
			// Months are calendar months with the clock time kept: Mon 16.11 11:00 + 1 month = Wed 16.12 11:00. The
			// calendar returns that instant even though it is a day off: a waiting period is not working time.
			expect(due('2026-11-16 11:00', marriage.waitingPeriod!.duration)).toBe('2026-12-16 11:00');
			// 16 December is Independence Day; Thursday 17 December is the next working day (date-holidays lists only
			// the 16th since 2022).
			expect(calendar.isWorkingDay('2026-12-16')).toBe(false);
			expect(calendar.isWorkingDay('2026-12-17')).toBe(true);
			expect(calendar.workingTimeBetween(at('2026-12-16 11:00'), at('2026-12-17 09:00'))).toBe(0);
			// So a 20-minute step started when the wait ends counts from Thursday's opening: 09:00 + 20 min → 09:20.
			expect(due('2026-12-16 11:00', { minutes: 20 })).toBe('2026-12-17 09:20');
		});
	});
});
