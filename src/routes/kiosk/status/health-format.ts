/**
 * How the kiosk health screen words sizes and the app's version, in the reader's language. No
 * `$lib` imports: the unit tests load it as it is.
 */

export const byteUnits = ['B', 'KB', 'MB', 'GB', 'TB'] as const;
export type ByteUnit = (typeof byteUnits)[number];

/**
 * `12 МБ`, `1,4 ГБ`: storage sizes at a glance, in binary steps, with the unit's name and the
 * decimal mark of the reader's language (`unit`, `decimalMark`).
 */
export function formatBytes(
	bytes: number,
	unit: (name: ByteUnit) => string = (name) => name,
	decimalMark = '.'
): string {
	let value = bytes;
	let step = 0;
	while (value >= 1024 && step < byteUnits.length - 1) {
		value /= 1024;
		step++;
	}
	const number = value < 10 && step > 0 ? value.toFixed(1).replace('.', decimalMark) : String(Math.round(value));
	return `${number}\u00a0${unit(byteUnits[step])}`;
}

/**
 * The build's time when `version` is one (SvelteKit's default version is the build's `Date.now()`),
 * worded by `dateTime`; any other version (a commit id, a release name) as it is.
 */
export function formatVersion(version: string, dateTime: (instant: Date) => string): string {
	// Thirteen digits: a time in milliseconds between 2001 and 2286.
	return /^\d{13}$/.test(version) ? dateTime(new Date(Number(version))) : version;
}
