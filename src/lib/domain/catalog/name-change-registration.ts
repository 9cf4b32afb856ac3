import {
	changesDocuments,
	changesFields,
	changesPages,
	registration,
	requestKindField,
	requestKindPage
} from './shared/act-record-changes.ts';
import { iinField, iinPage } from './shared/iin.ts';
import { extensionClause, officeStep } from './shared/office-steps.ts';
import type { ServiceDefinition } from './types.ts';
import { almatyRegulation } from './shared/regulations.ts';

/**
 * «Атын, әкесінің атын, тегін ауыстыруды тіркеу, оның ішінде азаматтық хал актілері жазбаларына
 * өзгерістер, толықтырулар мен түзетулер енгізу» — regulation 5 of Almaty akimat resolution No. 4/646
 * (23.11.2015), approved under the Standard of Order No. 219 of the Minister of Justice (17.04.2015).
 * Line numbers (L…) point into ../shared/seeds/003_b1512d3b75660422.txt (regulation 5: L432–546);
 * the detailed extraction is ../shared/spec/almaty-services-5-9.md §1.
 *
 * The Standard (fee amount §7, documents §9, application forms annexes 1–2) is not among the
 * sources: those values are configurable defaults and say so.
 *
 * Only the provider's office procedure is modelled as steps. The PSC path (intake ≤ 15 min,
 * transfer 1 working day, provider 15 calendar days in total: L497–501) cannot be told apart
 * from the office path by a condition on the answers, so it is left to the channel handling.
 */
export const nameChangeRegistration: ServiceDefinition = {
	id: 'name-change-registration',
	name: {
		// Verbatim, regulation heading (L436–439) and para 1 (L441); identical in the resolution (L16).
		kk: 'Атын, әкесінің атын, тегін ауыстыруды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
		// The Russian name of the Standard (third-party copy, extraction §0.3); not in the source.
		ru: 'Регистрация перемены имени, отчества, фамилии, в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
		en: 'Registration of a change of first name, patronymic or surname, including changes, additions and corrections to civil status records'
	},
	shortName: {
		kk: 'Аты-жөнін ауыстыру',
		ru: 'Перемена ФИО',
		en: 'Change of name'
	},
	description: {
		kk: 'Тегіңізді, атыңызды немесе әкеңіздің атын ауыстыруды тіркеу. Аты-жөнін ауыстыру туралы куәлікті жеке басыңызды куәландыратын құжатпен қағаз түрінде аласыз.',
		ru: 'Регистрация перемены фамилии, имени или отчества. Свидетельство о перемене имени выдаётся на бумаге при предъявлении удостоверения личности.',
		en: 'Registers a change of your surname, first name or patronymic. You collect the paper name-change certificate on showing your identity document.'
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(5),
		source: '[003 reg. 5] L432–546'
	},
	provider: {
		// Para 1 (L441): «азаматтық жағдай актілерін тіркеу бөлімдері» (sic, «хал» in regulations 7–9).
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық жағдай актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L442–445): the provider's office, the PSC, the egov.kz portal (kiosk = the portal in a PSC hall).
	channels: ['office', 'psc', 'portal', 'kiosk'],
	// Para 3 (L447): «электронды (ішінара автоматтандырылған) және (немесе) қағаз түрінде».
	automation: 'partially-automated',
	result: {
		// Para 4 (L449–450); para 5 (L451): the result is on paper.
		kk: 'Атын, әкесінің атын, тегін ауыстыруды мемлекеттік тіркеу туралы куәлік немесе енгізілген өзгерістерімен қайталама куәлік (қағаз түрінде, жеке басын куәландыратын құжатты көрсеткенде). Портал арқылы өтініш бергенде жеке кабинетке өтініштің қабылданғаны және тіркеу күні туралы ЭЦҚ қойылған хабарлама келеді.',
		ru: 'Свидетельство о государственной регистрации перемены имени, отчества, фамилии или повторное свидетельство с внесёнными изменениями (на бумаге, при предъявлении удостоверения личности). При подаче через портал в личный кабинет приходит подписанное ЭЦП уведомление о приёме заявления и дате регистрации.',
		en: 'A certificate of the registered change of first name, patronymic or surname, or a repeat certificate with the changes made (on paper, on showing an identity document). Applying on the portal, you receive in your personal cabinet an EDS-signed notice that the application was accepted and of the registration date.'
	},
	// Para 5 (L452): «Стандарттың 7 тармағына сәйкес … ақылы түрде» — paid; the amount is in the Standard
	// No. 219 / the Tax Code, not among the sources.
	// mrpMultiple 1: default, not from the sources — configure. (Changes to a record are usually charged
	// less, e.g. 0.5 МРП, but StateDuty holds one amount per service.)
	stateDuty: {
		mrpMultiple: 1,
		paymentWindowHours: 24,
		configurable: true,
		source:
			'[003 reg. 5] para 5, L452 («ақылы түрде»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L459–465) = para 10 (L483–489): the same six actions and durations.
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 5] para 7 item 1, L460; para 10 item 1, L484'
		}),
		officeStep('resolution', {
			duration: { hours: 1 },
			source: '[003 reg. 5] para 7 item 2, L461; para 10 item 2, L485'
		}),
		officeStep('review', {
			// The regulation gives one term for both the registration and changes to a record.
			duration: { calendarDays: 15 },
			source: '[003 reg. 5] para 7 item 3, L462; para 10 item 3, L486'
		}),
		officeStep('act-record', {
			duration: { hours: 3 },
			source: '[003 reg. 5] para 7 item 4, L463; para 10 item 4, L487'
		}),
		officeStep('signature', {
			duration: { hours: 1 },
			source: '[003 reg. 5] para 7 item 5, L464; para 10 item 5, L488'
		}),
		officeStep('issue', {
			duration: { minutes: 20 },
			// L465 also says «немесе көрсетілетін қызметті берушіге» (to the provider itself) [sic].
			source: '[003 reg. 5] para 7 item 6, L465; para 10 item 6, L489'
		})
	],
	// Para 7 item 3 (L462) = para 10 item 3 (L486): extra checks of the Standard §9 documents or requests
	// to other state bodies; notice within 3 calendar days from the extension.
	extension: extensionClause('[003 reg. 5] L462, L486'),
	fields: [
		// Portal condition 2 (L509) checks the IIN of the request against the EDS certificate.
		iinField('[003 reg. 5] para 13 item 7, L509'),
		requestKindField({
			registration: {
				kk: 'Атын, әкесінің атын, тегін ауыстыруды тіркеу',
				ru: 'Регистрация перемены имени, отчества, фамилии',
				en: 'Registration of a change of first name, patronymic or surname'
			},
			changesHint: {
				kk: 'Мысалы, акт жазбасында қате жазылған әріпті түзету',
				ru: 'Например, исправить ошибку в написании в актовой записи',
				en: 'For example, correcting a misspelling in the act record'
			},
			source: '[003 reg. 5] name, L436–441; para 4, L449'
		}),
		{
			id: 'currentSurname',
			type: 'personName',
			label: { kk: 'Қазіргі тегі', ru: 'Нынешняя фамилия', en: 'Current surname' },
			hint: {
				kk: 'Жеке куәлігіңіздегідей, мысалы Ахметов',
				ru: 'Как в удостоверении личности, например Ахметов',
				en: 'As on your identity card, for example Ахметов'
			},
			source: '[003 reg. 5] name, L441 («тегін»); application form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'currentGivenName',
			type: 'personName',
			label: { kk: 'Қазіргі аты', ru: 'Нынешнее имя', en: 'Current first name' },
			source: '[003 reg. 5] name, L441 («атын»)'
		},
		{
			id: 'currentPatronymic',
			type: 'personName',
			optional: true,
			label: { kk: 'Қазіргі әкесінің аты', ru: 'Нынешнее отчество', en: 'Current patronymic' },
			hint: {
				kk: 'Әкесінің аты болмаса, бос қалдырыңыз',
				ru: 'Оставьте пустым, если отчества нет',
				en: 'Leave empty if you have no patronymic'
			},
			source: '[003 reg. 5] name, L441 («әкесінің атын»)'
		},
		{
			id: 'newSurname',
			type: 'personName',
			label: { kk: 'Жаңа тегі', ru: 'Новая фамилия', en: 'New surname' },
			hint: {
				kk: 'Өзгермесе, қазіргісін қайта жазыңыз',
				ru: 'Если не меняется, повторите нынешнюю',
				en: 'If it does not change, write the current one again'
			},
			source: '[003 reg. 5] name, L441'
		},
		{
			id: 'newGivenName',
			type: 'personName',
			label: { kk: 'Жаңа аты', ru: 'Новое имя', en: 'New first name' },
			hint: {
				kk: 'Өзгермесе, қазіргісін қайта жазыңыз',
				ru: 'Если не меняется, повторите нынешнее',
				en: 'If it does not change, write the current one again'
			},
			source: '[003 reg. 5] name, L441'
		},
		{
			id: 'newPatronymic',
			type: 'personName',
			optional: true,
			label: { kk: 'Жаңа әкесінің аты', ru: 'Новое отчество', en: 'New patronymic' },
			hint: {
				kk: 'Мысалы, Асқарұлы немесе Асқарқызы. Әкесінің аты болмаса, бос қалдырыңыз',
				ru: 'Например, Асқарұлы или Асқарқызы. Оставьте пустым, если отчества не будет',
				en: 'For example, Асқарұлы or Асқарқызы. Leave empty if you will have no patronymic'
			},
			source: '[003 reg. 5] name, L441'
		},
		{
			id: 'nameChangeReason',
			type: 'text',
			label: { kk: 'Ауыстыру себебі', ru: 'Причина перемены', en: 'Reason for the change' },
			hint: {
				kk: 'Мысалы: тегімді ұлттық дәстүр бойынша жазғым келеді',
				ru: 'Например: хочу, чтобы фамилия писалась по национальной традиции',
				en: 'For example: I want my surname written in the national tradition'
			},
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'maritalStatus',
			type: 'choice',
			label: {
				kk: 'Отбасылық жағдайыңыз',
				ru: 'Ваше семейное положение',
				en: 'Your marital status'
			},
			hint: {
				kk: 'Некеде болсаңыз, жаңа аты-жөніңіз неке туралы акт жазбасына да енгізіледі',
				ru: 'Если вы в браке, новые ФИО вносятся и в актовую запись о браке',
				en: 'If you are married, the new name is also entered in the marriage act record'
			},
			options: [
				{
					value: 'never-married',
					label: { kk: 'Некеде болмағанмын', ru: 'В браке не состоял(а)', en: 'Never married' }
				},
				{ value: 'married', label: { kk: 'Некедемін', ru: 'Состою в браке', en: 'Married' } },
				{
					value: 'divorced',
					label: { kk: 'Неке бұзылған', ru: 'Брак расторгнут', en: 'Divorced' }
				},
				{ value: 'widowed', label: { kk: 'Жесірмін', ru: 'Вдова (вдовец)', en: 'Widowed' } }
			],
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'hasMinorChildren',
			type: 'choice',
			label: {
				kk: 'Кәмелетке толмаған балаларыңыз бар ма?',
				ru: 'Есть ли у вас несовершеннолетние дети?',
				en: 'Do you have children under 18?'
			},
			hint: {
				kk: 'Олардың туу туралы акт жазбаларына да өзгеріс енгізіледі',
				ru: 'В их актовые записи о рождении тоже вносятся изменения',
				en: 'Their birth act records are changed as well'
			},
			options: [
				{ value: 'yes', label: { kk: 'Иә', ru: 'Да', en: 'Yes' } },
				{ value: 'no', label: { kk: 'Жоқ', ru: 'Нет', en: 'No' } }
			],
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		...changesFields({
			actRecordNumber: {
				source: '[003 reg. 5] name, L441 («азаматтық хал актілері жазбаларына өзгерістер»); para 4, L449'
			},
			actRecordDate: { example: '21.03.2010', source: '[003 reg. 5] name, L441; para 4, L449' },
			changesRequested: {
				hint: {
					kk: 'Мысалы: тегі «Ахметов» деп қате жазылған, дұрысы «Әхметов»',
					ru: 'Например: фамилия ошибочно записана «Ахметов», правильно «Әхметов»',
					en: 'For example: the surname is written «Ахметов» by mistake, it should be «Әхметов»'
				},
				source: '[003 reg. 5] name, L441; para 4, L449'
			}
		})
	],
	pages: [
		iinPage(),
		requestKindPage(),
		{
			id: 'current-name',
			title: { kk: 'Қазіргі аты-жөніңіз', ru: 'Ваши нынешние ФИО', en: 'Your current name' },
			fields: ['currentSurname', 'currentGivenName', 'currentPatronymic'],
			when: registration
		},
		{
			id: 'new-name',
			title: { kk: 'Жаңа аты-жөніңіз', ru: 'Ваши новые ФИО', en: 'Your new name' },
			fields: ['newSurname', 'newGivenName', 'newPatronymic'],
			when: registration
		},
		{
			id: 'reason',
			title: { kk: 'Ауыстыру себебі', ru: 'Причина перемены', en: 'Reason for the change' },
			fields: ['nameChangeReason'],
			when: registration
		},
		{
			id: 'marital-status',
			title: { kk: 'Отбасылық жағдайы', ru: 'Семейное положение', en: 'Marital status' },
			fields: ['maritalStatus'],
			when: registration
		},
		{
			id: 'children',
			title: { kk: 'Балалар', ru: 'Дети', en: 'Children' },
			fields: ['hasMinorChildren'],
			when: registration
		},
		...changesPages()
	],
	// Para 6 (L458): the documents of Standard §9 — not among the sources; the usual list, configurable.
	documents: [
		{
			id: 'birth-certificate',
			name: {
				kk: 'Өтініш берушінің туу туралы куәлігі',
				ru: 'Свидетельство о рождении заявителя',
				en: "The applicant's birth certificate"
			},
			when: registration,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'marriage-certificate',
			name: {
				kk: 'Неке қию туралы куәлік',
				ru: 'Свидетельство о заключении брака',
				en: 'Marriage certificate'
			},
			when: { field: 'maritalStatus', equals: 'married' },
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'divorce-certificate',
			name: {
				kk: 'Некені бұзу туралы куәлік',
				ru: 'Свидетельство о расторжении брака',
				en: 'Divorce certificate'
			},
			when: { field: 'maritalStatus', equals: 'divorced' },
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'children-birth-certificates',
			name: {
				kk: 'Кәмелетке толмаған балалардың туу туралы куәліктері',
				ru: 'Свидетельства о рождении несовершеннолетних детей',
				en: "The children's birth certificates"
			},
			when: { field: 'hasMinorChildren', equals: 'yes' },
			maxFiles: 10,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'parents-consent',
			name: {
				kk: 'Ата-анасының (қорғаншының) келісімі',
				ru: 'Согласие родителей (опекуна)',
				en: "Parents' (guardian's) consent"
			},
			hint: {
				kk: 'Тек 18 жасқа толмаған өтініш берушілер үшін',
				ru: 'Только для заявителей младше 18 лет',
				en: 'Only for applicants under 18'
			},
			when: registration,
			// No condition can tell the applicant's age, so it is never required here; the officer checks it.
			optional: true,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		...changesDocuments({
			certificate: {
				kk: 'Өзгертілетін акт жазбасы бойынша берілген куәлік',
				ru: 'Свидетельство, выданное по изменяемой актовой записи',
				en: 'The certificate issued from the act record to be changed'
			},
			supportingHint: {
				kk: 'Мысалы, дұрыс жазылған жеке куәлік немесе басқа акт жазбасы бойынша куәлік',
				ru: 'Например, удостоверение личности с правильным написанием или свидетельство по другой записи',
				en: 'For example, an identity card with the correct spelling or a certificate from another record'
			},
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		})
	]
};
