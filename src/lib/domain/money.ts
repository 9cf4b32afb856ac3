/**
 * Money is integer tiyn (1 ₸ = 100 tiyn). State duties are multiples of the monthly
 * calculation index (МРП/АЕК) of the payment date's year, which the budget law sets
 * each year; the values are configuration (wrangler var MRP_BY_YEAR), not code.
 */

export type MrpByYear = Record<string, number>; // year → МРП in tiyn

export function stateDutyTiyn(mrpMultiple: number, at: Date, mrpByYear: MrpByYear): number {
	const year = String(at.getUTCFullYear());
	const mrp = mrpByYear[year];
	if (mrp === undefined) throw new Error(`МРП for ${year} is not configured`);
	return Math.round(mrp * mrpMultiple);
}

/** `1 297,50 ₸`: spaces between thousands and a decimal comma, as Kazakh and Russian texts print money. */
export function formatTenge(tiyn: number): string {
	const tenge = Math.trunc(tiyn / 100);
	const rest = String(Math.abs(tiyn % 100)).padStart(2, '0');
	const grouped = String(tenge).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
	return `${grouped},${rest}\u00a0₸`;
}
