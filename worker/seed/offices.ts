/**
 * The demo offices: the registry (АХАЖ/ЗАГС) divisions of the demo registries, which process
 * applications, and Public Service Centres, which take paper applications for them and hand the
 * results back. Web and kiosk applications go to `DEFAULT_REGISTRY_OFFICE` (wrangler.jsonc).
 */
import { offices as registryOffices } from './registry.ts';

export interface Office {
	code: string;
	kind: 'registry' | 'psc';
	registryOfficeCode: string;
	actNumber: string | null;
	name: { kk: string; ru: string; en: string };
	address: { kk: string; ru: string };
}

const englishNames: Record<string, string> = {
	'ALA-ALM': 'Civil Registry Office of Almaly district, Almaty',
	'ALA-BOS': 'Civil Registry Office of Bostandyk district, Almaty',
	'ALA-MED': 'Civil Registry Office of Medeu district, Almaty',
	'SHY-ALF': 'Civil Registry Office of Al-Farabi district, Shymkent',
	'SHY-ABA': 'Civil Registry Office of Abay district, Shymkent'
};

const addresses: Record<string, { kk: string; ru: string }> = {
	'ALA-ALM': { kk: 'Алматы қ., Төле би к-сі, 69', ru: 'г. Алматы, ул. Толе би, 69' },
	'ALA-BOS': { kk: 'Алматы қ., Әл-Фараби даңғ., 17', ru: 'г. Алматы, пр. аль-Фараби, 17' },
	'ALA-MED': { kk: 'Алматы қ., Достық даңғ., 85', ru: 'г. Алматы, пр. Достык, 85' },
	'SHY-ALF': { kk: 'Шымкент қ., Тәуке хан даңғ., 5', ru: 'г. Шымкент, пр. Тауке хана, 5' },
	'SHY-ABA': { kk: 'Шымкент қ., Жібек жолы к-сі, 12', ru: 'г. Шымкент, ул. Жибек жолы, 12' }
};

export const demoOffices: Office[] = [
	...registryOffices.map((o): Office => ({
		code: o.code,
		kind: 'registry',
		registryOfficeCode: o.code,
		actNumber: o.number,
		name: { kk: o.kk, ru: o.ru, en: englishNames[o.code] },
		address: addresses[o.code]
	})),
	{
		code: 'PSC-ALA-ALM',
		kind: 'psc',
		registryOfficeCode: 'ALA-ALM',
		actNumber: null,
		name: {
			kk: 'Алматы қаласы Алмалы ауданының ХҚКО',
			ru: 'ЦОН Алмалинского района города Алматы',
			en: 'Public Service Centre of Almaly district, Almaty'
		},
		address: { kk: 'Алматы қ., Абылай хан даңғ., 91', ru: 'г. Алматы, пр. Абылай хана, 91' }
	},
	{
		code: 'PSC-ALA-BOS',
		kind: 'psc',
		registryOfficeCode: 'ALA-BOS',
		actNumber: null,
		name: {
			kk: 'Алматы қаласы Бостандық ауданының ХҚКО',
			ru: 'ЦОН Бостандыкского района города Алматы',
			en: 'Public Service Centre of Bostandyk district, Almaty'
		},
		address: { kk: 'Алматы қ., Тимирязев к-сі, 42', ru: 'г. Алматы, ул. Тимирязева, 42' }
	}
];

const q = (value: string | null) => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);

/** SQL that (re)loads the offices; their calendar overrides and staff are left alone. */
export function officesSql(offices: Office[] = demoOffices): string {
	return offices
		.map(
			(o) =>
				`INSERT INTO offices (code, kind, registry_office_code, act_number, name_kk, name_ru, name_en, address_kk, address_ru) VALUES (${[o.code, o.kind, o.registryOfficeCode, o.actNumber, o.name.kk, o.name.ru, o.name.en, o.address.kk, o.address.ru].map(q).join(', ')}) ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, registry_office_code = excluded.registry_office_code, act_number = excluded.act_number, name_kk = excluded.name_kk, name_ru = excluded.name_ru, name_en = excluded.name_en, address_kk = excluded.address_kk, address_ru = excluded.address_ru;`
		)
		.join('\n');
}
