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
		...order236Annex(4),
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
	steps: realEstateRegisterSteps({
		'request-registration': '[000 annex 4] sub-annex 4, action 3, L1925, L1937, L1947',
		'request-routing': '[000 annex 4] sub-annex 4, action 4, L1926, L1938, L1948',
		'certificate-forming': '[000 annex 4] sub-annex 4, action 5, L1927, L1939, L1949',
		'response-routing': '[000 annex 4] sub-annex 4, action 6, L1928, L1940, L1950',
		'pdf-forming': '[000 annex 4] sub-annex 4, action 7, L1929, L1941, L1951'
	}),
	// Para 8 item 4 (L1681–1689): the IIN from the login, the identity-document type, the region.
	fields: [
		registryIinField('[000 annex 4] para 8 items 1 and 4, L1669, L1683'),
		...realEstateHolderFields('[000 annex 4] para 8 items 1 and 4, L1669, L1683'),
		identityDocumentField('[000 annex 4] para 8 item 4, L1685'),
		certificateRegionField({
			hint: {
				kk: 'Мүлік орналасқан облыс немесе республикалық маңызы бар қала. Анықтамада тек осы өңірдің тіркелімі бойынша мәліметтер болады.',
				ru: 'Область или город республиканского значения, где находится недвижимость. В справку попадут сведения только из регистра этого региона.',
				en: 'The region or city where the property lies. The certificate shows only what that region’s register holds.'
			},
			source: '[000 annex 4] para 8 item 4, L1687 («облыс, Астана немесе Алматы қалалары»; the 2026 regions)'
		})
	],
	pages: [iinPage(), ...realEstateHolderPages(), ...identityDocumentAndRegionPages()],
	// The portal request carries no attachments; the PSC operator «accepts and checks documents»
	// (sub-annex 3, action 1, L1848) without a list — it is in the Standard, not among the sources.
	documents: []
};
