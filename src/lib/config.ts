import type { MrpByYear } from '$lib/domain/money.ts';

declare const __MRP_BY_YEAR__: string;

/** The МРП per year (tiyn) from wrangler.jsonc's MRP_BY_YEAR, the same values the Worker charges. */
export const mrpByYear: MrpByYear = JSON.parse(__MRP_BY_YEAR__);
