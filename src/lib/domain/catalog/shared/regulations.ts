import type { Text } from '../../text.ts';
import type { ServiceDefinition } from '../types.ts';

/**
 * The acts the services come from, cited as a citizen reads them in each language: the title line of
 * each source (../shared/seeds/000_24228dd2b4b3ac68.txt, 003_b1512d3b75660422.txt) and its annex or
 * regulation. The pages print «Негіз / Основание / Basis: <act>, <annex>».
 */
type Citation = Pick<ServiceDefinition['regulation'], 'document' | 'annex'>;

const order236: Text = {
	kk: 'Қазақстан Республикасы Әділет министрінің 2011 жылғы 27 маусымдағы № 236 бұйрығы',
	ru: 'Приказ Министра юстиции Республики Казахстан от 27 июня 2011 года № 236',
	en: 'Order No. 236 of the Minister of Justice, 27.06.2011'
};

// Annexes 4 and 5 were set out anew by Order No. 132 (the source's note on both).
const order236AsAmended: Text = {
	kk: `${order236.kk} (нәтиже нысаны 2012 жылғы 28 наурыздағы № 132 бұйрықтың редакциясында)`,
	ru: `${order236.ru} (форма результата в редакции приказа от 28 марта 2012 года № 132)`,
	en: `${order236.en}; result form as amended by Order No. 132, 28.03.2012`
};

/** An annex of Order No. 236 (4 and 5 in their 2012 wording). */
export function order236Annex(annex: 1 | 2 | 3 | 4 | 5 | 6): Citation {
	return {
		document: annex === 4 || annex === 5 ? order236AsAmended : order236,
		annex: { kk: `${annex}-қосымша`, ru: `приложение ${annex}`, en: `annex ${annex}` }
	};
}

const almatyResolution: Text = {
	kk:
		'Алматы қаласы әкімдігінің 2015 жылғы 23 қарашадағы № 4/646 қаулысы (2015 жылғы 18 желтоқсанда № 1239 болып тіркелген); ' +
		'Қазақстан Республикасы Әділет министрінің 2015 жылғы 17 сәуірдегі № 219 бұйрығымен бекітілген стандарт',
	ru:
		'Постановление акимата города Алматы от 23 ноября 2015 года № 4/646 (зарегистрировано 18 декабря 2015 года № 1239); ' +
		'стандарт, утверждённый приказом Министра юстиции Республики Казахстан от 17 апреля 2015 года № 219',
	en:
		'Resolution No. 4/646 of the Almaty city akimat, 23.11.2015 (justice registration No. 1239, 18.12.2015); ' +
		'Standard approved by Order No. 219 of the Minister of Justice, 17.04.2015'
};

/** One of the nine regulations the Almaty resolution approves (its item 1, sub-items 1–9). */
export function almatyRegulation(number: 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9): Citation {
	return {
		document: almatyResolution,
		annex: { kk: `${number}-регламент`, ru: `регламент ${number}`, en: `regulation ${number}` }
	};
}
