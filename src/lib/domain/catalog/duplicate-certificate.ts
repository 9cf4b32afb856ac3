import { recordDetailFields, recordDetailPages } from './shared/civil-record-details.ts';
import { iinField, iinPage } from './shared/iin.ts';
import type { ServiceDefinition } from './types.ts';
import { order236Annex } from './shared/regulations.ts';

/**
 * «Туу туралы, некеге тұру туралы, некені бұзу туралы, әке болуды анықтау туралы, ұл/қыз асырап алу
 * туралы, тегін, атын, әкесінің атын ауыстыру туралы қайталама куәлікке өтініш беру» — Order No. 236 of
 * the Minister of Justice (27.06.2011), annex 1. Line numbers (L…) point into
 * ../shared/seeds/000_24228dd2b4b3ac68.txt (annex 1: L64–523); the detailed extraction is
 * ../shared/spec/order-236-civil.md §1.
 *
 * The six certificates are those of the name; death is not among them (the Almaty service
 * duplicate-or-reference covers it). Process 7 (L186–194) says what to state for a birth, marriage,
 * divorce and name-change duplicate; for paternity and adoption the source says nothing, so the
 * questions below (the child's name and date of birth, where the act was registered) are
 * configurable defaults and say so. For a divorce the source asks the place and date of the
 * MARRIAGE (L192, copied from L190); both that and the place and date of the divorce are asked.
 *
 * The e-result is the authorised body's notice of acceptance; the paper duplicate is collected
 * where the application was made (process 10, L216), on a term the source does not give.
 */
export const duplicateCertificate: ServiceDefinition = {
	id: 'duplicate-certificate',
	name: {
		// Verbatim, annex heading (L71), para 1 (L74) and the order's para 1 (L21).
		kk: 'Туу туралы, некеге тұру туралы, некені бұзу туралы, әке болуды анықтау туралы, ұл/қыз асырап алу туралы, тегін, атын, әкесінің атын ауыстыру туралы қайталама куәлікке өтініш беру',
		// The source gives no Russian service name (its notice has «Выдача повторное [sic] свидетельство о
		// рождении», L478); a careful translation.
		ru: 'Подача заявления на выдачу повторного свидетельства о рождении, заключении брака, расторжении брака, установлении отцовства, усыновлении (удочерении), перемене фамилии, имени, отчества',
		en: 'Application for a duplicate certificate of birth, marriage, divorce, paternity, adoption, or change of surname, first name or patronymic'
	},
	shortName: {
		kk: 'Қайталама куәлік',
		ru: 'Повторное свидетельство',
		en: 'Duplicate certificate'
	},
	description: {
		kk: 'Жоғалған немесе бүлінген куәліктің орнына қайталама куәлік алуға өтініш. Өтінішті қабылдағаны туралы хабарлама келеді, ал куәліктің өзін өтініш берген жерде жеке басыңызды куәландыратын құжатпен қағаз түрінде аласыз.',
		ru: 'Заявление на повторное свидетельство вместо утерянного или испорченного. Вы получите уведомление о принятии заявления, а само свидетельство — на бумаге по месту подачи заявления при предъявлении удостоверения личности.',
		en: 'Apply for a duplicate of a lost or damaged certificate. You receive a notice that the application was accepted; the certificate itself is handed over on paper where you applied, on showing your identity document.'
	},
	group: 'civil-records',
	regulation: {
		...order236Annex(1),
		source: '[000 annex 1] L64–523'
	},
	provider: {
		// Para 1 (L74): the PSCs, using the civil registry IS, through the portal; the application is
		// processed by the authorised body — the territorial justice body (definition 7).
		kk: 'Халыққа қызмет көрсету орталықтары; өтінішті уәкілетті орган (аумақтық әділет органы) «Азаматтық хал актілері жазбасы» ақпараттық жүйесі арқылы өңдейді',
		ru: 'Центры обслуживания населения; заявление обрабатывает уполномоченный орган (территориальный орган юстиции) через ИС «ЗАГС»',
		en: 'Public Service Centres; the application is processed by the authorised body (the territorial justice body) through the civil registry information system'
	},
	// Para 1 (L74): the PSCs through the e-government portal; the paper result at the place of
	// application (L216). The kiosk is the portal in a PSC hall.
	channels: ['portal', 'kiosk', 'psc'],
	// Para 3 (L82–84): «жартылай автоматтандырылған (өтініш беру үдерісі автоматтандырылған)».
	automation: 'partially-automated',
	result: {
		// Process 10 (L216); notice template: sub-annex 5 (L445–486).
		kk: 'Уәкілетті органның өтінішті өңдеуге қабылдағаны туралы хабарламасы (штрих-кодпен). Қайталама куәлік қағаз түрінде өтініш берген жерде жеке басын куәландыратын құжатты көрсеткенде беріледі.',
		ru: 'Уведомление уполномоченного органа о принятии заявления к обработке (со штрих-кодом). Повторное свидетельство выдаётся на бумаге по месту подачи заявления при предъявлении документа, удостоверяющего личность.',
		en: 'The authorised body’s notice that it accepted the application for processing (with a barcode). The duplicate certificate is handed over on paper where you applied, on showing an identity document.'
	},
	// Process 8 (L202): «24 сағат ішінде бір айлық есептік көрсеткіш мөлшерінде мемлекетті [sic] баж».
	stateDuty: { mrpMultiple: 1, paymentWindowHours: 24, source: '[000 annex 1] para 6 item 11, L202–208' },
	steps: [
		{
			id: 'request-processing',
			actor: 'portal',
			name: { kk: 'Сұрау салуды өңдеу', ru: 'Обработка запроса', en: 'Processing the request' },
			duration: { minutes: 15 },
			source: '[000 annex 1] sub-annex 3, action 1, L378, L389, L405, L414'
		},
		{
			id: 'acceptance',
			actor: 'responsible-officer',
			name: {
				kk: 'Өтінішті өңдеуге қабылдау және хабарлама беру',
				ru: 'Принятие заявления к обработке и выдача уведомления',
				en: 'Accepting the application for processing and issuing the notice'
			},
			duration: { minutes: 15 },
			source: '[000 annex 1] sub-annex 3, action 2, L379, L390, L406, L415; process 10, L216'
		},
		{
			id: 'paper-duplicate',
			actor: 'responsible-officer',
			name: {
				kk: 'Қайталама куәлікті қағаз түрінде дайындау және өтініш берген жерге жіберу',
				ru: 'Изготовление повторного свидетельства на бумаге и направление по месту подачи заявления',
				en: 'Preparing the paper duplicate and sending it to where the application was made'
			},
			// Default, not from the sources: the Almaty regulation's term for records held in the IS and the archive.
			duration: { workingDays: 5 },
			source:
				'silent — configurable: process 10 (L216) gives no term for the paper duplicate; default after [003 reg. 3] para 10 item 3, L308 (5 working days)'
		}
	],
	fields: [
		iinField('[000 annex 1] para 7, L222'),
		{
			id: 'certificateKind',
			type: 'choice',
			label: {
				kk: 'Қай куәліктің қайталамасы керек?',
				ru: 'Какое свидетельство нужно выдать повторно?',
				en: 'Which certificate do you need a duplicate of?'
			},
			options: [
				{
					value: 'birth',
					label: { kk: 'Туу туралы куәлік', ru: 'Свидетельство о рождении', en: 'Birth certificate' },
					hint: {
						kk: 'Өзіңіздің туу туралы куәлігіңіз',
						ru: 'Ваше собственное свидетельство о рождении',
						en: 'Your own birth certificate'
					}
				},
				{
					value: 'marriage',
					label: { kk: 'Некеге тұру туралы куәлік', ru: 'Свидетельство о заключении брака', en: 'Marriage certificate' }
				},
				{
					value: 'divorce',
					label: { kk: 'Некені бұзу туралы куәлік', ru: 'Свидетельство о расторжении брака', en: 'Divorce certificate' }
				},
				{
					value: 'paternity',
					label: {
						kk: 'Әке болуды анықтау туралы куәлік',
						ru: 'Свидетельство об установлении отцовства',
						en: 'Certificate of paternity'
					}
				},
				{
					value: 'adoption',
					label: {
						kk: 'Ұл (қыз) асырап алу туралы куәлік',
						ru: 'Свидетельство об усыновлении (удочерении)',
						en: 'Adoption certificate'
					}
				},
				{
					value: 'name-change',
					label: {
						kk: 'Тегін, атын, әкесінің атын ауыстыру туралы куәлік',
						ru: 'Свидетельство о перемене фамилии, имени, отчества',
						en: 'Certificate of change of surname, first name or patronymic'
					}
				}
			],
			// The name (L71) lists six certificates; screen step 3 is the choice («Анықтаманы таңдау» [sic], L354).
			source: '[000 annex 1] name, L71; process 7, L188–194; sub-annex 2, step 3, L354'
		},
		// Process 7 (para 6 item 9): birth L188; marriage and divorce L190, L192 (the marriage's place and date for
		// a divorce too [sic]); name change L194.
		...recordDetailFields({
			birth: '[000 annex 1] para 6 item 9, L188',
			marriage: '[000 annex 1] para 6 item 9, L190, L192',
			divorce: '[000 annex 1] para 6 item 9, L192 (the divorce record; the source copies the marriage wording)',
			nameChange: '[000 annex 1] para 6 item 9, L194'
		}),
		// Paternity and adoption: the source names them (L71) but asks nothing (extraction §1.5).
		{
			id: 'childName',
			type: 'personName',
			label: {
				kk: 'Баланың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество ребёнка',
				en: "Child's surname, first name and patronymic"
			},
			hint: {
				kk: 'Куәліктегідей; асырап алуда — асырап алғаннан кейінгі аты-жөні',
				ru: 'Как в свидетельстве; при усыновлении — после усыновления',
				en: 'As on the certificate; for an adoption, the name after the adoption'
			},
			source: 'silent — configurable: [000 annex 1] names paternity and adoption (L71) but asks nothing (L186–194)'
		},
		{
			id: 'childBirthDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Баланың туған күні', ru: 'Дата рождения ребёнка', en: "Child's date of birth" },
			hint: { kk: 'Мысалы, 24.08.2009', ru: 'Например, 24.08.2009', en: 'For example, 24.08.2009' },
			source: 'silent — configurable: [000 annex 1] names paternity and adoption (L71) but asks nothing (L186–194)'
		},
		{
			id: 'registrationPlace',
			type: 'place',
			label: { kk: 'Акт тіркелген жер', ru: 'Место регистрации акта', en: 'Where the act was registered' },
			hint: {
				kk: 'Әке болуды анықтау немесе асырап алу тіркелген қала немесе аудан',
				ru: 'Город или район, где зарегистрировано установление отцовства или усыновление',
				en: 'The city or district where the paternity or adoption was registered'
			},
			source: 'silent — configurable: [000 annex 1] names paternity and adoption (L71) but asks nothing (L186–194)'
		}
	],
	pages: [
		iinPage(),
		{
			id: 'certificate-kind',
			title: { kk: 'Куәлік түрі', ru: 'Вид свидетельства', en: 'Certificate' },
			fields: ['certificateKind']
		},
		...recordDetailPages('certificateKind'),
		{
			id: 'child',
			title: { kk: 'Бала туралы мәліметтер', ru: 'Сведения о ребёнке', en: 'Child' },
			fields: ['childName', 'childBirthDate'],
			when: { field: 'certificateKind', in: ['paternity', 'adoption'] }
		},
		{
			id: 'registration-place',
			title: { kk: 'Акт тіркелген жер', ru: 'Место регистрации', en: 'Place of registration' },
			fields: ['registrationPlace'],
			when: { field: 'certificateKind', in: ['paternity', 'adoption'] }
		}
	],
	// The regulation asks for no electronic copies; the paper duplicate is handed over on an identity document.
	documents: []
};
