/** Seeded choices for the generators: the same seed gives the same data on every machine. */
import { random } from './registry.ts';

export class Rng {
	readonly next: () => number;
	constructor(seed: number) {
		this.next = random(seed);
	}
	/** An integer in [min, max]. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}
	chance(p: number): boolean {
		return this.next() < p;
	}
	pick<T>(list: readonly T[]): T {
		return list[Math.floor(this.next() * list.length)];
	}
	/** A choice among weighted options. */
	weighted<T>(options: readonly (readonly [T, number])[]): T {
		const total = options.reduce((sum, [, w]) => sum + w, 0);
		let r = this.next() * total;
		for (const [value, w] of options) {
			r -= w;
			if (r < 0) return value;
		}
		return options[options.length - 1][0];
	}
	digits(count: number): string {
		let s = '';
		for (let i = 0; i < count; i++) s += String(Math.floor(this.next() * 10));
		return s;
	}
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A date (YYYY-MM-DD) between two dates, inclusive. */
export function dateBetween(rng: Rng, from: string, to: string): string {
	if (from > to) throw new Error(`no date between ${from} and ${to}`);
	const a = Date.parse(from);
	const b = Date.parse(to);
	return new Date(a + Math.floor(rng.next() * ((b - a) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

/** A date between two dates, or null when the first is later than the second. */
export function dateWithin(rng: Rng, from: string, to: string): string | null {
	return from <= to ? dateBetween(rng, from, to) : null;
}

/**
 * A registration moment on a working day between two dates, in office hours of Almaty (UTC+6
 * before March 2024, UTC+5 since), stored as ISO UTC.
 */
export function registrationTime(rng: Rng, from: string, to: string): string {
	let date = dateBetween(rng, from, to);
	const day = new Date(`${date}T00:00:00Z`).getUTCDay();
	if (day === 0 || day === 6)
		date = new Date(Date.parse(date) + (day === 6 ? 2 : 1) * 86_400_000).toISOString().slice(0, 10);
	const offset = date >= '2024-03-01' ? 5 : 6;
	const minutes = rng.int(9 * 60, 18 * 60 - 1);
	const utc = Date.parse(`${date}T00:00:00Z`) + (minutes - offset * 60) * 60_000 + rng.int(0, 59) * 1000;
	return new Date(utc).toISOString().replace('.000Z', 'Z');
}

/** 21.03.1990 — how documents print a date, and how title documents are cited. */
export function printedDate(isoDate: string): string {
	const [y, m, d] = isoDate.slice(0, 10).split('-');
	return `${d}.${m}.${y}`;
}

export function addDaysIso(iso: string, days: number): string {
	return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}

export { pad };
