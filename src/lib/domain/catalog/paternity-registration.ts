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
 * «Әке болуды анықтауды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар
 * мен түзетулер енгізу» — regulation 4 of Almaty akimat resolution No. 4/646 (23.11.2015), approved
 * under the Standard of Order No. 219 of the Minister of Justice (17.04.2015).
 * Line numbers (L…) point into ../shared/seeds/003_b1512d3b75660422.txt (regulation 4: L363–430);
 * the detailed extraction is ../shared/spec/almaty-services-1-4.md §4.
 *
 * Office only (L373), on paper only (L375): the application is prepared here and presented at the
 * district civil registration department (`inPerson`).
 * The Standard (fee §7, documents §9, the four application forms of annexes 1–4: L385) is not among
 * the sources. The grounds asked below — a joint application of the parents, an application of the
 * father alone (the mother dead, declared dead or missing, incapable, deprived of parental rights, or
 * her whereabouts unknown), a court decision — are the usual ones of the Marriage and Family Code,
 * not of this regulation: configurable defaults.
 */

const basis = (...values: string[]): Condition => ({ all: [registration, { field: 'paternityBasis', in: values }] });

export const paternityRegistration: ServiceDefinition = {
	id: 'paternity-registration',
	name: {
		// Verbatim, regulation heading (L367–370) and para 1 (L372); identical in the resolution (L15).
		kk: 'Әке болуды анықтауды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
		// The source has no Russian text; the usual Russian name of the Standard (extraction §4.1, unverified).
		ru: 'Регистрация установления отцовства, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
		en: 'Registration of the establishment of paternity, including changes, additions and corrections to civil status records'
	},
	shortName: {
		kk: 'Әке болуды анықтау',
		ru: 'Установление отцовства',
		en: 'Establishing paternity'
	},
	description: {
		kk: 'Бала әкесінің кім екенін тіркеу немесе әке болуды анықтау туралы бар акт жазбасына өзгеріс енгізу. Өтінішті осында дайындап, тіркеуші органға өзіңіз апарасыз.',
		ru: 'Регистрация установления отцовства или изменение существующей записи об установлении отцовства. Заявление вы готовите здесь и сами приносите в регистрирующий орган.',
		en: "Registers who a child's father is, or changes an existing paternity record. You prepare the application here and take it to the registering body yourself."
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(4),
		source: '[003 reg. 4] L363–430'
	},
	provider: {
		// Para 1 (L372).
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық хал актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L373): «…Көрсетілетін қызметті берушінің кеңсесі арқылы жүзеге асырылады» — the office only.
	// (Para 7 item 6, L392, also mentions sending the result to the PSC, which is not a channel here.)
	channels: ['office'],
	inPerson: {
		kk: 'Бұл қызмет тек тіркеуші органның кеңсесінде көрсетіледі. Өтінішті осында дайындайсыз, содан кейін оны құжаттардың түпнұсқаларымен және жеке басыңызды куәландыратын құжатпен аудандық азаматтық хал актілерін тіркеу бөліміне өзіңіз апарасыз. Бірлескен өтінішке ата-ананың екеуі де қол қояды.',
		ru: 'Эта услуга оказывается только в канцелярии регистрирующего органа. Здесь вы готовите заявление, затем приносите его вместе с оригиналами документов и удостоверением личности в районный отдел регистрации актов гражданского состояния. Совместное заявление подписывают оба родителя.',
		en: 'This service is provided only at the office of the registering body. You prepare the application here, then take it with the original documents and your identity document to a district civil registration department. Both parents sign a joint application.'
	},
	// Para 3 (L375): «қағаз түрінде».
	automation: 'manual',
	result: {
		// Para 4 (L376); para 5 (L377): the result is on paper. No refusal result is stated.
		kk: 'Әке болуды анықтау туралы куәлік немесе енгізілген өзгерістерімен, толықтыруларымен және түзетулерімен әке болуды анықтау туралы қайталама куәлік (қағаз түрінде)',
		ru: 'Свидетельство об установлении отцовства или повторное свидетельство об установлении отцовства с внесёнными изменениями, дополнениями и исправлениями (на бумаге)',
		en: 'A certificate of the establishment of paternity, or a repeat certificate with the changes, additions and corrections made (on paper)'
	},
	// Unnumbered paragraph after para 5 (L378): «ақылы/тегін» — paid or free; neither the amounts nor the
	// split are in the source. The split follows the Marriage and Family Code art. 182 §2 (not among the
	// sources; as amended on 25.11.2019): the changes to a birth record that establish paternity carry no
	// state duty; changes, additions and corrections to a paternity record are paid.
	// mrpMultiple 0.5 (for changes to a record): default, not from the sources — configure.
	stateDuty: {
		mrpMultiple: 0.5,
		paymentWindowHours: 24,
		configurable: true,
		exemptions: [
			{
				when: registration,
				reason: {
					kk: 'Әке болуды анықтауды тіркеу мемлекеттік бажсыз жүргізіледі',
					ru: 'Регистрация установления отцовства производится без взимания государственной пошлины',
					en: 'The registration of the establishment of paternity carries no state duty'
				},
				source:
					'[003 reg. 4] L378 («ақылы/тегін»); Marriage and Family Code art. 182 §2 (not among the sources) — configurable'
			}
		],
		source:
			'[003 reg. 4] unnumbered para after para 5, L378 («ақылы/тегін»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L386–392) = para 11 (L410–416): the same six actions and durations.
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 4] para 7 item 1, L387; para 11 item 1, L411'
		}),
		officeStep('resolution', {
			duration: { hours: 1 },
			source: '[003 reg. 4] para 7 item 2, L388; para 11 item 2, L412'
		}),
		officeStep('review', {
			// «Әке болуды анықтауды тіркеу туралы өтініш – 1 (бір) жұмыс күні ішінде».
			duration: { workingDays: 1 },
			variants: [
				changesReviewTerm('[003 reg. 4] para 7 item 3, L389; para 11 item 3, L413 («өзгерістер … күнтізбелік 15 күн»)')
			],
			source: '[003 reg. 4] para 7 item 3, L389; para 11 item 3, L413'
		}),
		{
			id: 'act-record',
			actor: 'responsible-officer',
			name: {
				kk: 'Ақпараттық жүйеде акт жазбасын қалыптастыру, тіркеу және нәтижені дайындау',
				ru: 'Составление актовой записи в информационной системе, регистрация и подготовка результата',
				en: 'Making the act record in the information system, registering it and preparing the result'
			},
			duration: { hours: 3 },
			source: '[003 reg. 4] para 7 item 4, L390; para 11 item 4, L414'
		},
		officeStep('signature', {
			duration: { hours: 1 },
			source: '[003 reg. 4] para 7 item 5, L391; para 11 item 5, L415'
		}),
		{
			id: 'issue',
			actor: 'office-clerk',
			name: {
				kk: 'Нәтижені өтініш берушіге беру',
				ru: 'Выдача результата заявителю',
				en: 'Handing over the result to the applicant'
			},
			duration: { minutes: 20 },
			// L392 adds «немесе ХҚКО-на жолдауы», although the PSC is not a channel of this service.
			source: '[003 reg. 4] para 7 item 6, L392; para 11 item 6, L416'
		}
	],
	// Para 8 (L393): extra checks or requests to other state bodies; the 3-day notice runs from the
	// moment the term is extended («қарау мерзімінің ұзартылған сәттен бастап»).
	extension: extensionClause('[003 reg. 4] para 8, L393'),
	// Para 6 (L385): the application in the form of Standard annexes 1–4 (not among the sources).
	fields: [
		// The regulation has no portal part; the IIN identifies the applicant on the prepared application.
		iinField('form: Standard No. 219 annexes 1–4 (not among the sources) — configurable'),
		requestKindField({
			registration: {
				kk: 'Әке болуды анықтауды тіркеу',
				ru: 'Регистрация установления отцовства',
				en: 'Registration of the establishment of paternity'
			},
			changes: {
				kk: 'Әке болуды анықтау туралы бар акт жазбасына өзгерістер, толықтырулар немесе түзетулер енгізу',
				ru: 'Внесение изменений, дополнений или исправлений в существующую запись об установлении отцовства',
				en: 'Changes, additions or corrections to an existing paternity record'
			},
			source: '[003 reg. 4] name, L372; para 4, L376; para 7 item 3, L389'
		}),
		{
			id: 'paternityBasis',
			type: 'choice',
			label: {
				kk: 'Әке болу қандай негізде анықталады?',
				ru: 'На каком основании устанавливается отцовство?',
				en: 'On what grounds is paternity established?'
			},
			options: [
				{
					value: 'joint',
					label: {
						kk: 'Ата-анасының бірлескен өтініші',
						ru: 'Совместное заявление родителей',
						en: "The parents' joint application"
					},
					hint: {
						kk: 'Бала туған кезде ата-анасы бір-бірімен некеде болмаған',
						ru: 'Родители не состояли в браке друг с другом при рождении ребёнка',
						en: 'The parents were not married to each other when the child was born'
					}
				},
				{
					value: 'father',
					label: {
						kk: 'Баланың әкесінің өтініші',
						ru: 'Заявление отца ребёнка',
						en: "The father's application"
					},
					hint: {
						kk: 'Анасы қайтыс болса, хабар-ошарсыз кетсе, әрекетке қабілетсіз деп танылса, ата-ана құқығынан айырылса немесе тұрғылықты жері белгісіз болса',
						ru: 'Если мать умерла, признана безвестно отсутствующей или недееспособной, лишена родительских прав или её место жительства неизвестно',
						en: 'If the mother has died, is declared missing or incapable, is deprived of parental rights, or her whereabouts are unknown'
					}
				},
				{
					value: 'court',
					label: { kk: 'Сот шешімі', ru: 'Решение суда', en: 'A court decision' }
				}
			],
			source:
				'[003 reg. 4] para 6, L385 (four application forms, Standard annexes 1–4, not among the sources) — configurable'
		},
		{
			id: 'childName',
			type: 'personName',
			label: {
				kk: 'Баланың қазіргі тегі, аты, әкесінің аты',
				ru: 'Нынешние фамилия, имя, отчество ребёнка',
				en: "The child's current surname, first name and patronymic"
			},
			hint: {
				kk: 'Туу туралы куәліктегідей, мысалы Сейітова Айсұлу',
				ru: 'Как в свидетельстве о рождении, например Сейітова Айсұлу',
				en: 'As on the birth certificate, for example Сейітова Айсұлу'
			},
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
		},
		{
			id: 'childIin',
			type: 'iin',
			label: { kk: 'Баланың ЖСН', ru: 'ИИН ребёнка', en: "The child's IIN" },
			hint: {
				kk: '12 цифр, туу туралы куәлікте жазылған',
				ru: '12 цифр, указан в свидетельстве о рождении',
				en: '12 digits, printed on the birth certificate'
			},
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
		},
		{
			id: 'childBirthDate',
			type: 'date',
			notInFuture: true,
			matchesBirthDateOf: 'childIin',
			label: { kk: 'Баланың туған күні', ru: 'Дата рождения ребёнка', en: "The child's date of birth" },
			hint: { kk: 'Мысалы, 05.03.2024', ru: 'Например, 05.03.2024', en: 'For example, 05.03.2024' },
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
		},
		{
			id: 'childSurnameAfter',
			type: 'personName',
			label: {
				kk: 'Әке болу анықталғаннан кейінгі баланың тегі',
				ru: 'Фамилия ребёнка после установления отцовства',
				en: "The child's surname after paternity is established"
			},
			hint: {
				kk: 'Өзгермесе, қазіргісін қайта жазыңыз, мысалы Сейітова',
				ru: 'Если не меняется, повторите нынешнюю, например Сейітова',
				en: 'If it does not change, write the current one again, for example Сейітова'
			},
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
		},
		{
			id: 'childPatronymicAfter',
			type: 'personName',
			optional: true,
			label: {
				kk: 'Әке болу анықталғаннан кейінгі баланың әкесінің аты',
				ru: 'Отчество ребёнка после установления отцовства',
				en: "The child's patronymic after paternity is established"
			},
			hint: {
				kk: 'Мысалы, Асқарқызы немесе Асқарұлы. Әкесінің аты жазылмаса, бос қалдырыңыз',
				ru: 'Например, Асқарқызы или Асқарұлы. Оставьте пустым, если отчество не записывается',
				en: 'For example, Асқарқызы or Асқарұлы. Leave empty if no patronymic is recorded'
			},
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
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
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
		},
		{
			id: 'fatherIin',
			type: 'iin',
			label: { kk: 'Әкесінің ЖСН', ru: 'ИИН отца', en: "The father's IIN" },
			hint: {
				kk: '12 цифр. Әкесі өзіңіз болсаңыз, өз ЖСН-іңізді жазыңыз',
				ru: '12 цифр. Если отец — вы, укажите свой ИИН',
				en: '12 digits. If you are the father, enter your own IIN'
			},
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
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
				kk: 'Мысалы, Сейітова Әйгерім Болатқызы',
				ru: 'Например, Сейітова Әйгерім Болатқызы',
				en: 'For example, Сейітова Әйгерім Болатқызы'
			},
			source: 'form: Standard No. 219 annexes 1–3 (not among the sources) — configurable'
		},
		{
			id: 'motherIin',
			type: 'iin',
			// In a father's application the mother may be dead, missing or unreachable: not asked there.
			when: basis('joint', 'court'),
			label: { kk: 'Анасының ЖСН', ru: 'ИИН матери', en: "The mother's IIN" },
			hint: {
				kk: '12 цифр. Анасы өзіңіз болсаңыз, өз ЖСН-іңізді жазыңыз',
				ru: '12 цифр. Если мать — вы, укажите свой ИИН',
				en: '12 digits. If you are the mother, enter your own IIN'
			},
			source: 'form: Standard No. 219 annexes 1 and 3 (not among the sources) — configurable'
		},
		{
			id: 'motherCircumstance',
			type: 'choice',
			label: {
				kk: 'Неліктен өтінішті әкесі жалғыз береді?',
				ru: 'Почему заявление подаёт только отец?',
				en: 'Why does the father apply alone?'
			},
			options: [
				{
					value: 'dead',
					label: {
						kk: 'Анасы қайтыс болған немесе қайтыс болды деп жарияланған',
						ru: 'Мать умерла или объявлена умершей',
						en: 'The mother has died or is declared dead'
					}
				},
				{
					value: 'missing',
					label: {
						kk: 'Анасы хабар-ошарсыз кетті деп танылған',
						ru: 'Мать признана безвестно отсутствующей',
						en: 'The mother is declared missing'
					}
				},
				{
					value: 'incapable',
					label: {
						kk: 'Анасы әрекетке қабілетсіз деп танылған',
						ru: 'Мать признана недееспособной',
						en: 'The mother is declared incapable'
					}
				},
				{
					value: 'deprived',
					label: {
						kk: 'Анасы ата-ана құқығынан айырылған',
						ru: 'Мать лишена родительских прав',
						en: 'The mother is deprived of parental rights'
					}
				},
				{
					value: 'whereabouts-unknown',
					label: {
						kk: 'Анасының тұрғылықты жері белгісіз',
						ru: 'Место жительства матери неизвестно',
						en: "The mother's whereabouts are unknown"
					}
				}
			],
			source: 'form: Standard No. 219 annex 2 (not among the sources); grounds: Marriage and Family Code — configurable'
		},
		{
			id: 'courtName',
			type: 'text',
			label: { kk: 'Соттың атауы', ru: 'Наименование суда', en: 'Name of the court' },
			hint: {
				kk: 'Мысалы, Алматы қаласы Әуезов аудандық №2 соты',
				ru: 'Например, Ауэзовский районный суд № 2 города Алматы',
				en: 'For example, Auezov District Court No. 2 of Almaty'
			},
			source: 'form: Standard No. 219 annex 3 (not among the sources) — configurable'
		},
		{
			id: 'courtDecisionDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Сот шешімінің күні', ru: 'Дата решения суда', en: 'Date of the court decision' },
			hint: { kk: 'Мысалы, 12.05.2025', ru: 'Например, 12.05.2025', en: 'For example, 12.05.2025' },
			source: 'form: Standard No. 219 annex 3 (not among the sources) — configurable'
		},
		...changesFields({
			actRecordNumber: {
				hint: {
					kk: 'Әке болуды анықтау туралы куәлікте «Акт жазбасы №» деп көрсетілген, мысалы 10-101-09-0000007 немесе 123',
					ru: 'Указан в свидетельстве об установлении отцовства как «Актовая запись №», например 10-101-09-0000007 или 123',
					en: 'Shown on the paternity certificate as «Act record No.», for example 10-101-09-0000007 or 123'
				},
				source: '[003 reg. 4] name, L372 («азаматтық хал актілері жазбаларына өзгерістер»); para 4, L376'
			},
			actRecordDate: { example: '21.03.2010', source: '[003 reg. 4] name, L372; para 4, L376' },
			changesRequested: {
				hint: {
					kk: 'Мысалы: әкесінің аты «Аскар» деп қате жазылған, дұрысы «Асқар»',
					ru: 'Например: имя отца ошибочно записано «Аскар», правильно «Асқар»',
					en: "For example: the father's name is written «Аскар» by mistake, it should be «Асқар»"
				},
				source: '[003 reg. 4] name, L372; para 7 item 3, L389'
			}
		})
	],
	pages: [
		iinPage(),
		requestKindPage(),
		{
			id: 'basis',
			title: { kk: 'Анықтау негізі', ru: 'Основание', en: 'Grounds' },
			fields: ['paternityBasis'],
			when: registration
		},
		{
			id: 'child',
			title: { kk: 'Бала', ru: 'Ребёнок', en: 'The child' },
			fields: ['childName', 'childIin', 'childBirthDate'],
			when: registration
		},
		{
			id: 'father',
			title: { kk: 'Баланың әкесі', ru: 'Отец ребёнка', en: "The child's father" },
			fields: ['fatherName', 'fatherIin'],
			when: registration
		},
		{
			id: 'mother',
			title: { kk: 'Баланың анасы', ru: 'Мать ребёнка', en: "The child's mother" },
			fields: ['motherName', 'motherIin'],
			when: registration
		},
		{
			id: 'mother-circumstance',
			title: {
				kk: 'Анасының жағдайы',
				ru: 'Обстоятельства матери',
				en: "The mother's circumstances"
			},
			fields: ['motherCircumstance'],
			when: basis('father')
		},
		{
			id: 'court-decision',
			title: { kk: 'Сот шешімі', ru: 'Решение суда', en: 'The court decision' },
			fields: ['courtName', 'courtDecisionDate'],
			when: basis('court')
		},
		{
			id: 'child-name-after',
			title: {
				kk: 'Баланың жаңа аты-жөні',
				ru: 'ФИО ребёнка после установления отцовства',
				en: "The child's name after paternity is established"
			},
			fields: ['childSurnameAfter', 'childPatronymicAfter'],
			when: registration
		},
		...changesPages()
	],
	// Para 6 (L385): the documents of Standard §9 — not among the sources; the usual list, configurable.
	// The office takes paper: these are the documents to bring, listed here so the applicant can check.
	documents: [
		{
			id: 'child-birth-certificate',
			name: {
				kk: 'Баланың туу туралы куәлігі',
				ru: 'Свидетельство о рождении ребёнка',
				en: "The child's birth certificate"
			},
			when: registration,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'mother-circumstance-document',
			name: {
				kk: 'Анасының жағдайын растайтын құжат',
				ru: 'Документ, подтверждающий обстоятельства матери',
				en: "A document proving the mother's circumstances"
			},
			hint: {
				kk: 'Қайтыс болуы туралы куәлік немесе сот шешімі, не болмаса ішкі істер органының анықтамасы',
				ru: 'Свидетельство о смерти или решение суда либо справка органов внутренних дел',
				en: 'A death certificate or a court decision, or a certificate from the police'
			},
			when: basis('father'),
			maxFiles: 4,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'guardianship-consent',
			name: {
				kk: 'Қорғаншылық және қамқоршылық органының келісімі',
				ru: 'Согласие органа опеки и попечительства',
				en: 'Consent of the guardianship authority'
			},
			when: basis('father'),
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'court-decision',
			name: {
				kk: 'Заңды күшіне енгені туралы белгісі бар сот шешімі',
				ru: 'Решение суда с отметкой о вступлении в законную силу',
				en: 'The court decision, marked as having entered into force'
			},
			when: basis('court'),
			maxFiles: 6,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'adult-child-consent',
			name: {
				kk: 'Баланың келісімі',
				ru: 'Согласие ребёнка',
				en: "The child's consent"
			},
			hint: {
				kk: 'Бала 18 жасқа толған болса ғана',
				ru: 'Только если ребёнку исполнилось 18 лет',
				en: 'Only if the child is 18 or older'
			},
			// Only for a child who is of age: the date of birth lies more than 18 years (216 months) back.
			// A court decision needs no such consent.
			when: { all: [basis('joint', 'father'), { field: 'childBirthDate', olderThanMonths: 216 }] },
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		...changesDocuments({
			certificate: {
				kk: 'Өзгертілетін акт жазбасы бойынша берілген әке болуды анықтау туралы куәлік',
				ru: 'Свидетельство об установлении отцовства, выданное по изменяемой записи',
				en: 'The paternity certificate issued from the record to be changed'
			},
			supportingHint: spellingOrCourtDecisionHint,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		})
	]
};
