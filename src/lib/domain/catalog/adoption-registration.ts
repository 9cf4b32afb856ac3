import {
	changesDocuments,
	changesFields,
	changesPages,
	changesReviewTerm,
	registration,
	requestKindField,
	requestKindPage
} from './shared/act-record-changes.ts';
import { iinField, iinPage } from './shared/iin.ts';
import { officeStep } from './shared/office-steps.ts';
import type { ServiceDefinition } from './types.ts';
import { almatyRegulation } from './shared/regulations.ts';

/**
 * «Бала асырап алуды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар
 * мен түзетулер енгізу» — regulation 8 of Almaty akimat resolution No. 4/646 (23.11.2015), approved
 * under the Standard of Order No. 219 of the Minister of Justice (17.04.2015). Line numbers (L…) point
 * into ../shared/seeds/003_b1512d3b75660422.txt (regulation 8: L714–781); the detailed extraction is
 * ../shared/spec/almaty-services-5-9.md §4.
 *
 * The source is incomplete here: the review step has no duration (para 7 item 3, L739, and para 10
 * item 3, L762, both end in a colon) and there is no extension clause. Both are configurable defaults
 * below. The regulation does not mention the court decision either; it is the usual basis (Standard
 * §9, not among the sources).
 *
 * Office only (para 1, L724): no PSC, no portal, no section 4 of the regulation. Para 10 item 6 (L765)
 * still says «немесе ХҚКО-на жолдайды» (or sends to the PSC) — template residue.
 */
export const adoptionRegistration: ServiceDefinition = {
	id: 'adoption-registration',
	name: {
		// Verbatim, regulation heading (L718–721), para 1 (L723) and the Standard's name (L725). The
		// resolution's list (L19) reads «Бала (қыз) асырап алуды тіркеу, …»; the regulation drops «(қыз)».
		kk: 'Бала асырап алуды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
		// The source has no Russian text; the usual Russian name of the Standard («(қыз)» = «(удочерения)»).
		ru: 'Регистрация усыновления (удочерения), в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
		en: 'Registration of adoption, including changes, additions and corrections to civil status records'
	},
	shortName: {
		kk: 'Бала асырап алуды тіркеу',
		ru: 'Регистрация усыновления',
		en: 'Adoption registration'
	},
	description: {
		kk: 'Сот шешімі негізінде бала асырап алуды тіркеу немесе асырап алу туралы акт жазбасын түзету. Асырап алу туралы куәлік пен баланың жаңа туу туралы куәлігі қағаз түрінде беріледі.',
		ru: 'Регистрация усыновления (удочерения) на основании решения суда или исправление записи акта об усыновлении. Свидетельство об усыновлении и новое свидетельство о рождении ребёнка выдаются на бумаге.',
		en: "Registers an adoption ordered by a court, or corrects an adoption act record. The adoption certificate and the child's new birth certificate are issued on paper."
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(8),
		source: '[003 reg. 8] L714–781'
	},
	provider: {
		// Para 1 (L723).
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық хал актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L724): «Өтініштерді қабылдау және … нәтижелерін беру Көрсетілетін қызметті берушінің кеңсесі арқылы».
	channels: ['office'],
	inPerson: {
		kk: 'Бұл қызмет тек аудандық азаматтық хал актілерін тіркеу бөлімінің кеңсесінде көрсетіледі: порталда да, ХҚКО-да да көрсетілмейді. Өтінішті осында дайындайсыз, содан кейін оны сот шешімінің және басқа құжаттардың түпнұсқаларымен, жеке басыңызды куәландыратын құжатпен бөлімге өзіңіз апарасыз.',
		ru: 'Эта услуга оказывается только в канцелярии районного отдела регистрации актов гражданского состояния: ни через портал, ни в ЦОН. Здесь вы готовите заявление, затем предъявляете его в отделе вместе с оригиналами решения суда и других документов и удостоверением личности.',
		en: 'This service is provided only at the office of a district civil registration department: neither on the portal nor at a PSC. You prepare the application here, then present it at the department with the originals of the court decision and the other documents and your identity document.'
	},
	// Para 3 (L726): «қағаз түрінде».
	automation: 'manual',
	result: {
		// Para 4 (L727); para 5 (L728). Read as two documents: an adoption certificate and a birth certificate.
		kk: 'Бала асырап алу туралы куәлік және туу туралы куәлік немесе енгізілген өзгерістерімен бала асырап алу туралы қайталама куәлік (қағаз түрінде, жеке басын куәландыратын құжатты көрсеткенде)',
		ru: 'Свидетельство об усыновлении (удочерении) и свидетельство о рождении или повторное свидетельство об усыновлении с внесёнными изменениями (на бумаге, при предъявлении удостоверения личности)',
		en: 'An adoption certificate and a birth certificate, or a repeat adoption certificate with the changes made (on paper, on showing an identity document)'
	},
	// Para 5 (L729): «ақылы/тегін» — paid or free per Standard §7; neither amount nor criteria are in the
	// source. Default reading: registering an adoption is free, changes to a record are paid.
	// mrpMultiple 0.5: default, not from the sources — configure.
	stateDuty: {
		mrpMultiple: 0.5,
		paymentWindowHours: 24,
		configurable: true,
		exemptions: [
			{
				when: registration,
				reason: {
					kk: 'Бала асырап алуды тіркеу үшін мемлекеттік баж алынбайды',
					ru: 'За регистрацию усыновления (удочерения) государственная пошлина не взимается',
					en: 'No state duty is charged for registering an adoption'
				},
				source:
					'[003 reg. 8] para 5, L729 («ақылы/тегін»); free cases: Standard No. 219 §7 (not among the sources) — default, configurable'
			}
		],
		source:
			'[003 reg. 8] para 5, L729 («ақылы/тегін»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L736–742) = para 10 (L759–765).
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 8] para 7 item 1, L737; para 10 item 1, L760'
		}),
		officeStep('resolution', {
			duration: { hours: 1 },
			source: '[003 reg. 8] para 7 item 2, L738; para 10 item 2, L761'
		}),
		officeStep('review', {
			// Default as for the birth and paternity registrations of the same resolution.
			duration: { workingDays: 1 },
			variants: [
				changesReviewTerm(
					'silent — configurable (default: 15 calendar days, the term for changes in regulations 5–7 and 9)'
				)
			],
			source:
				'[003 reg. 8] para 7 item 3, L739; para 10 item 3, L762: no duration (the sentence ends in a colon) — silent — configurable'
		}),
		officeStep('act-record', {
			duration: { hours: 2 },
			source: '[003 reg. 8] para 7 item 4, L740; para 10 item 4, L763'
		}),
		officeStep('signature', {
			duration: { hours: 1 },
			source: '[003 reg. 8] para 7 item 5, L741; para 10 item 5, L764'
		}),
		{
			id: 'issue',
			actor: 'office-clerk',
			name: {
				kk: 'Нәтижені беру',
				ru: 'Выдача результата',
				en: 'Handing over the result'
			},
			duration: { minutes: 20 },
			source: '[003 reg. 8] para 7 item 6, L742; para 10 item 6, L765'
		}
	],
	// No `extension`: the adoption regulation has no extension clause (unlike regulations 5–7 and 9).
	fields: [
		iinField('[003 reg. 8] para 6, L735 (application per Standard annex 1 or 2)'),
		requestKindField({
			registration: {
				kk: 'Бала асырап алуды тіркеу',
				ru: 'Регистрация усыновления (удочерения)',
				en: 'Registration of an adoption'
			},
			changesHint: {
				kk: 'Мысалы, асырап алу туралы акт жазбасындағы қатені түзету',
				ru: 'Например, исправить ошибку в записи акта об усыновлении',
				en: 'For example, correcting a mistake in the adoption act record'
			},
			source: '[003 reg. 8] name, L723; para 4, L727'
		}),
		{
			id: 'courtName',
			type: 'text',
			label: {
				kk: 'Бала асырап алу туралы шешім шығарған сот',
				ru: 'Суд, вынесший решение об усыновлении',
				en: 'Court that made the adoption decision'
			},
			hint: {
				kk: 'Мысалы, Алматы қаласы Алмалы аудандық соты',
				ru: 'Например, Алмалинский районный суд г. Алматы',
				en: 'For example, the Almaly district court of Almaty'
			},
			source: 'silent — the basis document is in Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'courtDecisionDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Сот шешімінің күні', ru: 'Дата решения суда', en: 'Date of the court decision' },
			hint: { kk: 'Мысалы, 15.02.2025', ru: 'Например, 15.02.2025', en: 'For example, 15.02.2025' },
			source: 'silent — Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'childNameBefore',
			type: 'personName',
			label: {
				kk: 'Баланың асырап алуға дейінгі тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество ребёнка до усыновления',
				en: "The child's surname, first name and patronymic before the adoption"
			},
			hint: {
				kk: 'Туу туралы куәліктегідей',
				ru: 'Как в свидетельстве о рождении',
				en: 'As on the birth certificate'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'childBirthDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Баланың асырап алуға дейінгі туған күні',
				ru: 'Дата рождения ребёнка до усыновления',
				en: "The child's date of birth before the adoption"
			},
			hint: { kk: 'Мысалы, 03.09.2021', ru: 'Например, 03.09.2021', en: 'For example, 03.09.2021' },
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'childBirthPlace',
			type: 'place',
			label: {
				kk: 'Баланың асырап алуға дейінгі туған жері',
				ru: 'Место рождения ребёнка до усыновления',
				en: "The child's place of birth before the adoption"
			},
			hint: {
				kk: 'Қала немесе елді мекен, мысалы Алматы',
				ru: 'Город или населённый пункт, например Алматы',
				en: 'City or settlement, for example Алматы'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'childNameAfter',
			type: 'personName',
			label: {
				kk: 'Сот шешімі бойынша баланың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество ребёнка по решению суда',
				en: "The child's surname, first name and patronymic as the court decided"
			},
			hint: {
				kk: 'Сот өзгертпесе, бұрынғысын қайта жазыңыз',
				ru: 'Если суд их не изменил, повторите прежние',
				en: 'If the court did not change them, write the earlier ones again'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'childBirthDateAfter',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Сот шешімі бойынша баланың туған күні',
				ru: 'Дата рождения ребёнка по решению суда',
				en: "The child's date of birth as the court decided"
			},
			hint: {
				kk: 'Сот өзгертпесе, бұрынғы күнді қайта жазыңыз',
				ru: 'Если суд её не изменил, повторите прежнюю',
				en: 'If the court did not change it, write the earlier date again'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'childBirthPlaceAfter',
			type: 'place',
			label: {
				kk: 'Сот шешімі бойынша баланың туған жері',
				ru: 'Место рождения ребёнка по решению суда',
				en: "The child's place of birth as the court decided"
			},
			hint: {
				kk: 'Сот өзгертпесе, бұрынғысын қайта жазыңыз',
				ru: 'Если суд его не изменил, повторите прежнее',
				en: 'If the court did not change it, write the earlier one again'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'adoptersKind',
			type: 'choice',
			label: { kk: 'Баланы кім асырап алды?', ru: 'Кто усыновил ребёнка?', en: 'Who adopted the child?' },
			options: [
				{ value: 'one', label: { kk: 'Бір адам', ru: 'Один человек', en: 'One person' } },
				{ value: 'couple', label: { kk: 'Ерлі-зайыптылар', ru: 'Супруги', en: 'A married couple' } }
			],
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'adopterName',
			type: 'personName',
			label: {
				kk: 'Асырап алушының тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество усыновителя',
				en: "The adoptive parent's surname, first name and patronymic"
			},
			hint: {
				kk: 'Ерлі-зайыптылар асырап алса, біреуінікі. Сіз болсаңыз, өзіңіздікін жазыңыз',
				ru: 'Если усыновили супруги, одного из них. Если это вы, укажите свои',
				en: 'If a couple adopted, one of them. If that is you, give your own'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'adopterIin',
			type: 'iin',
			// A foreign adoptive parent may have no IIN.
			optional: true,
			label: { kk: 'Асырап алушының ЖСН-і', ru: 'ИИН усыновителя', en: "The adoptive parent's IIN" },
			hint: {
				kk: 'Шетел азаматының ЖСН-і болмаса, бос қалдырыңыз',
				ru: 'Оставьте пустым, если у иностранного гражданина нет ИИН',
				en: 'Leave empty if a foreign citizen has no IIN'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'secondAdopterName',
			type: 'personName',
			label: {
				kk: 'Екінші асырап алушының тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество второго усыновителя',
				en: "The second adoptive parent's surname, first name and patronymic"
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'secondAdopterIin',
			type: 'iin',
			optional: true,
			label: {
				kk: 'Екінші асырап алушының ЖСН-і',
				ru: 'ИИН второго усыновителя',
				en: "The second adoptive parent's IIN"
			},
			hint: {
				kk: 'Шетел азаматының ЖСН-і болмаса, бос қалдырыңыз',
				ru: 'Оставьте пустым, если у иностранного гражданина нет ИИН',
				en: 'Leave empty if a foreign citizen has no IIN'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		...changesFields({
			actRecordNumber: { source: '[003 reg. 8] name, L723; para 4, L727 (repeat certificate with the changes)' },
			actRecordDate: { example: '21.03.2020', source: '[003 reg. 8] name, L723; para 4, L727' },
			changesRequested: {
				hint: {
					kk: 'Мысалы: баланың аты «Айгерім» деп қате жазылған, дұрысы «Әйгерім»',
					ru: 'Например: имя ребёнка ошибочно записано «Айгерім», правильно «Әйгерім»',
					en: "For example: the child's name is written «Айгерім» by mistake, it should be «Әйгерім»"
				},
				source: '[003 reg. 8] name, L723; para 4, L727'
			}
		})
	],
	pages: [
		iinPage(),
		requestKindPage(),
		{
			id: 'court-decision',
			title: {
				kk: 'Бала асырап алу туралы сот шешімі',
				ru: 'Решение суда об усыновлении',
				en: 'The court decision on adoption'
			},
			fields: ['courtName', 'courtDecisionDate'],
			when: registration
		},
		{
			id: 'child-before',
			title: {
				kk: 'Бала асырап алуға дейін',
				ru: 'Ребёнок до усыновления',
				en: 'The child before the adoption'
			},
			fields: ['childNameBefore', 'childBirthDate', 'childBirthPlace'],
			when: registration
		},
		{
			id: 'child-after',
			title: {
				kk: 'Бала асырап алғаннан кейін',
				ru: 'Ребёнок после усыновления',
				en: 'The child after the adoption'
			},
			fields: ['childNameAfter', 'childBirthDateAfter', 'childBirthPlaceAfter'],
			when: registration
		},
		{
			id: 'adopters-kind',
			title: { kk: 'Асырап алушылар', ru: 'Усыновители', en: 'Adoptive parents' },
			fields: ['adoptersKind'],
			when: registration
		},
		{
			id: 'adopter',
			title: { kk: 'Асырап алушы', ru: 'Усыновитель', en: 'Adoptive parent' },
			fields: ['adopterName', 'adopterIin'],
			when: registration
		},
		{
			id: 'second-adopter',
			title: { kk: 'Екінші асырап алушы', ru: 'Второй усыновитель', en: 'Second adoptive parent' },
			fields: ['secondAdopterName', 'secondAdopterIin'],
			when: { field: 'adoptersKind', equals: 'couple' }
		},
		...changesPages()
	],
	// Para 6 (L735): the documents of Standard §9 — not among the sources; the usual list, configurable.
	documents: [
		{
			id: 'court-decision',
			name: {
				kk: 'Бала асырап алу туралы заңды күшіне енген сот шешімі',
				ru: 'Вступившее в законную силу решение суда об усыновлении (удочерении)',
				en: 'The court decision on adoption, in legal force'
			},
			when: registration,
			maxFiles: 10,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'child-birth-certificate',
			name: {
				kk: 'Баланың асырап алуға дейін берілген туу туралы куәлігі',
				ru: 'Свидетельство о рождении ребёнка, выданное до усыновления',
				en: "The child's birth certificate issued before the adoption"
			},
			when: registration,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'adopters-marriage-certificate',
			name: {
				kk: 'Асырап алушылардың неке қию туралы куәлігі',
				ru: 'Свидетельство о заключении брака усыновителей',
				en: "The adoptive parents' marriage certificate"
			},
			when: { field: 'adoptersKind', equals: 'couple' },
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		...changesDocuments({
			certificate: {
				kk: 'Бала асырап алу туралы куәлік',
				ru: 'Свидетельство об усыновлении (удочерении)',
				en: 'The adoption certificate'
			},
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		})
	]
};
