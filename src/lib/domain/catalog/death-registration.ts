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
import { extensionClause, officeStep } from './shared/office-steps.ts';
import type { ServiceDefinition } from './types.ts';
import { almatyRegulation } from './shared/regulations.ts';

/**
 * «Қайтыс болуды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен
 * түзетулер енгізу» — regulation 7 of Almaty akimat resolution No. 4/646 (23.11.2015), approved under
 * the Standard of Order No. 219 of the Minister of Justice (17.04.2015). Line numbers (L…) point into
 * ../shared/seeds/003_b1512d3b75660422.txt (regulation 7: L630–713); the detailed extraction is
 * ../shared/spec/almaty-services-5-9.md §3.
 *
 * The regulation names no basis document (medical certificate, court decision): those come from the
 * Standard §9 (not among the sources) and are configurable defaults below.
 *
 * Only the provider's office procedure is modelled as steps. The PSC path is inconsistent with it: via
 * the PSC the provider has «3 (үш) сағат ішінде» in total for a death registration (para 13, L693),
 * while the office path adds up to 6 h 40 min (20 min + 30 min + 3 h + 2 h + 30 min + 20 min,
 * L655–660); the 3 hours were evidently copied from the review step. Add the PSC intake (≤ 15 min, L690)
 * and the transfer (1 working day, L692) and a PSC death registration takes at least a working day.
 */
export const deathRegistration: ServiceDefinition = {
	id: 'death-registration',
	name: {
		// Verbatim, regulation heading (L634–637) and para 1 (L639); identical in the resolution (L18).
		kk: 'Қайтыс болуды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
		// The source has no Russian text; the usual Russian name of the Standard.
		ru: 'Регистрация смерти, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
		en: 'Registration of death, including changes, additions and corrections to civil status records'
	},
	shortName: {
		kk: 'Қайтыс болуды тіркеу',
		ru: 'Регистрация смерти',
		en: 'Death registration'
	},
	description: {
		kk: 'Адамның қайтыс болуын тіркеу немесе қайтыс болу туралы акт жазбасын түзету. Қайтыс болу туралы куәлік қағаз түрінде беріледі.',
		ru: 'Регистрация смерти человека или исправление записи акта о смерти. Свидетельство о смерти выдаётся на бумаге.',
		en: "Registers a person's death, or corrects a death act record. The death certificate is issued on paper."
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(7),
		source: '[003 reg. 7] L630–713'
	},
	provider: {
		// Para 1 (L639).
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық хал актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L640–642): the provider's office and the PSC only; no portal.
	channels: ['office', 'psc'],
	inPerson: {
		kk: 'Бұл қызмет порталда көрсетілмейді. Өтінішті осында дайындайсыз, содан кейін оны құжаттардың түпнұсқаларымен (қайтыс болу туралы медициналық куәлік немесе сот шешімі) және жеке басыңызды куәландыратын құжатпен аудандық азаматтық хал актілерін тіркеу бөліміне немесе ХҚКО-ға өзіңіз апарасыз.',
		ru: 'Эта услуга не оказывается через портал. Здесь вы готовите заявление, затем предъявляете его вместе с оригиналами документов (медицинское свидетельство о смерти или решение суда) и удостоверением личности в районном отделе регистрации актов гражданского состояния или в ЦОН.',
		en: 'This service is not provided on the portal. You prepare the application here, then present it with the original documents (the medical certificate of death or the court decision) and your identity document at a district civil registration department or a PSC.'
	},
	// Para 3 (L644): «қағаз түрінде».
	automation: 'manual',
	result: {
		// Para 4 (L645); para 5 (L646). When an «анықтама» is issued instead of a «куәлік» is not stated.
		kk: 'Қайтыс болу туралы куәлік (анықтама) немесе енгізілген өзгерістерімен қайталама куәлік (анықтама), қағаз түрінде, жеке басын куәландыратын құжатты көрсеткенде',
		ru: 'Свидетельство (справка) о смерти или повторное свидетельство (справка) с внесёнными изменениями, на бумаге, при предъявлении удостоверения личности',
		en: 'A death certificate (or death reference), or a repeat certificate (reference) with the changes made, on paper, on showing an identity document'
	},
	// Para 5 (L647): «ақылы/ақысыз» — paid or free per Standard §7; neither amount nor criteria are in the
	// source. Default reading: registering a death is free, changes to a record are paid.
	// mrpMultiple 0.5: default, not from the sources — configure.
	stateDuty: {
		mrpMultiple: 0.5,
		paymentWindowHours: 24,
		configurable: true,
		exemptions: [
			{
				when: registration,
				reason: {
					kk: 'Қайтыс болуды тіркеу үшін мемлекеттік баж алынбайды',
					ru: 'За регистрацию смерти государственная пошлина не взимается',
					en: 'No state duty is charged for registering a death'
				},
				source:
					'[003 reg. 7] para 5, L647 («ақылы/ақысыз»); free cases: Standard No. 219 §7 (not among the sources) — default, configurable'
			}
		],
		source:
			'[003 reg. 7] para 5, L647 («ақылы/ақысыз»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L654–660) = para 11 (L678–684).
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 7] para 7 item 1, L655; para 11 item 1, L679'
		}),
		officeStep('resolution', {
			duration: { minutes: 30 },
			source: '[003 reg. 7] para 7 item 2, L656; para 11 item 2, L680'
		}),
		officeStep('review', {
			// «қайтыс болуды тіркеу туралы өтініш – 3 (үш) сағат ішінде».
			duration: { hours: 3 },
			variants: [
				changesReviewTerm('[003 reg. 7] para 7 item 3, L657; para 11 item 3, L681 (changes: 15 calendar days)')
			],
			source: '[003 reg. 7] para 7 item 3, L657; para 11 item 3, L681'
		}),
		officeStep('act-record', {
			duration: { hours: 2 },
			source: '[003 reg. 7] para 7 item 4, L658; para 11 item 4, L682'
		}),
		officeStep('signature', {
			duration: { minutes: 30 },
			source: '[003 reg. 7] para 7 item 5, L659; para 11 item 5, L683'
		}),
		officeStep('issue', {
			duration: { minutes: 20 },
			// L660 is garbled («…алушыға … нәтижесін ХҚКО-на жолдауы»); L684 reads «алушыға немесе ХҚКО-на».
			source: '[003 reg. 7] para 7 item 6, L660; para 11 item 6, L684'
		})
	],
	// Para 8 (L661): extra checks or requests to other state bodies; the text does not limit it to
	// changes, so it seemingly applies to the 3-hour registration as well.
	extension: extensionClause('[003 reg. 7] para 8, L661'),
	fields: [
		iinField('[003 reg. 7] para 6, L653 (application per Standard annex 1 or 2)'),
		// Para 7 item 3 (L657) gives the two kinds of application their own terms.
		requestKindField({
			registration: { kk: 'Қайтыс болуды тіркеу', ru: 'Регистрация смерти', en: 'Registration of a death' },
			changesHint: {
				kk: 'Мысалы, қайтыс болу туралы акт жазбасындағы қатені түзету',
				ru: 'Например, исправить ошибку в записи акта о смерти',
				en: 'For example, correcting a mistake in the death act record'
			},
			source: '[003 reg. 7] name, L639; para 7 item 3, L657'
		}),
		{
			id: 'deceasedName',
			type: 'personName',
			label: {
				kk: 'Қайтыс болған адамның тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество умершего',
				en: "The deceased's surname, first name and patronymic"
			},
			hint: {
				kk: 'Жеке куәлігіндегідей',
				ru: 'Как в удостоверении личности',
				en: 'As on the identity card'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'deceasedIin',
			type: 'iin',
			// Not everyone has an IIN (people born abroad, old records), and the applicant may not know it.
			optional: true,
			label: {
				kk: 'Қайтыс болған адамның ЖСН-і',
				ru: 'ИИН умершего',
				en: "The deceased's IIN"
			},
			hint: {
				kk: 'Білсеңіз жазыңыз (жеке куәлігінде бар); білмесеңіз, бос қалдырыңыз',
				ru: 'Укажите, если знаете (есть в удостоверении личности); если нет, оставьте пустым',
				en: 'Give it if you know it (it is on the identity card); otherwise leave it empty'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'deathDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Қайтыс болған күні', ru: 'Дата смерти', en: 'Date of death' },
			hint: {
				kk: 'Медициналық куәліктегідей, мысалы 05.01.2025',
				ru: 'Как в медицинском свидетельстве, например 05.01.2025',
				en: 'As on the medical certificate, for example 05.01.2025'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'deathPlace',
			type: 'place',
			label: { kk: 'Қайтыс болған жері', ru: 'Место смерти', en: 'Place of death' },
			hint: {
				kk: 'Қала немесе елді мекен, мысалы Алматы',
				ru: 'Город или населённый пункт, например Алматы',
				en: 'City or settlement, for example Алматы'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'applicantRelation',
			type: 'choice',
			label: {
				kk: 'Сіз қайтыс болған адамның кімісіз?',
				ru: 'Кем вы приходитесь умершему?',
				en: 'What is your relation to the deceased?'
			},
			options: [
				{ value: 'spouse', label: { kk: 'Жұбайы', ru: 'Супруг или супруга', en: 'Spouse' } },
				{ value: 'child', label: { kk: 'Баласы', ru: 'Сын или дочь', en: 'Son or daughter' } },
				{ value: 'parent', label: { kk: 'Ата-анасы', ru: 'Отец или мать', en: 'Father or mother' } },
				{
					value: 'other-relative',
					label: { kk: 'Басқа туысы', ru: 'Другой родственник', en: 'Another relative' }
				},
				{
					value: 'other',
					label: {
						kk: 'Басқа адам немесе ұйым өкілі',
						ru: 'Другое лицо или представитель организации',
						en: "Someone else or an organisation's representative"
					},
					hint: {
						kk: 'Мысалы, көршісі, медициналық ұйымның немесе мекеменің қызметкері',
						ru: 'Например, сосед, сотрудник медицинской организации или учреждения',
						en: 'For example, a neighbour, or an employee of a medical organisation or institution'
					}
				}
			],
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'deathBasis',
			type: 'choice',
			label: {
				kk: 'Қайтыс болуды қандай құжат растайды?',
				ru: 'Какой документ подтверждает смерть?',
				en: 'Which document confirms the death?'
			},
			options: [
				{
					value: 'medical-certificate',
					label: {
						kk: 'Қайтыс болу туралы медициналық куәлік',
						ru: 'Медицинское свидетельство о смерти',
						en: 'Medical certificate of death'
					},
					hint: {
						kk: 'Медициналық ұйым береді',
						ru: 'Выдаёт медицинская организация',
						en: 'Issued by the medical organisation'
					}
				},
				{
					value: 'court-decision',
					label: {
						kk: 'Адамды қайтыс болды деп жариялау немесе қайтыс болу фактісін анықтау туралы сот шешімі',
						ru: 'Решение суда об объявлении умершим или об установлении факта смерти',
						en: 'A court decision declaring the person dead or establishing the fact of death'
					}
				}
			],
			source: 'silent — basis documents: Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'courtName',
			type: 'text',
			label: { kk: 'Шешім шығарған сот', ru: 'Суд, вынесший решение', en: 'Court that made the decision' },
			hint: {
				kk: 'Мысалы, Алматы қаласы Алмалы аудандық соты',
				ru: 'Например, Алмалинский районный суд г. Алматы',
				en: 'For example, the Almaly district court of Almaty'
			},
			source: 'silent — configurable (see deathBasis)'
		},
		{
			id: 'courtDecisionDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Сот шешімінің күні', ru: 'Дата решения суда', en: 'Date of the court decision' },
			hint: { kk: 'Мысалы, 15.02.2025', ru: 'Например, 15.02.2025', en: 'For example, 15.02.2025' },
			source: 'silent — configurable (see deathBasis)'
		},
		...changesFields({
			actRecordNumber: { source: '[003 reg. 7] name, L639; para 7 item 3, L657 (changes to an act record)' },
			actRecordDate: { example: '21.03.2020', source: '[003 reg. 7] name, L639; para 7 item 3, L657' },
			changesRequested: {
				hint: {
					kk: 'Мысалы: туған жылы 1948 деп қате жазылған, дұрысы 1949',
					ru: 'Например: год рождения ошибочно записан 1948, правильно 1949',
					en: 'For example: the year of birth is written 1948 by mistake, it should be 1949'
				},
				source: '[003 reg. 7] name, L639; para 7 item 3, L657'
			}
		})
	],
	pages: [
		iinPage(),
		requestKindPage(),
		{
			id: 'deceased',
			title: { kk: 'Қайтыс болған адам', ru: 'Умерший', en: 'The deceased' },
			fields: ['deceasedName', 'deceasedIin'],
			when: registration
		},
		{
			id: 'death',
			title: {
				kk: 'Қайтыс болған күні мен жері',
				ru: 'Дата и место смерти',
				en: 'Date and place of death'
			},
			fields: ['deathDate', 'deathPlace'],
			when: registration
		},
		{
			id: 'relation',
			title: { kk: 'Өтініш беруші', ru: 'Заявитель', en: 'The applicant' },
			fields: ['applicantRelation'],
			when: registration
		},
		{
			id: 'basis',
			title: { kk: 'Тіркеу негізі', ru: 'Основание регистрации', en: 'Basis of the registration' },
			fields: ['deathBasis'],
			when: registration
		},
		{
			id: 'court-decision',
			title: { kk: 'Сот шешімі', ru: 'Решение суда', en: 'Court decision' },
			fields: ['courtName', 'courtDecisionDate'],
			when: { field: 'deathBasis', equals: 'court-decision' }
		},
		...changesPages()
	],
	// Para 6 (L653): the documents of Standard §9 — not among the sources; the usual list, configurable.
	documents: [
		{
			id: 'medical-death-certificate',
			name: {
				kk: 'Қайтыс болу туралы медициналық куәлік',
				ru: 'Медицинское свидетельство о смерти',
				en: 'Medical certificate of death'
			},
			when: { field: 'deathBasis', equals: 'medical-certificate' },
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'court-decision',
			name: {
				kk: 'Заңды күшіне енген сот шешімі',
				ru: 'Вступившее в законную силу решение суда',
				en: 'The court decision in legal force'
			},
			when: { field: 'deathBasis', equals: 'court-decision' },
			maxFiles: 10,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'deceased-identity-document',
			name: {
				kk: 'Қайтыс болған адамның жеке басын куәландыратын құжаты',
				ru: 'Документ, удостоверяющий личность умершего',
				en: "The deceased's identity document"
			},
			hint: {
				kk: 'Бар болса; түпнұсқасын тіркеуші органға тапсырасыз',
				ru: 'Если он есть; оригинал сдаётся в регистрирующий орган',
				en: 'If there is one; the original is handed in to the registering body'
			},
			when: registration,
			optional: true,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		...changesDocuments({
			certificate: {
				kk: 'Қайтыс болу туралы куәлік (анықтама)',
				ru: 'Свидетельство (справка) о смерти',
				en: 'The death certificate (reference)'
			},
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		})
	]
};
