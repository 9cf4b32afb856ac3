import { identityDocumentOptions, registryRegionOptions } from './real-estate-rights.ts';
import type { ServiceDefinition } from './types.ts';

/**
 * «Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтамалар беру» — Order No. 236 of the Minister
 * of Justice (27.06.2011), annex 5. Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt
 * (annex 5: L2206–2822); the detailed extraction is ../shared/spec/order-236-registries.md §2.
 *
 * A near-copy of annex 4 (real-estate-rights.ts): the same request (IIN from the login,
 * identity-document type, region: para 8 item 4, L2391–2399), the same processes and tables.
 * Process 8 refuses when «ЖМТ МДҚ-дан сұрау салынған деректердің болмауына байланысты» (L2363); for a
 * certificate of ABSENCE that would defeat the purpose, so (digest, «Two readings»): a person known to
 * the Individuals database with no property gets the certificate stating that none is registered;
 * the refusal is only for a subject unknown to the databases.
 *
 * The steps are those of the portal table (sub-annex 4, L2599–2660): actions 1–2 are the
 * applicant's and «есептелмейді» (L2642–2643), so they are left out. The PSC path (sub-annex 3,
 * L2528–2587) takes 15 + 5 × 1 + 2 = 22 minutes; steps cannot depend on the channel.
 */
export const realEstatePresence: ServiceDefinition = {
	id: 'real-estate-presence',
	name: {
		// Verbatim, annex heading (L2213), para 1 (L2219) and the order's para 1 (L37).
		kk: 'Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтамалар беру',
		// The source has no Russian name; the usual Russian title of the Standard (to confirm).
		ru: 'Выдача справок об отсутствии (наличии) недвижимого имущества',
		en: 'Issue of certificates on the absence (presence) of real estate'
	},
	shortName: {
		kk: 'Мүліктің жоқ (бар) екендігі туралы анықтама',
		ru: 'Справка об отсутствии (наличии) недвижимости',
		en: 'Real estate ownership certificate'
	},
	description: {
		kk: 'Таңдаған өңірде сізге жылжымайтын мүлік тіркелген-тіркелмегені туралы электрондық анықтама: қазір тіркелген және бұрын тіркелген құқықтар. Мүлік болмаса, анықтамада оның жоқ екені көрсетіледі.',
		ru: 'Электронная справка о том, зарегистрирована ли на вас недвижимость в выбранном регионе: действующие и прежние права. Если недвижимости нет, справка подтверждает её отсутствие.',
		en: 'An electronic certificate on whether any real estate is registered to you in the chosen region: current and former rights. If there is none, the certificate says so.'
	},
	group: 'registry-certificates',
	regulation: {
		document:
			'Order No. 236 of the Minister of Justice, 27.06.2011; result form as amended by Order No. 132, 28.03.2012',
		annex: '5',
		source: '[000 annex 5] L2206–2822'
	},
	provider: {
		// Step 13 (L2371): the e-certificate is certified by the EDS of the registering body; form header
		// «Қазақстан Республикасы Әділет министрлігінің аумақтық органы» (L2679).
		kk: 'Тіркеуші орган (Қазақстан Республикасы Әділет министрлігінің аумақтық органы), «Жылжымайтын мүлік тіркелімі» мемлекеттік деректер қоры арқылы',
		ru: 'Регистрирующий орган (территориальный орган Министерства юстиции Республики Казахстан) через ГБД «Регистр недвижимости»',
		en: 'The registering body (a territorial body of the Ministry of Justice), through the state Real Estate Register database'
	},
	// Para 1 (L2219): the portal or the PSCs; para 6 (L2315): through the PSC, or on one's own with
	// Internet access and an EDS. The kiosk is the portal in a PSC hall.
	channels: ['portal', 'kiosk', 'psc'],
	// Para 3 (L2227): «автоматтандырылған».
	automation: 'automated',
	result: {
		// Step 12–13 (L2367–2371); form: sub-annex 5 as replaced by Order No. 132 (L2663–2769).
		kk: 'Жылжымайтын мүліктің жоқ (бар) екендігі туралы е-анықтама (PDF, екі өлшемді штрих-кодпен, тіркеуші органның ЭЦҚ-мен куәландырылған): қазір тіркелген құқықтар мен ауыртпалықтар және бұрын тіркелген құқықтар. Мәліметтер анықтама берілген сәтте жарамды.',
		ru: 'Электронная справка об отсутствии (наличии) недвижимого имущества (PDF с двухмерным штрих-кодом, удостоверена ЭЦП регистрирующего органа): действующие права и обременения и ранее зарегистрированные права. Сведения действительны на момент выдачи.',
		en: 'An e-certificate on the absence (presence) of real estate (PDF with a two-dimensional barcode, certified by the registering body’s EDS): current rights and encumbrances, and rights registered before. The data are valid at the moment of issue.'
	},
	// The regulation names no state duty or fee anywhere (digest: «No fee and no legal deadline appear
	// for the three registry services»); the Standard of Decree No. 2121 is not among the sources.
	stateDuty: null,
	// Sub-annex 4, portal table (L2599–2660): actions 3–7, one minute each (L2644–2648).
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
			source: '[000 annex 5] sub-annex 4, action 3, L2624, L2634, L2644'
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
			source: '[000 annex 5] sub-annex 4, action 4, L2625, L2635, L2645'
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
			source: '[000 annex 5] sub-annex 4, action 5, L2626, L2636, L2646'
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
			source: '[000 annex 5] sub-annex 4, action 6, L2627, L2637, L2647'
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
			source: '[000 annex 5] sub-annex 4, action 7, L2628, L2638, L2648'
		}
	],
	// Para 8 item 4 (L2391–2399): the IIN from the login, the identity-document type, the region.
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
			// The source also allows a legal entity's BIN (L2379, L2393); this form serves individuals.
			source: '[000 annex 5] para 8 items 1 and 4, L2379, L2393'
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
			source: '[000 annex 5] para 8 item 4, L2395'
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
				kk: 'Анықтама тек осы өңірдің тіркелімі бойынша жасалады. Мысалы, баспанаға кезекке тұру үшін, әдетте, тұратын өңіріңізді таңдайсыз.',
				ru: 'Справка формируется только по регистру этого региона. Например, для очереди на жильё обычно выбирают регион, где вы живёте.',
				en: 'The certificate covers only that region’s register. For a housing queue, for example, you usually choose the region you live in.'
			},
			options: registryRegionOptions,
			source: '[000 annex 5] para 8 item 4, L2397 («облыс, Астана қаласы және Алматы қаласы»; the 2026 regions)'
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
	// (sub-annex 3, action 1, L2551) without a list — it is in the Standard, not among the sources.
	documents: []
};
