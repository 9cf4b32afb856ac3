import { iinField, iinPage } from './shared/iin.ts';
import { extensionClause, officeStep } from './shared/office-steps.ts';
import type { ServiceDefinition } from './types.ts';
import { almatyRegulation } from './shared/regulations.ts';

/**
 * «Азаматтық хал актілерінің жазбаларын қалпына келтіру» — regulation 6 of Almaty akimat resolution
 * No. 4/646 (23.11.2015), approved under the Standard of Order No. 219 of the Minister of Justice
 * (17.04.2015). Line numbers (L…) point into ../shared/seeds/003_b1512d3b75660422.txt (regulation 6:
 * L547–629); the detailed extraction is ../shared/spec/almaty-services-5-9.md §2.
 *
 * The regulation says nothing about the grounds for restoration (a court decision, archive checks)
 * nor about the documents: they are in the Standard (§9) and the Marriage and Family Code, not among
 * the sources. The questions about the grounds below are configurable defaults and say so.
 * Unlike the other Almaty services, its name has no «changes, additions and corrections» part,
 * so there is no `requestKind` choice.
 *
 * Only the provider's office procedure is modelled as steps. The PSC path (intake ≤ 15 min, transfer
 * 1 working day, provider 15 calendar days in total, issue 15 min: L608–612) is a matter of the channel.
 */
export const recordRestoration: ServiceDefinition = {
	id: 'record-restoration',
	name: {
		// Verbatim, regulation heading (L551) and para 1 (L554); identical in the resolution (L17).
		kk: 'Азаматтық хал актілерінің жазбаларын қалпына келтіру',
		// The source has no Russian text; the usual Russian name of the service.
		ru: 'Восстановление записей актов гражданского состояния',
		en: 'Restoration of civil status records'
	},
	shortName: {
		kk: 'Акт жазбасын қалпына келтіру',
		ru: 'Восстановление актовой записи',
		en: 'Record restoration'
	},
	description: {
		kk: 'Жоғалған немесе сақталмаған азаматтық хал актісі жазбасын қалпына келтіру. Нәтижесінде акт тіркелгені туралы қағаз куәлік беріледі.',
		ru: 'Восстановление утраченной или не сохранившейся записи акта гражданского состояния. Результат — бумажное свидетельство о регистрации акта.',
		en: 'Restores a civil status record that was lost or has not survived. You receive a paper certificate of the registration.'
	},
	group: 'civil-registration',
	regulation: {
		...almatyRegulation(6),
		source: '[003 reg. 6] L547–629'
	},
	provider: {
		// Para 1 (L554), «азаматтық жағдай» as in regulation 5.
		kk: 'Алматы қаласы әкімдігінің аудандар әкімдері аппараттарының азаматтық жағдай актілерін тіркеу бөлімдері',
		ru: 'Отделы регистрации актов гражданского состояния аппаратов акимов районов города Алматы',
		en: 'Civil registration departments of the offices of the district akims of Almaty'
	},
	// Para 1 (L555–557): the provider's office and the PSC only; no portal.
	channels: ['office', 'psc'],
	inPerson: {
		kk: 'Бұл қызмет порталда көрсетілмейді. Өтінішті осында дайындайсыз, содан кейін оны құжаттардың түпнұсқаларымен және жеке басыңызды куәландыратын құжатпен аудандық азаматтық хал актілерін тіркеу бөліміне немесе ХҚКО-ға өзіңіз апарасыз.',
		ru: 'Эта услуга не оказывается через портал. Здесь вы готовите заявление, затем предъявляете его вместе с оригиналами документов и удостоверением личности в районном отделе регистрации актов гражданского состояния или в ЦОН.',
		en: 'This service is not provided on the portal. You prepare the application here, then present it with the original documents and your identity document at a district civil registration department or a PSC.'
	},
	// Para 3 (L559): «қағаз түрінде».
	automation: 'manual',
	result: {
		// Para 4 (L560); para 5 (L561). Unlike the others, para 4 does not mention the identity document,
		// but the PSC issues only on it (L612).
		kk: 'Азаматтық хал актісінің тіркелуі туралы куәлік (қағаз түрінде)',
		ru: 'Свидетельство о регистрации акта гражданского состояния (на бумаге)',
		en: 'A certificate of the registration of the civil status act (on paper)'
	},
	// Para 5 (L562): «ақылы/тегін» — paid or free per Standard §7; neither the amount nor the free cases
	// are in the source. mrpMultiple 0.5: default, not from the sources — configure. No exemption is
	// modelled because the source does not say which restorations are free (open question).
	stateDuty: {
		mrpMultiple: 0.5,
		paymentWindowHours: 24,
		configurable: true,
		source:
			'[003 reg. 6] para 5, L562 («ақылы/тегін»); amount and free cases: Standard No. 219 §7 (not among the sources) — configurable'
	},
	// Para 7 (L569–575) = para 11 (L593–599).
	steps: [
		officeStep('registration', {
			duration: { minutes: 20 },
			source: '[003 reg. 6] para 7 item 1, L570; para 11 item 1, L594'
		}),
		officeStep('resolution', {
			duration: { hours: 1 },
			source: '[003 reg. 6] para 7 item 2, L571; para 11 item 2, L595'
		}),
		officeStep('review', {
			duration: { calendarDays: 15 },
			source: '[003 reg. 6] para 7 item 3, L572; para 11 item 3, L596'
		}),
		{
			id: 'act-record',
			actor: 'responsible-officer',
			name: {
				kk: 'Ақпараттық жүйеде акт жазбасын қалыптастыру және нәтижені дайындау',
				ru: 'Составление актовой записи в информационной системе и подготовка результата',
				en: 'Making the act record in the information system and preparing the result'
			},
			duration: { hours: 3 },
			source: '[003 reg. 6] para 7 item 4, L573; para 11 item 4, L597'
		},
		officeStep('signature', {
			duration: { hours: 1 },
			source: '[003 reg. 6] para 7 item 5, L574; para 11 item 5, L598'
		}),
		officeStep('issue', { duration: { minutes: 20 }, source: '[003 reg. 6] para 7 item 6, L575; para 11 item 6, L599' })
	],
	// Para 8 (L576), repeated after para 11 (L600): extra checks or requests to other state bodies.
	extension: extensionClause('[003 reg. 6] para 8, L576; L600'),
	fields: [
		iinField('[003 reg. 6] para 6, L568 (application per Standard annex 1 or 2)'),
		{
			id: 'recordKind',
			type: 'choice',
			label: {
				kk: 'Қандай акт жазбасын қалпына келтіру керек?',
				ru: 'Какую актовую запись нужно восстановить?',
				en: 'Which act record must be restored?'
			},
			options: [
				{ value: 'birth', label: { kk: 'Туу туралы', ru: 'О рождении', en: 'Birth' } },
				{ value: 'marriage', label: { kk: 'Неке қию туралы', ru: 'О заключении брака', en: 'Marriage' } },
				{ value: 'divorce', label: { kk: 'Некені бұзу туралы', ru: 'О расторжении брака', en: 'Divorce' } },
				{
					value: 'paternity',
					label: { kk: 'Әке болуды анықтау туралы', ru: 'Об установлении отцовства', en: 'Paternity' }
				},
				{
					value: 'adoption',
					label: { kk: 'Бала асырап алу туралы', ru: 'Об усыновлении (удочерении)', en: 'Adoption' }
				},
				{
					value: 'name-change',
					label: {
						kk: 'Атын, әкесінің атын, тегін ауыстыру туралы',
						ru: 'О перемене имени, отчества, фамилии',
						en: 'Change of name'
					}
				},
				{ value: 'death', label: { kk: 'Қайтыс болу туралы', ru: 'О смерти', en: 'Death' } }
			],
			// The kinds of act records registered by the Almaty departments (resolution para 1, L12–20).
			source: '[003 reg. 6] name, L551; result, L560 («азаматтық хал актісінің тіркелуі туралы куәлік»)'
		},
		{
			id: 'recordPersonName',
			type: 'personName',
			label: {
				kk: 'Акт жазбасы кімге қатысты? Тегі, аты, әкесінің аты',
				ru: 'На кого составлена актовая запись? Фамилия, имя, отчество',
				en: 'Who is the act record about? Surname, first name, patronymic'
			},
			hint: {
				kk: 'Тіркеу кезіндегі аты-жөні. Неке немесе некені бұзу туралы жазба үшін — жұбайлардың біреуі, қайтыс болу туралы жазба үшін — қайтыс болған адам',
				ru: 'ФИО на момент регистрации. Для записи о браке или разводе — один из супругов, для записи о смерти — умерший',
				en: 'The name at the time of registration. For a marriage or divorce record, one of the spouses; for a death record, the deceased'
			},
			source: 'silent — application form: Standard No. 219 annex 1 or 2 (not among the sources) — configurable'
		},
		{
			id: 'recordPersonBirthDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Оның туған күні',
				ru: 'Дата рождения этого человека',
				en: "That person's date of birth"
			},
			hint: { kk: 'Мысалы, 21.03.1960', ru: 'Например, 21.03.1960', en: 'For example, 21.03.1960' },
			source: 'silent — application form: Standard No. 219 annex 1 or 2 (not among the sources) — configurable'
		},
		{
			id: 'secondPersonName',
			type: 'personName',
			label: {
				kk: 'Екінші жұбайдың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество второго супруга',
				en: "The other spouse's surname, first name and patronymic"
			},
			hint: {
				kk: 'Тіркеу кезіндегі аты-жөні',
				ru: 'ФИО на момент регистрации',
				en: 'The name at the time of registration'
			},
			source: 'silent — application form: Standard No. 219 annex 1 or 2 (not among the sources) — configurable'
		},
		{
			id: 'registrationDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Шамамен тіркелген күні',
				ru: 'Примерная дата регистрации',
				en: 'Approximate date of registration'
			},
			hint: {
				kk: 'Нақты күнін білмесеңіз, есіңіздегі айдың немесе жылдың бірінші күнін жазыңыз, мысалы 01.01.1985',
				ru: 'Если точная дата неизвестна, укажите первое число месяца или года, который помните, например 01.01.1985',
				en: 'If you do not know the exact day, give the first day of the month or year you remember, for example 01.01.1985'
			},
			source: 'silent — application form: Standard No. 219 annex 1 or 2 (not among the sources) — configurable'
		},
		{
			id: 'registrationPlace',
			type: 'place',
			label: {
				kk: 'Қай жерде тіркелді?',
				ru: 'Где была зарегистрирована запись?',
				en: 'Where was it registered?'
			},
			hint: {
				kk: 'Тіркеген АХАЖ бөлімі немесе елді мекен, мысалы Алматы қ., Алмалы ауданы',
				ru: 'Отдел ЗАГС или населённый пункт, например г. Алматы, Алмалинский район',
				en: 'The registry office or settlement, for example Алматы, Алмалы district'
			},
			source: 'silent — application form: Standard No. 219 annex 1 or 2 (not among the sources) — configurable'
		},
		{
			id: 'restorationGrounds',
			type: 'choice',
			label: {
				kk: 'Қалпына келтіру негізі',
				ru: 'Основание восстановления',
				en: 'Grounds for restoration'
			},
			options: [
				{
					value: 'court-decision',
					label: {
						kk: 'Азаматтық хал актісін тіркеу фактісін анықтау туралы сот шешімі',
						ru: 'Решение суда об установлении факта регистрации акта гражданского состояния',
						en: 'A court decision establishing the fact of registration'
					}
				},
				{
					value: 'other-documents',
					label: {
						kk: 'Жазба сақталмаған, бірақ тіркелгенін растайтын құжаттар бар',
						ru: 'Запись не сохранилась, но есть документы, подтверждающие регистрацию',
						en: 'The record has not survived, but documents prove the registration'
					},
					hint: {
						kk: 'Мысалы, бұрын берілген куәлік немесе оның көшірмесі',
						ru: 'Например, ранее выданное свидетельство или его копия',
						en: 'For example, a certificate issued earlier or a copy of it'
					}
				}
			],
			source:
				'silent — grounds are in the Standard No. 219 §9 and the Marriage and Family Code (not among the sources) — configurable'
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
			source: 'silent — configurable (see restorationGrounds)'
		},
		{
			id: 'courtDecisionDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Сот шешімінің күні', ru: 'Дата решения суда', en: 'Date of the court decision' },
			hint: { kk: 'Мысалы, 15.02.2024', ru: 'Например, 15.02.2024', en: 'For example, 15.02.2024' },
			source: 'silent — configurable (see restorationGrounds)'
		},
		{
			id: 'groundsDescription',
			type: 'text',
			label: {
				kk: 'Жазба қалай жоғалды және тіркелгенін қандай құжаттар растайды?',
				ru: 'Как была утрачена запись и какие документы подтверждают регистрацию?',
				en: 'How was the record lost, and which documents prove the registration?'
			},
			hint: {
				kk: 'Мысалы: мұрағат өртенген, менде 1985 жылы берілген туу туралы куәлік бар',
				ru: 'Например: архив сгорел, у меня есть свидетельство о рождении, выданное в 1985 году',
				en: 'For example: the archive burned down; I have the birth certificate issued in 1985'
			},
			source: 'silent — configurable (see restorationGrounds)'
		}
	],
	pages: [
		iinPage(),
		{
			id: 'record-kind',
			title: { kk: 'Акт жазбасының түрі', ru: 'Вид актовой записи', en: 'Kind of act record' },
			fields: ['recordKind']
		},
		{
			id: 'record-person',
			title: { kk: 'Жазба кімге қатысты', ru: 'О ком запись', en: 'Who the record is about' },
			fields: ['recordPersonName', 'recordPersonBirthDate']
		},
		{
			id: 'second-spouse',
			title: { kk: 'Екінші жұбай', ru: 'Второй супруг', en: 'The other spouse' },
			fields: ['secondPersonName'],
			when: { field: 'recordKind', in: ['marriage', 'divorce'] }
		},
		{
			id: 'registration',
			title: {
				kk: 'Қашан және қай жерде тіркелді',
				ru: 'Когда и где зарегистрирована',
				en: 'When and where it was registered'
			},
			fields: ['registrationDate', 'registrationPlace']
		},
		{
			id: 'grounds',
			title: { kk: 'Қалпына келтіру негізі', ru: 'Основание', en: 'Grounds' },
			fields: ['restorationGrounds']
		},
		{
			id: 'court-decision',
			title: { kk: 'Сот шешімі', ru: 'Решение суда', en: 'Court decision' },
			fields: ['courtName', 'courtDecisionDate'],
			when: { field: 'restorationGrounds', equals: 'court-decision' }
		},
		{
			id: 'other-grounds',
			title: {
				kk: 'Тіркелгенін растайтын құжаттар',
				ru: 'Документы, подтверждающие регистрацию',
				en: 'Documents proving the registration'
			},
			fields: ['groundsDescription'],
			when: { field: 'restorationGrounds', equals: 'other-documents' }
		}
	],
	// Para 6 (L568): the documents of Standard §9 — not among the sources; the usual list, configurable.
	documents: [
		{
			id: 'court-decision',
			name: {
				kk: 'Заңды күшіне енген сот шешімі',
				ru: 'Вступившее в законную силу решение суда',
				en: 'The court decision in legal force'
			},
			when: { field: 'restorationGrounds', equals: 'court-decision' },
			maxFiles: 10,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'proof-of-registration',
			name: {
				kk: 'Тіркелгенін растайтын құжаттар',
				ru: 'Документы, подтверждающие регистрацию',
				en: 'Documents proving the registration'
			},
			hint: {
				kk: 'Бұрын берілген куәлік, оның көшірмесі немесе басқа құжаттар',
				ru: 'Ранее выданное свидетельство, его копия или другие документы',
				en: 'A certificate issued earlier, a copy of it or other documents'
			},
			when: { field: 'restorationGrounds', equals: 'other-documents' },
			maxFiles: 10,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		},
		{
			id: 'archive-reference',
			name: {
				kk: 'Акт жазбасының жоқтығы туралы мұрағаттық анықтама',
				ru: 'Архивная справка об отсутствии актовой записи',
				en: 'Archive reference that the act record is missing'
			},
			hint: {
				kk: 'Бар болса тіркеңіз',
				ru: 'Приложите, если она у вас есть',
				en: 'Attach it if you have one'
			},
			optional: true,
			maxFiles: 2,
			source: 'Standard No. 219 §9 (not among the sources) — configurable'
		}
	]
};
