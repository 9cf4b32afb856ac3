import { iinField, iinPage } from './shared/iin.ts';
import { extensionClause, officeStep } from './shared/office-steps.ts';
import type { Condition, ServiceDefinition } from './types.ts';
import { almatyRegulation } from './shared/regulations.ts';

/**
 * «Азаматтық хал актілерін тіркеу туралы қайталама куәліктер немесе анықтамалар беру» — regulation 3 of
 * Almaty akimat resolution No. 4/646 (23.11.2015), approved under the Standard of Order No. 219 of the
 * Minister of Justice (17.04.2015).
 * Line numbers (L…) point into ../shared/seeds/003_b1512d3b75660422.txt (regulation 3: L251–362);
 * the detailed extraction is ../shared/spec/almaty-services-1-4.md §3.
 *
 * The Standard (fee §7, documents §9, application form annex 1) is not among the sources: those
 * values are configurable defaults and say so.
 *
 * The review term depends on where the act record is (para 10 item 3, L305–308), which the
 * applicant answers (`registeredWhere`):
 * - an act registered in Kazakhstan since 2008, when the information system started, and a
 *   reference asked for: an electronic reference within 2 hours (L306);
 * - the record in the information system and the act in the registering body's archive: 5 working
 *   days from the submission of the documents (L307) — the default, also for repeat certificates of
 *   acts registered since 2008 (the source gives 2 hours for electronic references only);
 * - the act registered by another registering body: 30 calendar days (L308).
 * Para 7 item 3 (L282) ends with a colon and gives no term; para 10 is used.
 *
 * Requests from abroad go to the provider directly (L263), with no procedure: not modelled.
 * Only the provider's procedure is modelled as steps; the PSC intake (≤ 15 min, transfer 1 working
 * day: L319–321) is the channel's matter.
 */

const duplicate: Condition = { field: 'documentKind', equals: 'duplicate' };
const reference: Condition = { field: 'documentKind', equals: 'reference' };

/** The act the request is about, whichever of the two kinds was asked for. */
function act(...kinds: string[]): Condition {
	const certificateKinds = kinds.filter((k) => certificateOptions.some((o) => o.value === k));
	const referenceKinds = kinds.filter((k) => referenceOptions.some((o) => o.value === k));
	const any: Condition[] = [];
	if (certificateKinds.length) any.push({ all: [duplicate, { field: 'certificateKind', in: certificateKinds }] });
	if (referenceKinds.length) any.push({ all: [reference, { field: 'referenceKind', in: referenceKinds }] });
	return { any };
}

const actLabels = {
	birth: { kk: 'Туу туралы', ru: 'О рождении', en: 'Birth' },
	marriage: { kk: 'Неке қию туралы', ru: 'О заключении брака', en: 'Marriage' },
	divorce: { kk: 'Некені бұзу туралы', ru: 'О расторжении брака', en: 'Divorce' },
	paternity: { kk: 'Әке болуды анықтау туралы', ru: 'Об установлении отцовства', en: 'Establishment of paternity' },
	adoption: { kk: 'Бала асырап алу туралы', ru: 'Об усыновлении (удочерении)', en: 'Adoption' },
	'name-change': {
		kk: 'Тегін, атын, әкесінің атын ауыстыру туралы',
		ru: 'О перемене фамилии, имени, отчества',
		en: 'Change of surname, first name or patronymic'
	},
	death: { kk: 'Қайтыс болу туралы', ru: 'О смерти', en: 'Death' }
};

// Repeat certificates exist for every act record (Order 236 annex 1 lists the same kinds, death aside).
const certificateOptions = (
	['birth', 'marriage', 'divorce', 'paternity', 'adoption', 'name-change', 'death'] as const
).map((value) => ({ value, label: actLabels[value] }));

// References about the acts the references of Order 236 annex 3 cover.
const referenceOptions = (['birth', 'marriage', 'divorce', 'name-change'] as const).map((value) => ({
	value,
	label: actLabels[value]
}));

export const duplicateOrReference: ServiceDefinition = {
	id: 'duplicate-or-reference',
	name: {
		// Verbatim, regulation heading (L255–257) and para 1 (L259); identical in the resolution (L14).
		kk: 'Азаматтық хал актілерін тіркеу туралы қайталама куәліктер немесе анықтамалар беру',
		// The source has no Russian text; the usual Russian name of the Standard (extraction §3.1, unverified).
		ru: 'Выдача повторных свидетельств или справок о регистрации актов гражданского состояния',
		en: 'Issue of repeat certificates or references on civil status registration'
	},
	shortName: {
		kk: 'Қайталама куәлік немесе анықтама',
		ru: 'Повторное свидетельство или справка',
		en: 'Repeat certificate or reference'
	},
	description: {
		kk: 'Жоғалған немесе бүлінген куәліктің орнына қайталама куәлік, не болмаса азаматтық хал актісінің тіркелгені туралы анықтама алу. Анықтама ЭЦҚ қойылған электрондық құжат болып келеді, қайталама куәлікті ХҚКО-дан аласыз.',
		ru: 'Повторное свидетельство взамен утраченного или испорченного либо справка о регистрации акта гражданского состояния. Справка приходит электронным документом с ЭЦП, повторное свидетельство вы получаете в ЦОН.',
		en: 'A repeat certificate instead of a lost or damaged one, or a reference that a civil status act was registered. The reference comes as an EDS-signed electronic document; you collect the repeat certificate at a PSC.'
	},
	group: 'civil-records',
	regulation: {
		...almatyRegulation(3),
		source: '[003 reg. 3] L251–362'
	},
	provider: {
		// Para 1 (L259).
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық хал актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L260–262): the PSC and the egov.kz portal (kiosk = the portal in a PSC hall). The provider's
	// office only for requests from abroad (L263), which this catalogue does not offer.
	channels: ['psc', 'portal', 'kiosk'],
	// Para 3 (L265): «электронды (ішінара автоматтандырылған) немесе қағаз түрінде».
	automation: 'partially-automated',
	result: {
		// Para 4 (L266–269). Para 5 (L270) says «қағаз түрінде», which contradicts the electronic references.
		kk: 'Қайталама куәлік (қағаз түрінде, ХҚКО-да жеке басын куәландыратын құжатпен немесе нотариат куәландырған сенімхат бойынша беріледі; порталда алдымен электрондық өтініштің қабылданғаны туралы хабарлама келеді) немесе азаматтық хал актілерін тіркеу туралы анықтама (тіркеуші органның уәкілетті тұлғасының ЭЦҚ-мен куәландырылған электрондық құжат).',
		ru: 'Повторное свидетельство (на бумаге, выдаётся в ЦОН по удостоверению личности или нотариальной доверенности; на портал сначала приходит уведомление о принятии электронного заявления) или справка о регистрации акта гражданского состояния (электронный документ, удостоверенный ЭЦП уполномоченного лица регистрирующего органа).',
		en: "A repeat certificate (on paper, issued at a PSC on an identity document or a notarised power of attorney; on the portal you first receive a notice that the application was accepted) or a reference on the civil status registration (an electronic document certified by the EDS of the registering body's authorised person)."
	},
	// Unnumbered paragraph after para 5 (L271): «ақылы/тегін» — paid or free; neither the amounts nor the
	// split are in the source. mrpMultiple 0.5 (a repeat certificate): default, not from the sources —
	// configure. References are taken as the free case: default, not from the sources — configure
	// (Order 236 annex 3 charged 0.3 МРП for an e-reference in 2011; see the report).
	stateDuty: {
		mrpMultiple: 0.5,
		paymentWindowHours: 24,
		configurable: true,
		exemptions: [
			{
				when: reference,
				reason: {
					kk: 'Азаматтық хал актісін тіркеу туралы анықтама тегін беріледі',
					ru: 'Справка о регистрации акта гражданского состояния выдаётся бесплатно',
					en: 'A reference on a civil status registration is free'
				},
				source:
					'[003 reg. 3] L271 («ақылы/тегін»); which case is free: Standard No. 219 §7 (not among the sources) — configurable'
			}
		],
		source:
			'[003 reg. 3] unnumbered para after para 5, L271 («ақылы/тегін»); amount: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L279–285) = para 10 (L302–311): six actions; the review term from para 10 only.
	steps: [
		officeStep('registration', {
			duration: { minutes: 15 },
			source: '[003 reg. 3] para 7 item 1, L280; para 10 item 1, L303'
		}),
		officeStep('resolution', {
			duration: { hours: 1 },
			source: '[003 reg. 3] para 7 item 2, L281; para 10 item 2, L304'
		}),
		{
			id: 'review',
			actor: 'responsible-officer',
			name: {
				kk: 'Құжаттарды тексеру және акт жазбасын іздеу',
				ru: 'Проверка документов и поиск актовой записи',
				en: 'Checking the documents and finding the act record'
			},
			// «…ақпараттық жүйесінде акт жазбаларының электронды нұсқасы болған жағдайда және тіркеуші
			// органның мұрағатында … 5 (бес) жұмыс күні ішінде».
			duration: { workingDays: 5 },
			variants: [
				{
					when: { all: [reference, { field: 'registeredWhere', equals: 'kz-since-2008' }] },
					duration: { hours: 2 },
					source:
						'[003 reg. 3] para 10 item 3, L306 («2008 жылдан бастап … анықтамаларды электрондық форматта беру – 2 сағат»)'
				},
				{
					when: { field: 'registeredWhere', equals: 'other-body' },
					duration: { calendarDays: 30 },
					source: '[003 reg. 3] para 10 item 3, L308 («басқа тіркеуші органда тіркеген кезде – күнтізбелік 30 күн»)'
				}
			],
			source: '[003 reg. 3] para 10 item 3, L305–308 (para 7 item 3, L282, gives no term)'
		},
		{
			id: 'result-drawing-up',
			actor: 'responsible-officer',
			name: {
				kk: 'Нәтижені дайындау және басшының қол қоюына жолдау',
				ru: 'Подготовка результата и передача на подпись руководителю',
				en: "Preparing the result and passing it for the head's signature"
			},
			// The source says «акт жазбасын қалыптастыруы» (forms the act record) [sic for a duplicate].
			duration: { hours: 3 },
			source: '[003 reg. 3] para 7 item 4, L283; para 10 item 4, L309'
		},
		officeStep('signature', {
			duration: { hours: 1 },
			source: '[003 reg. 3] para 7 item 5, L284; para 10 item 5, L310'
		}),
		{
			id: 'dispatch',
			actor: 'office-clerk',
			name: {
				kk: 'Нәтижені ХҚКО-ға немесе порталға жолдау',
				ru: 'Направление результата в ЦОН или на портал',
				en: 'Sending the result to the PSC or the portal'
			},
			duration: { minutes: 15 },
			source: '[003 reg. 3] para 7 item 6, L285; para 10 item 6, L311'
		}
	],
	// The regulation has no general extension paragraph: the only extension is inside the 5-working-day
	// case (L307) — up to 30 calendar days when another state body must be asked, notice within 3.
	extension: extensionClause('[003 reg. 3] para 10 item 3, L307'),
	// Para 6 (L278): the application in the form of Standard annex 1 (not among the sources). The
	// questions identify the act record, as the requests of Order 236 do for the same documents: for
	// birth the date and place of birth and the parents; for marriage and divorce the spouse, the date
	// and place of the marriage; for a name change the name before it ([000 annex 3] para 6 item 9).
	fields: [
		// Portal condition 2 (L331) checks the IIN of the request against the EDS certificate.
		iinField('[003 reg. 3] para 12 item 7, L331'),
		{
			id: 'documentKind',
			type: 'choice',
			label: { kk: 'Не алғыңыз келеді?', ru: 'Что вы хотите получить?', en: 'What do you need?' },
			options: [
				{
					value: 'duplicate',
					label: { kk: 'Қайталама куәлік', ru: 'Повторное свидетельство', en: 'A repeat certificate' },
					hint: {
						kk: 'Жоғалған немесе бүлінген куәліктің орнына, қағаз түрінде; ХҚКО-дан аласыз',
						ru: 'Взамен утраченного или испорченного, на бумаге; получаете в ЦОН',
						en: 'Instead of a lost or damaged one, on paper; you collect it at a PSC'
					}
				},
				{
					value: 'reference',
					label: {
						kk: 'Азаматтық хал актісін тіркеу туралы анықтама',
						ru: 'Справка о регистрации акта гражданского состояния',
						en: 'A reference on a civil status registration'
					},
					hint: {
						kk: 'ЭЦҚ қойылған электрондық құжат, өзіңіз басып шығара аласыз',
						ru: 'Электронный документ с ЭЦП, вы можете распечатать его сами',
						en: 'An EDS-signed electronic document you can print yourself'
					}
				}
			],
			source: '[003 reg. 3] name, L259; para 4, L266–269'
		},
		{
			id: 'certificateKind',
			type: 'choice',
			label: {
				kk: 'Қандай куәліктің қайталамасы керек?',
				ru: 'Повторное свидетельство о чём вам нужно?',
				en: 'Which certificate do you need again?'
			},
			options: certificateOptions,
			source: '[003 reg. 3] name, L259 («қайталама куәліктер»); the kinds: Order 236 annex 1 name (not this regulation)'
		},
		{
			id: 'referenceKind',
			type: 'choice',
			label: {
				kk: 'Қандай акт туралы анықтама керек?',
				ru: 'Справка о каком акте вам нужна?',
				en: 'Which act is the reference about?'
			},
			options: referenceOptions,
			source: '[003 reg. 3] name, L259 («анықтамалар»); the kinds: Order 236 annex 3 name (not this regulation)'
		},
		{
			id: 'registeredWhere',
			type: 'choice',
			label: {
				kk: 'Акт қашан және қай жерде тіркелді?',
				ru: 'Когда и где был зарегистрирован акт?',
				en: 'When and where was the act registered?'
			},
			hint: {
				kk: 'Куәліктегі тіркеу күні мен тіркеген органға қараңыз. Бұл қарау мерзімін анықтайды',
				ru: 'Смотрите дату регистрации и орган, зарегистрировавший акт, в свидетельстве. От этого зависит срок рассмотрения',
				en: 'See the registration date and the registering body on the certificate. This decides how long the review takes'
			},
			options: [
				{
					value: 'kz-since-2008',
					label: {
						kk: 'Қазақстанда, 2008 жылы немесе одан кейін',
						ru: 'В Казахстане, в 2008 году или позже',
						en: 'In Kazakhstan, in 2008 or later'
					},
					hint: {
						kk: 'Анықтама 2 сағат ішінде, қайталама куәлік 5 жұмыс күні ішінде',
						ru: 'Справка — в течение 2 часов, повторное свидетельство — в течение 5 рабочих дней',
						en: 'A reference within 2 hours, a repeat certificate within 5 working days'
					}
				},
				{
					value: 'almaty-archive',
					label: {
						kk: 'Алматыда, 2008 жылға дейін',
						ru: 'В Алматы, до 2008 года',
						en: 'In Almaty, before 2008'
					},
					hint: {
						kk: 'Акт жазбасы тіркеуші органның мұрағатында: 5 жұмыс күні ішінде',
						ru: 'Актовая запись в архиве регистрирующего органа: в течение 5 рабочих дней',
						en: "The record is in the registering body's archive: within 5 working days"
					}
				},
				{
					value: 'other-body',
					label: {
						kk: 'Басқа тіркеуші органда, 2008 жылға дейін',
						ru: 'В другом регистрирующем органе, до 2008 года',
						en: 'By another registering body, before 2008'
					},
					hint: {
						kk: 'Қазақстанның басқа қаласында немесе облысында, не болмаса шетелдегі мекемеде: 30 күнтізбелік күн ішінде',
						ru: 'В другом городе или области Казахстана либо в загранучреждении: в течение 30 календарных дней',
						en: 'In another city or region of Kazakhstan, or at a mission abroad: within 30 calendar days'
					}
				}
			],
			source: '[003 reg. 3] para 10 item 3, L305–308'
		},
		{
			id: 'recordOwner',
			type: 'choice',
			label: {
				kk: 'Акт жазбасы кім туралы?',
				ru: 'О ком актовая запись?',
				en: 'Whom is the act record about?'
			},
			hint: {
				kk: 'Туу, әке болуды анықтау және бала асырап алу туралы жазбаларда — бала; неке мен некені бұзу туралы жазбаларда — жұбайлардың бірі',
				ru: 'В записях о рождении, установлении отцовства и усыновлении — ребёнок; в записях о браке и разводе — один из супругов',
				en: 'For birth, paternity and adoption records, the child; for marriage and divorce records, one of the spouses'
			},
			options: [
				{ value: 'self', label: { kk: 'Мен туралы', ru: 'Обо мне', en: 'About me' } },
				{ value: 'child', label: { kk: 'Балам туралы', ru: 'О моём ребёнке', en: 'About my child' } },
				{
					value: 'other',
					label: { kk: 'Басқа адам туралы', ru: 'О другом человеке', en: 'About another person' },
					hint: {
						kk: 'Оны алуға құқығыңызды растайтын құжат керек',
						ru: 'Понадобится документ, подтверждающий ваше право на получение',
						en: 'You will need a document showing your right to receive it'
					}
				}
			],
			source: 'silent — application form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'subjectName',
			type: 'personName',
			label: {
				kk: 'Оның тегі, аты, әкесінің аты',
				ru: 'Его (её) фамилия, имя, отчество',
				en: 'Their surname, first name and patronymic'
			},
			hint: {
				kk: 'Акт жазбасындағыдай, мысалы Нұрланов Тимур Асқарұлы',
				ru: 'Как в актовой записи, например Нұрланов Тимур Асқарұлы',
				en: 'As in the act record, for example Нұрланов Тимур Асқарұлы'
			},
			source:
				'[000 annex 3] para 6 item 9 (the person of the record); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'subjectBirthDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Оның туған күні', ru: 'Его (её) дата рождения', en: 'Their date of birth' },
			hint: { kk: 'Мысалы, 21.03.1990', ru: 'Например, 21.03.1990', en: 'For example, 21.03.1990' },
			source:
				'[000 annex 3] para 6 item 9 (the person of the record); form: Standard No. 219 annex 1 (not among the sources)'
		},
		{
			id: 'birthPlace',
			type: 'place',
			label: { kk: 'Туған жері', ru: 'Место рождения', en: 'Place of birth' },
			hint: {
				kk: 'Қала немесе елді мекен, мысалы Алматы',
				ru: 'Город или населённый пункт, например Алматы',
				en: 'City or settlement, for example Алматы'
			},
			source: '[000 annex 3] para 6 item 9 («туған күні және жері»)'
		},
		{
			id: 'fatherName',
			type: 'personName',
			optional: true,
			label: {
				kk: 'Әкесінің тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество отца',
				en: "The father's surname, first name and patronymic"
			},
			hint: {
				kk: 'Акт жазбасында әкесі көрсетілмесе, бос қалдырыңыз',
				ru: 'Оставьте пустым, если отец не указан в актовой записи',
				en: 'Leave empty if no father is recorded'
			},
			source: '[000 annex 3] para 6 item 9 («ата-анасы туралы мәлімет»)'
		},
		{
			id: 'motherName',
			type: 'personName',
			label: {
				kk: 'Анасының тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество матери',
				en: "The mother's surname, first name and patronymic"
			},
			source: '[000 annex 3] para 6 item 9 («ата-анасы туралы мәлімет»)'
		},
		{
			id: 'spouseName',
			type: 'personName',
			label: {
				kk: 'Екінші жұбайдың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество второго супруга',
				en: "The other spouse's surname, first name and patronymic"
			},
			hint: {
				kk: 'Неке қиылған кездегі тегімен, мысалы Омарова Дана Серікқызы',
				ru: 'С фамилией на момент заключения брака, например Омарова Дана Серікқызы',
				en: 'With the surname at the time of the marriage, for example Омарова Дана Серікқызы'
			},
			source: '[000 annex 3] para 6 item 9 (the spouse of a marriage or divorce record)'
		},
		{
			id: 'marriageDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Неке қиылған күн', ru: 'Дата заключения брака', en: 'Date of the marriage' },
			hint: { kk: 'Мысалы, 14.09.2012', ru: 'Например, 14.09.2012', en: 'For example, 14.09.2012' },
			source: '[000 annex 3] para 6 item 9 (date and place of the marriage)'
		},
		{
			id: 'marriagePlace',
			type: 'place',
			label: { kk: 'Неке қиылған жер', ru: 'Место заключения брака', en: 'Place of the marriage' },
			hint: {
				kk: 'Қала немесе елді мекен, мысалы Алматы',
				ru: 'Город или населённый пункт, например Алматы',
				en: 'City or settlement, for example Алматы'
			},
			source: '[000 annex 3] para 6 item 9 (date and place of the marriage)'
		},
		{
			id: 'divorceDate',
			type: 'date',
			notInFuture: true,
			optional: true,
			label: { kk: 'Неке бұзылған күн', ru: 'Дата расторжения брака', en: 'Date of the divorce' },
			hint: {
				kk: 'Білсеңіз, мысалы 03.02.2019',
				ru: 'Если знаете, например 03.02.2019',
				en: 'If you know it, for example 03.02.2019'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'nameBeforeChange',
			type: 'personName',
			label: {
				kk: 'Ауыстыруға дейінгі тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество до перемены',
				en: 'Surname, first name and patronymic before the change'
			},
			hint: {
				kk: 'Мысалы, Ахметов Тимур Асқарович',
				ru: 'Например, Ахметов Тимур Асқарович',
				en: 'For example, Ахметов Тимур Асқарович'
			},
			source: '[000 annex 3] para 6 item 9 (the surname before the change)'
		},
		{
			id: 'deathDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Қайтыс болған күні', ru: 'Дата смерти', en: 'Date of death' },
			hint: { kk: 'Мысалы, 30.06.2020', ru: 'Например, 30.06.2020', en: 'For example, 30.06.2020' },
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
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
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'actRecordNumber',
			type: 'actRecordNumber',
			optional: true,
			label: { kk: 'Акт жазбасының нөмірі', ru: 'Номер актовой записи', en: 'Act record number' },
			hint: {
				kk: 'Білсеңіз: куәлікте «Акт жазбасы №» деп көрсетілген, мысалы 10-101-09-0000007 немесе 123',
				ru: 'Если знаете: указан в свидетельстве как «Актовая запись №», например 10-101-09-0000007 или 123',
				en: 'If you know it: shown on the certificate as «Act record No.», for example 10-101-09-0000007 or 123'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		},
		{
			id: 'actRecordDate',
			type: 'date',
			notInFuture: true,
			optional: true,
			label: { kk: 'Акт жазбасының күні', ru: 'Дата актовой записи', en: 'Date of the act record' },
			hint: {
				kk: 'Білсеңіз, мысалы 21.03.2010',
				ru: 'Если знаете, например 21.03.2010',
				en: 'If you know it, for example 21.03.2010'
			},
			source: 'form: Standard No. 219 annex 1 (not among the sources) — configurable'
		}
	],
	pages: [
		iinPage(),
		{
			id: 'document-kind',
			title: { kk: 'Құжат түрі', ru: 'Вид документа', en: 'Type of document' },
			fields: ['documentKind']
		},
		{
			id: 'certificate-kind',
			title: { kk: 'Қайталама куәлік', ru: 'Повторное свидетельство', en: 'Repeat certificate' },
			fields: ['certificateKind'],
			when: duplicate
		},
		{
			id: 'reference-kind',
			title: { kk: 'Анықтама', ru: 'Справка', en: 'Reference' },
			fields: ['referenceKind'],
			when: reference
		},
		{
			id: 'registered-where',
			title: { kk: 'Тіркелген жері мен уақыты', ru: 'Где и когда зарегистрирован', en: 'Where and when registered' },
			fields: ['registeredWhere']
		},
		{
			// A death record is never about the applicant: the deceased is asked on the next page.
			id: 'record-owner',
			title: { kk: 'Кім туралы', ru: 'О ком', en: 'Whom it is about' },
			fields: ['recordOwner'],
			when: act('birth', 'marriage', 'divorce', 'paternity', 'adoption', 'name-change')
		},
		{
			id: 'subject',
			title: {
				kk: 'Акт жазбасындағы адам',
				ru: 'Человек, о котором актовая запись',
				en: 'The person in the act record'
			},
			fields: ['subjectName', 'subjectBirthDate'],
			when: { any: [act('death'), { field: 'recordOwner', in: ['child', 'other'] }] }
		},
		{
			id: 'birth-place',
			title: { kk: 'Туған жері', ru: 'Место рождения', en: 'Place of birth' },
			fields: ['birthPlace'],
			when: act('birth', 'paternity', 'adoption')
		},
		{
			id: 'parents',
			title: {
				kk: 'Акт жазбасындағы ата-анасы',
				ru: 'Родители по актовой записи',
				en: 'The parents in the record'
			},
			fields: ['fatherName', 'motherName'],
			when: act('birth', 'paternity', 'adoption')
		},
		{
			id: 'spouse',
			title: { kk: 'Екінші жұбай', ru: 'Второй супруг', en: 'The other spouse' },
			fields: ['spouseName'],
			when: act('marriage', 'divorce')
		},
		{
			id: 'marriage',
			title: { kk: 'Неке қию', ru: 'Заключение брака', en: 'The marriage' },
			fields: ['marriageDate', 'marriagePlace'],
			when: act('marriage', 'divorce')
		},
		{
			id: 'divorce',
			title: { kk: 'Некені бұзу', ru: 'Расторжение брака', en: 'The divorce' },
			fields: ['divorceDate'],
			when: act('divorce')
		},
		{
			id: 'name-change',
			title: { kk: 'Ауыстыруға дейінгі аты-жөні', ru: 'ФИО до перемены', en: 'The name before the change' },
			fields: ['nameBeforeChange'],
			when: act('name-change')
		},
		{
			id: 'death',
			title: { kk: 'Қайтыс болу', ru: 'Смерть', en: 'The death' },
			fields: ['deathDate', 'deathPlace'],
			when: act('death')
		},
		{
			id: 'act-record',
			title: { kk: 'Акт жазбасы', ru: 'Актовая запись', en: 'The act record' },
			fields: ['actRecordNumber', 'actRecordDate']
		}
	],
	// Para 6 (L278): the documents of Standard §9 — not among the sources; the usual list, configurable.
	// The identity document is shown at the PSC when the result is collected (L323).
	documents: [
		{
			id: 'right-to-receive',
			name: {
				kk: 'Куәлікті немесе анықтаманы алуға құқығыңызды растайтын құжат',
				ru: 'Документ, подтверждающий ваше право на получение свидетельства или справки',
				en: 'A document showing your right to receive the certificate or reference'
			},
			hint: {
				kk: 'Мысалы, туыстығын растайтын куәлік, нотариат куәландырған сенімхат немесе мұрагерлік ісі бойынша нотариустың сұрауы',
				ru: 'Например, свидетельство о родстве, нотариальная доверенность или запрос нотариуса по наследственному делу',
				en: "For example, a certificate proving kinship, a notarised power of attorney, or a notary's request in an inheritance case"
			},
			when: { any: [act('death'), { field: 'recordOwner', equals: 'other' }] },
			maxFiles: 4,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'damaged-certificate',
			name: {
				kk: 'Бүлінген куәлік',
				ru: 'Испорченное свидетельство',
				en: 'The damaged certificate'
			},
			hint: {
				kk: 'Куәлік бүлінсе ғана; түпнұсқасын ХҚКО-ға тапсырасыз',
				ru: 'Только если свидетельство испорчено; оригинал сдаётся в ЦОН',
				en: 'Only if the certificate is damaged; you hand in the original at the PSC'
			},
			when: duplicate,
			optional: true,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		}
	]
};
