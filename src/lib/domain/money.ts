/**
 * Money is integer tiyn (1 ₸ = 100 tiyn). State duties are multiples of the monthly
 * calculation index (МРП/АЕК) of the payment date's year, which the budget law sets
 * each year; the values are configuration (wrangler var MRP_BY_YEAR), not code.
 */
import { almatyToday } from './dates.ts';

export type MrpByYear = Record<string, number>; // year → МРП in tiyn

const reportedMissing = new Set<number>();

/**
 * The МРП in force on a date: that Almaty calendar year's (a payment at 03:00 on 1 January in
 * Almaty is in the new year). A year not configured yet keeps the latest configured year's
 * value, as an МРП stays in force until the next budget law's value is entered; the missing year
 * is logged once, so a January without the new value is noticed but never refuses a payment.
 */
export function mrpInForce(at: Date, mrpByYear: MrpByYear): { year: number; tiyn: number } {
	const year = Number(almatyToday(at).slice(0, 4));
	const used = Math.max(
		...Object.keys(mrpByYear)
			.map(Number)
			.filter((y) => y <= year)
	);
	if (!Number.isFinite(used)) throw new Error(`no МРП is configured for ${year} or any year before`);
	if (used !== year && !reportedMissing.has(year)) {
		reportedMissing.add(year);
		console.warn(`МРП for ${year} is not configured (MRP_BY_YEAR): charging the ${used} value`);
	}
	return { year: used, tiyn: mrpByYear[String(used)] };
}

export function stateDutyTiyn(mrpMultiple: number, at: Date, mrpByYear: MrpByYear): number {
	return Math.round(mrpInForce(at, mrpByYear).tiyn * mrpMultiple);
}

/** `1 297,50 ₸`: spaces between thousands and a decimal comma, as Kazakh and Russian texts print money. */
export function formatTenge(tiyn: number): string {
	const tenge = Math.trunc(tiyn / 100);
	const rest = String(Math.abs(tiyn % 100)).padStart(2, '0');
	const grouped = String(tenge).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
	return `${grouped},${rest}\u00a0₸`;
}
