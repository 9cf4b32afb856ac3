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
 * «Некені (ерлі-зайыптылықты) бұзуды тіркеу, оның ішінде азаматтық хал актілері жазбаларына
 * өзгерістер, толықтырулар мен түзетулер енгізу» — regulation 9 of Almaty akimat resolution No. 4/646
 * (23.11.2015), approved under the Standard of Order No. 219 of the Minister of Justice (17.04.2015).
 * Line numbers (L…) point into ../shared/seeds/003_b1512d3b75660422.txt (regulation 9: L782–897);
 * the detailed extraction is ../shared/spec/almaty-services-5-9.md §5.
 *
 * The grounds drive the review term (para 7 items 3–5, L812–814): by a court decision 1 working day
 * (30 calendar days when the application must be sent to another territorial unit); with a spouse
 * declared missing, incapable or sentenced to at least three years 45 calendar days, notifying that
 * spouse's side within one week; by mutual consent of spouses without minor children, the registration
 * takes place one month after the application; changes to a record 15 calendar days.
 *
 * Only the provider's office procedure is modelled as steps; the PSC section gives no transfer or
 * provider time at all for divorce (L850–852), and the portal steps have no durations (L853–866).
 */
export const divorceRegistration: ServiceDefinition = {
	id: 'divorce-registration',
	name: {
		// Verbatim, regulation heading (L786–789) and para 1 (L791); the resolution (L20) adds «;» [sic].
		kk: 'Некені (ерлі-зайыптылықты) бұзуды тіркеу, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу',
		// The source has no Russian text; the usual Russian name of the Standard.
		ru: 'Регистрация расторжения брака (супружества), в том числе внесение изменений, дополнений и исправлений в записи актов гражданского состояния',
		en: 'Registration of divorce (dissolution of marriage), including changes, additions and corrections to civil status records'
	},
	shortName: {
		kk: 'Некені бұзуды тіркеу',
		ru: 'Расторжение брака',
		en: 'Divorce registration'
	},
	description: {
		kk: 'Ерлі-зайыптылардың өзара келісімі бойынша, сот шешімі негізінде немесе жұбайы хабар-ошарсыз кеткен, әрекетке қабілетсіз деп танылған не сотталған жағдайда некені бұзуды тіркеу. Некені бұзу туралы куәлік қағаз түрінде беріледі.',
		ru: 'Регистрация расторжения брака по взаимному согласию супругов, на основании решения суда или если супруг признан безвестно отсутствующим, недееспособным либо осуждён. Свидетельство о расторжении брака выдаётся на бумаге.',
		en: 'Registers a divorce by mutual consent, on a court decision, or where the spouse has been declared missing or incapable or has been sentenced. The divorce certificate is issued on paper.'
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(9),
		source: '[003 reg. 9] L782–897'
	},
	provider: {
		// Para 1 (L791), here without «әкімдігінің».
		kk: 'Алматы қаласы аудандар әкімдері аппараттарының азаматтық хал актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L792–795): the provider's office, the PSC, the egov.kz portal (kiosk = the portal in a PSC hall).
	channels: ['office', 'psc', 'portal', 'kiosk'],
	// Para 3 (L797): «электрондық (ішінара автоматтандырылған) және (немесе) қағаз түрінде».
	automation: 'partially-automated',
	result: {
		// Para 4 (L798–799); para 5 (L800).
		kk: 'Некені (ерлі-зайыптылықты) бұзу туралы куәлік немесе енгізілген өзгерістерімен қайталама куәлік (қағаз түрінде, жеке басын куәландыратын құжатты көрсеткенде). Портал арқылы өтініш бергенде жеке кабинетке өтініштің алынғаны және некені бұзуды тіркеу күні туралы ЭЦҚ-мен куәландырылған хабарлама келеді.',
		ru: 'Свидетельство о расторжении брака (супружества) или повторное свидетельство с внесёнными изменениями (на бумаге, при предъявлении удостоверения личности). При подаче через портал в личный кабинет приходит удостоверенное ЭЦП уведомление о получении заявления и о дате регистрации расторжения брака.',
		en: 'A divorce certificate, or a repeat certificate with the changes made (on paper, on showing an identity document). Applying on the portal, you receive in your personal cabinet an EDS-certified notice that the application was received and of the date set for registering the divorce.'
	},
	// Para 5 (L801): «ақылы түрде» — paid; the amount is in the Standard No. 219 §7 / the Tax Code, not
	// among the sources. mrpMultiple 2: default, not from the sources — configure. Whether a reduced rate
	// applies to a spouse declared missing, incapable or sentenced, or to changes to a record, is not in the
	// sources either (StateDuty holds one amount per service).
	stateDuty: {
		mrpMultiple: 2,
		paymentWindowHours: 24,
		configurable: true,
		source:
			'[003 reg. 9] para 5, L801 («ақылы түрде»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L809–818, nine items: items 3–6 are the review term by ground and the extension) and
	// para 10 (L836–842, six items).
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 9] para 7 item 1, L810; para 10 item 1, L837'
		}),
		officeStep('resolution', {
			// Para 7 item 2 (L811) says 1 hour, para 10 item 2 (L838) 2 hours: the stricter 1 hour is taken.
			duration: { hours: 1 },
			source: '[003 reg. 9] para 7 item 2, L811 (1 h); conflicts with para 10 item 2, L838 (2 h)'
		}),
		officeStep('review', {
			// By a court decision in legal force: «1 (бір) жұмыс күн ішінде».
			duration: { workingDays: 1 },
			variants: [
				changesReviewTerm(
					'[003 reg. 9] para 7 item 5, L814 (changes: «күнтізбелік 15 (он бес) күнтізбелік күн» [sic])'
				),
				{
					// The unclosed parenthesis of L812 leaves open whether the decision was issued elsewhere or the
					// application must be sent elsewhere; read as: a court outside Almaty.
					when: {
						all: [
							{ field: 'divorceGrounds', equals: 'court-decision' },
							{ field: 'courtTerritory', equals: 'other-territory' }
						]
					},
					duration: { calendarDays: 30 },
					source: '[003 reg. 9] para 7 item 3, L812 (another territorial unit: 30 calendar days)'
				},
				{
					// The registering body notifies the imprisoned spouse, the incapable spouse's guardian or the
					// guardian of the missing spouse's property within 1 week of the application (L813); that
					// notice runs inside these 45 days.
					when: { field: 'divorceGrounds', equals: 'spouse-status' },
					duration: { calendarDays: 45 },
					source: '[003 reg. 9] para 7 item 4, L813 (45 calendar days; notice within 1 week)'
				},
				{
					// «өтініш берілген күннен бастап бір ай мерзім өткеннен кейін»: not a deadline but the earliest
					// date of registration; the same month is `waitingPeriod` — count it once.
					when: { field: 'divorceGrounds', equals: 'mutual-consent' },
					duration: { months: 1 },
					source: '[003 reg. 9] para 7 item 5, L814 (mutual consent: registered one month after the application)'
				}
			],
			source: '[003 reg. 9] para 7 item 3, L812 (court decision: 1 working day); para 10 item 3, L839 gives no term'
		}),
		officeStep('act-record', {
			duration: { hours: 3 },
			source: '[003 reg. 9] para 7 item 7, L816; para 10 item 4, L840'
		}),
		officeStep('signature', {
			duration: { hours: 1 },
			source: '[003 reg. 9] para 7 item 8, L817; para 10 item 5, L841'
		}),
		officeStep('issue', { duration: { minutes: 20 }, source: '[003 reg. 9] para 7 item 9, L818; para 10 item 6, L842' })
	],
	// Para 7 item 6 (L815): only for extra checks of the Standard §9 documents (no «requests to other
	// bodies» here, and no «from the moment of extension» anchor for the notice).
	extension: extensionClause('[003 reg. 9] para 7 item 6, L815'),
	waitingPeriod: {
		duration: { months: 1 },
		when: { field: 'divorceGrounds', equals: 'mutual-consent' },
		source: '[003 reg. 9] para 7 item 5, L814'
	},
	fields: [
		// Portal condition 2 (L860) checks the IIN of the request against the EDS certificate.
		iinField('[003 reg. 9] para 13 item 7, L860'),
		requestKindField({
			registration: {
				kk: 'Некені (ерлі-зайыптылықты) бұзуды тіркеу',
				ru: 'Регистрация расторжения брака (супружества)',
				en: 'Registration of a divorce'
			},
			changesHint: {
				kk: 'Мысалы, некені бұзу туралы акт жазбасындағы қатені түзету',
				ru: 'Например, исправить ошибку в записи акта о расторжении брака',
				en: 'For example, correcting a mistake in the divorce act record'
			},
			source: '[003 reg. 9] name, L791; para 7 item 5, L814'
		}),
		{
			id: 'divorceGrounds',
			type: 'choice',
			label: {
				kk: 'Неке қандай негізде бұзылады?',
				ru: 'На каком основании расторгается брак?',
				en: 'On what grounds is the marriage dissolved?'
			},
			options: [
				{
					value: 'mutual-consent',
					label: {
						kk: 'Кәмелетке толмаған балалары жоқ ерлі-зайыптылардың өзара келісімі бойынша',
						ru: 'По взаимному согласию супругов, не имеющих несовершеннолетних детей',
						en: 'By mutual consent of spouses who have no minor children'
					},
					hint: {
						kk: 'Екі жұбай да өтініш береді. Неке өтініш берілген күннен бастап бір ай өткен соң тіркеледі',
						ru: 'Заявление подают оба супруга. Расторжение регистрируется через месяц со дня подачи',
						en: 'Both spouses apply. The divorce is registered one month after the application'
					}
				},
				{
					value: 'court-decision',
					label: {
						kk: 'Заңды күшіне енген сот шешімі негізінде',
						ru: 'На основании вступившего в законную силу решения суда',
						en: 'On the basis of a court decision in legal force'
					}
				},
				{
					value: 'spouse-status',
					label: {
						kk: 'Жұбайы хабар-ошарсыз кеткен немесе әрекетке қабілетсіз деп танылған не кемінде үш жылға бас бостандығынан айыруға сотталған',
						ru: 'Супруг признан безвестно отсутствующим или недееспособным либо осуждён к лишению свободы на срок не менее трёх лет',
						en: 'The spouse has been declared missing or legally incapable, or sentenced to at least three years of imprisonment'
					}
				}
			],
			source: '[003 reg. 9] para 7 items 3–5, L812–814'
		},
		{
			id: 'spouseStatus',
			type: 'choice',
			label: {
				kk: 'Жұбайыңыз туралы сот не шешті?',
				ru: 'Что решил суд в отношении супруга?',
				en: 'What did the court decide about your spouse?'
			},
			options: [
				{
					value: 'missing',
					label: {
						kk: 'Хабар-ошарсыз кеткен деп таныды',
						ru: 'Признал безвестно отсутствующим',
						en: 'Declared missing'
					}
				},
				{
					value: 'incapable',
					label: {
						kk: 'Әрекетке қабілетсіз деп таныды',
						ru: 'Признал недееспособным',
						en: 'Declared legally incapable'
					}
				},
				{
					value: 'sentenced',
					label: {
						kk: 'Кемінде үш жылға бас бостандығынан айыруға соттады',
						ru: 'Осудил к лишению свободы на срок не менее трёх лет',
						en: 'Sentenced to at least three years of imprisonment'
					}
				}
			],
			// Who must be notified within a week depends on it (L813).
			source: '[003 reg. 9] para 7 item 4, L813'
		},
		{
			id: 'applicantName',
			type: 'personName',
			label: {
				kk: 'Өзіңіздің тегі, аты, әкесінің аты',
				ru: 'Ваши фамилия, имя, отчество',
				en: 'Your surname, first name and patronymic'
			},
			hint: {
				kk: 'Неке туралы акт жазбасындағыдай',
				ru: 'Как в записи акта о браке',
				en: 'As in the marriage act record'
			},
			source:
				'silent — application forms: Standard No. 219 annexes 1–4 (para 6, L808; not among the sources) — configurable'
		},
		{
			id: 'surnameAfterDivorce',
			type: 'personName',
			label: {
				kk: 'Некені бұзғаннан кейін қандай тегіңіз болады?',
				ru: 'Какую фамилию вы будете носить после расторжения брака?',
				en: 'Which surname will you have after the divorce?'
			},
			hint: {
				kk: 'Қазіргісін қалдыруға немесе некеге дейінгі тегіңізді қайтаруға болады',
				ru: 'Можно оставить нынешнюю или вернуть добрачную',
				en: 'You may keep the current one or return to your premarital surname'
			},
			source: 'silent — application forms: Standard No. 219 annexes 1–4 (not among the sources) — configurable'
		},
		{
			id: 'spouseName',
			type: 'personName',
			label: {
				kk: 'Жұбайыңыздың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество супруга (супруги)',
				en: "Your spouse's surname, first name and patronymic"
			},
			hint: {
				kk: 'Неке туралы акт жазбасындағыдай',
				ru: 'Как в записи акта о браке',
				en: 'As in the marriage act record'
			},
			source: 'silent — application forms: Standard No. 219 annexes 1–4 (not among the sources) — configurable'
		},
		{
			id: 'spouseIin',
			type: 'iin',
			// A foreign spouse may have no IIN.
			optional: true,
			label: { kk: 'Жұбайыңыздың ЖСН-і', ru: 'ИИН супруга (супруги)', en: "Your spouse's IIN" },
			hint: {
				kk: 'Жұбайыңыз ЖСН-і жоқ шетел азаматы болса, бос қалдырыңыз',
				ru: 'Оставьте пустым, если супруг — иностранный гражданин без ИИН',
				en: 'Leave empty if your spouse is a foreign citizen without an IIN'
			},
			source: 'silent — application forms: Standard No. 219 annexes 1–4 (not among the sources) — configurable'
		},
		{
			id: 'marriageRecordNumber',
			type: 'actRecordNumber',
			label: {
				kk: 'Неке қию туралы акт жазбасының нөмірі',
				ru: 'Номер записи акта о заключении брака',
				en: 'Number of the marriage act record'
			},
			hint: {
				kk: 'Неке қию туралы куәлікте көрсетілген, мысалы 10-101-09-0000007 немесе 123',
				ru: 'Указан в свидетельстве о заключении брака, например 10-101-09-0000007 или 123',
				en: 'Shown on the marriage certificate, for example 10-101-09-0000007 or 123'
			},
			source: 'silent — application forms: Standard No. 219 annexes 1–4 (not among the sources) — configurable'
		},
		{
			id: 'marriageRecordDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Неке тіркелген күн',
				ru: 'Дата регистрации брака',
				en: 'Date the marriage was registered'
			},
			hint: { kk: 'Мысалы, 12.08.2015', ru: 'Например, 12.08.2015', en: 'For example, 12.08.2015' },
			source: 'silent — application forms: Standard No. 219 annexes 1–4 (not among the sources) — configurable'
		},
		{
			id: 'marriageRegistrationPlace',
			type: 'place',
			label: {
				kk: 'Неке қай жерде тіркелді?',
				ru: 'Где зарегистрирован брак?',
				en: 'Where was the marriage registered?'
			},
			hint: {
				kk: 'АХАЖ бөлімі немесе елді мекен, мысалы Алматы қ., Медеу ауданы',
				ru: 'Отдел ЗАГС или населённый пункт, например г. Алматы, Медеуский район',
				en: 'The registry office or settlement, for example Алматы, Medeu district'
			},
			source: 'silent — application forms: Standard No. 219 annexes 1–4 (not among the sources) — configurable'
		},
		{
			id: 'courtName',
			type: 'text',
			label: {
				kk: 'Шешім (үкім) шығарған сот',
				ru: 'Суд, вынесший решение (приговор)',
				en: 'Court that made the decision (or sentence)'
			},
			hint: {
				kk: 'Некені бұзу туралы шешімді немесе жұбайыңыз туралы шешімді (үкімді) шығарған сот, мысалы Алматы қаласы Алмалы аудандық соты',
				ru: 'Суд, вынесший решение о расторжении брака или решение (приговор) в отношении супруга, например Алмалинский районный суд г. Алматы',
				en: 'The court that made the divorce decision, or the decision (sentence) about your spouse, for example the Almaly district court of Almaty'
			},
			source:
				'[003 reg. 9] para 7 items 3–4, L812–813 (court decision; spouse declared missing, incapable or sentenced)'
		},
		{
			id: 'courtDecisionDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Шешімнің (үкімнің) күні',
				ru: 'Дата решения (приговора)',
				en: 'Date of the decision (or sentence)'
			},
			hint: { kk: 'Мысалы, 15.02.2025', ru: 'Например, 15.02.2025', en: 'For example, 15.02.2025' },
			source: '[003 reg. 9] para 7 items 3–4, L812–813'
		},
		{
			id: 'courtTerritory',
			type: 'choice',
			label: {
				kk: 'Некені бұзу туралы шешімді қай сот шығарды?',
				ru: 'Какой суд вынес решение о расторжении брака?',
				en: 'Which court made the divorce decision?'
			},
			options: [
				{ value: 'almaty', label: { kk: 'Алматы қаласының соты', ru: 'Суд города Алматы', en: 'A court in Almaty' } },
				{
					value: 'other-territory',
					label: {
						kk: 'Басқа қаланың немесе облыстың соты',
						ru: 'Суд другого города или области',
						en: 'A court in another city or region'
					},
					hint: {
						kk: 'Тексеру 30 күнтізбелік күнге дейін созылуы мүмкін',
						ru: 'Проверка может занять до 30 календарных дней',
						en: 'The check may take up to 30 calendar days'
					}
				}
			],
			source: '[003 reg. 9] para 7 item 3, L812 («басқа аумақтық бірлікте шығару орны бойынша»)'
		},
		{
			id: 'penalInstitutionAddress',
			type: 'address',
			label: {
				kk: 'Жұбайыңыз жазасын өтеп жатқан мекеменің мекенжайы',
				ru: 'Адрес учреждения, где супруг отбывает наказание',
				en: 'Address of the institution where your spouse is serving the sentence'
			},
			hint: {
				kk: 'Тіркеуші орган бір апта ішінде жұбайыңызға хабарлайды',
				ru: 'Регистрирующий орган в течение недели известит супруга',
				en: 'The registering body notifies your spouse within a week'
			},
			source: '[003 reg. 9] para 7 item 4, L813 («қамауда жатқан жұбайға … хабарлай отырып»)'
		},
		{
			id: 'guardianName',
			type: 'personName',
			label: {
				kk: 'Жұбайыңыздың қорғаншысының тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество опекуна супруга',
				en: "Your spouse's guardian: surname, first name and patronymic"
			},
			hint: {
				kk: 'Тіркеуші орган бір апта ішінде қорғаншыға хабарлайды',
				ru: 'Регистрирующий орган в течение недели известит опекуна',
				en: 'The registering body notifies the guardian within a week'
			},
			source: '[003 reg. 9] para 7 item 4, L813 («әрекетке қабілетсіз жұбайдың қорғаншысына»)'
		},
		{
			id: 'guardianAddress',
			type: 'address',
			label: { kk: 'Қорғаншының мекенжайы', ru: 'Адрес опекуна', en: "The guardian's address" },
			hint: {
				kk: 'Мысалы, Алматы қ., Абай даңғылы, 10, 5-пәтер',
				ru: 'Например, г. Алматы, пр. Абая, 10, кв. 5',
				en: 'For example, г. Алматы, пр. Абая, 10, кв. 5'
			},
			source: '[003 reg. 9] para 7 item 4, L813'
		},
		{
			id: 'propertyGuardianName',
			type: 'personName',
			// A guardian of a missing person's property is appointed only where there is property to manage.
			optional: true,
			label: {
				kk: 'Жұбайыңыздың мүлкіне тағайындалған қорғаншының тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество опекуна над имуществом супруга',
				en: "Guardian of your spouse's property: surname, first name and patronymic"
			},
			hint: {
				kk: 'Қорғаншы тағайындалмаса, бос қалдырыңыз',
				ru: 'Оставьте пустым, если опекун не назначен',
				en: 'Leave empty if no guardian has been appointed'
			},
			source: '[003 reg. 9] para 7 item 4, L813 («хабар-ошарсыз кеткен деп танылған жұбайдың мүлкіне қорғаншыға»)'
		},
		{
			id: 'propertyGuardianAddress',
			type: 'address',
			optional: true,
			label: {
				kk: 'Мүлік қорғаншысының мекенжайы',
				ru: 'Адрес опекуна над имуществом',
				en: "The property guardian's address"
			},
			hint: {
				kk: 'Қорғаншы тағайындалмаса, бос қалдырыңыз',
				ru: 'Оставьте пустым, если опекун не назначен',
				en: 'Leave empty if no guardian has been appointed'
			},
			source: '[003 reg. 9] para 7 item 4, L813'
		},
		...changesFields({
			actRecordNumber: {
				label: {
					kk: 'Некені бұзу туралы акт жазбасының нөмірі',
					ru: 'Номер записи акта о расторжении брака',
					en: 'Number of the divorce act record'
				},
				source: '[003 reg. 9] name, L791; para 7 item 5, L814 (changes to an act record)'
			},
			actRecordDate: { example: '21.03.2020', source: '[003 reg. 9] name, L791; para 7 item 5, L814' },
			changesRequested: {
				hint: {
					kk: 'Мысалы: жұбайымның туған жылы 1985 деп қате жазылған, дұрысы 1986',
					ru: 'Например: год рождения супруга ошибочно записан 1985, правильно 1986',
					en: "For example: my spouse's year of birth is written 1985 by mistake, it should be 1986"
				},
				source: '[003 reg. 9] name, L791; para 7 item 5, L814'
			}
		})
	],
	pages: [
		iinPage(),
		requestKindPage(),
		{
			id: 'grounds',
			title: { kk: 'Некені бұзу негізі', ru: 'Основание расторжения брака', en: 'Grounds for the divorce' },
			fields: ['divorceGrounds'],
			when: registration
		},
		{
			id: 'spouse-status',
			title: { kk: 'Жұбайыңыз туралы сот шешімі', ru: 'Решение суда о супруге', en: 'The court on your spouse' },
			fields: ['spouseStatus'],
			when: { field: 'divorceGrounds', equals: 'spouse-status' }
		},
		{
			id: 'applicant',
			title: { kk: 'Сіз туралы', ru: 'О вас', en: 'About you' },
			fields: ['applicantName', 'surnameAfterDivorce'],
			when: registration
		},
		{
			id: 'spouse',
			title: { kk: 'Жұбайыңыз', ru: 'Супруг (супруга)', en: 'Your spouse' },
			fields: ['spouseName', 'spouseIin'],
			when: registration
		},
		{
			id: 'marriage',
			title: { kk: 'Неке туралы акт жазбасы', ru: 'Запись акта о браке', en: 'The marriage act record' },
			fields: ['marriageRecordNumber', 'marriageRecordDate', 'marriageRegistrationPlace'],
			when: registration
		},
		{
			id: 'court-decision',
			title: { kk: 'Сот шешімі', ru: 'Решение суда', en: 'Court decision' },
			fields: ['courtName', 'courtDecisionDate'],
			when: { field: 'divorceGrounds', in: ['court-decision', 'spouse-status'] }
		},
		{
			id: 'court-territory',
			title: { kk: 'Соттың орны', ru: 'Где находится суд', en: 'Where the court is' },
			fields: ['courtTerritory'],
			when: { field: 'divorceGrounds', equals: 'court-decision' }
		},
		{
			id: 'notice-sentenced',
			title: { kk: 'Жұбайыңызға хабарлама', ru: 'Извещение супруга', en: 'Notice to your spouse' },
			fields: ['penalInstitutionAddress'],
			when: { field: 'spouseStatus', equals: 'sentenced' }
		},
		{
			id: 'notice-guardian',
			title: { kk: 'Жұбайыңыздың қорғаншысы', ru: 'Опекун супруга', en: "Your spouse's guardian" },
			fields: ['guardianName', 'guardianAddress'],
			when: { field: 'spouseStatus', equals: 'incapable' }
		},
		{
			id: 'notice-property-guardian',
			title: {
				kk: 'Жұбайыңыздың мүлкінің қорғаншысы',
				ru: 'Опекун над имуществом супруга',
				en: "Guardian of your spouse's property"
			},
			fields: ['propertyGuardianName', 'propertyGuardianAddress'],
			when: { field: 'spouseStatus', equals: 'missing' }
		},
		...changesPages()
	],
	// Para 6 (L808): the documents of Standard §9 — not among the sources; the usual list, configurable.
	documents: [
		{
			id: 'marriage-certificate',
			name: {
				kk: 'Неке қию туралы куәлік',
				ru: 'Свидетельство о заключении брака',
				en: 'Marriage certificate'
			},
			hint: { kk: 'Бар болса', ru: 'Если сохранилось', en: 'If you still have it' },
			when: registration,
			optional: true,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'spouse-application',
			name: {
				kk: 'Екінші жұбайдың қолы қойылған өтініші',
				ru: 'Заявление второго супруга с его подписью',
				en: "The other spouse's signed application"
			},
			hint: {
				kk: 'Өзара келісім бойынша некені бұзуға екі жұбай да өтініш береді',
				ru: 'При расторжении брака по взаимному согласию заявление подают оба супруга',
				en: 'For a divorce by mutual consent both spouses apply'
			},
			when: { field: 'divorceGrounds', equals: 'mutual-consent' },
			maxFiles: 4,
			// How the second spouse joins a portal application is not in the source (L853–866).
			source: 'Standard No. 219 annexes 1–4 and §9 (not among the sources) — configurable'
		},
		{
			id: 'court-decision',
			name: {
				kk: 'Некені бұзу туралы заңды күшіне енген сот шешімі',
				ru: 'Вступившее в законную силу решение суда о расторжении брака',
				en: 'The court decision on the divorce, in legal force'
			},
			when: { field: 'divorceGrounds', equals: 'court-decision' },
			maxFiles: 10,
			source: '[003 reg. 9] para 7 item 3, L812; Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'spouse-status-court-act',
			name: {
				kk: 'Жұбайды хабар-ошарсыз кеткен немесе әрекетке қабілетсіз деп тану туралы сот шешімі не сот үкімі',
				ru: 'Решение суда о признании супруга безвестно отсутствующим или недееспособным либо приговор суда',
				en: 'The court decision declaring the spouse missing or incapable, or the court sentence'
			},
			when: { field: 'divorceGrounds', equals: 'spouse-status' },
			maxFiles: 10,
			source: '[003 reg. 9] para 7 item 4, L813; Standard No. 219 §9 (not among the sources) — configurable'
		},
		...changesDocuments({
			certificate: {
				kk: 'Некені бұзу туралы куәлік',
				ru: 'Свидетельство о расторжении брака',
				en: 'The divorce certificate'
			},
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		})
	]
};
