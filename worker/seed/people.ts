/**
 * Many persons for the benchmark seed: the Individuals database at the scale of a region. The
 * names follow how people in Kazakhstan are registered: Kazakh surnames in -ов/-ева with
 * patronymics in -ұлы/-қызы, surnames without a Russian ending (Сейітқали), and Russian, Korean,
 * German, Ukrainian and Tatar names written the same in both languages.
 */
import { checkDigit } from '../../src/lib/domain/iin.ts';
import { femaleNames, maleNames, patronymic, surname, surnameStems, type Person } from './registry.ts';
import { type RegionPlaces, regionPlaces } from './places.ts';
import { Rng, dateBetween } from './rng.ts';

type Pair = [string, string];

const moreMaleNames: Pair[] = [
	['Айбек', 'Айбек'],
	['Арман', 'Арман'],
	['Бекзат', 'Бекзат'],
	['Дархан', 'Дархан'],
	['Ерасыл', 'Ерасыл'],
	['Жасұлан', 'Жасулан'],
	['Қайрат', 'Кайрат'],
	['Мақсат', 'Максат'],
	['Нұрсұлтан', 'Нурсултан'],
	['Олжас', 'Олжас'],
	['Рүстем', 'Рустем'],
	['Сұлтан', 'Султан'],
	['Тимур', 'Тимур'],
	['Ұлан', 'Улан'],
	['Шыңғыс', 'Шынгыс'],
	['Әлихан', 'Алихан'],
	['Ғани', 'Гани'],
	['Еркебұлан', 'Еркебулан'],
	['Мирас', 'Мирас'],
	['Біржан', 'Биржан'],
	['Талғат', 'Талгат'],
	['Абылай', 'Абылай'],
	['Бағдат', 'Багдат'],
	['Дәулет', 'Даулет'],
	['Есентай', 'Есентай']
];
const moreFemaleNames: Pair[] = [
	['Айжан', 'Айжан'],
	['Әйгерім', 'Айгерим'],
	['Балжан', 'Балжан'],
	['Гүлжан', 'Гульжан'],
	['Динара', 'Динара'],
	['Жұлдыз', 'Жулдыз'],
	['Зарина', 'Зарина'],
	['Қарлығаш', 'Карлыгаш'],
	['Күнсұлу', 'Кунсулу'],
	['Мәдина', 'Мадина'],
	['Назерке', 'Назерке'],
	['Перизат', 'Перизат'],
	['Раушан', 'Раушан'],
	['Толғанай', 'Толганай'],
	['Ұлжан', 'Улжан'],
	['Шынар', 'Шынар'],
	['Анар', 'Анар'],
	['Бибігүл', 'Бибигуль'],
	['Ғалия', 'Галия'],
	['Жібек', 'Жибек'],
	['Камила', 'Камила'],
	['Меруерт', 'Меруерт'],
	['Сымбат', 'Сымбат'],
	['Томирис', 'Томирис'],
	['Әлия', 'Алия']
];
const moreStems: Pair[] = [
	['Ахмет', 'Ахмет'],
	['Байжан', 'Байжан'],
	['Дүйсен', 'Дуйсен'],
	['Есім', 'Есим'],
	['Жұмабай', 'Жумабай'],
	['Ізбасар', 'Избасар'],
	['Құдайберген', 'Кудайберген'],
	['Мәлік', 'Малик'],
	['Нұрмағанбет', 'Нурмаганбет'],
	['Оразбай', 'Оразбай'],
	['Рахым', 'Рахым'],
	['Смағұл', 'Смагул'],
	['Тоқтар', 'Токтар'],
	['Уәли', 'Уали'],
	['Шәкен', 'Шакен'],
	['Әміржан', 'Амиржан'],
	['Бердібек', 'Бердибек'],
	['Ғабит', 'Габит'],
	['Иманғали', 'Имангали'],
	['Жанұзақ', 'Жанузак']
];
// Surnames written without a Russian ending since the 1990s.
const bareSurnames: Pair[] = [
	['Сейітқали', 'Сейткали'],
	['Бекмұхамбет', 'Бекмухамбет'],
	['Тоқтарұлы', 'Токтарулы'],
	['Ерғали', 'Ергали'],
	['Нұрмұхамед', 'Нурмухамед'],
	['Әбдірахман', 'Абдрахман'],
	['Жұмаділ', 'Жумадил'],
	['Қайыржан', 'Кайыржан']
];
// Written the same in both languages; `fathers` are patronymic stems (Петров-ич, Петров-на).
const otherFamilies: { surnames: Pair[]; male: string[]; female: string[]; fathers: string[] }[] = [
	{
		surnames: [
			['Иванов', 'Иванова'],
			['Смирнов', 'Смирнова'],
			['Кузнецов', 'Кузнецова'],
			['Попов', 'Попова'],
			['Соколов', 'Соколова'],
			['Морозов', 'Морозова'],
			['Волков', 'Волкова'],
			['Лебедев', 'Лебедева']
		],
		male: ['Сергей', 'Андрей', 'Александр', 'Дмитрий', 'Владимир', 'Николай', 'Игорь', 'Евгений'],
		female: ['Елена', 'Ольга', 'Наталья', 'Татьяна', 'Светлана', 'Ирина', 'Анна', 'Мария'],
		fathers: ['Петров', 'Иванов', 'Викторов', 'Михайлов', 'Васильев', 'Юрьев', 'Анатольев', 'Григорьев']
	},
	{
		surnames: [
			['Ким', 'Ким'],
			['Пак', 'Пак'],
			['Ли', 'Ли'],
			['Цой', 'Цой'],
			['Шевченко', 'Шевченко'],
			['Бондаренко', 'Бондаренко'],
			['Шмидт', 'Шмидт'],
			['Вагнер', 'Вагнер']
		],
		male: ['Вячеслав', 'Олег', 'Роман', 'Артур', 'Виталий', 'Денис', 'Константин', 'Эдуард'],
		female: ['Виктория', 'Людмила', 'Галина', 'Оксана', 'Юлия', 'Алла', 'Лариса', 'Инна'],
		fathers: ['Борисов', 'Геннадьев', 'Леонидов', 'Валерьев', 'Станиславов', 'Робертов', 'Эдуардов', 'Аркадьев']
	},
	{
		surnames: [
			['Хабибуллин', 'Хабибуллина'],
			['Галиев', 'Галиева'],
			['Сафин', 'Сафина'],
			['Юсупов', 'Юсупова'],
			['Алиев', 'Алиева'],
			['Мамедов', 'Мамедова'],
			['Рахимов', 'Рахимова'],
			['Умаров', 'Умарова']
		],
		male: ['Ринат', 'Руслан', 'Ильдар', 'Рустам', 'Марат', 'Азат', 'Тимур', 'Ильяс'],
		female: ['Гульнара', 'Альфия', 'Лейла', 'Эльмира', 'Диляра', 'Зульфия', 'Камила', 'Лилия'],
		fathers: ['Рашидов', 'Фаридов', 'Наилев', 'Ахмедов', 'Рафаэлев', 'Ильдусов', 'Шамилев', 'Камилев']
	}
];

const allMale = [...maleNames, ...moreMaleNames];
const allFemale = [...femaleNames, ...moreFemaleNames];
const allStems = [...surnameStems, ...moreStems];

/** A full name in Kazakh and Russian spelling. */
export function personName(rng: Rng, sex: 'male' | 'female'): { kk: string; ru: string } {
	const style = rng.weighted([
		['kazakh', 62],
		['bare', 12],
		['other', 26]
	] as const);
	if (style === 'other') {
		const family = rng.pick(otherFamilies);
		const [m, f] = rng.pick(family.surnames);
		const given = rng.pick(sex === 'male' ? family.male : family.female);
		const name = `${sex === 'male' ? m : f} ${given} ${rng.pick(family.fathers) + (sex === 'male' ? 'ич' : 'на')}`;
		return { kk: name, ru: name };
	}
	const given = rng.pick(sex === 'male' ? allMale : allFemale);
	const pat = patronymic(rng.pick(allMale), sex);
	const family =
		style === 'bare'
			? (() => {
					const [kk, ru] = rng.pick(bareSurnames);
					return { kk, ru };
				})()
			: surname(rng.pick(allStems), sex);
	return { kk: `${family.kk} ${given[0]} ${pat.kk}`, ru: `${family.ru} ${given[1]} ${pat.ru}` };
}

/** The town name alone, as a birth place: «Қарағанды қаласы» → «Қарағанды». */
export function birthPlaceOf(region: RegionPlaces): { kk: string; ru: string } {
	if (region.city) return { kk: region.kk.replace(/ қаласы$/, ''), ru: region.ru.replace(/^город /, '') };
	const centre = region.localities[0];
	return { kk: centre.kk.replace(/ қаласы$/, ''), ru: centre.ru.replace(/^город /, '') };
}

/**
 * Allocates IINs: a birth date, the century-and-sex digit, a serial and the check digit. Serials
 * count up per date and sex, skipping numbers that can have no check digit, and never repeat an
 * IIN already taken (the demo registry's).
 */
export class IinAllocator {
	private readonly serials = new Map<string, number>();
	private readonly taken: Set<string>;
	constructor(taken: Set<string>) {
		this.taken = taken;
	}
	allocate(birthDate: string, sex: 'male' | 'female'): string {
		const [y, m, d] = birthDate.split('-');
		const century = (Number(y) >= 2000 ? 5 : 3) + (sex === 'female' ? 1 : 0);
		const prefix = `${y.slice(2)}${m}${d}${century}`;
		// Serials start somewhere in the first half of the range, as issued numbers do.
		for (let serial = this.serials.get(prefix) ?? 100 + (Number(prefix) % 3989); serial < 10_000; serial++) {
			const first11 = prefix + String(serial).padStart(4, '0');
			const check = checkDigit(first11);
			if (check === null || this.taken.has(first11 + check)) continue;
			this.serials.set(prefix, serial + 1);
			this.taken.add(first11 + check);
			return first11 + check;
		}
		throw new Error(`no IIN left for ${prefix}`);
	}
}

/** `count` persons born 1940–2007 across the regions, none of them with an IIN in `taken`. */
export function* bulkPersons(count: number, seed: number, taken: Set<string>): Generator<Person> {
	const rng = new Rng(seed);
	const iins = new IinAllocator(taken);
	const regionWeights = regionPlaces.map((r) => [r, r.weight] as const);
	for (let i = 0; i < count; i++) {
		const sex = rng.chance(0.49) ? 'male' : 'female';
		const birthDate = dateBetween(rng, '1940-01-01', '2007-12-31');
		const name = personName(rng, sex);
		yield {
			iin: iins.allocate(birthDate, sex),
			fullNameKk: name.kk,
			fullNameRu: name.ru,
			sex,
			birthDate,
			birthPlace: birthPlaceOf(rng.weighted(regionWeights))
		};
	}
}
