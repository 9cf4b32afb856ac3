import { iinField, iinPage } from './shared/iin.ts';
import {
	identityDocumentAndRegionPages,
	identityDocumentField,
	registryRegionOptions
} from './shared/registry-request.ts';
import type { ServiceDefinition } from './types.ts';
import { order236Annex } from './shared/regulations.ts';

/**
 * «"Заңды тұлғалар" мемлекеттік деректер қорынан анықтама беру» — Order No. 236 of the Minister of
 * Justice (27.06.2011), annex 6, with its four certificates (heading, L2832). Line numbers (L…)
 * point into ../shared/seeds/000_24228dd2b4b3ac68.txt (annex 6: L2823–3421); the detailed
 * extraction is ../shared/spec/order-236-registries.md §3.
 *
 * Whose data: para 7 (L2968) takes the IIN from the login, while the table of actions has the user
 * form the request «объктінің [sic] ЖСН/БСН» — by the IIN/BIN of the subject looked up — as an
 * «кеңейтілген іздеу», an extended search (L3142), and screen step 3-1 has the IIN typed (L3100).
 * Both are supported (digest, «Two readings»): the applicant's own data by default, another
 * subject's on request, the subject being recorded with the request. The applicant is an
 * individual identified by the IIN; a legal entity's own BIN login is not modelled by this form.
 *
 * Annex 6 itself asks neither the identity-document type nor the region; they are the request
 * fields of the registry certificates (annexes 4–5, L1685–1687; digest, portal flow step 2), and the
 * person certificate prints the identity document (L3301). «Subject unknown» is the only refusal:
 * no branches or participations prints «ЖОҚ» (L3363), as the digest reads process 8 (L2958).
 */
export const legalEntityExtract: ServiceDefinition = {
	id: 'legal-entity-extract',
	name: {
		// Verbatim, annex heading (L2832), para 1 (L2838) and the order's para 1 (L41); the source's
		// outer quotation mark before «Заңды» is missing, the inner ones are kept.
		kk: '"Заңды тұлғалар" мемлекеттік деректер қорынан анықтама беру',
		// The source has no Russian name; the usual Russian title of the Standard (to confirm).
		ru: 'Выдача справки из государственной базы данных «Юридические лица»',
		en: 'Issue of a certificate from the state database "Legal entities"'
	},
	shortName: {
		kk: 'Заңды тұлғалар туралы анықтама',
		ru: 'Справка о юридических лицах',
		en: 'Legal entity certificate'
	},
	description: {
		kk: '«Заңды тұлғалар» мемлекеттік деректер қорынан электрондық анықтама: тіркелген заңды тұлға, оның филиалдары мен өкілдіктері немесе жеке не заңды тұлғаның басқа заңды тұлғаларға қатысуы туралы.',
		ru: 'Электронная справка из государственной базы данных «Юридические лица»: о зарегистрированном юридическом лице, его филиалах и представительствах или об участии физического либо юридического лица в других юридических лицах.',
		en: 'An electronic certificate from the state Legal Entities database: on a registered legal entity, its branches and representative offices, or on an individual’s or a legal entity’s participation in other legal entities.'
	},
	group: 'registry-certificates',
	regulation: {
		...order236Annex(6),
		source: '[000 annex 6] L2823–3421'
	},
	provider: {
		// Process 9 (L2962): formed with the state body's crypto means; barcode note: signed by the EDS of
		// «Департамент» (undefined); the forms are headed «Қазақстан Республикасының Әділет министрлігі».
		kk: 'Қазақстан Республикасының Әділет министрлігі (әділет департаменті), «Заңды тұлғалар» мемлекеттік деректер қоры арқылы',
		ru: 'Министерство юстиции Республики Казахстан (департамент юстиции) через ГБД «Юридические лица»',
		en: 'The Ministry of Justice (the justice department), through the state Legal Entities database'
	},
	// Para 1 (L2838): the PSCs through the portal; L2840: on one's own on www.e.gov.kz. The kiosk is the
	// portal in a PSC hall.
	channels: ['portal', 'kiosk', 'psc'],
	// Para 3: «автоматтандырылған».
	automation: 'automated',
	result: {
		// Process 9 (L2962); the four output forms of sub-annex 5 (L3209–3366).
		kk: '«Заңды тұлғалар» мемлекеттік деректер қорынан е-анықтама (PDF, штрих-кодпен, департаменттің ЭЦҚ-мен қол қойылған). Филиалдар немесе қатысу болмаса, анықтамада «ЖОҚ» деп көрсетіледі.',
		ru: 'Электронная справка из ГБД «Юридические лица» (PDF со штрих-кодом, подписана ЭЦП департамента). Если филиалов или участия нет, в справке указывается «НЕТ».',
		en: 'An e-certificate from the state Legal Entities database (PDF with a barcode, signed by the department’s EDS). Where there are no branches or participations, the certificate says «NONE».'
	},
	// The regulation names no state duty or fee anywhere (digest: «No fee and no legal deadline appear
	// for the three registry services»); the Standard of Decree No. 2121 is not among the sources.
	stateDuty: null,
	// Sub-annex 3, one table for both channels (L3118–3180): 8 minutes in all. Twenty seconds
	// («20 сек») are written as 20/60 of a minute: Duration has no seconds.
	steps: [
		{
			id: 'authorisation',
			actor: 'applicant',
			name: {
				kk: 'Қызметті сұрату және ЭҮП-да ЖСН/БСН бойынша авторизациялану',
				ru: 'Запрос услуги и авторизация на портале по ИИН/БИН',
				en: 'Asking for the service and signing in to the portal by IIN/BIN'
			},
			duration: { minutes: 20 / 60 },
			source: '[000 annex 6] sub-annex 3, action 1, L3131, L3141, L3155, L3165'
		},
		{
			id: 'request-forming',
			actor: 'portal',
			name: {
				kk: 'Анықтаманы таңдау, ЖСН/БСН бойынша сұрау салуды қалыптастыру және ЭЦҚ-мен қол қою',
				ru: 'Выбор справки, формирование запроса по ИИН/БИН и подписание ЭЦП',
				en: 'Choosing the certificate, forming the request by IIN/BIN and signing it'
			},
			duration: { minutes: 20 / 60 },
			source: '[000 annex 6] sub-annex 3, action 2, L3132, L3142, L3156, L3166'
		},
		{
			id: 'signature-check',
			actor: 'information-system',
			name: {
				kk: 'ЭЦҚ тіркеу куәлігінің мерзімі мен түпнұсқалығын тексеру',
				ru: 'Проверка срока действия регистрационного свидетельства и подлинности ЭЦП',
				en: 'Checking the validity and authenticity of the EDS certificate'
			},
			duration: { minutes: 1 },
			// An error here refuses the service (L3145, L3177).
			source: '[000 annex 6] sub-annex 3, action 3, L3133, L3143–3145, L3157, L3167'
		},
		{
			id: 'gateway-request',
			actor: 'information-system',
			name: {
				kk: 'ЗТ МДҚ-ға жіберу үшін сұрау салуды қалыптастыру',
				ru: 'Формирование запроса для отправки в ГБД ЮЛ',
				en: 'Forming the request to the Legal Entities database'
			},
			duration: { minutes: 2 },
			source: '[000 annex 6] sub-annex 3, action 4, L3134, L3146, L3158, L3168'
		},
		{
			id: 'register-processing',
			actor: 'information-system',
			name: {
				kk: 'ЗТ МДҚ-ның сұрау салуды өңдеуі',
				ru: 'Обработка запроса в ГБД ЮЛ',
				en: 'The Legal Entities database processes the request'
			},
			duration: { minutes: 2 },
			source: '[000 annex 6] sub-annex 3, action 5, L3135, L3147, L3159, L3169'
		},
		{
			id: 'gateway-response',
			actor: 'information-system',
			name: {
				kk: 'Жауапты бекітілген формат бойынша қалыптастыру',
				ru: 'Формирование ответа в утверждённом формате',
				en: 'Forming the answer in the approved format'
			},
			duration: { minutes: 2 },
			source: '[000 annex 6] sub-annex 3, action 6, L3136, L3148, L3160, L3170'
		},
		{
			id: 'result-delivery',
			actor: 'portal',
			name: {
				kk: 'Жауапты өтініш берушіге беру',
				ru: 'Передача ответа заявителю',
				en: 'Delivering the answer to the applicant'
			},
			duration: { minutes: 20 / 60 },
			source: '[000 annex 6] sub-annex 3, action 7, L3137, L3149, L3161, L3171'
		}
	],
	fields: [
		iinField('[000 annex 6] para 7, L2968; sub-annex 2, step 3-1, L3100'),
		{
			id: 'extractKind',
			type: 'choice',
			label: {
				kk: 'Қандай анықтама керек?',
				ru: 'Какая справка вам нужна?',
				en: 'Which certificate do you need?'
			},
			// The four kinds, verbatim from the heading (L2832); forms in sub-annex 5 (L3216, L3251, L3333, L3294).
			options: [
				{
					value: 'registered',
					label: {
						kk: 'Тіркелген заңды тұлға, филиал немесе өкілдік туралы',
						ru: 'О зарегистрированном юридическом лице, филиале или представительстве',
						en: 'On a registered legal entity, branch or representative office'
					},
					hint: {
						kk: 'Атауы, тіркеуші органы, тіркелген күні мен нөмірі, басшысы, құрылтайшылары, қызмет түрі, заңды мекенжайы',
						ru: 'Наименование, регистрирующий орган, дата и номер регистрации, руководитель, учредители, вид деятельности, юридический адрес',
						en: 'Name, registering body, registration date and number, head, founders, activity, legal address'
					}
				},
				{
					value: 'branches',
					label: {
						kk: 'Заңды тұлғаның филиалдарының және өкілдіктерінің бар екендігі туралы',
						ru: 'О наличии филиалов и представительств юридического лица',
						en: 'On the branches and representative offices of a legal entity'
					}
				},
				{
					value: 'entity-participation',
					label: {
						kk: 'Заңды тұлғаның басқа заңды тұлғаларға қатысуы туралы',
						ru: 'Об участии юридического лица в других юридических лицах',
						en: 'On a legal entity’s participation in other legal entities'
					}
				},
				{
					value: 'person-participation',
					label: {
						kk: 'Жеке тұлғаның басқа заңды тұлғаларға қатысуы туралы',
						ru: 'Об участии физического лица в юридических лицах',
						en: 'On an individual’s participation in legal entities'
					},
					hint: {
						kk: 'Жеке тұлға құрылтайшы (қатысушы) немесе басшы болып табылатын заңды тұлғалар, филиалдар мен өкілдіктер',
						ru: 'Юридические лица, филиалы и представительства, где физическое лицо является учредителем (участником) или руководителем',
						en: 'The legal entities, branches and representative offices in which the individual is a founder (participant) or the head'
					}
				}
			],
			source: '[000 annex 6] heading, L2832; sub-annex 2, step 3 «Анықтаманы таңдау», L3096'
		},
		{
			id: 'subject',
			type: 'choice',
			label: {
				kk: 'Анықтама кім туралы?',
				ru: 'О ком справка?',
				en: 'Who is the certificate about?'
			},
			options: [
				{
					value: 'self',
					label: {
						kk: 'Өзім туралы немесе мен басқаратын (өкілі болып табылатын) заңды тұлға туралы',
						ru: 'Обо мне или о юридическом лице, которое я возглавляю (представляю)',
						en: 'About me, or about a legal entity I head or represent'
					}
				},
				{
					value: 'other',
					label: {
						kk: 'Басқа адам немесе ұйым туралы (кеңейтілген іздеу)',
						ru: 'О другом человеке или организации (расширенный поиск)',
						en: 'About another person or organisation (extended search)'
					},
					hint: {
						kk: 'Сұрау сіздің атыңыздан тіркеледі',
						ru: 'Запрос регистрируется от вашего имени',
						en: 'The request is recorded in your name'
					}
				}
			],
			source: '[000 annex 6] sub-annex 3, action 2, L3142 («объктінің ЖСН/БСН … (кеңейтілген іздеу)»); para 7, L2968'
		},
		{
			id: 'subjectIin',
			type: 'iin',
			label: {
				kk: 'Жеке тұлғаның ЖСН-і',
				ru: 'ИИН физического лица',
				en: 'The individual’s IIN'
			},
			hint: {
				kk: 'Қатысуы тексерілетін адамның 12 цифрлы ЖСН-і',
				ru: '12-значный ИИН человека, участие которого проверяется',
				en: 'The 12-digit IIN of the person whose participation is looked up'
			},
			source: '[000 annex 6] sub-annex 3, action 2, L3142; sub-annex 2, step 3-1, L3100'
		},
		{
			id: 'bin',
			type: 'bin',
			label: {
				kk: 'Заңды тұлғаның (филиалдың, өкілдіктің) бизнес-сәйкестендіру нөмірі (БСН)',
				ru: 'Бизнес-идентификационный номер (БИН) юридического лица (филиала, представительства)',
				en: 'Business identification number (BIN) of the legal entity (branch, representative office)'
			},
			hint: {
				kk: '12 цифр, мысалы 800800800800',
				ru: '12 цифр, например 800800800800',
				en: '12 digits, for example 800800800800'
			},
			source: '[000 annex 6] sub-annex 3, action 2, L3142 («объктінің ЖСН/БСН»)'
		},
		// Not in annex 6's request; the person certificate prints it (L3301).
		identityDocumentField(
			'[000 annex 6] sub-annex 5, L3301; as the registry certificates ask it ([000 annex 4] L1685)'
		),
		{
			id: 'region',
			type: 'choice',
			label: {
				kk: 'Өңірді таңдаңыз',
				ru: 'Выберите регион',
				en: 'Choose the region'
			},
			hint: {
				kk: 'Заңды тұлға тіркелген облыс немесе республикалық маңызы бар қала; жеке тұлғаның қатысуы туралы анықтама үшін — тұратын өңіріңіз',
				ru: 'Область или город республиканского значения, где зарегистрировано юридическое лицо; для справки об участии физического лица — регион, где вы живёте',
				en: 'The region or city where the legal entity is registered; for an individual’s participation, the region you live in'
			},
			options: registryRegionOptions,
			// Not in annex 6's request; the registering body on the forms is regional («Астана қаласының
			// Әділет департаменті», sub-annex 5).
			source: '[000 annex 4] L1687 (registry certificates); digest, portal flow step 2 — configurable'
		}
	],
	pages: [
		iinPage(),
		{
			id: 'extract-kind',
			title: { kk: 'Анықтама түрі', ru: 'Вид справки', en: 'Kind of certificate' },
			fields: ['extractKind']
		},
		{
			id: 'subject',
			title: { kk: 'Анықтама кім туралы', ru: 'О ком справка', en: 'Whom it is about' },
			fields: ['subject']
		},
		{
			id: 'subject-iin',
			title: { kk: 'Жеке тұлғаның ЖСН-і', ru: 'ИИН физического лица', en: 'The individual’s IIN' },
			fields: ['subjectIin'],
			// Own participation is looked up by the applicant's IIN.
			when: {
				all: [
					{ field: 'extractKind', equals: 'person-participation' },
					{ field: 'subject', equals: 'other' }
				]
			}
		},
		{
			id: 'bin',
			title: { kk: 'Заңды тұлғаның БСН-і', ru: 'БИН юридического лица', en: 'The legal entity’s BIN' },
			fields: ['bin'],
			// An entity is named by its BIN whether it is the applicant's own or another's: an IIN gives no BIN.
			when: { field: 'extractKind', in: ['registered', 'branches', 'entity-participation'] }
		},
		...identityDocumentAndRegionPages()
	],
	// The request carries no attachments; the source lists none.
	documents: []
};
