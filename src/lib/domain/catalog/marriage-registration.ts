import {
	changes,
	changesDocuments,
	changesFields,
	changesPages,
	changesReviewTerm,
	registration,
	requestKindField,
	requestKindPage,
	spellingOrCourtDecisionHint
} from './shared/act-record-changes.ts';
import { iinField, iinPage } from './shared/iin.ts';
import { extensionClause, officeStep } from './shared/office-steps.ts';
import type { ServiceDefinition } from './types.ts';
import { almatyRegulation } from './shared/regulations.ts';

/**
 * «Неке қиюды (ерлі-зайыптылықты) тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер,
 * толықтырулар мен түзетулер енгізу» — regulation 2 of Almaty akimat resolution No. 4/646 (23.11.2015),
 * approved under the Standard of Order No. 219 of the Minister of Justice (17.04.2015).
 * Line numbers (L…) point into ../shared/seeds/003_b1512d3b75660422.txt (regulation 2: L143–250);
 * the detailed extraction is ../shared/spec/almaty-services-1-4.md §2.
 *
 * The Standard (fee §7, documents §9, application forms annexes 1–2, refusal grounds §10) is not
 * among the sources: those values are configurable defaults and say so.
 *
 * The applicant is one of the future spouses (the marriage is registered «көрсетілетін қызметті
 * алушылардың қатысуымен», with both present, L202). The refusal path (a reasoned refusal within
 * 1 working day, signed by the head: L172, L175) is an outcome, not a step of every request.
 */

const previousMarriageOptions = [
	{
		value: 'never',
		label: { kk: 'Бұрын некеде болмаған', ru: 'Ранее в браке не состоял(а)', en: 'Never married before' }
	},
	{
		value: 'divorced',
		label: { kk: 'Бұрынғы неке бұзылған', ru: 'Предыдущий брак расторгнут', en: 'Previous marriage dissolved' }
	},
	{
		value: 'widowed',
		label: { kk: 'Жесір (жұбайы қайтыс болған)', ru: 'Вдова (вдовец)', en: 'Widowed' }
	}
];

export const marriageRegistration: ServiceDefinition = {
	id: 'marriage-registration',
	name: {
		// Verbatim, regulation heading (L147–150) and para 1 (L152); identical in the resolution (L13).
		kk: 'Неке қиюды (ерлі-зайыптылықты) тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
		// The source has no Russian text; the usual Russian name of the Standard (extraction §2.1, unverified).
		ru: 'Регистрация заключения брака (супружества), в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
		en: 'Registration of marriage (matrimony), including changes, additions and corrections to civil status records'
	},
	shortName: {
		kk: 'Неке қиюды тіркеу',
		ru: 'Регистрация брака',
		en: 'Marriage registration'
	},
	description: {
		kk: 'Неке қиюға өтініш беру немесе бар неке туралы акт жазбасына өзгеріс енгізу. Неке өтініш берген күннен бастап бір ай өткен соң, сізбен келісілген күні тіркеледі.',
		ru: 'Заявление о регистрации брака или изменение существующей актовой записи о браке. Брак регистрируется не раньше чем через месяц после подачи заявления, в согласованный с вами день.',
		en: 'Apply to register your marriage, or change an existing marriage record. The marriage is registered one month after the application at the earliest, on a day agreed with you.'
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(2),
		source: '[003 reg. 2] L143–250'
	},
	provider: {
		// Para 1 (L152).
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық хал актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L153–155): the provider's office and the egov.kz portal only — no PSC
	// (kiosk = the portal in a PSC hall).
	channels: ['office', 'portal', 'kiosk'],
	// Para 3 (L157): «электронды (ішінара автоматтандырылған) немесе қағаз түрінде».
	automation: 'partially-automated',
	result: {
		// Para 4 (L158–160); para 5 (L161): the result is on paper.
		kk: 'Неке қиюды (ерлі-зайыптылықты) мемлекеттік тіркеу туралы куәлік, енгізілген өзгерістерімен қайталама неке қию туралы куәлік немесе бас тарту туралы дәлелді жауап (қағаз түрінде, жеке басын куәландыратын құжатты көрсеткенде). Портал арқылы өтініш бергенде жеке кабинетке нәтиженің берілу күні белгіленгені туралы хабарлама немесе бас тарту туралы дәлелді жауап ЭЦҚ қойылған электрондық құжат түрінде келеді.',
		ru: 'Свидетельство о государственной регистрации заключения брака (супружества), повторное свидетельство о браке с внесёнными изменениями или мотивированный ответ об отказе (на бумаге, при предъявлении удостоверения личности). При подаче через портал в личный кабинет приходит подписанное ЭЦП уведомление о назначенной дате выдачи или мотивированный отказ.',
		en: 'A certificate of the state registration of marriage, a repeat marriage certificate with the changes made, or a reasoned refusal (on paper, on showing an identity document). Applying on the portal, you receive in your personal cabinet an EDS-signed notice of the date set, or the reasoned refusal.'
	},
	// Unnumbered paragraph after para 5 (L162): «Стандарттың 7 тармағына сәйкес … ақылы көрсетіледі» —
	// paid, with no free case; the amount is in the Standard No. 219 / the Tax Code, not among the sources.
	// mrpMultiple 1: default, not from the sources — configure. (Changes to a record are usually charged
	// less, but StateDuty holds one amount per service.)
	stateDuty: {
		mrpMultiple: 1,
		paymentWindowHours: 24,
		configurable: true,
		source:
			'[003 reg. 2] unnumbered para after para 5, L162 («ақылы»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L169–176) = para 11 (L195–202): seven actions.
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 2] para 7 item 1, L170; para 11 item 1, L196'
		}),
		officeStep('resolution', {
			duration: { hours: 1 },
			source: '[003 reg. 2] para 7 item 2, L171; para 11 item 2, L197'
		}),
		officeStep('review', {
			// «неке қию туралы өтініш – 1 (бір) жұмыс күні ішінде»; a reasoned refusal is also drawn up
			// within 1 working day.
			duration: { workingDays: 1 },
			variants: [
				changesReviewTerm('[003 reg. 2] para 7 item 3, L172; para 11 item 3, L198 («өзгерістер … күнтізбелік 15 күн»)')
			],
			source: '[003 reg. 2] para 7 item 3, L172; para 11 item 3, L198'
		}),
		{
			id: 'date-setting',
			actor: 'responsible-officer',
			name: {
				kk: 'Өтініш берушілермен келісіп, неке қиюды тіркеу күнін белгілеу',
				ru: 'Назначение даты регистрации брака по согласованию с заявителями',
				en: 'Setting the date of the marriage registration with the couple'
			},
			// On the portal, the notice of the date goes to the personal cabinet.
			duration: { minutes: 20 },
			variants: [
				{
					// «(неке қиюды тіркеу туралы өтінішті қарау кезінде)»: only when reviewing a marriage
					// application — a change to a record has no date to set.
					when: changes,
					duration: { minutes: 0 },
					source: '[003 reg. 2] para 7 item 4, L173; para 11 item 4, L199 (applies to a marriage application only)'
				}
			],
			source: '[003 reg. 2] para 7 item 4, L173; para 11 item 4, L199'
		},
		{
			id: 'act-record',
			actor: 'responsible-officer',
			name: {
				kk: 'Ақпараттық жүйеде акт жазбасын қалыптастыру және нәтижені дайындау',
				ru: 'Составление актовой записи в информационной системе и подготовка результата',
				en: 'Making the act record in the information system and preparing the result'
			},
			duration: { hours: 3 },
			source: '[003 reg. 2] para 7 item 5, L174; para 11 item 5, L200'
		},
		{
			id: 'signature',
			actor: 'head',
			name: {
				kk: 'Басшының нәтижеге немесе бас тарту туралы дәлелді жауапқа қол қоюы',
				ru: 'Подписание руководителем результата или мотивированного отказа',
				en: 'The head signs the result or the reasoned refusal'
			},
			duration: { hours: 1 },
			source: '[003 reg. 2] para 7 item 6, L175; para 11 item 6, L201'
		},
		{
			id: 'ceremony',
			actor: 'responsible-officer',
			name: {
				kk: 'Белгіленген күні неке қиюды мемлекеттік тіркеу рәсімі және куәлікті тапсыру',
				ru: 'Церемония государственной регистрации брака в назначенный день и вручение свидетельства',
				en: 'The marriage registration ceremony on the set day, and handing over the certificate'
			},
			// «20 (жиырма) минуттан аспайды»; for a change to a record, this is the hand-over.
			duration: { minutes: 20 },
			source: '[003 reg. 2] para 7 item 7, L176; para 11 item 7, L202'
		}
	],
	// Para 8 (L177): extra checks of the Standard §9 documents or requests to other state bodies.
	extension: extensionClause('[003 reg. 2] para 8, L177'),
	// «Неке қиюды … тіркеу … өтініш берген күннен бастап бір ай өткеннен кейін жүргізіледі.» No shorter
	// case is stated in the regulation (the Standard §10 / the Code may allow one: open question).
	waitingPeriod: {
		duration: { months: 1 },
		when: registration,
		source: '[003 reg. 2] para 7 item 3, L172; para 11 item 3, L198'
	},
	// Para 6 (L168): the application in the form of Standard annex 1 or 2 (not among the sources); the
	// questions are those of a marriage record: both future spouses, their surnames after the marriage,
	// the wished date and the ceremony (L176).
	fields: [
		// Portal condition 2 (L214) checks the IIN of the request against the EDS certificate.
		iinField('[003 reg. 2] para 12 item 7, L214', {
			kk: '12 цифр, жеке куәлігіңізде жазылған. Өтінішті болашақ жұбайлардың бірі береді',
			ru: '12 цифр, указан в удостоверении личности. Заявление подаёт один из будущих супругов',
			en: '12 digits, printed on your identity card. One of the future spouses applies'
		}),
		requestKindField({
			registration: { kk: 'Неке қиюды тіркеу', ru: 'Регистрация заключения брака', en: 'Registration of a marriage' },
			changes: {
				kk: 'Бар неке туралы акт жазбасына өзгерістер, толықтырулар немесе түзетулер енгізу',
				ru: 'Внесение изменений, дополнений или исправлений в существующую актовую запись о браке',
				en: 'Changes, additions or corrections to an existing marriage record'
			},
			source: '[003 reg. 2] name, L152; para 4, L159; para 7 item 3, L172'
		}),
		{
			id: 'applicantName',
			type: 'personName',
			label: {
				kk: 'Сіздің тегіңіз, атыңыз, әкеңіздің аты',
				ru: 'Ваши фамилия, имя, отчество',
				en: 'Your surname, first name and patronymic'
			},
			hint: {
				kk: 'Жеке куәлігіңіздегідей, мысалы Омарова Дана Серікқызы',
				ru: 'Как в удостоверении личности, например Омарова Дана Серікқызы',
				en: 'As on your identity card, for example Омарова Дана Серікқызы'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'applicantBirthDate',
			type: 'date',
			notInFuture: true,
			matchesBirthDateOf: 'iin',
			label: { kk: 'Туған күніңіз', ru: 'Ваша дата рождения', en: 'Your date of birth' },
			hint: { kk: 'Мысалы, 21.03.1998', ru: 'Например, 21.03.1998', en: 'For example, 21.03.1998' },
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'applicantPreviousMarriage',
			type: 'choice',
			label: {
				kk: 'Бұрын некеде болдыңыз ба?',
				ru: 'Состояли ли вы в браке раньше?',
				en: 'Have you been married before?'
			},
			options: previousMarriageOptions,
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'spouseName',
			type: 'personName',
			label: {
				kk: 'Болашақ жұбайыңыздың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество будущего супруга (супруги)',
				en: "Your future spouse's surname, first name and patronymic"
			},
			hint: {
				kk: 'Жеке куәлігіндегідей, мысалы Жұмабеков Ерлан Маратұлы',
				ru: 'Как в удостоверении личности, например Жұмабеков Ерлан Маратұлы',
				en: 'As on their identity card, for example Жұмабеков Ерлан Маратұлы'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'spouseIin',
			type: 'iin',
			label: {
				kk: 'Болашақ жұбайыңыздың ЖСН',
				ru: 'ИИН будущего супруга (супруги)',
				en: "Your future spouse's IIN"
			},
			hint: {
				kk: '12 цифр, жеке куәлігінде жазылған',
				ru: '12 цифр, указан в удостоверении личности',
				en: '12 digits, printed on their identity card'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'spouseBirthDate',
			type: 'date',
			notInFuture: true,
			matchesBirthDateOf: 'spouseIin',
			label: {
				kk: 'Болашақ жұбайыңыздың туған күні',
				ru: 'Дата рождения будущего супруга (супруги)',
				en: "Your future spouse's date of birth"
			},
			hint: { kk: 'Мысалы, 02.11.1996', ru: 'Например, 02.11.1996', en: 'For example, 02.11.1996' },
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'spousePreviousMarriage',
			type: 'choice',
			label: {
				kk: 'Болашақ жұбайыңыз бұрын некеде болды ма?',
				ru: 'Состоял(а) ли ваш будущий супруг (супруга) в браке раньше?',
				en: 'Has your future spouse been married before?'
			},
			options: previousMarriageOptions,
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'applicantSurnameAfter',
			type: 'personName',
			label: {
				kk: 'Неке қиылғаннан кейінгі сіздің тегіңіз',
				ru: 'Ваша фамилия после заключения брака',
				en: 'Your surname after the marriage'
			},
			hint: {
				kk: 'Өз тегіңіз, жұбайыңыздың тегі немесе екеуі сызықша арқылы, мысалы Омарова',
				ru: 'Своя, фамилия супруга или обе через дефис, например Омарова',
				en: "Your own, your spouse's, or both joined by a hyphen, for example Омарова"
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'spouseSurnameAfter',
			type: 'personName',
			label: {
				kk: 'Неке қиылғаннан кейінгі жұбайыңыздың тегі',
				ru: 'Фамилия супруга (супруги) после заключения брака',
				en: "Your spouse's surname after the marriage"
			},
			hint: {
				kk: 'Мысалы, Жұмабеков',
				ru: 'Например, Жұмабеков',
				en: 'For example, Жұмабеков'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'wishedDate',
			type: 'date',
			notInPast: true,
			// silent — configurable: how far ahead a date may be wished; the office books no further.
			monthsAhead: 6,
			label: {
				kk: 'Неке қиюды қай күні тіркегіңіз келеді?',
				ru: 'В какой день вы хотите зарегистрировать брак?',
				en: 'On which day would you like the marriage registered?'
			},
			hint: {
				kk: 'Өтініш берген күннен бастап бір айдан ерте емес, алты айдан кеш емес. Нақты күнді тіркеуші орган сізбен келіседі, мысалы 14.09.2025',
				ru: 'Не раньше чем через месяц и не позже чем через шесть месяцев после подачи заявления. Точную дату регистрирующий орган согласует с вами, например 14.09.2025',
				en: 'No earlier than one month and no later than six months after the application. The registering body agrees the exact day with you, for example 14.09.2025'
			},
			source: '[003 reg. 2] para 7 items 3–4, L172–173; para 11 items 3–4, L198–199'
		},
		{
			id: 'solemnCeremony',
			type: 'choice',
			label: {
				kk: 'Неке салтанатты жағдайда қиылсын ба?',
				ru: 'Провести регистрацию брака в торжественной обстановке?',
				en: 'Would you like a solemn ceremony?'
			},
			options: [
				{ value: 'yes', label: { kk: 'Иә, салтанатты түрде', ru: 'Да, торжественно', en: 'Yes, a solemn ceremony' } },
				{
					value: 'no',
					label: { kk: 'Жоқ, салтанатсыз', ru: 'Нет, без торжественной обстановки', en: 'No, without a ceremony' }
				}
			],
			// L176 says «салтанатты жағдайда»; L202 does not: whether it is optional is not stated.
			source: '[003 reg. 2] para 7 item 7, L176; para 11 item 7, L202'
		},
		...changesFields({
			actRecordNumber: {
				hint: {
					kk: 'Неке қию туралы куәлікте «Акт жазбасы №» деп көрсетілген, мысалы 10-101-09-0000007 немесе 123',
					ru: 'Указан в свидетельстве о браке как «Актовая запись №», например 10-101-09-0000007 или 123',
					en: 'Shown on the marriage certificate as «Act record No.», for example 10-101-09-0000007 or 123'
				},
				source: '[003 reg. 2] name, L152 («азаматтық хал актілері жазбаларына өзгерістер»); para 4, L159'
			},
			actRecordDate: { example: '21.03.2010', source: '[003 reg. 2] name, L152; para 4, L159' },
			changesRequested: {
				hint: {
					kk: 'Мысалы: жұбайымның аты «Ерлан» орнына «Ерлен» деп қате жазылған',
					ru: 'Например: имя супруга ошибочно записано «Ерлен» вместо «Ерлан»',
					en: "For example: my spouse's name is written «Ерлен» by mistake instead of «Ерлан»"
				},
				source: '[003 reg. 2] name, L152; para 7 item 3, L172'
			}
		})
	],
	pages: [
		iinPage(),
		requestKindPage(),
		{
			id: 'applicant',
			title: { kk: 'Сіз туралы', ru: 'О вас', en: 'About you' },
			fields: ['applicantName', 'applicantBirthDate'],
			when: registration
		},
		{
			id: 'applicant-previous-marriage',
			title: { kk: 'Сіздің бұрынғы некеңіз', ru: 'Ваш прежний брак', en: 'Your previous marriage' },
			fields: ['applicantPreviousMarriage'],
			when: registration
		},
		{
			id: 'spouse',
			title: { kk: 'Болашақ жұбайыңыз', ru: 'Будущий супруг (супруга)', en: 'Your future spouse' },
			fields: ['spouseName', 'spouseIin', 'spouseBirthDate'],
			when: registration
		},
		{
			id: 'spouse-previous-marriage',
			title: {
				kk: 'Жұбайыңыздың бұрынғы некесі',
				ru: 'Прежний брак супруга (супруги)',
				en: "Your spouse's previous marriage"
			},
			fields: ['spousePreviousMarriage'],
			when: registration
		},
		{
			id: 'surnames',
			title: {
				kk: 'Неке қиылғаннан кейінгі тегіңіз',
				ru: 'Фамилии после заключения брака',
				en: 'Surnames after the marriage'
			},
			fields: ['applicantSurnameAfter', 'spouseSurnameAfter'],
			when: registration
		},
		{
			id: 'wished-date',
			title: { kk: 'Тіркеу күні', ru: 'Дата регистрации', en: 'Date of the registration' },
			fields: ['wishedDate'],
			when: registration
		},
		{
			id: 'ceremony',
			title: { kk: 'Салтанатты рәсім', ru: 'Торжественная церемония', en: 'Solemn ceremony' },
			fields: ['solemnCeremony'],
			when: registration
		},
		...changesPages()
	],
	// Para 6 (L168): the documents of Standard §9 — not among the sources; the usual list, configurable.
	// Identity documents are shown in person at the registration (L159).
	documents: [
		{
			id: 'applicant-previous-marriage-end',
			name: {
				kk: 'Сіздің бұрынғы некеңіздің тоқтатылғанын растайтын құжат',
				ru: 'Документ о прекращении вашего прежнего брака',
				en: 'A document showing that your previous marriage ended'
			},
			hint: {
				kk: 'Некені бұзу туралы немесе жұбайының қайтыс болуы туралы куәлік',
				ru: 'Свидетельство о расторжении брака или о смерти супруга',
				en: "A divorce certificate, or the former spouse's death certificate"
			},
			when: { all: [registration, { field: 'applicantPreviousMarriage', in: ['divorced', 'widowed'] }] },
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'spouse-previous-marriage-end',
			name: {
				kk: 'Жұбайыңыздың бұрынғы некесінің тоқтатылғанын растайтын құжат',
				ru: 'Документ о прекращении прежнего брака супруга (супруги)',
				en: "A document showing that your spouse's previous marriage ended"
			},
			hint: {
				kk: 'Некені бұзу туралы немесе бұрынғы жұбайының қайтыс болуы туралы куәлік',
				ru: 'Свидетельство о расторжении брака или о смерти прежнего супруга',
				en: "A divorce certificate, or the former spouse's death certificate"
			},
			when: { all: [registration, { field: 'spousePreviousMarriage', in: ['divorced', 'widowed'] }] },
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'marriage-age-decision',
			name: {
				kk: 'Неке жасын төмендету туралы шешім',
				ru: 'Решение о снижении брачного возраста',
				en: 'A decision lowering the marriage age'
			},
			hint: {
				kk: 'Болашақ жұбайлардың бірі 18 жасқа толмаған болса ғана',
				ru: 'Только если одному из будущих супругов нет 18 лет',
				en: 'Only if one of the future spouses is under 18'
			},
			when: registration,
			// No condition can tell an age below 18, so it is never required here; the officer checks it.
			optional: true,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		...changesDocuments({
			certificate: {
				kk: 'Өзгертілетін акт жазбасы бойынша берілген неке қию туралы куәлік',
				ru: 'Свидетельство о браке, выданное по изменяемой актовой записи',
				en: 'The marriage certificate issued from the record to be changed'
			},
			supportingHint: spellingOrCourtDecisionHint,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		})
	]
};
