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
import type { Condition, ServiceDefinition } from './types.ts';
import { almatyRegulation } from './shared/regulations.ts';

/**
 * «Бала тууды тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар
 * мен түзетулер енгізу» — regulation 1 of Almaty akimat resolution No. 4/646 (23.11.2015), approved
 * under the Standard of Order No. 219 of the Minister of Justice (17.04.2015).
 * Line numbers (L…) point into ../shared/seeds/003_b1512d3b75660422.txt (regulation 1: L27–142);
 * the detailed extraction is ../shared/spec/almaty-services-1-4.md §1.
 *
 * The Standard (fee §7, documents §9, application forms annexes 1–2) is not among the sources:
 * those values are configurable defaults and say so.
 *
 * Only the provider's office procedure is modelled as steps. The PSC path (intake ≤ 15 min,
 * transfer 1 working day, the provider's whole turnaround 1 working day / 15 calendar days: L92–95)
 * cannot be told apart from the office path by a condition on the answers; it is the channel's matter.
 * «After two months from the child's date of birth» (L57) is read as: the date of birth plus two
 * calendar months lies before the day of the application (`olderThanMonths`, rules.ts).
 */

/** The father's details go into the record: married parents, or paternity established. */
const fatherRecorded: Condition = {
	all: [
		registration,
		{
			any: [
				{ field: 'parentsMarried', equals: 'yes' },
				{ field: 'fatherStatus', equals: 'established' }
			]
		}
	]
};

export const birthRegistration: ServiceDefinition = {
	id: 'birth-registration',
	name: {
		// Verbatim, regulation heading (L31–34) and para 1 (L36); identical in the resolution (L12).
		kk: 'Бала тууды тіркеу, оның ішінде азаматтық хал актілерінің жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
		// The source has no Russian text; the usual Russian name of the Standard (extraction §1.1, unverified).
		ru: 'Регистрация рождения ребенка, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
		en: "Registration of a child's birth, including changes, additions and corrections to civil status records"
	},
	shortName: {
		kk: 'Бала тууын тіркеу',
		ru: 'Регистрация рождения',
		en: 'Birth registration'
	},
	description: {
		kk: 'Жаңа туған баланың тууын тіркеу немесе бар туу туралы акт жазбасына өзгеріс енгізу. Туу туралы куәлікті жеке басыңызды куәландыратын құжатпен қағаз түрінде аласыз.',
		ru: 'Регистрация рождения ребёнка или изменение существующей актовой записи о рождении. Свидетельство о рождении выдаётся на бумаге при предъявлении удостоверения личности.',
		en: "Registers a child's birth, or changes an existing birth record. You collect the paper birth certificate on showing your identity document."
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(1),
		source: '[003 reg. 1] L27–142'
	},
	provider: {
		// Para 1 (L36).
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық хал актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L37–40): the provider's office, the PSC, the egov.kz portal (kiosk = the portal in a PSC hall).
	channels: ['office', 'psc', 'portal', 'kiosk'],
	// Para 3 (L42): «электронды (ішінара автоматтандырылған) немесе қағаз түрінде».
	automation: 'partially-automated',
	result: {
		// Para 4 (L43–45); para 5 (L46): the result is on paper.
		kk: 'Туу туралы куәлік немесе енгізілген өзгерістерімен, толықтыруларымен және түзетулерімен туу туралы қайталама куәлік (қағаз түрінде, жеке басын куәландыратын құжатты көрсеткенде). Портал арқылы өтініш бергенде жеке кабинетке нәтиженің берілу күні белгіленгені туралы ЭЦҚ қойылған хабарлама келеді.',
		ru: 'Свидетельство о рождении или повторное свидетельство о рождении с внесёнными изменениями, дополнениями и исправлениями (на бумаге, при предъявлении удостоверения личности). При подаче через портал в личный кабинет приходит подписанное ЭЦП уведомление о назначенной дате выдачи.',
		en: 'A birth certificate, or a repeat birth certificate with the changes, additions and corrections made (on paper, on showing an identity document). Applying on the portal, you receive in your personal cabinet an EDS-signed notice of the date the result will be issued.'
	},
	// Para 6 (L47): «Стандарттың 7 тармағына сәйкес … ақылы/тегін түрде» — paid or free; neither the
	// amounts nor the split are in the source. The split follows the Marriage and Family Code art. 182 §2
	// (not among the sources): the registration of a birth itself — in time or late — carries no state
	// duty; changes, additions and corrections to a birth record are paid.
	// mrpMultiple 0.5 (for changes to a record): default, not from the sources — configure.
	stateDuty: {
		mrpMultiple: 0.5,
		paymentWindowHours: 24,
		configurable: true,
		exemptions: [
			{
				when: registration,
				reason: {
					kk: 'Баланың тууын тіркеу мемлекеттік бажсыз жүргізіледі',
					ru: 'Регистрация рождения ребёнка производится без взимания государственной пошлины',
					en: 'The registration of a birth carries no state duty'
				},
				source:
					'[003 reg. 1] para 6, L47 («ақылы/тегін»); Marriage and Family Code art. 182 §2 (not among the sources) — configurable'
			}
		],
		source:
			'[003 reg. 1] para 6, L47 («ақылы/тегін»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 8 (L54–60) = para 12 (L78–84): the same six actions and durations.
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 1] para 8 item 1, L55; para 12 item 1, L79'
		}),
		officeStep('resolution', {
			duration: { hours: 1 },
			source: '[003 reg. 1] para 8 item 2, L56; para 12 item 2, L80'
		}),
		officeStep('review', {
			// «тууды тіркеу туралы өтініш – 1 (бір) жұмыс күні ішінде».
			duration: { workingDays: 1 },
			variants: [
				changesReviewTerm(
					'[003 reg. 1] para 8 item 3, L57; para 12 item 3, L81 («өзгерістер, толықтырулар мен түзетулер … 15 күнтізбелік күн»)'
				),
				{
					when: { all: [registration, { field: 'childBirthDate', olderThanMonths: 2 }] },
					duration: { calendarDays: 15 },
					source:
						'[003 reg. 1] para 8 item 3, L57; para 12 item 3, L81 («туған күнінен бастап екі ай мерзім өткеннен кейін … 15 күнтізбелік күн»)'
				}
			],
			source: '[003 reg. 1] para 8 item 3, L57; para 12 item 3, L81'
		}),
		{
			id: 'act-record',
			actor: 'responsible-officer',
			name: {
				kk: 'Ақпараттық жүйеде акт жазбасын толтыру, тіркеу және нәтижені дайындау',
				ru: 'Заполнение актовой записи в информационной системе, регистрация и подготовка результата',
				en: 'Filling in the act record in the information system, registering it and preparing the result'
			},
			duration: { hours: 3 },
			source: '[003 reg. 1] para 8 item 4, L58; para 12 item 4, L82'
		},
		{
			id: 'signature',
			actor: 'head',
			name: {
				kk: 'Басшының нәтижеге қол қоюы және елтаңбалы мөр басуы',
				ru: 'Подписание результата руководителем и проставление гербовой печати',
				en: 'The head signs the result and affixes the state-emblem seal'
			},
			duration: { hours: 1 },
			source: '[003 reg. 1] para 8 item 5, L59; para 12 item 5, L83'
		},
		officeStep('issue', {
			duration: { minutes: 20 },
			// L60 is garbled («…нәтижесін ХҚКО-на беруі»); L84 and L98 read: to the applicant (on an
			// identity document or a notarised power of attorney) or to the PSC.
			source: '[003 reg. 1] para 8 item 6, L60; para 12 item 6, L84; para 14, L98'
		})
	],
	// Para 9 (L61): extra checks of the Standard §9 documents or requests to other state bodies.
	extension: extensionClause('[003 reg. 1] para 9, L61'),
	// Para 7 (L53): the application in the form of Standard annex 1 or 2 (not among the sources); the
	// questions below are those of a birth record: the child, the parents, their marriage.
	fields: [
		// Portal condition 2 (L106) checks the IIN of the request against the EDS certificate.
		iinField('[003 reg. 1] para 15 item 7, L106'),
		requestKindField({
			registration: {
				kk: 'Баланың тууын тіркеу',
				ru: 'Регистрация рождения ребёнка',
				en: "Registration of a child's birth"
			},
			changes: {
				kk: 'Бар туу туралы акт жазбасына өзгерістер, толықтырулар немесе түзетулер енгізу',
				ru: 'Внесение изменений, дополнений или исправлений в существующую актовую запись о рождении',
				en: 'Changes, additions or corrections to an existing birth record'
			},
			source: '[003 reg. 1] name, L36; para 4, L44; para 8 item 3, L57'
		}),
		{
			id: 'applicantRelation',
			type: 'choice',
			label: {
				kk: 'Балаға кім боласыз?',
				ru: 'Кем вы приходитесь ребёнку?',
				en: 'What is your relation to the child?'
			},
			options: [
				{ value: 'mother', label: { kk: 'Анасымын', ru: 'Мать', en: 'Mother' } },
				{ value: 'father', label: { kk: 'Әкесімін', ru: 'Отец', en: 'Father' } },
				{
					value: 'other',
					label: {
						kk: 'Басқа адаммын',
						ru: 'Другое лицо',
						en: 'Another person'
					},
					hint: {
						kk: 'Мысалы, ата-анасы келе алмаған кезде туысы',
						ru: 'Например, родственник, если родители не могут обратиться сами',
						en: 'For example, a relative when the parents cannot apply themselves'
					}
				}
			],
			source: 'silent — application form: Standard No. 219 annexes 1–2 (not among the sources) — configurable'
		},
		{
			id: 'childSurname',
			type: 'personName',
			label: { kk: 'Баланың тегі', ru: 'Фамилия ребёнка', en: "The child's surname" },
			hint: {
				kk: 'Ата-анасының келісімі бойынша әкесінің немесе анасының тегі, мысалы Сейітов',
				ru: 'Фамилия отца или матери по согласию родителей, например Сейітов',
				en: "The father's or the mother's surname, as the parents agree, for example Сейітов"
			},
			source: '[003 reg. 1] para 8 item 4, L58 (the act record); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'childGivenName',
			type: 'personName',
			label: { kk: 'Баланың аты', ru: 'Имя ребёнка', en: "The child's first name" },
			hint: { kk: 'Мысалы, Айсұлу', ru: 'Например, Айсұлу', en: 'For example, Айсұлу' },
			source: '[003 reg. 1] para 8 item 4, L58 (the act record); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'childPatronymic',
			type: 'personName',
			optional: true,
			label: { kk: 'Баланың әкесінің аты', ru: 'Отчество ребёнка', en: "The child's patronymic" },
			hint: {
				kk: 'Мысалы, Асқарұлы немесе Асқарқызы. Әкесінің аты жазылмаса, бос қалдырыңыз',
				ru: 'Например, Асқарұлы или Асқарқызы. Оставьте пустым, если отчество не записывается',
				en: 'For example, Асқарұлы or Асқарқызы. Leave empty if no patronymic is recorded'
			},
			source: '[003 reg. 1] para 8 item 4, L58 (the act record); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'childSex',
			type: 'choice',
			label: { kk: 'Баланың жынысы', ru: 'Пол ребёнка', en: "The child's sex" },
			options: [
				{ value: 'male', label: { kk: 'Ұл', ru: 'Мужской', en: 'Boy' } },
				{ value: 'female', label: { kk: 'Қыз', ru: 'Женский', en: 'Girl' } }
			],
			source: '[003 reg. 1] para 8 item 4, L58 (the act record); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'childBirthDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Баланың туған күні', ru: 'Дата рождения ребёнка', en: "The child's date of birth" },
			hint: {
				kk: 'Туу туралы медициналық куәліктегідей, мысалы 05.03.2025. Екі айдан асса, қарау 15 күнтізбелік күнге созылады',
				ru: 'Как в медицинском свидетельстве о рождении, например 05.03.2025. Если прошло больше двух месяцев, рассмотрение занимает до 15 календарных дней',
				en: 'As on the medical birth certificate, for example 05.03.2025. If more than two months have passed, the review takes up to 15 calendar days'
			},
			source:
				'[003 reg. 1] para 8 item 3, L57 (the two-month rule); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'childBirthPlace',
			type: 'place',
			label: { kk: 'Баланың туған жері', ru: 'Место рождения ребёнка', en: "The child's place of birth" },
			hint: {
				kk: 'Қала немесе елді мекен, мысалы Алматы',
				ru: 'Город или населённый пункт, например Алматы',
				en: 'City or settlement, for example Алматы'
			},
			source: '[003 reg. 1] para 8 item 4, L58 (the act record); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'motherName',
			type: 'personName',
			label: {
				kk: 'Анасының тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество матери',
				en: "The mother's surname, first name and patronymic"
			},
			hint: {
				kk: 'Жеке куәлігіндегідей, мысалы Сейітова Әйгерім Болатқызы',
				ru: 'Как в удостоверении личности, например Сейітова Әйгерім Болатқызы',
				en: 'As on her identity card, for example Сейітова Әйгерім Болатқызы'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'motherIin',
			type: 'iin',
			label: { kk: 'Анасының ЖСН', ru: 'ИИН матери', en: "The mother's IIN" },
			hint: {
				kk: '12 цифр, жеке куәлігінде жазылған',
				ru: '12 цифр, указан в удостоверении личности',
				en: '12 digits, printed on her identity card'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'parentsMarried',
			type: 'choice',
			label: {
				kk: 'Баланың ата-анасы бір-бірімен некеде ме?',
				ru: 'Состоят ли родители ребёнка в браке друг с другом?',
				en: "Are the child's parents married to each other?"
			},
			hint: {
				kk: 'Тіркелген неке ғана есептеледі',
				ru: 'Учитывается только зарегистрированный брак',
				en: 'Only a registered marriage counts'
			},
			options: [
				{ value: 'yes', label: { kk: 'Иә, некеде', ru: 'Да, в браке', en: 'Yes, married' } },
				{ value: 'no', label: { kk: 'Жоқ', ru: 'Нет', en: 'No' } }
			],
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'fatherStatus',
			type: 'choice',
			label: {
				kk: 'Әке болу анықталды ма?',
				ru: 'Установлено ли отцовство?',
				en: 'Is paternity established?'
			},
			options: [
				{
					value: 'established',
					label: {
						kk: 'Иә: ата-анасының бірлескен өтініші немесе сот шешімі бар',
						ru: 'Да: есть совместное заявление родителей или решение суда',
						en: "Yes: there is the parents' joint application or a court decision"
					}
				},
				{
					value: 'not-established',
					label: {
						kk: 'Жоқ: әкесі туралы мәлімет заңда көзделген тәртіппен жазылады',
						ru: 'Нет: сведения об отце записываются в порядке, предусмотренном законом',
						en: "No: the father's details are recorded as the law provides"
					}
				}
			],
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'fatherName',
			type: 'personName',
			label: {
				kk: 'Әкесінің тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество отца',
				en: "The father's surname, first name and patronymic"
			},
			hint: {
				kk: 'Жеке куәлігіндегідей, мысалы Сейітов Асқар Нұрланұлы',
				ru: 'Как в удостоверении личности, например Сейітов Асқар Нұрланұлы',
				en: 'As on his identity card, for example Сейітов Асқар Нұрланұлы'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'fatherIin',
			type: 'iin',
			label: { kk: 'Әкесінің ЖСН', ru: 'ИИН отца', en: "The father's IIN" },
			hint: {
				kk: '12 цифр, жеке куәлігінде жазылған',
				ru: '12 цифр, указан в удостоверении личности',
				en: '12 digits, printed on his identity card'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		...changesFields({
			actRecordNumber: {
				hint: {
					kk: 'Туу туралы куәлікте «Акт жазбасы №» деп көрсетілген, мысалы 10-101-09-0000007 немесе 123',
					ru: 'Указан в свидетельстве о рождении как «Актовая запись №», например 10-101-09-0000007 или 123',
					en: 'Shown on the birth certificate as «Act record No.», for example 10-101-09-0000007 or 123'
				},
				source: '[003 reg. 1] name, L36 («азаматтық хал актілерінің жазбаларына өзгерістер»); para 4, L44'
			},
			actRecordDate: { example: '21.03.2010', source: '[003 reg. 1] name, L36; para 4, L44' },
			changesRequested: {
				hint: {
					kk: 'Мысалы: анасының тегі «Сеитова» деп қате жазылған, дұрысы «Сейітова»',
					ru: 'Например: фамилия матери ошибочно записана «Сеитова», правильно «Сейітова»',
					en: "For example: the mother's surname is written «Сеитова» by mistake, it should be «Сейітова»"
				},
				source: '[003 reg. 1] name, L36; para 8 item 3, L57'
			}
		})
	],
	pages: [
		iinPage(),
		requestKindPage(),
		{
			id: 'applicant-relation',
			title: { kk: 'Өтініш беруші', ru: 'Заявитель', en: 'The applicant' },
			fields: ['applicantRelation'],
			when: registration
		},
		{
			id: 'child-name',
			title: { kk: 'Баланың аты-жөні', ru: 'ФИО ребёнка', en: "The child's name" },
			fields: ['childSurname', 'childGivenName', 'childPatronymic'],
			when: registration
		},
		{
			id: 'child-sex',
			title: { kk: 'Баланың жынысы', ru: 'Пол ребёнка', en: "The child's sex" },
			fields: ['childSex'],
			when: registration
		},
		{
			id: 'child-birth',
			title: { kk: 'Туған күні және жері', ru: 'Дата и место рождения', en: 'Date and place of birth' },
			fields: ['childBirthDate', 'childBirthPlace'],
			when: registration
		},
		{
			id: 'mother',
			title: { kk: 'Баланың анасы', ru: 'Мать ребёнка', en: "The child's mother" },
			fields: ['motherName', 'motherIin'],
			when: registration
		},
		{
			id: 'parents-marriage',
			title: { kk: 'Ата-анасының некесі', ru: 'Брак родителей', en: "The parents' marriage" },
			fields: ['parentsMarried'],
			when: registration
		},
		{
			id: 'paternity',
			title: { kk: 'Әке болуды анықтау', ru: 'Установление отцовства', en: 'Paternity' },
			fields: ['fatherStatus'],
			when: { all: [registration, { field: 'parentsMarried', equals: 'no' }] }
		},
		{
			id: 'father',
			title: { kk: 'Баланың әкесі', ru: 'Отец ребёнка', en: "The child's father" },
			fields: ['fatherName', 'fatherIin'],
			when: fatherRecorded
		},
		...changesPages()
	],
	// Para 7 (L53): the documents of Standard §9 — not among the sources; the usual list, configurable.
	documents: [
		{
			id: 'medical-birth-certificate',
			name: {
				kk: 'Туу туралы медициналық куәлік',
				ru: 'Медицинское свидетельство о рождении',
				en: 'Medical birth certificate'
			},
			hint: {
				kk: 'Перзентхана немесе басқа медициналық ұйым береді',
				ru: 'Выдаётся роддомом или другой медицинской организацией',
				en: 'Issued by the maternity hospital or another medical organisation'
			},
			when: registration,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'marriage-certificate',
			name: {
				kk: 'Ата-анасының неке қию туралы куәлігі',
				ru: 'Свидетельство о заключении брака родителей',
				en: "The parents' marriage certificate"
			},
			hint: {
				kk: 'Неке Қазақстаннан тыс жерде тіркелсе, міндетті',
				ru: 'Обязательно, если брак зарегистрирован за пределами Казахстана',
				en: 'Required if the marriage was registered outside Kazakhstan'
			},
			when: { all: [registration, { field: 'parentsMarried', equals: 'yes' }] },
			// The registering body finds a marriage registered in Kazakhstan in its own system.
			optional: true,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'paternity-document',
			name: {
				kk: 'Ата-анасының әке болуды анықтау туралы бірлескен өтініші немесе сот шешімі',
				ru: 'Совместное заявление родителей об установлении отцовства или решение суда',
				en: "The parents' joint application to establish paternity, or the court decision"
			},
			when: { all: [registration, { field: 'fatherStatus', equals: 'established' }] },
			maxFiles: 4,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'applicant-authority',
			name: {
				kk: 'Өтініш берушінің өкілеттігін растайтын құжат',
				ru: 'Документ, подтверждающий полномочия заявителя',
				en: "A document showing the applicant's authority"
			},
			hint: {
				kk: 'Мысалы, ата-анасының нотариат куәландырған сенімхаты',
				ru: 'Например, нотариально удостоверенная доверенность родителя',
				en: 'For example, a notarised power of attorney from a parent'
			},
			when: { all: [registration, { field: 'applicantRelation', equals: 'other' }] },
			optional: true,
			maxFiles: 4,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		...changesDocuments({
			certificate: {
				kk: 'Өзгертілетін акт жазбасы бойынша берілген туу туралы куәлік',
				ru: 'Свидетельство о рождении, выданное по изменяемой актовой записи',
				en: 'The birth certificate issued from the record to be changed'
			},
			supportingHint: spellingOrCourtDecisionHint,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		})
	]
};
