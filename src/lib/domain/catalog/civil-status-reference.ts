import type { ServiceDefinition } from './types.ts';

/**
 * «Туу туралы, некеге тұру туралы, некені бұзу туралы, тегін, атын, әкесінің атын ауыстыру
 * туралы анықтама беру» — Order No. 236 of the Minister of Justice (27.06.2011), annex 3.
 * Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt; the detailed extraction
 * is ../shared/spec/order-236-civil.md §3.
 *
 * Four references, one per template of sub-annex 5 (L1327, L1366, L1392, L1420): birth, name change,
 * divorce, marriage. Process 7 (L1058–1066) says what the person states for each. For a divorce it
 * asks the place and date of the MARRIAGE (L1064, copied from L1062); both that and the place and
 * date of the divorce are asked. Only the birth reference is answered at once from the registry
 * (`registryCheck`); the others are looked up in the civil registry IS by the provider.
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
	// Para 6 item 9 (L1058–1066): what the person states for each reference.
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
		// Birth (L1060): «туған күні және жері туралы мәліметті және ата-анасы туралы мәліметті».
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
		},
		// Marriage and divorce (L1062, L1064): «жұбайы (зайыбы) туралы, некеге тұрған жері мен күні туралы мәліметтерді».
		{
			id: 'spouseName',
			type: 'personName',
			label: {
				kk: 'Жұбайыңыздың (зайыбыңыздың) тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество супруга (супруги)',
				en: "Spouse's surname, first name and patronymic"
			},
			hint: {
				kk: 'Некеге тұрған кездегі тегімен, мысалы Ахметова Айгүл Серікқызы',
				ru: 'С фамилией на момент заключения брака, например Ахметова Айгуль Сериковна',
				en: 'With the surname at the time of the marriage, for example Ахметова Айгүл Серікқызы'
			},
			source: '[000 annex 3] para 6 item 9, L1062, L1064'
		},
		{
			id: 'spouseBirthDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Жұбайыңыздың (зайыбыңыздың) туған күні',
				ru: 'Дата рождения супруга (супруги)',
				en: "Spouse's date of birth"
			},
			hint: { kk: 'Мысалы, 26.11.1978', ru: 'Например, 26.11.1978', en: 'For example, 26.11.1978' },
			// The marriage and divorce references print both spouses' dates of birth (L1392–1445).
			source: '[000 annex 3] para 6 item 9, L1062, L1064'
		},
		{
			id: 'marriagePlace',
			type: 'place',
			label: { kk: 'Неке тіркелген жер', ru: 'Место регистрации брака', en: 'Where the marriage was registered' },
			hint: {
				kk: 'Қала немесе аудан, мысалы Ақмола облысы, Ақкөл ауданы',
				ru: 'Город или район, например Акмолинская область, Аккольский район',
				en: 'City or district, for example Ақмола облысы, Ақкөл ауданы'
			},
			source: '[000 annex 3] para 6 item 9, L1062, L1064'
		},
		{
			id: 'marriageDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Неке тіркелген күн', ru: 'Дата регистрации брака', en: 'Date of the marriage registration' },
			hint: { kk: 'Мысалы, 18.08.2009', ru: 'Например, 18.08.2009', en: 'For example, 18.08.2009' },
			source: '[000 annex 3] para 6 item 9, L1062, L1064'
		},
		{
			id: 'divorcePlace',
			type: 'place',
			label: {
				kk: 'Неке бұзу тіркелген жер',
				ru: 'Место регистрации расторжения брака',
				en: 'Where the divorce was registered'
			},
			hint: {
				kk: 'Қала немесе аудан, мысалы Қарағанды',
				ru: 'Город или район, например Караганда',
				en: 'City or district, for example Қарағанды'
			},
			// L1064 asks the marriage's place and date for a divorce too [sic]; the divorce record is found by its own.
			source: '[000 annex 3] para 6 item 9, L1064 (the divorce record; the source copies the marriage wording)'
		},
		{
			id: 'divorceDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Неке бұзу тіркелген күн',
				ru: 'Дата регистрации расторжения брака',
				en: 'Date of the divorce registration'
			},
			hint: { kk: 'Мысалы, 18.08.2009', ru: 'Например, 18.08.2009', en: 'For example, 18.08.2009' },
			source: '[000 annex 3] para 6 item 9, L1064 (the divorce record; the source copies the marriage wording)'
		},
		// Name change (L1066): «ауыстырғанға дейінгі тегін».
		{
			id: 'surnameBeforeChange',
			type: 'personName',
			label: {
				kk: 'Ауыстырғанға дейінгі тегіңіз',
				ru: 'Ваша фамилия до перемены',
				en: 'Your surname before the change'
			},
			hint: { kk: 'Мысалы, Кожахметов', ru: 'Например, Кожахметов', en: 'For example, Кожахметов' },
			source: '[000 annex 3] para 6 item 9, L1066'
		}
	],
	pages: [
		{ id: 'iin', title: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' }, fields: ['iin'] },
		{
			id: 'reference-kind',
			title: { kk: 'Анықтама түрі', ru: 'Вид справки', en: 'Reference' },
			fields: ['referenceKind']
		},
		{
			id: 'birth',
			title: { kk: 'Туған күні және жері', ru: 'Дата и место рождения', en: 'Date and place of birth' },
			fields: ['birthDate', 'placeOfBirth'],
			when: { field: 'referenceKind', equals: 'birth' }
		},
		{
			id: 'parents',
			title: { kk: 'Ата-анасы туралы мәліметтер', ru: 'Сведения о родителях', en: 'Parents' },
			fields: ['fatherName', 'motherName'],
			when: { field: 'referenceKind', equals: 'birth' }
		},
		{
			id: 'spouse',
			title: { kk: 'Жұбайы (зайыбы) туралы мәліметтер', ru: 'Сведения о супруге', en: 'Spouse' },
			fields: ['spouseName', 'spouseBirthDate'],
			when: { field: 'referenceKind', in: ['marriage', 'divorce'] }
		},
		{
			id: 'marriage',
			title: {
				kk: 'Некеге тұрған жері мен күні',
				ru: 'Место и дата заключения брака',
				en: 'Place and date of the marriage'
			},
			fields: ['marriagePlace', 'marriageDate'],
			when: { field: 'referenceKind', in: ['marriage', 'divorce'] }
		},
		{
			id: 'divorce',
			title: {
				kk: 'Неке бұзу тіркелген жері мен күні',
				ru: 'Место и дата расторжения брака',
				en: 'Place and date of the divorce'
			},
			fields: ['divorcePlace', 'divorceDate'],
			when: { field: 'referenceKind', equals: 'divorce' }
		},
		{
			id: 'name-change',
			title: { kk: 'Ауыстырғанға дейінгі тегі', ru: 'Фамилия до перемены', en: 'Surname before the change' },
			fields: ['surnameBeforeChange'],
			when: { field: 'referenceKind', equals: 'name-change' }
		}
	],
	documents: [],
	// Only the birth act record is held where the Worker can answer at once; the other references
	// are looked up by the provider.
	registryCheck: { record: 'birth-act-record', when: { field: 'referenceKind', equals: 'birth' } }
};
