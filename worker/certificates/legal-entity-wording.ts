// The wording of the legal-entity extracts (legal-entity-extract.ts), Kazakh and Russian.
//
// Source: Order No. 236 of the Minister of Justice, annex 6, sub-annex 5
// (../shared/seeds/000_24228dd2b4b3ac68.txt, L3209–3366). Every Kazakh label is the source's, verbatim,
// with its line; the source has Russian only in the footer (L3246, L3248), so every other Russian
// label and title is our wording («RU ours»). Deviations from the forms are marked «[fix]» or «[added]».
import { NBSP } from './pdf-kit.ts';
import type { Bilingual, LeEntity, LegalEntityExtractVariant, Share } from './legal-entity-extract.ts';
import { formatDate } from '../../src/lib/domain/dates.ts';

// ---------------------------------------------------------------------------
// Wording
// ---------------------------------------------------------------------------
export const LEGAL_ENTITY_EXTRACT_TITLE: Record<LegalEntityExtractVariant, Bilingual> = {
	// L3218; RU ours.
	registered: {
		kk: 'Тіркелген заңды тұлға, филиалы немесе өкілдігі туралы анықтама',
		ru: 'Справка о зарегистрированном юридическом лице, филиале или представительстве'
	},
	// L3252; RU ours.
	branches: {
		kk: 'Заңды тұлғаның филиалдары мен өкілдіктерінің болуы туралы анықтама',
		ru: 'Справка о наличии филиалов и представительств юридического лица'
	},
	// L3296 [fix]: the printed title ends «… анықтама беру» ("issuance of …"), the service's name
	// leaking into the document; the document is the «анықтама».
	'person-participation': {
		kk: 'Жеке тұлғаның заңды тұлғаларда қатысуы туралы анықтама',
		ru: 'Справка об участии физического лица в юридических лицах'
	},
	// L3334–3336, with the same [fix].
	'entity-participation': {
		kk: 'Заңды тұлғаның басқа заңды тұлғаларда қатысуы туралы анықтама',
		ru: 'Справка об участии юридического лица в других юридических лицах'
	}
};

export const MINISTRY: Bilingual = {
	kk: 'Қазақстан Республикасының Әділет министрлігі', // L3218
	ru: 'Министерство юстиции Республики Казахстан' // RU ours
};

export const L = {
	forPresentation: { kk: 'талап етілген жері бойынша берілді', ru: 'выдана по месту требования' }, // L3219
	number: { kk: 'Анықтама нөмірі', ru: 'Номер справки' }, // [added]
	issuedOn: { kk: 'берілген күні', ru: 'дата выдачи' }, // L3220
	issuedTo: { kk: 'Берілді:', ru: 'Выдана:' }, // L3221
	issuedToPerson: { kk: 'Берілді(ТАӘ):', ru: 'Выдана (Ф.И.О.):' }, // L3299
	iin: { kk: 'ЖСН', ru: 'ИИН' }, // [added]: the form prints no IIN (spec §3.8.3)
	idDocument: { kk: 'Жеке басты куәландыратын құжаты:', ru: 'Документ, удостоверяющий личность:' }, // L3301
	idDocumentDetails: {
		kk: 'Жеке басты куәландыратын құжаттың нөмірі, берген күні, кім берген:', // L3303
		ru: 'Номер, дата выдачи документа, удостоверяющего личность, кем выдан:'
	},
	requestedBy: { kk: 'Сұрау салушы', ru: 'Запрос подал' }, // [added]: extended search
	according: { kk: 'ЗТ МДҚ деректеріне сәйкес:', ru: 'Согласно данным ГБД ЮЛ:' }, // L3222
	name: { kk: 'Атауы:', ru: 'Наименование:' }, // L3223
	branchName: { kk: 'Филиалдың (өкілдіктің) атауы:', ru: 'Наименование филиала (представительства):' }, // L3269
	parent: { kk: 'Заңды тұлғаның БСН', ru: 'БИН юридического лица' }, // [added] for a branch of extract 1
	body: { kk: 'Тіркеуші орган:', ru: 'Регистрирующий орган:' }, // L3225
	type: { kk: 'Тіркеу түрі:', ru: 'Вид регистрации:' }, // L3227
	last: {
		kk: 'Соңғы тіркелген (қайта тіркелген) күні мен нөмірі:', // L3229 (L3345 «және»)
		ru: 'Дата и номер последней регистрации (перерегистрации):'
	},
	// L3231 prints the date only; [added] the number of the initial registration after it.
	initial: { kk: 'Бастапқы тіркелген күні:', ru: 'Дата первичной регистрации:' },
	bin: { kk: 'БСН', ru: 'БИН' }, // L3233
	rnn: { kk: 'СТТН', ru: 'РНН' }, // L3235
	okpo: { kk: 'ОКПО', ru: 'ОКПО' }, // L3237
	head: { kk: 'Бірінші басшысы:', ru: 'Первый руководитель:' }, // L3239
	founder: {
		kk: 'Құрылтайшысы (қатысушысы, бастамашы азаматтары):', // L3241 (extract 1)
		ru: 'Учредитель (участник, граждане-инициаторы):'
	},
	founders: {
		kk: 'Құрылтайшылары (қатысушылары, бастамашы азаматтары):', // L3357 (L3323: «азаматтар»)
		ru: 'Учредители (участники, граждане-инициаторы):'
	},
	activity: { kk: 'Қызмет түрі:', ru: 'Вид деятельности:' }, // L3243
	address: { kk: 'Заңды мекенжайы:', ru: 'Юридический адрес:' }, // L3245
	branch: { kk: 'Заңды тұлғаның филиалы (өкілдігі):', ru: 'Филиал (представительство) юридического лица:' }, // L3267
	personParticipation: {
		kk: 'Жеке тұлғаның заңды тұлғаларда, филиалдар мен өкілдіктерде қатысуы:', // L3305
		ru: 'Участие физического лица в юридических лицах, филиалах и представительствах:'
	},
	entityParticipation: {
		kk: 'Заңды тұлғаның басқа заңды тұлғаларда қатысуы:', // L3363
		ru: 'Участие юридического лица в других юридических лицах:'
	},
	participationShare: { kk: 'Қатысу үлесі:', ru: 'Доля участия:' }, // [added]: the rows keep it
	share: { kk: 'Үлесі', ru: 'Доля' },
	none: { kk: 'ЖОҚ', ru: 'НЕТ' }, // L3363; RU ours (spec §5.7)
	total: { kk: 'Барлығы', ru: 'Всего' },
	continued: { kk: 'жалғасы', ru: 'продолжение' }
} as const;

export const REGISTRATION_TYPE: Record<LeEntity['registrationType'], Bilingual> = {
	initial: { kk: 'бастапқы тіркеу', ru: 'первичная регистрация' },
	're-registration': { kk: 'қайта тіркеу', ru: 'перерегистрация' } // L3227
};

export const KIND: Record<LeEntity['kind'], Bilingual> = {
	entity: { kk: 'Заңды тұлға', ru: 'Юридическое лицо' },
	branch: { kk: 'Филиал', ru: 'Филиал' },
	'representative-office': { kk: 'Өкілдік', ru: 'Представительство' }
};

/**
 * The footer. The validity note is that of annexes 4 and 5 (L2143, L2761; RU ours, spec §5.7):
 * annex 6 has none, and every registry certificate says it. The legal line is the wording of
 * annexes 4 and 5 (L2144, L2765) [fix]: annex 6 cites «№ 370-II ҚРЗ 1 бабына» (article 1, L3246),
 * its Russian «пункту 1 статьи 7»; both languages now cite paragraph 1 of article 7 and the number.
 * The barcode note is annex 6's own, verbatim (L3247–3248).
 */
export const LEGAL_ENTITY_FOOTER = {
	validity: {
		kk: 'Ескертпе: Анықтамада қамтылған мәліметтер берілген сәтінде жарамды болып табылады.',
		ru: 'Примечание: сведения, содержащиеся в справке, действительны на момент выдачи.'
	},
	legal: {
		kk: 'Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚРЗ 1-тармағы 7-бабына сәйкес қағаз жеткізгіштегі құжатпен бірдей.',
		ru: 'Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.'
	},
	barcode: {
		kk: '*штрих-код ЗТ МДҚ алынған және Департаменттің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді ұстайды',
		ru: '*штрих-код содержит данные, полученные из ГБД ЮЛ и подписанные электронно-цифровой подписью соответствующего Департамента'
	}
} as const;

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------
/** `40/100` → «40 %», `1/1` → «100 %», `1/50` → «1/50». */
export function formatShare(s: Share | null): string {
	if (!s) return '—';
	if (s.num === s.den) return `100${NBSP}%`;
	if (s.den === 100) return `${s.num}${NBSP}%`;
	return `${s.num}/${s.den}`;
}

export const dateAndNumber = (r: { date: string; number: string }) =>
	`${formatDate(r.date)} №${NBSP}${r.number.trim()}`;

/** «kk / ru» on one line. */
export const both = (v: Bilingual, sep = ' / ') => `${v.kk}${sep}${v.ru}`;
