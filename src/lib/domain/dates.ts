/** Dates are stored as ISO `YYYY-MM-DD` and instants as UTC; people see dd.mm.yyyy in Asia/Almaty (UTC+5 since 2024). */

// Kazakhstan has one time zone, UTC+5, since 1 March 2024. A fixed offset on purpose: ICU
// builds with tzdata older than 2024a still map Asia/Almaty to UTC+6.
export const almatyOffsetMinutes = 5 * 60;

/** `2026-11-23` → `23.11.2026`. */
export function formatDate(isoDate: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
	if (!m) throw new RangeError(`expected a YYYY-MM-DD date, got ${JSON.stringify(isoDate)}`);
	return `${m[3]}.${m[2]}.${m[1]}`;
}

/** `23.11.2026 14:05` in Asia/Almaty; callers add the zone label in the reader's language. */
export function formatAlmatyDateTime(instant: Date | string): string {
	const ms = new Date(instant).getTime();
	if (Number.isNaN(ms)) throw new RangeError('not a valid instant');
	const t = new Date(ms + almatyOffsetMinutes * 60_000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** Today's date in Almaty, for "cannot be in the future" checks. */
export function almatyToday(now: Date = new Date()): string {
	return new Date(now.getTime() + almatyOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
