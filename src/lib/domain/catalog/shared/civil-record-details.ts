import type { FieldDefinition } from '../../fields/types.ts';
import type { ServiceDefinition } from '../types.ts';

/**
 * What Order No. 236 asks the person to state so that their birth, marriage, divorce or name-change
 * act record can be found (process 7 of annex 1 and of annex 3, word for word the same): for a birth
 * «туған күні және жері туралы мәліметті және ата-анасы туралы мәліметті»; for a marriage and a divorce
 * «жұбайы (зайыбы) туралы, некеге тұрған жері мен күні туралы мәліметтерді» — the source asks the
 * MARRIAGE's place and date for a divorce too [sic], so the divorce's own place and date are asked
 * besides; for a name change «ауыстырғанға дейінгі тегін».
 *
 * Pure data builders: each call returns new objects; the citations are the annex's own.
 */

/** The fields, in order; `source` cites each group: birth (4 fields), marriage (4), divorce (2), name change (1). */
export function recordDetailFields(source: {
	birth: string;
	marriage: string;
	divorce: string;
	nameChange: string;
}): FieldDefinition[] {
	return [
		{
			id: 'birthDate',
			type: 'date',
			notInFuture: true,
			matchesBirthDateOf: 'iin',
			label: { kk: 'Туған күніңіз', ru: 'Дата рождения', en: 'Date of birth' },
			hint: { kk: 'Мысалы, 21.03.1990', ru: 'Например, 21.03.1990', en: 'For example, 21.03.1990' },
			source: source.birth
		},
		{
			id: 'placeOfBirth',
			type: 'place',
			label: { kk: 'Туған жеріңіз', ru: 'Место рождения', en: 'Place of birth' },
			hint: {
				kk: 'Қала немесе елді мекен, мысалы Алматы',
				ru: 'Город или населённый пункт, например Алматы',
				en: 'City or settlement, for example Алматы'
			},
			source: source.birth
		},
		{
			id: 'fatherName',
			type: 'personName',
			optional: true,
			label: {
				kk: 'Әкеңіздің тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество отца',
				en: "Father's surname, first name and patronymic"
			},
			hint: {
				kk: 'Туу туралы акт жазбасында әкесі көрсетілмесе, бос қалдырыңыз',
				ru: 'Оставьте пустым, если отец не указан в актовой записи',
				en: 'Leave empty if no father is recorded in the birth act'
			},
			source: source.birth
		},
		{
			id: 'motherName',
			type: 'personName',
			label: {
				kk: 'Анаңыздың тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество матери',
				en: "Mother's surname, first name and patronymic"
			},
			source: source.birth
		},
		{
			id: 'spouseName',
			type: 'personName',
			label: {
				kk: 'Жұбайыңыздың (зайыбыңыздың) тегі, аты, әкесінің аты',
				ru: 'Фамилия, имя, отчество супруга (супруги)',
				en: "Spouse's surname, first name and patronymic"
			},
			hint: {
				kk: 'Некеге тұрған кездегі тегімен, мысалы Ахметова Айгүл Серікқызы',
				ru: 'С фамилией на момент заключения брака, например Ахметова Айгуль Сериковна',
				en: 'With the surname at the time of the marriage, for example Ахметова Айгүл Серікқызы'
			},
			source: source.marriage
		},
		{
			id: 'spouseBirthDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Жұбайыңыздың (зайыбыңыздың) туған күні',
				ru: 'Дата рождения супруга (супруги)',
				en: "Spouse's date of birth"
			},
			hint: { kk: 'Мысалы, 26.11.1978', ru: 'Например, 26.11.1978', en: 'For example, 26.11.1978' },
			// The marriage and divorce references print both spouses' dates of birth ([000 annex 3] L1392–1445).
			source: source.marriage
		},
		{
			id: 'marriagePlace',
			type: 'place',
			label: { kk: 'Неке тіркелген жер', ru: 'Место регистрации брака', en: 'Where the marriage was registered' },
			hint: {
				kk: 'Қала немесе аудан, мысалы Ақмола облысы, Ақкөл ауданы',
				ru: 'Город или район, например Акмолинская область, Аккольский район',
				en: 'City or district, for example Ақмола облысы, Ақкөл ауданы'
			},
			source: source.marriage
		},
		{
			id: 'marriageDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Неке тіркелген күн', ru: 'Дата регистрации брака', en: 'Date of the marriage registration' },
			hint: { kk: 'Мысалы, 18.08.2009', ru: 'Например, 18.08.2009', en: 'For example, 18.08.2009' },
			source: source.marriage
		},
		{
			id: 'divorcePlace',
			type: 'place',
			label: {
				kk: 'Неке бұзу тіркелген жер',
				ru: 'Место регистрации расторжения брака',
				en: 'Where the divorce was registered'
			},
			hint: {
				kk: 'Қала немесе аудан, мысалы Қарағанды',
				ru: 'Город или район, например Караганда',
				en: 'City or district, for example Қарағанды'
			},
			source: source.divorce
		},
		{
			id: 'divorceDate',
			type: 'date',
			notInFuture: true,
			label: {
				kk: 'Неке бұзу тіркелген күн',
				ru: 'Дата регистрации расторжения брака',
				en: 'Date of the divorce registration'
			},
			hint: { kk: 'Мысалы, 18.08.2009', ru: 'Например, 18.08.2009', en: 'For example, 18.08.2009' },
			source: source.divorce
		},
		{
			id: 'surnameBeforeChange',
			type: 'personName',
			label: {
				kk: 'Ауыстырғанға дейінгі тегіңіз',
				ru: 'Ваша фамилия до перемены',
				en: 'Your surname before the change'
			},
			hint: { kk: 'Мысалы, Кожахметов', ru: 'Например, Кожахметов', en: 'For example, Кожахметов' },
			source: source.nameChange
		}
	];
}

/**
 * Their pages, each asked only for its kind of record; `kindField` is the service's choice of
 * certificate or reference, whose values are 'birth', 'marriage', 'divorce', 'name-change'.
 */
export function recordDetailPages(kindField: string): ServiceDefinition['pages'] {
	return [
		{
			id: 'birth',
			title: { kk: 'Туған күні және жері', ru: 'Дата и место рождения', en: 'Date and place of birth' },
			fields: ['birthDate', 'placeOfBirth'],
			when: { field: kindField, equals: 'birth' }
		},
		{
			id: 'parents',
			title: { kk: 'Ата-анасы туралы мәліметтер', ru: 'Сведения о родителях', en: 'Parents' },
			fields: ['fatherName', 'motherName'],
			when: { field: kindField, equals: 'birth' }
		},
		{
			id: 'spouse',
			title: { kk: 'Жұбайы (зайыбы) туралы мәліметтер', ru: 'Сведения о супруге', en: 'Spouse' },
			fields: ['spouseName', 'spouseBirthDate'],
			when: { field: kindField, in: ['marriage', 'divorce'] }
		},
		{
			id: 'marriage',
			title: {
				kk: 'Некеге тұрған жері мен күні',
				ru: 'Место и дата заключения брака',
				en: 'Place and date of the marriage'
			},
			fields: ['marriagePlace', 'marriageDate'],
			when: { field: kindField, in: ['marriage', 'divorce'] }
		},
		{
			id: 'divorce',
			title: {
				kk: 'Неке бұзу тіркелген жері мен күні',
				ru: 'Место и дата расторжения брака',
				en: 'Place and date of the divorce'
			},
			fields: ['divorcePlace', 'divorceDate'],
			when: { field: kindField, equals: 'divorce' }
		},
		{
			id: 'name-change',
			title: { kk: 'Ауыстырғанға дейінгі тегі', ru: 'Фамилия до перемены', en: 'Surname before the change' },
			fields: ['surnameBeforeChange'],
			when: { field: kindField, equals: 'name-change' }
		}
	];
}
