import { iinPage } from './shared/iin.ts';
import {
	certificateRegionField,
	identityDocumentAndRegionPages,
	identityDocumentField,
	realEstateHolderFields,
	realEstateHolderPages,
	realEstateRegisterSteps,
	registryIinField
} from './shared/registry-request.ts';
import type { ServiceDefinition } from './types.ts';
import { order236Annex } from './shared/regulations.ts';

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
		...order236Annex(5),
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
	steps: realEstateRegisterSteps({
		'request-registration': '[000 annex 5] sub-annex 4, action 3, L2624, L2634, L2644',
		'request-routing': '[000 annex 5] sub-annex 4, action 4, L2625, L2635, L2645',
		'certificate-forming': '[000 annex 5] sub-annex 4, action 5, L2626, L2636, L2646',
		'response-routing': '[000 annex 5] sub-annex 4, action 6, L2627, L2637, L2647',
		'pdf-forming': '[000 annex 5] sub-annex 4, action 7, L2628, L2638, L2648'
	}),
	// Para 8 item 4 (L2391–2399): the IIN from the login, the identity-document type, the region.
	fields: [
		registryIinField('[000 annex 5] para 8 items 1 and 4, L2379, L2393'),
		...realEstateHolderFields('[000 annex 5] para 8 items 1 and 4, L2379, L2393'),
		identityDocumentField('[000 annex 5] para 8 item 4, L2395'),
		certificateRegionField({
			hint: {
				kk: 'Анықтама тек осы өңірдің тіркелімі бойынша жасалады. Мысалы, баспанаға кезекке тұру үшін, әдетте, тұратын өңіріңізді таңдайсыз.',
				ru: 'Справка формируется только по регистру этого региона. Например, для очереди на жильё обычно выбирают регион, где вы живёте.',
				en: 'The certificate covers only that region’s register. For a housing queue, for example, you usually choose the region you live in.'
			},
			source: '[000 annex 5] para 8 item 4, L2397 («облыс, Астана қаласы және Алматы қаласы»; the 2026 regions)'
		})
	],
	pages: [iinPage(), ...realEstateHolderPages(), ...identityDocumentAndRegionPages()],
	// The portal request carries no attachments; the PSC operator «accepts and checks documents»
	// (sub-annex 3, action 1, L2551) without a list — it is in the Standard, not among the sources.
	documents: []
};
