/**
 * The deterministic demo registries: departments, registering offices, persons with valid
 * IINs and birth act records. The same seed gives the same rows on every machine, so the
 * README's demo people and the tests can rely on them.
 */
import { checkDigit } from '../../src/lib/domain/iin.ts';

export interface Department {
	code: string;
	/** The region (migration 0004's `regions.code`) whose registry certificates it signs. */
	region: string;
	kk: string;
	ru: string;
	en: string;
}
export interface RegistryOffice {
	code: string;
	departmentCode: string;
	kk: string;
	ru: string;
	number: string;
}
export interface Person {
	iin: string;
	fullNameKk: string;
	fullNameRu: string;
	sex: 'male' | 'female';
	birthDate: string;
	birthPlace: { kk: string; ru: string };
}
export interface BirthActFields {
	father: { kk: string; ru: string } | null;
	mother: { kk: string; ru: string };
	placeOfBirth: { kk: string; ru: string };
}
export interface BirthActRecord {
	id: number;
	number: string;
	registeredOn: string;
	officeCode: string;
	subjectIin: string;
	fields: BirthActFields;
}

/**
 * The justice departments: each signs the certificates of its region with its own key (the
 * registering office's department signs civil references). ALA and SHY also hold the seed's
 * registering offices.
 */
export const departments: Department[] = [
	{
		code: 'ALA',
		region: 'almaty',
		kk: 'Алматы қаласының Әділет департаменті',
		ru: 'Департамент юстиции города Алматы',
		en: 'Department of Justice of Almaty'
	},
	{
		code: 'SHY',
		region: 'shymkent',
		kk: 'Шымкент қаласының Әділет департаменті',
		ru: 'Департамент юстиции города Шымкент',
		en: 'Department of Justice of Shymkent'
	},
	{
		code: 'AST',
		region: 'astana',
		kk: 'Астана қаласының Әділет департаменті',
		ru: 'Департамент юстиции города Астаны',
		en: 'Department of Justice of Astana'
	},
	{
		code: 'ABA',
		region: 'abai',
		kk: 'Абай облысының Әділет департаменті',
		ru: 'Департамент юстиции области Абай',
		en: 'Department of Justice of Abai Region'
	},
	{
		code: 'AKM',
		region: 'akmola',
		kk: 'Ақмола облысының Әділет департаменті',
		ru: 'Департамент юстиции Акмолинской области',
		en: 'Department of Justice of Akmola Region'
	},
	{
		code: 'AKT',
		region: 'aktobe',
		kk: 'Ақтөбе облысының Әділет департаменті',
		ru: 'Департамент юстиции Актюбинской области',
		en: 'Department of Justice of Aktobe Region'
	},
	{
		code: 'ALO',
		region: 'almaty-region',
		kk: 'Алматы облысының Әділет департаменті',
		ru: 'Департамент юстиции Алматинской области',
		en: 'Department of Justice of Almaty Region'
	},
	{
		code: 'ATR',
		region: 'atyrau',
		kk: 'Атырау облысының Әділет департаменті',
		ru: 'Департамент юстиции Атырауской области',
		en: 'Department of Justice of Atyrau Region'
	},
	{
		code: 'ZKO',
		region: 'west-kazakhstan',
		kk: 'Батыс Қазақстан облысының Әділет департаменті',
		ru: 'Департамент юстиции Западно-Казахстанской области',
		en: 'Department of Justice of West Kazakhstan Region'
	},
	{
		code: 'ZHA',
		region: 'zhambyl',
		kk: 'Жамбыл облысының Әділет департаменті',
		ru: 'Департамент юстиции Жамбылской области',
		en: 'Department of Justice of Zhambyl Region'
	},
	{
		code: 'ZHE',
		region: 'zhetisu',
		kk: 'Жетісу облысының Әділет департаменті',
		ru: 'Департамент юстиции области Жетісу',
		en: 'Department of Justice of Zhetisu Region'
	},
	{
		code: 'KAR',
		region: 'karaganda',
		kk: 'Қарағанды облысының Әділет департаменті',
		ru: 'Департамент юстиции Карагандинской области',
		en: 'Department of Justice of Karaganda Region'
	},
	{
		code: 'KOS',
		region: 'kostanay',
		kk: 'Қостанай облысының Әділет департаменті',
		ru: 'Департамент юстиции Костанайской области',
		en: 'Department of Justice of Kostanay Region'
	},
	{
		code: 'KZO',
		region: 'kyzylorda',
		kk: 'Қызылорда облысының Әділет департаменті',
		ru: 'Департамент юстиции Кызылординской области',
		en: 'Department of Justice of Kyzylorda Region'
	},
	{
		code: 'MAN',
		region: 'mangystau',
		kk: 'Маңғыстау облысының Әділет департаменті',
		ru: 'Департамент юстиции Мангистауской области',
		en: 'Department of Justice of Mangystau Region'
	},
	{
		code: 'PAV',
		region: 'pavlodar',
		kk: 'Павлодар облысының Әділет департаменті',
		ru: 'Департамент юстиции Павлодарской области',
		en: 'Department of Justice of Pavlodar Region'
	},
	{
		code: 'SKO',
		region: 'north-kazakhstan',
		kk: 'Солтүстік Қазақстан облысының Әділет департаменті',
		ru: 'Департамент юстиции Северо-Казахстанской области',
		en: 'Department of Justice of North Kazakhstan Region'
	},
	{
		code: 'TUR',
		region: 'turkistan',
		kk: 'Түркістан облысының Әділет департаменті',
		ru: 'Департамент юстиции Туркестанской области',
		en: 'Department of Justice of Turkistan Region'
	},
	{
		code: 'ULY',
		region: 'ulytau',
		kk: 'Ұлытау облысының Әділет департаменті',
		ru: 'Департамент юстиции области Ұлытау',
		en: 'Department of Justice of Ulytau Region'
	},
	{
		code: 'VKO',
		region: 'east-kazakhstan',
		kk: 'Шығыс Қазақстан облысының Әділет департаменті',
		ru: 'Департамент юстиции Восточно-Казахстанской области',
		en: 'Department of Justice of East Kazakhstan Region'
	}
];

export const offices: RegistryOffice[] = [
	{
		code: 'ALA-ALM',
		departmentCode: 'ALA',
		number: '751',
		kk: 'Алматы қаласы Алмалы ауданының АХАЖ бөлімі',
		ru: 'Отдел ЗАГС Алмалинского района города Алматы'
	},
	{
		code: 'ALA-BOS',
		departmentCode: 'ALA',
		number: '752',
		kk: 'Алматы қаласы Бостандық ауданының АХАЖ бөлімі',
		ru: 'Отдел ЗАГС Бостандыкского района города Алматы'
	},
	{
		code: 'ALA-MED',
		departmentCode: 'ALA',
		number: '753',
		kk: 'Алматы қаласы Медеу ауданының АХАЖ бөлімі',
		ru: 'Отдел ЗАГС Медеуского района города Алматы'
	},
	{
		code: 'SHY-ALF',
		departmentCode: 'SHY',
		number: '791',
		kk: 'Шымкент қаласы Әл-Фараби ауданының АХАЖ бөлімі',
		ru: 'Отдел ЗАГС района Аль-Фараби города Шымкент'
	},
	{
		code: 'SHY-ABA',
		departmentCode: 'SHY',
		number: '792',
		kk: 'Шымкент қаласы Абай ауданының АХАЖ бөлімі',
		ru: 'Отдел ЗАГС Абайского района города Шымкент'
	}
];

const cities = {
	ALA: { kk: 'Алматы', ru: 'Алматы' },
	SHY: { kk: 'Шымкент', ru: 'Шымкент' }
};

// [Kazakh spelling, Russian spelling] — the registry keeps both, as documents print both.
export const maleNames: [string, string][] = [
	['Нұрлан', 'Нурлан'],
	['Ербол', 'Ербол'],
	['Асқар', 'Аскар'],
	['Дәурен', 'Даурен'],
	['Ғалым', 'Галым'],
	['Серік', 'Серик'],
	['Қанат', 'Канат'],
	['Өмір', 'Омир'],
	['Әділ', 'Адиль'],
	['Бауыржан', 'Бауыржан'],
	['Ерлан', 'Ерлан'],
	['Мұрат', 'Мурат'],
	['Төлеген', 'Тулеген'],
	['Жандос', 'Жандос'],
	['Іскендір', 'Искендир']
];
export const femaleNames: [string, string][] = [
	['Гүлнұр', 'Гульнур'],
	['Айгүл', 'Айгуль'],
	['Әсел', 'Асель'],
	['Жанар', 'Жанар'],
	['Ақмарал', 'Акмарал'],
	['Сәуле', 'Сауле'],
	['Мөлдір', 'Молдир'],
	['Іңкәр', 'Инкар'],
	['Гүлмира', 'Гульмира'],
	['Дана', 'Дана'],
	['Аружан', 'Аружан'],
	['Ләззат', 'Ляззат'],
	['Нәзира', 'Назира'],
	['Салтанат', 'Салтанат'],
	['Һадиша', 'Хадиша']
];
// Surname stems; the surname is stem + -ов/-ова (-ев/-ева after a soft ending).
export const surnameStems: [string, string][] = [
	['Әбілқасым', 'Абилкасым'],
	['Жақсыбек', 'Жаксыбек'],
	['Тұрсынбай', 'Турсынбай'],
	['Нұрғали', 'Нургали'],
	['Сәрсенбай', 'Сарсенбай'],
	['Оспан', 'Оспан'],
	['Қасым', 'Касым'],
	['Бекмұхамбет', 'Бекмухамбет'],
	['Серікбай', 'Серикбай'],
	['Мұқан', 'Мукан'],
	['Ыбырай', 'Ыбырай'],
	['Төлеу', 'Тулеу']
];

export function surname([kk, ru]: [string, string], sex: 'male' | 'female'): { kk: string; ru: string } {
	// Тұрсынбай → Тұрсынбаев, Нұрғали → Нұрғалиев, Оспан → Оспанов.
	const end = sex === 'female' ? 'а' : '';
	const form = (stem: string) =>
		(stem.endsWith('й') ? stem.slice(0, -1) + 'ев' : stem.endsWith('и') ? stem + 'ев' : stem + 'ов') + end;
	return { kk: form(kk), ru: form(ru) };
}

export function patronymic([kk, ru]: [string, string], sex: 'male' | 'female'): { kk: string; ru: string } {
	return sex === 'male' ? { kk: `${kk}ұлы`, ru: `${ru}улы` } : { kk: `${kk}қызы`, ru: `${ru}кызы` };
}

/** mulberry32: a tiny seeded generator, so the demo data are the same everywhere. */
export function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** An IIN for a birth date and sex; the serial is bumped until a check digit exists. */
export function makeIin(birthDate: string, sex: 'male' | 'female', serial: number): string {
	const [y, m, d] = birthDate.split('-');
	const centuryDigit = (Number(y) >= 2000 ? 5 : Number(y) >= 1900 ? 3 : 1) + (sex === 'female' ? 1 : 0);
	for (let s = serial; ; s++) {
		const first11 = `${y.slice(2)}${m}${d}${centuryDigit}${String(s % 10000).padStart(4, '0')}`;
		const check = checkDigit(first11);
		if (check !== null) return first11 + check;
	}
}

export function addDays(isoDate: string, days: number): string {
	return new Date(Date.parse(isoDate) + days * 86_400_000).toISOString().slice(0, 10);
}

function actNumber(office: RegistryOffice, registeredOn: string, sequence: number): string {
	// Pattern of the regulation's samples: TT-OOO-YY-NNNNNNN (10 = birth).
	return `10-${office.number}-${registeredOn.slice(2, 4)}-${String(sequence).padStart(7, '0')}`;
}

interface DemoSpec {
	iin: string;
	sex: 'male' | 'female';
	birthDate: string;
	officeCode: string;
	name: { kk: string; ru: string };
	father: { kk: string; ru: string } | null;
	mother: { kk: string; ru: string };
}

/** The two people named in the README, so that anyone can try the service. */
export const demoPeople: DemoSpec[] = [
	{
		iin: '900321401236',
		sex: 'female',
		birthDate: '1990-03-21',
		officeCode: 'ALA-ALM',
		name: { kk: 'Әбілқасымова Гүлнұр Өмірқызы', ru: 'Абилкасымова Гульнур Омиркызы' },
		father: { kk: 'Әбілқасымов Өмір Серікұлы', ru: 'Абилкасымов Омир Серикулы' },
		mother: { kk: 'Жақсыбекова Сәуле Ерланқызы', ru: 'Жаксыбекова Сауле Ерланкызы' }
	},
	{
		iin: '010715504561',
		sex: 'male',
		birthDate: '2001-07-15',
		officeCode: 'SHY-ALF',
		name: { kk: 'Сейітқали Нұрлан Ерболұлы', ru: 'Сейткали Нурлан Ерболулы' },
		father: { kk: 'Сейітқали Ербол Асқарұлы', ru: 'Сейткали Ербол Аскарулы' },
		mother: { kk: 'Тұрсынбаева Айгүл Қанатқызы', ru: 'Турсынбаева Айгуль Канаткызы' }
	}
];

/** A marriage, divorce or change-of-name record: its fields are the registration service's answers. */
export interface CivilActRecord {
	id: number;
	type: 'marriage' | 'divorce' | 'name-change';
	number: string;
	registeredOn: string;
	officeCode: string;
	subjectIin: string;
	fields: Record<string, string>;
}

export interface Registry {
	departments: Department[];
	offices: RegistryOffice[];
	persons: Person[];
	birthRecords: BirthActRecord[];
	/** The other records the archival references (annex 3) are about; see civilRecordsOf. */
	civilRecords: CivilActRecord[];
}

const familyName = (fullName: string) => fullName.split(' ')[0];

/**
 * The marriage, divorce and change-of-name records of the demo: Гүлнұр married in 2014 (she kept
 * her surname); Нұрлан changed the spelling of his surname from Сейткали to Сейітқали in 2019; and
 * the first couple of the generated persons married in 2005 and divorced in 2018. Numbered as the
 * office workflow numbers records (TT-OOO-YY-NNNNNNN; 11 marriage, 12 divorce, 15 change of name).
 */
function civilRecordsOf(persons: Person[]): CivilActRecord[] {
	const office = (code: string) => offices.find((o) => o.code === code)!;
	const number = (type: string, officeCode: string, on: string, n: number) =>
		`${type}-${office(officeCode).number}-${on.slice(2, 4)}-${String(n).padStart(7, '0')}`;
	const byIin = (iin: string) => persons.find((p) => p.iin === iin)!;
	const generated = persons.slice(2);
	const bornIn = (p: Person, from: number, to: number) =>
		Number(p.birthDate.slice(0, 4)) >= from && Number(p.birthDate.slice(0, 4)) <= to;
	const gulnur = byIin(demoPeople[0].iin);
	const nurlan = byIin(demoPeople[1].iin);
	const husband = generated.find((p) => p.sex === 'male' && bornIn(p, 1984, 1990))!;
	const man = generated.find((p) => p.sex === 'male' && bornIn(p, 1960, 1982) && p !== husband)!;
	const woman = generated.find((p) => p.sex === 'female' && bornIn(p, 1962, 1984))!;
	const spouseFields = (spouse: Person) => ({
		spouseIin: spouse.iin,
		spouseName: spouse.fullNameKk,
		spouseBirthDate: spouse.birthDate
	});
	return [
		{
			id: 1001,
			type: 'marriage',
			number: number('11', 'ALA-BOS', '2014-09-13', 412),
			registeredOn: '2014-09-13',
			officeCode: 'ALA-BOS',
			subjectIin: gulnur.iin,
			fields: {
				...spouseFields(husband),
				applicantSurnameAfter: familyName(gulnur.fullNameKk),
				spouseSurnameAfter: familyName(husband.fullNameKk)
			}
		},
		{
			id: 1002,
			type: 'name-change',
			number: number('15', 'SHY-ALF', '2019-05-20', 37),
			registeredOn: '2019-05-20',
			officeCode: 'SHY-ALF',
			subjectIin: nurlan.iin,
			fields: {
				currentSurname: 'Сейткали',
				currentGivenName: 'Нұрлан',
				currentPatronymic: 'Ерболұлы',
				newSurname: 'Сейітқали',
				newGivenName: 'Нұрлан',
				newPatronymic: 'Ерболұлы'
			}
		},
		{
			id: 1003,
			type: 'marriage',
			number: number('11', 'ALA-ALM', '2005-06-18', 288),
			registeredOn: '2005-06-18',
			officeCode: 'ALA-ALM',
			subjectIin: man.iin,
			fields: {
				...spouseFields(woman),
				applicantSurnameAfter: familyName(man.fullNameKk),
				spouseSurnameAfter: familyName(man.fullNameKk).replace(/в$/, 'ва')
			}
		},
		{
			id: 1004,
			type: 'divorce',
			number: number('12', 'ALA-ALM', '2018-02-07', 54),
			registeredOn: '2018-02-07',
			officeCode: 'ALA-ALM',
			subjectIin: man.iin,
			fields: {
				...spouseFields(woman),
				surnameAfterDivorce: familyName(man.fullNameKk),
				spouseSurnameAfterDivorce: familyName(woman.fullNameKk)
			}
		}
	];
}

/** `count` persons (at least the two demo people), each with a birth act record. */
export function buildRegistry(count = 60, seed = 2026): Registry {
	const next = random(seed);
	const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)];
	const specs: DemoSpec[] = [...demoPeople];
	const usedIins = new Set(specs.map((s) => s.iin));
	while (specs.length < count) {
		const sex = next() < 0.5 ? 'male' : 'female';
		const birthDate = addDays('1950-01-01', Math.floor(next() * 365.25 * 72));
		const fatherGiven = pick(maleNames);
		const stem = pick(surnameStems);
		const given = sex === 'male' ? pick(maleNames) : pick(femaleNames);
		const own = { kk: surname(stem, sex).kk, ru: surname(stem, sex).ru };
		const pat = patronymic(fatherGiven, sex);
		const motherStem = pick(surnameStems);
		const motherGiven = pick(femaleNames);
		const motherPat = patronymic(pick(maleNames), 'female');
		const iin = makeIin(birthDate, sex, Math.floor(next() * 9000) + 1000);
		if (usedIins.has(iin)) continue;
		usedIins.add(iin);
		// About one in twelve birth records has no father entered, as real records sometimes do.
		const father =
			next() < 0.08
				? null
				: {
						kk: `${surname(stem, 'male').kk} ${fatherGiven[0]} ${patronymic(pick(maleNames), 'male').kk}`,
						ru: `${surname(stem, 'male').ru} ${fatherGiven[1]} ${patronymic(pick(maleNames), 'male').ru}`
					};
		specs.push({
			iin,
			sex,
			birthDate,
			officeCode: pick(offices).code,
			name: { kk: `${own.kk} ${given[0]} ${pat.kk}`, ru: `${own.ru} ${given[1]} ${pat.ru}` },
			father,
			mother: {
				kk: `${surname(motherStem, 'female').kk} ${motherGiven[0]} ${motherPat.kk}`,
				ru: `${surname(motherStem, 'female').ru} ${motherGiven[1]} ${motherPat.ru}`
			}
		});
	}
	const sequences = new Map<string, number>();
	const persons: Person[] = [];
	const birthRecords: BirthActRecord[] = [];
	specs.forEach((spec, index) => {
		const office = offices.find((o) => o.code === spec.officeCode)!;
		const place = cities[office.departmentCode as keyof typeof cities];
		const registeredOn = addDays(spec.birthDate, 3 + (index % 18));
		const key = `${office.code}-${registeredOn.slice(0, 4)}`;
		const sequence = (sequences.get(key) ?? 100 + index) + 1;
		sequences.set(key, sequence);
		persons.push({
			iin: spec.iin,
			fullNameKk: spec.name.kk,
			fullNameRu: spec.name.ru,
			sex: spec.sex,
			birthDate: spec.birthDate,
			birthPlace: place
		});
		birthRecords.push({
			id: index + 1,
			number: actNumber(office, registeredOn, sequence),
			registeredOn,
			officeCode: office.code,
			subjectIin: spec.iin,
			fields: { father: spec.father, mother: spec.mother, placeOfBirth: place }
		});
	});
	return { departments, offices, persons, birthRecords, civilRecords: civilRecordsOf(persons) };
}

const q = (value: string | number | null) =>
	value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;

/** SQL that (re)loads the registries; applications and certificates are left alone. */
export function registrySql(registry: Registry): string {
	const rows: string[] = [
		'DELETE FROM act_records WHERE id NOT IN (SELECT act_record_id FROM applications WHERE act_record_id IS NOT NULL);',
		...registry.departments.map(
			(d) =>
				`INSERT OR REPLACE INTO departments (code, name_kk, name_ru, name_en, region_code) VALUES (${q(d.code)}, ${q(d.kk)}, ${q(d.ru)}, ${q(d.en)}, ${q(d.region)});`
		),
		...registry.offices.map(
			(o) =>
				`INSERT OR REPLACE INTO registry_offices VALUES (${q(o.code)}, ${q(o.departmentCode)}, ${q(o.kk)}, ${q(o.ru)});`
		),
		...registry.persons.map(
			(p) =>
				`INSERT OR REPLACE INTO persons VALUES (${[p.iin, p.fullNameKk, p.fullNameRu, p.sex, p.birthDate, p.birthPlace.kk, p.birthPlace.ru].map(q).join(', ')});`
		),
		...[...registry.birthRecords.map((r) => ({ ...r, type: 'birth' })), ...registry.civilRecords].map(
			(r) =>
				`INSERT OR REPLACE INTO act_records VALUES (${[r.id, r.type, r.number, r.registeredOn, r.officeCode, r.subjectIin, JSON.stringify(r.fields)].map(q).join(', ')});`
		)
	];
	return rows.join('\n');
}
