/**
 * The deterministic demo registries: departments, registering offices, persons with valid
 * IINs and birth act records. The same seed gives the same rows on every machine, so the
 * README's demo people and the tests can rely on them.
 */
import { checkDigit } from '../../src/lib/domain/iin.ts';

export interface Department {
	code: string;
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

export const departments: Department[] = [
	{
		code: 'ALA',
		kk: 'Алматы қаласының Әділет департаменті',
		ru: 'Департамент юстиции города Алматы',
		en: 'Department of Justice of Almaty'
	},
	{
		code: 'SHY',
		kk: 'Шымкент қаласының Әділет департаменті',
		ru: 'Департамент юстиции города Шымкент',
		en: 'Department of Justice of Shymkent'
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

export interface Registry {
	departments: Department[];
	offices: RegistryOffice[];
	persons: Person[];
	birthRecords: BirthActRecord[];
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
	return { departments, offices, persons, birthRecords };
}

const q = (value: string | number | null) =>
	value === null ? 'NULL' : typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;

/** SQL that (re)loads the registries; applications and certificates are left alone. */
export function registrySql(registry: Registry): string {
	const rows: string[] = [
		'DELETE FROM act_records WHERE id NOT IN (SELECT act_record_id FROM applications WHERE act_record_id IS NOT NULL);',
		...registry.departments.map(
			(d) => `INSERT OR REPLACE INTO departments VALUES (${q(d.code)}, ${q(d.kk)}, ${q(d.ru)}, ${q(d.en)});`
		),
		...registry.offices.map(
			(o) =>
				`INSERT OR REPLACE INTO registry_offices VALUES (${q(o.code)}, ${q(o.departmentCode)}, ${q(o.kk)}, ${q(o.ru)});`
		),
		...registry.persons.map(
			(p) =>
				`INSERT OR REPLACE INTO persons VALUES (${[p.iin, p.fullNameKk, p.fullNameRu, p.sex, p.birthDate, p.birthPlace.kk, p.birthPlace.ru].map(q).join(', ')});`
		),
		...registry.birthRecords.map(
			(r) =>
				`INSERT OR REPLACE INTO act_records VALUES (${[r.id, 'birth', r.number, r.registeredOn, r.officeCode, r.subjectIin, JSON.stringify(r.fields)].map(q).join(', ')});`
		)
	];
	return rows.join('\n');
}
