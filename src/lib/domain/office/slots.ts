/**
 * The registration times an office offers for marriages and divorces by mutual consent: every
 * half hour from 10:00 to 17:30 on the office's working days, the ones on the hour at 11, 12, 15
 * and 16 in the solemn hall. The sources set only the one-month wait, not the times: these are the
 * office's configuration, kept as a rule so that every slot need not be stored — a booking is a
 * row (office, time) that can exist once.
 */
import { dayOf, formatCivilDate, midnightOf, MINUTE_MS } from '../calendar/civil.ts';
import type { WorkingCalendar } from '../calendar/index.ts';

export interface CeremonySlot {
	startsAt: string;
	solemn: boolean;
}

const firstMinute = 10 * 60;
const lastMinute = 17 * 60 + 30;
const solemnHours = new Set([11, 12, 15, 16]);

function slotsOfDay(day: number): CeremonySlot[] {
	const slots: CeremonySlot[] = [];
	for (let minute = firstMinute; minute <= lastMinute; minute += 30) {
		slots.push({
			startsAt: new Date(midnightOf(day) + minute * MINUTE_MS).toISOString(),
			solemn: minute % 60 === 0 && solemnHours.has(minute / 60)
		});
	}
	return slots;
}

/**
 * Slots from `earliest` on, skipping days off and the times already booked, up to `limit`.
 * @example
 * ceremonySlots(workingCalendar(), new Date('2026-12-23T05:00:00Z'), new Set(), { limit: 3 });
 * // 23.12.2026 10:00, 10:30, 11:00 (solemn) Almaty
 */
export function ceremonySlots(
	calendar: WorkingCalendar,
	earliest: Date,
	booked: ReadonlySet<string>,
	{ limit = 40, solemn }: { limit?: number; solemn?: boolean } = {}
): CeremonySlot[] {
	const found: CeremonySlot[] = [];
	// Two months of days is far more than any office needs to find `limit` free times.
	for (let day = dayOf(earliest.getTime()), last = day + 62; day <= last && found.length < limit; day++) {
		if (!calendar.isWorkingDay(formatCivilDate(day))) continue;
		for (const slot of slotsOfDay(day)) {
			if (found.length >= limit) break;
			if (slot.startsAt < earliest.toISOString() || booked.has(slot.startsAt)) continue;
			if (solemn !== undefined && slot.solemn !== solemn) continue;
			found.push(slot);
		}
	}
	return found;
}

/** Whether an instant is one of the office's slots (of the solemn kind when asked), on or after `earliest`. */
export function isCeremonySlot(calendar: WorkingCalendar, startsAt: Date, earliest: Date, solemn: boolean): boolean {
	if (Number.isNaN(startsAt.getTime()) || startsAt < earliest) return false;
	const day = dayOf(startsAt.getTime());
	if (!calendar.isWorkingDay(formatCivilDate(day))) return false;
	return slotsOfDay(day).some((slot) => slot.startsAt === startsAt.toISOString() && slot.solemn === solemn);
}
