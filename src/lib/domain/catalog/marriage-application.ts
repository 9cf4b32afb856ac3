import { iinField, iinPage } from './shared/iin.ts';
import type { ServiceDefinition } from './types.ts';
import { order236Annex } from './shared/regulations.ts';

/**
 * «Некеге тұруды тіркеуге өтініш беру» — Order No. 236 of the Minister of Justice (27.06.2011),
 * annex 2. Line numbers (L…) point into ../shared/seeds/000_24228dd2b4b3ac68.txt (annex 2:
 * L524–933); the detailed extraction is ../shared/spec/order-236-civil.md §2.
 *
 * The regulation lists no field at all (process 7, L651): the questions below — both future
 * spouses with their IIN, name and date of birth, the surnames after the marriage, the wished date
 * and place — are what the authorised body needs to check the facts that bar a marriage (process 9,
 * L669) and to set the time, date and place of the registration (process 10, L673).
 * Only the applicant signs with an EDS; the future spouse's consent is not handled by the source.
 *
 * The one-month wait before the registration is not in annex 2; it is the rule of the Almaty
 * marriage regulation ([003 reg. 2] L172), which follows the Marriage and Family Code.
 */
export const marriageApplication: ServiceDefinition = {
	id: 'marriage-application',
	name: {
		// Verbatim, annex heading (L533) and para 1 (L539); the order's para 1 (L25) has «тіркеу туралы».
		kk: 'Некеге тұруды тіркеуге өтініш беру',
		// The source has no Russian name; a careful translation.
		ru: 'Подача заявления на регистрацию заключения брака',
		en: 'Application for the registration of a marriage'
	},
	shortName: {
		kk: 'Некеге тұруға өтініш',
		ru: 'Заявление на регистрацию брака',
		en: 'Marriage application'
	},
	description: {
		kk: 'Некені тіркеуге өтініш беру. Уәкілетті орган деректерді тексеріп, некені тіркеудің уақытын, күнін және орнын хабарлайды; тіркеу әдетте өтініш берген күннен бір ай өткен соң жүргізіледі.',
		ru: 'Заявление на регистрацию брака. Уполномоченный орган проверит сведения и сообщит время, дату и место регистрации; обычно брак регистрируется через месяц после подачи заявления.',
		en: 'Apply to register your marriage. The authorised body checks the details and tells you the time, date and place of the registration, usually one month after you apply.'
	},
	// It leads to a registration, so it is listed with the registrations rather than the records.
	group: 'civil-registration',
	regulation: {
		...order236Annex(2),
		source: '[000 annex 2] L524–933'
	},
	provider: {
		// Para 1 (L539): the civil registry IS of the Committee of Registration Service and Legal Assistance;
		// the application is checked by the authorised body (definition 7: the territorial justice body).
		kk: 'Уәкілетті орган (аумақтық әділет органы), Әділет министрлігі Тіркеу қызметі және құқықтық көмек көрсету комитетінің «Азаматтық хал актілері жазбасы» ақпараттық жүйесі арқылы',
		ru: 'Уполномоченный орган (территориальный орган юстиции) через ИС «ЗАГС» Комитета регистрационной службы и оказания правовой помощи Министерства юстиции',
		en: 'The authorised body (the territorial justice body), through the civil registry information system of the Ministry of Justice’s Committee of Registration Service and Legal Assistance'
	},
	// Para 1 (L539): through the e-government portal only — no PSC. The kiosk is the portal in a PSC hall.
	channels: ['portal', 'kiosk'],
	// Para 3 (L547–549): «жартылай автоматтандырылған (өтініш беру үдерісі автоматтандырылған)».
	automation: 'partially-automated',
	result: {
		// Process 10 (L673); refusal: process 9 (L669). Sub-annex 5 (L887–891) has no template.
		kk: 'Уәкілетті органның некеге тұруды тіркеудің уақытын, күнін және орнын көрсеткен хабарламасы, ал некеге тұруға кедергі келтіретін фактілер анықталса — бас тарту туралы хабарлама.',
		ru: 'Уведомление уполномоченного органа с указанием времени, даты и места регистрации брака, а при выявлении обстоятельств, препятствующих браку, — уведомление об отказе.',
		en: 'The authorised body’s notice of the time, date and place of the marriage registration, or, where facts bar the marriage, a notice of refusal.'
	},
	// Process 8 (L659): «24 сағат ішінде бір айлық есептік көрсеткіш мөлшерінде мемлекетті [sic] баж».
	stateDuty: { mrpMultiple: 1, paymentWindowHours: 24, source: '[000 annex 2] para 6 item 11, L659–665' },
	// Sub-annex 3 (L808–880): 5 + 15 + 15 minutes. The third column repeats the second's action; its
	// outcome is the notice, which process 10 (L673) says states the time, date and place.
	steps: [
		{
			id: 'application-processing',
			actor: 'portal',
			name: { kk: 'Өтінішті өңдеу', ru: 'Обработка заявления', en: 'Processing the application' },
			duration: { minutes: 5 },
			source: '[000 annex 2] sub-annex 3, action 1, L826, L837, L854, L863'
		},
		{
			id: 'data-check',
			actor: 'responsible-officer',
			name: {
				kk: 'Өтініште көрсетілген деректерді тексеру',
				ru: 'Проверка сведений, указанных в заявлении',
				en: 'Checking the details given in the application'
			},
			duration: { minutes: 15 },
			source: '[000 annex 2] sub-annex 3, action 2, L827, L838–840, L855, L864; refusal: process 9, L669'
		},
		{
			id: 'registration-notice',
			actor: 'responsible-officer',
			name: {
				kk: 'Некеге тұруды тіркеу уақыты, күні және орны туралы хабарлама қалыптастыру',
				ru: 'Формирование уведомления о времени, дате и месте регистрации брака',
				en: 'Drawing up the notice of the time, date and place of the registration'
			},
			duration: { minutes: 15 },
			source: '[000 annex 2] sub-annex 3, action 3, L828, L841–843, L856, L865; process 10, L673'
		}
	],
	// Annex 2 is silent; [003 reg. 2] para 7 item 3 (L172): «…өтініш берген күннен бастап бір ай өткеннен кейін жүргізіледі».
	waitingPeriod: {
		duration: { months: 1 },
		source: 'silent in [000 annex 2]; [003 reg. 2] para 7 item 3, L172 (one month from the application)'
	},
	fields: [
		iinField('[000 annex 2] para 7, L679'),
		{
			id: 'applicantName',
			type: 'personName',
			label: {
				kk: 'Тегіңіз, атыңыз, әкеңіздің аты',
				ru: 'Ваши фамилия, имя, отчество',
				en: 'Your surname, first name and patronymic'
			},
			hint: {
				kk: 'Жеке куәлігіңіздегідей, мысалы Сейітов Нұрлан Асқарұлы',
				ru: 'Как в удостоверении личности, например Сейітов Нұрлан Асқарұлы',
				en: 'As on your identity card, for example Сейітов Нұрлан Асқарұлы'
			},
			source: 'silent — configurable: [000 annex 2] process 7 (L651) lists no fields'
		},
		{
			id: 'applicantBirthDate',
			type: 'date',
			notInFuture: true,
			matchesBirthDateOf: 'iin',
			label: { kk: 'Туған күніңіз', ru: 'Ваша дата рождения', en: 'Your date of birth' },
			hint: { kk: 'Мысалы, 11.09.1998', ru: 'Например, 11.09.1998', en: 'For example, 11.09.1998' },
			source: 'silent — configurable: [000 annex 2] process 7 (L651) lists no fields'
		},
		{
			id: 'spouseIin',
			type: 'iin',
			optional: true,
			label: {
				kk: 'Болашақ жұбайыңыздың (зайыбыңыздың) ЖСН-і',
				ru: 'ИИН будущего супруга (супруги)',
				en: 'Your future spouse’s IIN'
			},
			hint: {
				kk: 'ЖСН-і болмаса (мысалы, шетел азаматы), бос қалдырыңыз',
				ru: 'Оставьте пустым, если ИИН нет (например, у иностранного гражданина)',
				en: 'Leave empty if they have no IIN (a foreign citizen, for example)'
			},
			source: 'silent — configurable: [000 annex 2] process 7 (L651) lists no fields'
		},
		{
			id: 'spouseName',
			type: 'personName',
			label: {
				kk: 'Болашақ жұбайыңыздың (зайыбыңыздың) тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество будущего супруга (супруги)',
				en: 'Your future spouse’s surname, first name and patronymic'
			},
			hint: {
				kk: 'Жеке басын куәландыратын құжаттағыдай',
				ru: 'Как в документе, удостоверяющем личность',
				en: 'As on their identity document'
			},
			source: 'silent — configurable: [000 annex 2] process 7 (L651) lists no fields'
		},
		{
			id: 'spouseBirthDate',
			type: 'date',
			notInFuture: true,
			matchesBirthDateOf: 'spouseIin',
			label: {
				kk: 'Болашақ жұбайыңыздың (зайыбыңыздың) туған күні',
				ru: 'Дата рождения будущего супруга (супруги)',
				en: 'Your future spouse’s date of birth'
			},
			hint: { kk: 'Мысалы, 26.11.1999', ru: 'Например, 26.11.1999', en: 'For example, 26.11.1999' },
			source: 'silent — configurable: [000 annex 2] process 7 (L651) lists no fields'
		},
		// The marriage reference prints the surnames given after the marriage ([000 annex 3] L1420–1445).
		{
			id: 'surnameAfterMarriage',
			type: 'personName',
			label: {
				kk: 'Некеден кейінгі тегіңіз',
				ru: 'Ваша фамилия после заключения брака',
				en: 'Your surname after the marriage'
			},
			hint: {
				kk: 'Өз тегіңізді қалдыра аласыз немесе жұбайыңыздың тегін ала аласыз',
				ru: 'Можно сохранить свою фамилию или взять фамилию супруга',
				en: 'You may keep your own surname or take your spouse’s'
			},
			source:
				'silent — configurable: the surnames after the marriage, as the reference prints them ([000 annex 3] L1420–1445)'
		},
		{
			id: 'spouseSurnameAfterMarriage',
			type: 'personName',
			label: {
				kk: 'Болашақ жұбайыңыздың (зайыбыңыздың) некеден кейінгі тегі',
				ru: 'Фамилия будущего супруга (супруги) после заключения брака',
				en: 'Your future spouse’s surname after the marriage'
			},
			source:
				'silent — configurable: the surnames after the marriage, as the reference prints them ([000 annex 3] L1420–1445)'
		},
		{
			id: 'wishedDate',
			type: 'date',
			notInPast: true,
			// silent — configurable: how far ahead a date may be wished; the office books no further.
			monthsAhead: 6,
			label: {
				kk: 'Некені тіркеудің қалаған күні',
				ru: 'Желаемая дата регистрации брака',
				en: 'Preferred date of the registration'
			},
			hint: {
				kk: 'Өтініш берген күннен бір айдан ерте емес, алты айдан кеш емес. Нақты уақытын, күнін және орнын уәкілетті орган хабарлайды.',
				ru: 'Не раньше чем через месяц и не позже чем через шесть месяцев после подачи заявления. Точные время, дату и место сообщит уполномоченный орган.',
				en: 'No sooner than one month and no later than six months after you apply. The authorised body will confirm the exact time, date and place.'
			},
			source: '[000 annex 2] process 10, L673 (the time, date and place are set by the authorised body)'
		},
		{
			id: 'preferredPlace',
			type: 'place',
			label: {
				kk: 'Некені тіркеудің қалаған орны',
				ru: 'Желаемое место регистрации брака',
				en: 'Preferred place of the registration'
			},
			hint: {
				kk: 'Қала немесе аудан, мысалы Алматы қаласы, Медеу ауданы',
				ru: 'Город или район, например Алматы, Медеуский район',
				en: 'City or district, for example Алматы қаласы, Медеу ауданы'
			},
			source: '[000 annex 2] process 10, L673 (the time, date and place are set by the authorised body)'
		}
	],
	pages: [
		iinPage(),
		{
			id: 'applicant',
			title: { kk: 'Сіз туралы мәліметтер', ru: 'Сведения о вас', en: 'About you' },
			fields: ['applicantName', 'applicantBirthDate']
		},
		{
			id: 'spouse',
			title: {
				kk: 'Болашақ жұбайыңыз (зайыбыңыз) туралы мәліметтер',
				ru: 'Сведения о будущем супруге (супруге)',
				en: 'About your future spouse'
			},
			fields: ['spouseIin', 'spouseName', 'spouseBirthDate']
		},
		{
			id: 'surnames',
			title: { kk: 'Некеден кейінгі тектер', ru: 'Фамилии после заключения брака', en: 'Surnames after the marriage' },
			fields: ['surnameAfterMarriage', 'spouseSurnameAfterMarriage']
		},
		{
			id: 'date-and-place',
			title: {
				kk: 'Некені тіркеудің қалаған күні мен орны',
				ru: 'Желаемые дата и место регистрации',
				en: 'Preferred date and place'
			},
			fields: ['wishedDate', 'preferredPlace']
		}
	],
	// The regulation asks for no electronic copies (annex 2 has no document list).
	documents: []
};
