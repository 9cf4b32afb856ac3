// What the two kinds of receipt share (the PSC counter's, psc-receipt.ts, and the applicant's own,
// applicant-receipts.ts): the A4 geometry, the type sizes, and the details table — a bilingual
// label column (Kazakh bold over Russian grey) beside a value column, rows divided by hairlines.
import { rgb } from 'pdf-lib';
import { drawStack, stack as layStack } from './pdf-kit.ts';
import type { EmbeddedFonts, PageFlow, Para, Run, Stack } from './pdf-kit.ts';

export type Bilingual = { kk: string; ru: string };

// Page geometry (points; A4 portrait)
export const PAGE_W = 595.28;
export const PAGE_H = 841.89;
export const MARGIN_X = 54;
export const MARGIN_BOTTOM = 58; // the page line of multi-page receipts sits below this
export const CONTENT_W = PAGE_W - 2 * MARGIN_X;
export const LABEL_W = 168; // label column of the details table
export const COL_GAP = 14;
export const VALUE_X = MARGIN_X + LABEL_W + COL_GAP;
export const VALUE_W = CONTENT_W - LABEL_W - COL_GAP;
export const NUM_W = 24; // number column of the document lists

export const GREY = rgb(0.36, 0.36, 0.36);
export const RULE = rgb(0.55, 0.55, 0.55);
export const HAIRLINE = rgb(0.78, 0.78, 0.78);

export const LEAD = 1.32; // line height factor
export const VALUE = 10;
export const VALUE_RU = 9.2;
export const LABEL = 8.6;
export const LABEL_RU = 8;

export const t = (text: string, bold = false): Run => ({ text, bold });

/** Stacks of a receipt, at its line height. */
export const stack = (paras: Para[], fonts: EmbeddedFonts, width: number): Stack => layStack(paras, fonts, width, LEAD);

/** One row of the details table. */
export interface Row {
	label: Bilingual;
	value: Para[];
}

/**
 * The details table, flowing onto the next page between rows (a row is never split). `pad` is
 * the space above and below each row's text: the PSC's receipt sets it tighter than the applicant's.
 */
export function planRows(flow: PageFlow, fonts: EmbeddedFonts, rows: Row[], pad: number): void {
	flow.need(40).rule(MARGIN_X, MARGIN_X + CONTENT_W, flow.y, 0.5, RULE);
	for (const row of rows) {
		const label = stack(
			[
				{ runs: [t(row.label.kk, true)], size: LABEL },
				{ runs: [t(row.label.ru)], size: LABEL_RU, color: GREY, gap: 1 }
			],
			fonts,
			LABEL_W
		);
		const value = stack(row.value, fonts, VALUE_W);
		// Align the first baselines: the label's first line is smaller than the value's.
		const shift = (VALUE - LABEL) * (0.5 * LEAD + 0.35);
		const height = Math.max(label.height + shift, value.height) + 2 * pad;
		const w = flow.need(height);
		drawStack(w, label, MARGIN_X, flow.y - pad - shift);
		drawStack(w, value, VALUE_X, flow.y - pad);
		flow.y -= height;
		w.rule(MARGIN_X, MARGIN_X + CONTENT_W, flow.y, 0.4, HAIRLINE);
	}
	flow.y -= 16;
}
