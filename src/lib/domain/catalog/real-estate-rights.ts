import type { ChoiceOption } from '../fields/types.ts';
import type { ServiceDefinition } from './types.ts';

/**
 * «Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы
 * анықтама беру» — Order No. 236 of the Minister of Justice (27.06.2011), annex 4.
 * Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt (annex 4: L1492–2205);
 * the detailed extraction is ../shared/spec/order-236-registries.md §1.
 *
 * The request holds only the IIN (from the login), the identity-document type and the region
 * (para 8 item 4, L1683–1687): no cadastral number or address, so the certificate covers every
 * object registered to the person in the chosen region. The regulation names no fee and no legal
 * deadline, only per-step minutes.
 *
 * The steps are those of the Internet table (sub-annex 4), the path of the portal and the kiosk.
 * Its actions 1–2 (authorisation; editing and checking the form) are the applicant's and
 * «есептелмейді» — not counted (L1945–1946), so they are left out. The PSC path (sub-annex 3,
 * L1825–1884) is: operator intake and request 15 min, five system actions of 1 min, printing
 * 2 min — 22 minutes; steps cannot depend on the channel, so it is not modelled here.
 */

/**
 * The regions a registry certificate is asked for. The source lists «облыс, Астана немесе Алматы
 * қалалары» (L1687) — the 14 oblasts and two cities of 2011; these are the 17 oblasts and the three
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
 * («жеке басын куәландыратын құжат түрін», L1685) but lists none; these are the usual ones.
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

export const realEstateRights: ServiceDefinition = {
	id: 'real-estate-rights',
	name: {
		// Verbatim, annex heading (L1499); the order's para 1 (L33) has the plural «анықтамалар беру».
		kk: 'Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама беру',
		// The source has no Russian name; the usual Russian title of the Standard (to confirm).
		ru: 'Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках',
		en: 'Issue of a certificate on registered rights (encumbrances) to real estate and its technical characteristics'
	},
	shortName: {
		kk: 'Мүлікке құқықтар туралы анықтама',
		ru: 'Справка о правах на недвижимость',
		en: 'Real estate rights certificate'
	},
	description: {
		kk: 'Таңдаған өңірде сізге тіркелген жылжымайтын мүлік, оған құқықтар, ауыртпалықтар (мысалы, кепіл немесе тыйым) және оның техникалық сипаттамалары туралы электрондық анықтама. Анықтаманы өзіңіз басып шығарасыз.',
		ru: 'Электронная справка о недвижимости, зарегистрированной на вас в выбранном регионе: права, обременения (например, залог или арест) и технические характеристики. Справку вы печатаете сами.',
		en: 'An electronic certificate on the real estate registered to you in the chosen region: the rights, any encumbrances (such as a mortgage or an arrest) and its technical characteristics. You print it yourself.'
	},
	group: 'registry-certificates',
	regulation: {
		document:
			'Order No. 236 of the Minister of Justice, 27.06.2011; result form as amended by Order No. 132, 28.03.2012',
		annex: '4',
		source: '[000 annex 4] L1492–2205'
	},
	provider: {
		// Step 13 (L1661): the e-certificate is certified by the EDS of the registering body — the territorial
		// justice body at the location of the property (definition 12); the data come from ЖМТ МДҚ.
		kk: 'Тіркеуші орган (жылжымайтын мүлік орналасқан жердегі аумақтық әділет органы), «Жылжымайтын мүлік тіркелімі» мемлекеттік деректер қоры арқылы',
		ru: 'Регистрирующий орган (территориальный орган юстиции по месту нахождения недвижимости) через ГБД «Регистр недвижимости»',
		en: 'The registering body (the territorial justice body where the property lies), through the state Real Estate Register database'
	},
	// Para 1 (L1505): the portal or the PSCs; para 6 (L1603–1605): through the PSC, or on one's own with
	// Internet access and an EDS. The kiosk is the portal in a PSC hall.
	channels: ['portal', 'kiosk', 'psc'],
	// Para 3 (L1513): «автоматтандырылған».
	automation: 'automated',
	result: {
		// Step 12–13 (L1657–1661); form: sub-annex 5 as replaced by Order No. 132 (L1966–2152).
		kk: 'Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы е-анықтама (PDF, екі өлшемді штрих-кодпен, тіркеуші органның ЭЦҚ-мен куәландырылған). Мәліметтер анықтама берілген сәтте жарамды.',
		ru: 'Электронная справка о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках (PDF с двухмерным штрих-кодом, удостоверена ЭЦП регистрирующего органа). Сведения действительны на момент выдачи.',
		en: 'An e-certificate on the registered rights (encumbrances) to real estate and its technical characteristics (PDF with a two-dimensional barcode, certified by the registering body’s EDS). The data are valid at the moment of issue.'
	},
	// The regulation names no state duty or fee anywhere (digest: «No fee and no legal deadline appear
	// for the three registry services»); the Standard of Decree No. 2121 is not among the sources.
	stateDuty: null,
	// Sub-annex 4, Internet table (L1900–1961): actions 3–7, one minute each.
	steps: [
		{
			id: 'request-registration',
			actor: 'portal',
			name: {
				kk: 'Сұрау салуды ЭҮШ-ке жіберу және автоматты тіркеу',
				ru: 'Отправка запроса в ШЭП и его автоматическая регистрация',
				en: 'Sending the request to the gateway and registering it automatically'
			},
			duration: { minutes: 1 },
			source: '[000 annex 4] sub-annex 4, action 3, L1925, L1937, L1947'
		},
		{
			id: 'request-routing',
			actor: 'information-system',
			name: {
				kk: 'Сұрау салуды ЖМТ МДҚ-ға бағдарлау',
				ru: 'Маршрутизация запроса в ГБД РН',
				en: 'Routing the request to the Real Estate Register'
			},
			duration: { minutes: 1 },
			source: '[000 annex 4] sub-annex 4, action 4, L1926, L1938, L1948'
		},
		{
			id: 'certificate-forming',
			actor: 'information-system',
			name: {
				kk: 'Деректерді іздеу, е-анықтаманы қалыптастыру және ЭЦҚ қою',
				ru: 'Поиск сведений, формирование электронной справки и наложение ЭЦП',
				en: 'Finding the data, forming the e-certificate and signing it'
			},
			duration: { minutes: 1 },
			source: '[000 annex 4] sub-annex 4, action 5, L1927, L1939, L1949'
		},
		{
			id: 'response-routing',
			actor: 'information-system',
			name: {
				kk: 'ЖМТ МДҚ жауабын порталға бағдарлау',
				ru: 'Маршрутизация ответа ГБД РН на портал',
				en: 'Routing the register’s answer to the portal'
			},
			duration: { minutes: 1 },
			source: '[000 annex 4] sub-annex 4, action 6, L1928, L1940, L1950'
		},
		{
			id: 'pdf-forming',
			actor: 'portal',
			name: {
				kk: 'Екі өлшемді штрих-кодпен PDF-файл қалыптастыру',
				ru: 'Формирование PDF-файла с двухмерным штрих-кодом',
				en: 'Producing the PDF with the two-dimensional barcode'
			},
			duration: { minutes: 1 },
			source: '[000 annex 4] sub-annex 4, action 7, L1929, L1941, L1951'
		}
	],
	// Para 8 item 4 (L1681–1689): the IIN from the login, the identity-document type, the region.
	fields: [
		{
			id: 'iin',
			type: 'iin',
			label: {
				kk: 'Жеке сәйкестендіру нөміріңіз (ЖСН)',
				ru: 'Ваш индивидуальный идентификационный номер (ИИН)',
				en: 'Your individual identification number (IIN)'
			},
			hint: {
				kk: '12 цифр, жеке куәлігіңізде жазылған. Анықтама осы ЖСН бойынша жасалады.',
				ru: '12 цифр, указан в удостоверении личности. Справка формируется по этому ИИН.',
				en: '12 digits, printed on your identity card. The certificate is made for this IIN.'
			},
			// The source also allows a legal entity's BIN (L1669, L1683); this form serves individuals.
			source: '[000 annex 4] para 8 items 1 and 4, L1669, L1683'
		},
		{
			id: 'idDocumentType',
			type: 'choice',
			label: {
				kk: 'Жеке басыңызды куәландыратын құжаттың түрі',
				ru: 'Вид документа, удостоверяющего вашу личность',
				en: 'Type of your identity document'
			},
			options: identityDocumentOptions,
			source: '[000 annex 4] para 8 item 4, L1685'
		},
		{
			id: 'region',
			type: 'choice',
			label: {
				kk: 'Анықтама қай өңір бойынша керек?',
				ru: 'По какому региону нужна справка?',
				en: 'Which region is the certificate for?'
			},
			hint: {
				kk: 'Мүлік орналасқан облыс немесе республикалық маңызы бар қала. Анықтамада тек осы өңірдің тіркелімі бойынша мәліметтер болады.',
				ru: 'Область или город республиканского значения, где находится недвижимость. В справку попадут сведения только из регистра этого региона.',
				en: 'The region or city where the property lies. The certificate shows only what that region’s register holds.'
			},
			options: registryRegionOptions,
			source: '[000 annex 4] para 8 item 4, L1687 («облыс, Астана немесе Алматы қалалары»; the 2026 regions)'
		}
	],
	pages: [
		{ id: 'iin', title: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' }, fields: ['iin'] },
		{
			id: 'identity-document',
			title: { kk: 'Жеке басты куәландыратын құжат', ru: 'Документ, удостоверяющий личность', en: 'Identity document' },
			fields: ['idDocumentType']
		},
		{ id: 'region', title: { kk: 'Өңір', ru: 'Регион', en: 'Region' }, fields: ['region'] }
	],
	// The portal request carries no attachments; the PSC operator «accepts and checks documents»
	// (sub-annex 3, action 1, L1848) without a list — it is in the Standard, not among the sources.
	documents: []
};
