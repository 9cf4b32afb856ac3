import { recordDetailFields, recordDetailPages } from './shared/civil-record-details.ts';
import { iinField, iinPage } from './shared/iin.ts';
import type { ServiceDefinition } from './types.ts';
import { order236Annex } from './shared/regulations.ts';

/**
 * «Туу туралы, некеге тұру туралы, некені бұзу туралы, тегін, атын, әкесінің атын ауыстыру
 * туралы анықтама беру» — Order No. 236 of the Minister of Justice (27.06.2011), annex 3.
 * Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt; the detailed extraction
 * is ../shared/spec/order-236-civil.md §3.
 *
 * Four references, one per template of sub-annex 5 (L1327, L1366, L1392, L1420): birth, name change,
 * divorce, marriage. Process 7 (L1058–1066) says what the person states for each. For a divorce it
 * asks the place and date of the MARRIAGE (L1064, copied from L1062); both that and the place and
 * date of the divorce are asked. Every kind is answered at once from the civil registry IS
 * (`registryCheck`): the table of actions has no staff step, only the IS's checks (sub-annex 3).
 */
export const civilStatusReference: ServiceDefinition = {
	id: 'civil-status-reference',
	name: {
		// Verbatim, annex 3 heading (L943), para 1 (L946).
		kk: 'Туу туралы, некеге тұру туралы, некені бұзу туралы, тегін, атын, әкесінің атын ауыстыру туралы анықтама беру',
		// The source gives no Russian service name; this follows the Russian titles of its templates.
		ru: 'Выдача справок о рождении, заключении брака, расторжении брака, перемене фамилии, имени, отчества',
		en: 'Issue of a reference on birth, marriage, divorce, change of surname, first name or patronymic'
	},
	shortName: {
		kk: 'АХАЖ туралы анықтама',
		ru: 'Справка ЗАГС',
		en: 'Civil status reference'
	},
	description: {
		kk: 'Туу, некеге тұру, некені бұзу немесе тегін, атын, әкесінің атын ауыстыру туралы акт жазбасы бойынша мұрағаттық анықтама. Электрондық құжат тіркеуші органның ЭЦҚ-мен куәландырылады, оны өзіңіз басып шығарасыз.',
		ru: 'Архивная справка по актовой записи о рождении, заключении брака, расторжении брака или перемене фамилии, имени, отчества. Электронный документ удостоверен ЭЦП регистрирующего органа, вы печатаете его сами.',
		en: 'An archival reference from the act record of a birth, marriage, divorce or change of name. The electronic document is certified by the registering body and you print it yourself.'
	},
	group: 'civil-records',
	regulation: {
		...order236Annex(3),
		source: '[000 annex 3] L934–1491'
	},
	provider: {
		kk: 'Тіркеуші орган (АХАЖ бөлімі), «АХАЖ» ақпараттық жүйесі арқылы',
		ru: 'Регистрирующий орган (отдел ЗАГС) через ИС «ЗАГС»',
		en: 'The registering body (civil registry office), through the civil registry information system'
	},
	channels: ['portal', 'kiosk'],
	// Para 3 (L956): «автоматтандыру дәрежесі: автоматтандырылған».
	automation: 'automated',
	result: {
		kk: 'Азаматтық хал актілерін тіркеу туралы мұрағаттық е-анықтама (PDF, штрих-кодпен)',
		ru: 'Архивная электронная справка о регистрации акта гражданского состояния (PDF со штрих-кодом)',
		en: 'Archival e-reference on a civil status registration (PDF with a signed barcode)'
	},
	// Para 6 item 11 (L1074): «24 сағат ішінде 30% айлық есептік көрсеткіш мөлшерінде».
	stateDuty: { mrpMultiple: 0.3, paymentWindowHours: 24, source: '[000 annex 3] para 6 item 11, L1074' },
	// Sub-annex 3, table of actions (L1241–1305): three actions of 15 minutes each.
	steps: [
		{
			id: 'request-processing',
			actor: 'portal',
			name: { kk: 'Сұрау салуды өңдеу', ru: 'Обработка запроса', en: 'Processing the request' },
			duration: { minutes: 15 },
			source: '[000 annex 3] sub-annex 3, action 1'
		},
		{
			id: 'data-check',
			actor: 'information-system',
			name: {
				kk: 'Орнықтыратын деректерді тексеру',
				ru: 'Проверка устанавливающих данных',
				en: 'Checking the identifying data'
			},
			duration: { minutes: 15 },
			source: '[000 annex 3] sub-annex 3, action 2'
		},
		{
			id: 'reference-drawing-up',
			actor: 'information-system',
			name: { kk: 'Анықтама ресімдеу', ru: 'Оформление справки', en: 'Drawing up the reference' },
			duration: { minutes: 15 },
			source: '[000 annex 3] sub-annex 3, action 3'
		}
	],
	// Para 6 item 9 (L1058–1066): what the person states for each reference.
	// The IIN is taken from the portal account (para 7); at a kiosk without a login it is typed.
	fields: [
		iinField('[000 annex 3] para 7, L1096'),
		{
			id: 'referenceKind',
			type: 'choice',
			label: {
				kk: 'Қандай анықтама керек?',
				ru: 'Какая справка вам нужна?',
				en: 'Which reference do you need?'
			},
			// The four templates of sub-annex 5; screen step 3 «Анықтаманы таңдау» (L1226).
			options: [
				{
					value: 'birth',
					label: { kk: 'Туу туралы анықтама', ru: 'Справка о рождении', en: 'Birth reference' },
					hint: {
						kk: 'Өзіңіздің туу туралы акт жазбаңыз бойынша',
						ru: 'По вашей актовой записи о рождении',
						en: 'From your own birth act record'
					}
				},
				{
					value: 'marriage',
					label: { kk: 'Некеге тұрғаны туралы анықтама', ru: 'Справка о заключении брака', en: 'Marriage reference' }
				},
				{
					value: 'divorce',
					label: { kk: 'Некені бұзу туралы анықтама', ru: 'Справка о расторжении брака', en: 'Divorce reference' }
				},
				{
					value: 'name-change',
					label: {
						kk: 'Тегін, атын, әкесінің атын ауыстырғаны туралы анықтама',
						ru: 'Справка о перемене фамилии, имени, отчества',
						en: 'Reference on a change of surname, first name or patronymic'
					}
				}
			],
			source: '[000 annex 3] sub-annex 5, L1327, L1366, L1392, L1420; sub-annex 2, step 3, L1226'
		},
		// Process 7 (para 6 item 9): birth L1060; marriage and divorce L1062, L1064 (the marriage's place and date for
		// a divorce too [sic]); name change L1066.
		...recordDetailFields({
			birth: '[000 annex 3] para 6 item 9, L1060',
			marriage: '[000 annex 3] para 6 item 9, L1062, L1064',
			divorce: '[000 annex 3] para 6 item 9, L1064 (the divorce record; the source copies the marriage wording)',
			nameChange: '[000 annex 3] para 6 item 9, L1066'
		})
	],
	pages: [
		iinPage(),
		{
			id: 'reference-kind',
			title: { kk: 'Анықтама түрі', ru: 'Вид справки', en: 'Reference' },
			fields: ['referenceKind']
		},
		...recordDetailPages('referenceKind')
	],
	documents: [],
	// Only the birth act record is held where the Worker can answer at once; the other references
	// are looked up by the provider.
	registryCheck: { record: 'act-record', kindField: 'referenceKind' }
};
