import type { ChoiceOption, FieldDefinition } from '../../fields/types.ts';
import type { Text } from '../../text.ts';
import type { ServiceDefinition, ServiceStep } from '../types.ts';
import { iinField } from './iin.ts';

/**
 * The request of the Order No. 236 registry certificates (annexes 4–6, ../shared/seeds/000_24228dd2b4b3ac68.txt):
 * the identity-document type and the region it is asked for, and the portal steps the two real-estate
 * certificates (annexes 4 and 5, word for word the same tables) share.
 *
 * Pure data builders: each call returns new objects (the option lists are shared constants); the
 * citations are the annex's own.
 */

/**
 * The regions a registry certificate is asked for. The source lists «облыс, Астана немесе Алматы
 * қалалары» ([000 annex 4] L1687) — the 14 oblasts and two cities of 2011; these are the 17 oblasts and the three
 * cities of republican significance of 2026 (Shymkent since 2018; Abai, Zhetisu, Ulytau since 2022).
 */
export const registryRegionOptions: ChoiceOption[] = [
	{ value: 'astana', label: { kk: 'Астана қаласы', ru: 'город Астана', en: 'Astana (city)' } },
	{ value: 'almaty', label: { kk: 'Алматы қаласы', ru: 'город Алматы', en: 'Almaty (city)' } },
	{ value: 'shymkent', label: { kk: 'Шымкент қаласы', ru: 'город Шымкент', en: 'Shymkent (city)' } },
	{ value: 'abai', label: { kk: 'Абай облысы', ru: 'область Абай', en: 'Abai Region' } },
	{ value: 'akmola', label: { kk: 'Ақмола облысы', ru: 'Акмолинская область', en: 'Akmola Region' } },
	{ value: 'aktobe', label: { kk: 'Ақтөбе облысы', ru: 'Актюбинская область', en: 'Aktobe Region' } },
	{ value: 'almaty-region', label: { kk: 'Алматы облысы', ru: 'Алматинская область', en: 'Almaty Region' } },
	{ value: 'atyrau', label: { kk: 'Атырау облысы', ru: 'Атырауская область', en: 'Atyrau Region' } },
	{
		value: 'west-kazakhstan',
		label: { kk: 'Батыс Қазақстан облысы', ru: 'Западно-Казахстанская область', en: 'West Kazakhstan Region' }
	},
	{ value: 'zhambyl', label: { kk: 'Жамбыл облысы', ru: 'Жамбылская область', en: 'Zhambyl Region' } },
	{ value: 'zhetisu', label: { kk: 'Жетісу облысы', ru: 'область Жетісу', en: 'Zhetisu Region' } },
	{ value: 'karaganda', label: { kk: 'Қарағанды облысы', ru: 'Карагандинская область', en: 'Karaganda Region' } },
	{ value: 'kostanay', label: { kk: 'Қостанай облысы', ru: 'Костанайская область', en: 'Kostanay Region' } },
	{ value: 'kyzylorda', label: { kk: 'Қызылорда облысы', ru: 'Кызылординская область', en: 'Kyzylorda Region' } },
	{ value: 'mangystau', label: { kk: 'Маңғыстау облысы', ru: 'Мангистауская область', en: 'Mangystau Region' } },
	{ value: 'pavlodar', label: { kk: 'Павлодар облысы', ru: 'Павлодарская область', en: 'Pavlodar Region' } },
	{
		value: 'north-kazakhstan',
		label: { kk: 'Солтүстік Қазақстан облысы', ru: 'Северо-Казахстанская область', en: 'North Kazakhstan Region' }
	},
	{ value: 'turkistan', label: { kk: 'Түркістан облысы', ru: 'Туркестанская область', en: 'Turkistan Region' } },
	{ value: 'ulytau', label: { kk: 'Ұлытау облысы', ru: 'область Ұлытау', en: 'Ulytau Region' } },
	{
		value: 'east-kazakhstan',
		label: { kk: 'Шығыс Қазақстан облысы', ru: 'Восточно-Казахстанская область', en: 'East Kazakhstan Region' }
	}
];

/**
 * The identity-document types a person with an IIN may hold. The source asks for the type
 * («жеке басын куәландыратын құжат түрін», [000 annex 4] L1685) but lists none; these are the usual ones.
 */
export const identityDocumentOptions: ChoiceOption[] = [
	{
		value: 'id-card',
		label: {
			kk: 'Қазақстан Республикасы азаматының жеке куәлігі',
			ru: 'Удостоверение личности гражданина Республики Казахстан',
			en: 'Identity card of a citizen of Kazakhstan'
		}
	},
	{
		value: 'passport',
		label: {
			kk: 'Қазақстан Республикасы азаматының паспорты',
			ru: 'Паспорт гражданина Республики Казахстан',
			en: 'Passport of a citizen of Kazakhstan'
		}
	},
	{
		value: 'residence-permit',
		label: {
			kk: 'Шетелдіктің Қазақстан Республикасында тұруға ықтиярхаты',
			ru: 'Вид на жительство иностранца в Республике Казахстан',
			en: "Foreigner's residence permit in Kazakhstan"
		}
	},
	{
		value: 'stateless-certificate',
		label: {
			kk: 'Азаматтығы жоқ адамның куәлігі',
			ru: 'Удостоверение лица без гражданства',
			en: "Stateless person's certificate"
		}
	},
	{
		value: 'refugee-certificate',
		label: { kk: 'Босқын куәлігі', ru: 'Удостоверение беженца', en: 'Refugee certificate' }
	}
];

/** The applicant's IIN on the two real-estate certificates: their own holdings are looked up by it. */
export function registryIinField(source: string): FieldDefinition {
	return iinField(source, {
		kk: '12 цифр, жеке куәлігіңізде жазылған. Анықтама сіздің атыңыздан сұралады: өз мүлкіңіз туралы болса, осы ЖСН бойынша жасалады.',
		ru: '12 цифр, указан в удостоверении личности. Справка запрашивается от вашего имени; о вашей недвижимости — по этому ИИН.',
		en: '12 digits, printed on your identity card. The certificate is asked in your name; about your own property, it is made for this IIN.'
	});
}

/**
 * Whose real estate the certificate is about: the applicant's own (by the IIN), or a legal entity's
 * the applicant heads or represents (by its BIN) — the source's «ЖСН/БСН» (annex 4 L1669, L1683;
 * annex 5 L2379, L2393). `holder` and `holderBin` are asked in that order.
 */
export function realEstateHolderFields(source: string): FieldDefinition[] {
	return [
		{
			id: 'holder',
			type: 'choice',
			label: { kk: 'Анықтама кімнің мүлкі туралы?', ru: 'Чья недвижимость?', en: 'Whose real estate?' },
			options: [
				{
					value: 'self',
					label: { kk: 'Менің мүлкім (ЖСН бойынша)', ru: 'Моя (по ИИН)', en: 'Mine (by IIN)' }
				},
				{
					value: 'entity',
					label: {
						kk: 'Мен басқаратын немесе өкілі болып табылатын заңды тұлғаның мүлкі (БСН бойынша)',
						ru: 'Юридического лица, которое я возглавляю или представляю (по БИН)',
						en: 'A legal entity’s that I head or represent (by BIN)'
					}
				}
			],
			source
		},
		{
			id: 'holderBin',
			type: 'bin',
			label: {
				kk: 'Заңды тұлғаның бизнес-сәйкестендіру нөмірі (БСН)',
				ru: 'Бизнес-идентификационный номер (БИН) юридического лица',
				en: 'Business identification number (BIN) of the legal entity'
			},
			hint: { kk: '12 цифр', ru: '12 цифр', en: '12 digits' },
			source
		}
	];
}

/** The pages of `holder` and, for a legal entity, `holderBin`. */
export function realEstateHolderPages(): ServiceDefinition['pages'] {
	return [
		{
			id: 'holder',
			title: { kk: 'Кімнің мүлкі', ru: 'Чья недвижимость', en: 'Whose real estate' },
			fields: ['holder']
		},
		{
			id: 'holder-bin',
			title: { kk: 'Заңды тұлғаның БСН-і', ru: 'БИН юридического лица', en: 'The legal entity’s BIN' },
			fields: ['holderBin'],
			when: { field: 'holder', equals: 'entity' }
		}
	];
}

/** The type of the applicant's identity document. */
export function identityDocumentField(source: string): FieldDefinition {
	return {
		id: 'idDocumentType',
		type: 'choice',
		label: {
			kk: 'Жеке басыңызды куәландыратын құжаттың түрі',
			ru: 'Вид документа, удостоверяющего вашу личность',
			en: 'Type of your identity document'
		},
		options: identityDocumentOptions,
		source
	};
}

/** The region a real-estate certificate is asked for; `hint` says what it means for this certificate. */
export function certificateRegionField(o: { hint: Text; source: string }): FieldDefinition {
	return {
		id: 'region',
		type: 'choice',
		label: {
			kk: 'Анықтама қай өңір бойынша керек?',
			ru: 'По какому региону нужна справка?',
			en: 'Which region is the certificate for?'
		},
		hint: o.hint,
		options: registryRegionOptions,
		source: o.source
	};
}

/** The pages of `idDocumentType` and `region`, in that order. */
export function identityDocumentAndRegionPages(): ServiceDefinition['pages'] {
	return [
		{
			id: 'identity-document',
			title: { kk: 'Жеке басты куәландыратын құжат', ru: 'Документ, удостоверяющий личность', en: 'Identity document' },
			fields: ['idDocumentType']
		},
		{ id: 'region', title: { kk: 'Өңір', ru: 'Регион', en: 'Region' }, fields: ['region'] }
	];
}

const realEstateSteps = {
	'request-registration': {
		actor: 'portal',
		name: {
			kk: 'Сұрау салуды ЭҮШ-ке жіберу және автоматты тіркеу',
			ru: 'Отправка запроса в ШЭП и его автоматическая регистрация',
			en: 'Sending the request to the gateway and registering it automatically'
		}
	},
	'request-routing': {
		actor: 'information-system',
		name: {
			kk: 'Сұрау салуды ЖМТ МДҚ-ға бағдарлау',
			ru: 'Маршрутизация запроса в ГБД РН',
			en: 'Routing the request to the Real Estate Register'
		}
	},
	'certificate-forming': {
		actor: 'information-system',
		name: {
			kk: 'Деректерді іздеу, е-анықтаманы қалыптастыру және ЭЦҚ қою',
			ru: 'Поиск сведений, формирование электронной справки и наложение ЭЦП',
			en: 'Finding the data, forming the e-certificate and signing it'
		}
	},
	'response-routing': {
		actor: 'information-system',
		name: {
			kk: 'ЖМТ МДҚ жауабын порталға бағдарлау',
			ru: 'Маршрутизация ответа ГБД РН на портал',
			en: 'Routing the register’s answer to the portal'
		}
	},
	'pdf-forming': {
		actor: 'portal',
		name: {
			kk: 'Екі өлшемді штрих-кодпен PDF-файл қалыптастыру',
			ru: 'Формирование PDF-файла с двухмерным штрих-кодом',
			en: 'Producing the PDF with the two-dimensional barcode'
		}
	}
} satisfies Record<string, Pick<ServiceStep, 'actor' | 'name'>>;

/**
 * Actions 3–7 of the portal table of the real-estate certificates, one minute each, in this order;
 * `source` cites each action by its step id.
 */
export function realEstateRegisterSteps(source: Record<keyof typeof realEstateSteps, string>): ServiceStep[] {
	return Object.entries(realEstateSteps).map(([id, { actor, name }]) => ({
		id,
		actor,
		name: { ...name },
		duration: { minutes: 1 },
		source: source[id as keyof typeof realEstateSteps]
	}));
}
