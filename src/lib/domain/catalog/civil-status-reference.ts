import type { ServiceDefinition } from './types.ts';

/**
 * «Туу туралы, некеге тұру туралы, некені бұзу туралы, тегін, атын, әкесінің атын ауыстыру
 * туралы анықтама беру» — Order No. 236 of the Minister of Justice (27.06.2011), annex 3.
 * Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt.
 * This release offers the birth reference («1. Туу туралы анықтама»); the marriage, divorce
 * and name-change references of the same annex follow with the form engine (issue 3).
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
		kk: 'Туу туралы анықтама',
		ru: 'Справка о рождении',
		en: 'Birth reference'
	},
	description: {
		kk: 'Туу туралы акт жазбасы бойынша мұрағаттық анықтама. Электрондық құжат тіркеуші органның ЭЦҚ-мен куәландырылады, оны өзіңіз басып шығарасыз.',
		ru: 'Архивная справка по актовой записи о рождении. Электронный документ удостоверен ЭЦП регистрирующего органа, вы печатаете его сами.',
		en: 'An archival reference from the birth act record. The electronic document is certified by the registering body and you print it yourself.'
	},
	group: 'civil-records',
	regulation: {
		document: 'Order No. 236 of the Minister of Justice, 27.06.2011',
		annex: '3',
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
	// Para 6 item 9 (L1060): «тұтынушы туған күні және жері туралы мәліметті және ата-анасы туралы мәліметті көрсетеді».
	// The IIN is taken from the portal account (para 7); at a kiosk without a login it is typed.
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
				kk: '12 цифр, жеке куәлігіңізде жазылған',
				ru: '12 цифр, указан в удостоверении личности',
				en: '12 digits, printed on your identity card'
			},
			source: '[000 annex 3] para 7, L1096'
		},
		{
			id: 'birthDate',
			type: 'date',
			notInFuture: true,
			matchesBirthDateOf: 'iin',
			label: { kk: 'Туған күніңіз', ru: 'Дата рождения', en: 'Date of birth' },
			hint: { kk: 'Мысалы, 21.03.1990', ru: 'Например, 21.03.1990', en: 'For example, 21.03.1990' },
			source: '[000 annex 3] para 6 item 9, L1060'
		},
		{
			id: 'placeOfBirth',
			type: 'place',
			label: { kk: 'Туған жеріңіз', ru: 'Место рождения', en: 'Place of birth' },
			hint: {
				kk: 'Қала немесе елді мекен, мысалы Алматы',
				ru: 'Город или населённый пункт, например Алматы',
				en: 'City or settlement, for example Алматы'
			},
			source: '[000 annex 3] para 6 item 9, L1060'
		},
		{
			id: 'fatherName',
			type: 'personName',
			optional: true,
			label: {
				kk: 'Әкеңіздің тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество отца',
				en: "Father's surname, first name and patronymic"
			},
			hint: {
				kk: 'Туу туралы акт жазбасында әкесі көрсетілмесе, бос қалдырыңыз',
				ru: 'Оставьте пустым, если отец не указан в актовой записи',
				en: 'Leave empty if no father is recorded in the birth act'
			},
			source: '[000 annex 3] para 6 item 9, L1060'
		},
		{
			id: 'motherName',
			type: 'personName',
			label: {
				kk: 'Анаңыздың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество матери',
				en: "Mother's surname, first name and patronymic"
			},
			source: '[000 annex 3] para 6 item 9, L1060'
		}
	],
	pages: [
		{ id: 'iin', title: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' }, fields: ['iin'] },
		{
			id: 'birth',
			title: { kk: 'Туған күні және жері', ru: 'Дата и место рождения', en: 'Date and place of birth' },
			fields: ['birthDate', 'placeOfBirth']
		},
		{
			id: 'parents',
			title: { kk: 'Ата-анасы туралы мәліметтер', ru: 'Сведения о родителях', en: 'Parents' },
			fields: ['fatherName', 'motherName']
		}
	],
	documents: [],
	registryCheck: { record: 'birth-act-record' }
};
