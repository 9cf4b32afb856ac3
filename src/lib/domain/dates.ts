/** Dates are stored as ISO `YYYY-MM-DD` and instants as UTC; people see dd.mm.yyyy in Asia/Almaty (UTC+5 since 2024). */

export const almatyOffsetMinutes = 5 * 60;

export function formatDate(isoDate: string): string {
	const [y, m, d] = isoDate.split('-');
	return `${d}.${m}.${y}`;
}

/** `23.11.2026 14:05` in Asia/Almaty; callers add the zone label in the reader's language. */
export function formatAlmatyDateTime(instant: Date | string): string {
	const t = new Date(new Date(instant).getTime() + almatyOffsetMinutes * 60_000);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${pad(t.getUTCDate())}.${pad(t.getUTCMonth() + 1)}.${t.getUTCFullYear()} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/** Today's date in Almaty, for "cannot be in the future" checks. */
export function almatyToday(now: Date = new Date()): string {
	return new Date(now.getTime() + almatyOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
