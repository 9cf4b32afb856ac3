export interface Text {
	kk: string;
	ru: string;
	en: string;
}
export type Lang = keyof Text;
export const langs = ['kk', 'ru', 'en'] as const satisfies readonly Lang[];
