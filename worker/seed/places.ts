/**
 * Places for the demo registries: the 17 oblasts and the three cities of republican significance,
 * a few localities in each (city districts in the cities), streets in Kazakh and Russian, and the
 * bodies that register entities and rights or lay arrests there. Names of places are real; the
 * cadastral district codes, the registering bodies' number codes and the tax-office codes are
 * made up for the demo (the shape is right, the values are not the real lists).
 */

export interface Locality {
	kk: string; // as it is written inside an address, after the region
	ru: string;
	/** The second group of a cadastral number (three digits). */
	district: string;
	postcode: string;
	/** A city or town has flats; a village mostly houses on plots. */
	kind: 'city' | 'village';
}

export interface RegionPlaces {
	code: string; // regions.code
	cadastral: string; // regions.cadastral_code
	kk: string;
	ru: string;
	/** Russian genitive and prepositional: «Департамент юстиции города Алматы», «филиал … в городе Алматы». */
	ruGen: string;
	ruLoc: string;
	/** Population weight: where objects, people and entities are generated. */
	weight: number;
	/** The registering body's number code inside registration numbers (e.g. 18225-1901-ЖШС). */
	bodyCode: string;
	/** The first four digits of an RNN issued there. */
	taxCode: string;
	/** A city of republican significance: addresses start with the city and name the district. */
	city: boolean;
	localities: Locality[];
	/** Streets of this region besides the common ones. */
	streets: Street[];
}

export interface Street {
	kk: string;
	ru: string;
}

const st = (kk: string, ru: string): Street => ({ kk, ru });
// A street named after someone: «Абай көшесі» / «улица Абая», «Абай даңғылы» / «проспект Абая».
const street = (kk: string, ru: string): Street => st(`${kk} көшесі`, `улица ${ru}`);
const avenue = (kk: string, ru: string): Street => st(`${kk} даңғылы`, `проспект ${ru}`);
const microdistrict = (kk: string, ru: string): Street => st(`${kk} шағын ауданы`, `микрорайон ${ru}`);

/** Streets found in most towns of Kazakhstan. */
export const commonStreets: Street[] = [
	street('Абай', 'Абая'),
	street('Төле би', 'Толе би'),
	street('Жібек жолы', 'Жибек жолы'),
	street('Сәтбаев', 'Сатпаева'),
	street('Қабанбай батыр', 'Кабанбай батыра'),
	street('Бөгенбай батыр', 'Богенбай батыра'),
	street('Әуезов', 'Ауэзова'),
	street('Жамбыл', 'Жамбыла'),
	street('Құрманғазы', 'Курмангазы'),
	street('Кенесары', 'Кенесары'),
	street('Сейфуллин', 'Сейфуллина'),
	street('Байтұрсынұлы', 'Байтурсынулы'),
	street('Шоқан Уәлиханов', 'Шокана Уалиханова'),
	street('Ыбырай Алтынсарин', 'Ыбырая Алтынсарина'),
	street('Мағжан Жұмабаев', 'Магжана Жумабаева'),
	street('Әйтеке би', 'Айтеке би'),
	street('Қазыбек би', 'Казыбек би'),
	street('Наурызбай батыр', 'Наурызбай батыра'),
	street('Желтоқсан', 'Желтоксан'),
	street('Бейбітшілік', 'Бейбитшилик'),
	street('Гоголь', 'Гоголя'),
	street('Пушкин', 'Пушкина'),
	street('Гагарин', 'Гагарина'),
	street('Шевченко', 'Шевченко'),
	street('Мұхтар Мамин', 'Мухтара Мамина'),
	street('Ғабит Мүсірепов', 'Габита Мусрепова'),
	street('Тәттімбет', 'Таттимбета'),
	street('Ақан сері', 'Акан сери'),
	avenue('Тәуелсіздік', 'Тауелсиздик'),
	avenue('Республика', 'Республики'),
	avenue('Абылай хан', 'Абылай хана'),
	avenue('Достық', 'Достык')
];

const cityDistrict = (kk: string, ru: string, district: string, postcode: string): Locality => ({
	kk,
	ru,
	district,
	postcode,
	kind: 'city'
});
const town = (kk: string, ru: string, district: string, postcode: string): Locality => ({
	kk,
	ru,
	district,
	postcode,
	kind: 'city'
});
const village = (kk: string, ru: string, district: string, postcode: string): Locality => ({
	kk,
	ru,
	district,
	postcode,
	kind: 'village'
});

export const regionPlaces: RegionPlaces[] = [
	{
		code: 'almaty',
		cadastral: '20',
		kk: 'Алматы қаласы',
		ru: 'город Алматы',
		ruGen: 'города Алматы',
		ruLoc: 'в городе Алматы',
		weight: 120,
		bodyCode: '1910',
		taxCode: '6009',
		city: true,
		localities: [
			cityDistrict('Алмалы ауданы', 'Алмалинский район', '311', '050000'),
			cityDistrict('Әуезов ауданы', 'Ауэзовский район', '312', '050000'),
			cityDistrict('Бостандық ауданы', 'Бостандыкский район', '313', '050000'),
			cityDistrict('Жетісу ауданы', 'Жетысуский район', '314', '050000'),
			cityDistrict('Медеу ауданы', 'Медеуский район', '315', '050000'),
			cityDistrict('Түрксіб ауданы', 'Турксибский район', '316', '050000'),
			cityDistrict('Алатау ауданы', 'Алатауский район', '317', '050000'),
			cityDistrict('Наурызбай ауданы', 'Наурызбайский район', '318', '050000')
		],
		streets: [
			avenue('Әл-Фараби', 'аль-Фараби'),
			avenue('Райымбек батыр', 'Райымбека'),
			avenue('Сүйінбай', 'Суюнбая'),
			street('Розыбакиев', 'Розыбакиева'),
			street('Тимирязев', 'Тимирязева'),
			street('Жандосов', 'Жандосова'),
			street('Фурманов', 'Фурманова'),
			street('Панфилов', 'Панфилова'),
			microdistrict('Самал-2', 'Самал-2'),
			microdistrict('Ақсай-4', 'Аксай-4'),
			microdistrict('Орбита-3', 'Орбита-3'),
			microdistrict('Шаңырақ-1', 'Шанырак-1'),
			microdistrict('Жетісу-2', 'Жетысу-2')
		]
	},
	{
		code: 'astana',
		cadastral: '21',
		kk: 'Астана қаласы',
		ru: 'город Астана',
		ruGen: 'города Астаны',
		ruLoc: 'в городе Астане',
		weight: 90,
		bodyCode: '1901',
		taxCode: '6200',
		city: true,
		localities: [
			cityDistrict('Алматы ауданы', 'район Алматы', '301', '010000'),
			cityDistrict('Есіл ауданы', 'район Есиль', '302', '010000'),
			cityDistrict('Сарыарқа ауданы', 'район Сарыарка', '303', '010000'),
			cityDistrict('Байқоңыр ауданы', 'район Байконур', '304', '010000'),
			cityDistrict('Нұра ауданы', 'район Нура', '305', '010000')
		],
		streets: [
			avenue('Мәңгілік Ел', 'Мангилик Ел'),
			avenue('Қабанбай батыр', 'Кабанбай батыра'),
			avenue('Тұран', 'Туран'),
			street('Сығанақ', 'Сыганак'),
			street('Иманов', 'Иманова'),
			street('Кошкарбаев', 'Кошкарбаева'),
			street('Бөкейхан', 'Бокейхана'),
			street('Хусейн бен Талал', 'Хусейн бен Талал'),
			street('Сарайшық', 'Сарайшык')
		]
	},
	{
		code: 'shymkent',
		cadastral: '22',
		kk: 'Шымкент қаласы',
		ru: 'город Шымкент',
		ruGen: 'города Шымкента',
		ruLoc: 'в городе Шымкенте',
		weight: 70,
		bodyCode: '1958',
		taxCode: '5811',
		city: true,
		localities: [
			cityDistrict('Абай ауданы', 'Абайский район', '321', '160000'),
			cityDistrict('Әл-Фараби ауданы', 'район Аль-Фараби', '322', '160000'),
			cityDistrict('Еңбекші ауданы', 'Енбекшинский район', '323', '160000'),
			cityDistrict('Қаратау ауданы', 'Каратауский район', '324', '160000'),
			cityDistrict('Тұран ауданы', 'район Туран', '325', '160000')
		],
		streets: [
			avenue('Тәуке хан', 'Тауке хана'),
			avenue('Қазыбек би', 'Казыбек би'),
			street('Байтерек', 'Байтерек'),
			street('Төлеби', 'Толеби'),
			street('Ғани Иляев', 'Гани Иляева'),
			street('Мадели қожа', 'Мадели кожа'),
			microdistrict('Нұрсәт', 'Нурсат'),
			microdistrict('Самал-3', 'Самал-3'),
			microdistrict('Жаңа Қала', 'Жана Кала')
		]
	},
	{
		code: 'abai',
		cadastral: '23',
		kk: 'Абай облысы',
		ru: 'область Абай',
		ruGen: 'области Абай',
		ruLoc: 'в области Абай',
		weight: 20,
		bodyCode: '1923',
		taxCode: '5111',
		city: false,
		localities: [
			town('Семей қаласы', 'город Семей', '032', '071400'),
			town('Аягөз ауданы, Аягөз қаласы', 'Аягозский район, город Аягоз', '046', '071500'),
			village('Үржар ауданы, Үржар ауылы', 'Урджарский район, село Урджар', '058', '071700')
		],
		streets: [
			street('Шәкәрім', 'Шакарима'),
			street('Интернационал', 'Интернациональная'),
			street('Мәңгілік Ел', 'Мангилик Ел')
		]
	},
	{
		code: 'akmola',
		cadastral: '01',
		kk: 'Ақмола облысы',
		ru: 'Акмолинская область',
		ruGen: 'Акмолинской области',
		ruLoc: 'в Акмолинской области',
		weight: 25,
		bodyCode: '1902',
		taxCode: '0302',
		city: false,
		localities: [
			town('Көкшетау қаласы', 'город Кокшетау', '017', '020000'),
			town('Бурабай ауданы, Щучинск қаласы', 'Бурабайский район, город Щучинск', '148', '021700'),
			village('Целиноград ауданы, Ақмол ауылы', 'Целиноградский район, село Акмол', '156', '021800')
		],
		streets: [street('Ақан сері', 'Акан сери'), street('Ауельбеков', 'Ауельбекова'), street('Горький', 'Горького')]
	},
	{
		code: 'aktobe',
		cadastral: '02',
		kk: 'Ақтөбе облысы',
		ru: 'Актюбинская область',
		ruGen: 'Актюбинской области',
		ruLoc: 'в Актюбинской области',
		weight: 30,
		bodyCode: '1903',
		taxCode: '0610',
		city: false,
		localities: [
			town('Ақтөбе қаласы', 'город Актобе', '036', '030000'),
			town('Хромтау ауданы, Хромтау қаласы', 'Хромтауский район, город Хромтау', '041', '031100'),
			town('Мұғалжар ауданы, Қандыағаш қаласы', 'Мугалжарский район, город Кандыагаш', '044', '030700')
		],
		streets: [
			avenue('Санкибай батыр', 'Санкибай батыра'),
			street('Маресьев', 'Маресьева'),
			avenue('Әбілқайыр хан', 'Абулхаир хана')
		]
	},
	{
		code: 'almaty-region',
		cadastral: '03',
		kk: 'Алматы облысы',
		ru: 'Алматинская область',
		ruGen: 'Алматинской области',
		ruLoc: 'в Алматинской области',
		weight: 45,
		bodyCode: '1904',
		taxCode: '0925',
		city: false,
		localities: [
			town('Қонаев қаласы', 'город Конаев', '013', '040800'),
			town('Қарасай ауданы, Қаскелең қаласы', 'Карасайский район, город Каскелен', '047', '040900'),
			town('Талғар ауданы, Талғар қаласы', 'Талгарский район, город Талгар', '055', '041600'),
			village('Еңбекшіқазақ ауданы, Есік қаласы', 'Енбекшиказахский район, город Есик', '051', '040400'),
			village('Іле ауданы, Өтеген батыр кенті', 'Илийский район, поселок Отеген батыра', '053', '040700')
		],
		streets: [street('Наурызбай', 'Наурызбая'), street('Бокин', 'Бокина'), street('Райымбек', 'Райымбека')]
	},
	{
		code: 'atyrau',
		cadastral: '04',
		kk: 'Атырау облысы',
		ru: 'Атырауская область',
		ruGen: 'Атырауской области',
		ruLoc: 'в Атырауской области',
		weight: 22,
		bodyCode: '1905',
		taxCode: '1510',
		city: false,
		localities: [
			town('Атырау қаласы', 'город Атырау', '028', '060000'),
			town('Жылыой ауданы, Құлсары қаласы', 'Жылыойский район, город Кульсары', '033', '060100')
		],
		streets: [avenue('Азаттық', 'Азаттык'), street('Махамбет', 'Махамбета'), street('Құлманов', 'Кулманова')]
	},
	{
		code: 'west-kazakhstan',
		cadastral: '07',
		kk: 'Батыс Қазақстан облысы',
		ru: 'Западно-Казахстанская область',
		ruGen: 'Западно-Казахстанской области',
		ruLoc: 'в Западно-Казахстанской области',
		weight: 20,
		bodyCode: '1907',
		taxCode: '2710',
		city: false,
		localities: [
			town('Орал қаласы', 'город Уральск', '026', '090000'),
			town('Бөрлі ауданы, Ақсай қаласы', 'Бурлинский район, город Аксай', '034', '090300')
		],
		streets: [avenue('Назарбаев', 'Назарбаева'), street('Датов', 'Датова'), street('Ескалиев', 'Ескалиева')]
	},
	{
		code: 'zhambyl',
		cadastral: '06',
		kk: 'Жамбыл облысы',
		ru: 'Жамбылская область',
		ruGen: 'Жамбылской области',
		ruLoc: 'в Жамбылской области',
		weight: 28,
		bodyCode: '1906',
		taxCode: '2110',
		city: false,
		localities: [
			town('Тараз қаласы', 'город Тараз', '024', '080000'),
			town('Шу ауданы, Шу қаласы', 'Шуский район, город Шу', '038', '080600'),
			village('Қордай ауданы, Қордай ауылы', 'Кордайский район, село Кордай', '035', '080100')
		],
		streets: [street('Төле би', 'Толе би'), street('Сүлейменов', 'Сулейменова'), avenue('Жамбыл', 'Жамбыла')]
	},
	{
		code: 'zhetisu',
		cadastral: '24',
		kk: 'Жетісу облысы',
		ru: 'область Жетісу',
		ruGen: 'области Жетісу',
		ruLoc: 'в области Жетісу',
		weight: 18,
		bodyCode: '1924',
		taxCode: '0911',
		city: false,
		localities: [
			town('Талдықорған қаласы', 'город Талдыкорган', '015', '040000'),
			town('Текелі қаласы', 'город Текели', '019', '041700'),
			village('Панфилов ауданы, Жаркент қаласы', 'Панфиловский район, город Жаркент', '062', '041300')
		],
		streets: [
			street('Қабанбай батыр', 'Кабанбай батыра'),
			street('Ақын Сара', 'Акын Сара'),
			street('Шевченко', 'Шевченко')
		]
	},
	{
		code: 'karaganda',
		cadastral: '09',
		kk: 'Қарағанды облысы',
		ru: 'Карагандинская область',
		ruGen: 'Карагандинской области',
		ruLoc: 'в Карагандинской области',
		weight: 35,
		bodyCode: '1909',
		taxCode: '3010',
		city: false,
		localities: [
			town('Қарағанды қаласы', 'город Караганда', '142', '100000'),
			town('Теміртау қаласы', 'город Темиртау', '146', '101400'),
			town('Балқаш қаласы', 'город Балхаш', '150', '100300'),
			town('Шахтинск қаласы', 'город Шахтинск', '152', '101600')
		],
		streets: [
			avenue('Бұқар жырау', 'Бухар жырау'),
			avenue('Нұркен Әбдіров', 'Нуркена Абдирова'),
			street('Ерубаев', 'Ерубаева')
		]
	},
	{
		code: 'kostanay',
		cadastral: '12',
		kk: 'Қостанай облысы',
		ru: 'Костанайская область',
		ruGen: 'Костанайской области',
		ruLoc: 'в Костанайской области',
		weight: 22,
		bodyCode: '1912',
		taxCode: '3910',
		city: false,
		localities: [
			town('Қостанай қаласы', 'город Костанай', '193', '110000'),
			town('Рудный қаласы', 'город Рудный', '195', '111500'),
			town('Лисаков қаласы', 'город Лисаковск', '197', '111200')
		],
		streets: [street('Баймағамбетов', 'Баймагамбетова'), street('Әл-Фараби', 'аль-Фараби'), street('Тарана', 'Тарана')]
	},
	{
		code: 'kyzylorda',
		cadastral: '10',
		kk: 'Қызылорда облысы',
		ru: 'Кызылординская область',
		ruGen: 'Кызылординской области',
		ruLoc: 'в Кызылординской области',
		weight: 18,
		bodyCode: '1911',
		taxCode: '3310',
		city: false,
		localities: [
			town('Қызылорда қаласы', 'город Кызылорда', '156', '120000'),
			town('Арал ауданы, Арал қаласы', 'Аральский район, город Аральск', '160', '120100')
		],
		streets: [street('Қорқыт ата', 'Коркыт ата'), street('Әйтеке би', 'Айтеке би'), street('Жахаев', 'Жахаева')]
	},
	{
		code: 'mangystau',
		cadastral: '13',
		kk: 'Маңғыстау облысы',
		ru: 'Мангистауская область',
		ruGen: 'Мангистауской области',
		ruLoc: 'в Мангистауской области',
		weight: 20,
		bodyCode: '1913',
		taxCode: '4310',
		city: false,
		localities: [
			// Aktau's addresses are microdistrict, building and flat numbers.
			town('Ақтау қаласы', 'город Актау', '011', '130000'),
			town('Жаңаөзен қаласы', 'город Жанаозен', '015', '130200')
		],
		streets: [microdistrict('14', '14'), microdistrict('27', '27'), microdistrict('Самал', 'Самал')]
	},
	{
		code: 'pavlodar',
		cadastral: '14',
		kk: 'Павлодар облысы',
		ru: 'Павлодарская область',
		ruGen: 'Павлодарской области',
		ruLoc: 'в Павлодарской области',
		weight: 22,
		bodyCode: '1914',
		taxCode: '4510',
		city: false,
		localities: [
			town('Павлодар қаласы', 'город Павлодар', '218', '140000'),
			town('Екібастұз қаласы', 'город Экибастуз', '226', '141200'),
			town('Ақсу қаласы', 'город Аксу', '222', '140100')
		],
		streets: [street('Естай', 'Естая'), street('Торайғыров', 'Торайгырова'), street('Ломов', 'Ломова')]
	},
	{
		code: 'north-kazakhstan',
		cadastral: '15',
		kk: 'Солтүстік Қазақстан облысы',
		ru: 'Северо-Казахстанская область',
		ruGen: 'Северо-Казахстанской области',
		ruLoc: 'в Северо-Казахстанской области',
		weight: 16,
		bodyCode: '1915',
		taxCode: '4810',
		city: false,
		localities: [
			town('Петропавл қаласы', 'город Петропавловск', '233', '150000'),
			village('Мағжан Жұмабаев ауданы, Булаев қаласы', 'район Магжана Жумабаева, город Булаево', '239', '150500')
		],
		streets: [
			street('Жамбыл', 'Жамбыла'),
			street('Конституция', 'Конституции'),
			street('Интернационал', 'Интернациональная')
		]
	},
	{
		code: 'turkistan',
		cadastral: '19',
		kk: 'Түркістан облысы',
		ru: 'Туркестанская область',
		ruGen: 'Туркестанской области',
		ruLoc: 'в Туркестанской области',
		weight: 55,
		bodyCode: '1919',
		taxCode: '5810',
		city: false,
		localities: [
			town('Түркістан қаласы', 'город Туркестан', '063', '161200'),
			town('Кентау қаласы', 'город Кентау', '067', '160400'),
			town('Сарыағаш ауданы, Сарыағаш қаласы', 'Сарыагашский район, город Сарыагаш', '072', '160900'),
			village('Сайрам ауданы, Ақсу ауылы', 'Сайрамский район, село Аксу', '076', '160800')
		],
		streets: [
			street('Тәуке хан', 'Тауке хана'),
			street('Бекзат Саттарханов', 'Бекзата Саттарханова'),
			street('Есім хан', 'Есим хана')
		]
	},
	{
		code: 'ulytau',
		cadastral: '25',
		kk: 'Ұлытау облысы',
		ru: 'область Ұлытау',
		ruGen: 'области Ұлытау',
		ruLoc: 'в области Ұлытау',
		weight: 8,
		bodyCode: '1925',
		taxCode: '3020',
		city: false,
		localities: [
			town('Жезқазған қаласы', 'город Жезказган', '163', '100600'),
			town('Сәтбаев қаласы', 'город Сатпаев', '167', '100700')
		],
		streets: [
			street('Алашахан', 'Алашахана'),
			street('Сейфуллин', 'Сейфуллина'),
			street('Ғани Мұратбаев', 'Гани Муратбаева')
		]
	},
	{
		code: 'east-kazakhstan',
		cadastral: '05',
		kk: 'Шығыс Қазақстан облысы',
		ru: 'Восточно-Казахстанская область',
		ruGen: 'Восточно-Казахстанской области',
		ruLoc: 'в Восточно-Казахстанской области',
		weight: 30,
		bodyCode: '1918',
		taxCode: '1810',
		city: false,
		localities: [
			town('Өскемен қаласы', 'город Усть-Каменогорск', '085', '070000'),
			town('Риддер қаласы', 'город Риддер', '090', '071300'),
			village('Алтай ауданы, Алтай қаласы', 'район Алтай, город Алтай', '094', '070800')
		],
		streets: [street('Қазақстан', 'Казахстан'), street('Ушанов', 'Ушанова'), street('Протозанов', 'Протозанова')]
	}
];

export const placesByCode = new Map(regionPlaces.map((r) => [r.code, r]));

/** «Алматы қаласының Әділет департаменті» / «Департамент юстиции города Алматы». */
export function justiceDepartment(region: RegionPlaces): { kk: string; ru: string } {
	return { kk: `${region.kk}ның Әділет департаменті`, ru: `Департамент юстиции ${region.ruGen}` };
}

/**
 * The state bodies that lay arrests and restrictions in a region (entities themselves): the
 * enforcement department, the state revenue department, and a district court (of a city district
 * in the three cities, of the regional centre elsewhere).
 */
export function authorities(
	region: RegionPlaces,
	locality: Locality = region.localities[0]
): {
	enforcement: { kk: string; ru: string };
	court: { kk: string; ru: string };
	revenue: { kk: string; ru: string };
} {
	const court = region.city
		? {
				kk: `${region.kk} ${locality.kk.replace(/ ауданы$/, '')} аудандық соты`,
				ru: locality.ru.endsWith(' район')
					? `${locality.ru.replace(/ район$/, ' районный суд')} ${region.ruGen}`
					: `Районный суд ${locality.ru.replace(/^район /, 'района ')} ${region.ruGen}`
			}
		: {
				kk: `${region.localities[0].kk}ның № 2 аудандық соты`,
				ru: `Районный суд № 2 ${region.localities[0].ru.replace(/^город /, 'г. ')}`
			};
	return {
		enforcement: {
			kk: `${region.kk} бойынша сот актілерін орындау департаменті`,
			ru: `Департамент по исполнению судебных актов ${region.ruGen}`
		},
		court,
		revenue: {
			kk: `${region.kk} бойынша Мемлекеттік кірістер департаменті`,
			ru: `Департамент государственных доходов по ${region.city ? region.ru.replace(/^город /, 'городу ') : region.ruLoc.replace(/^в /, '')}`
		}
	};
}

export interface AddressParts {
	region: RegionPlaces;
	locality: Locality;
	street: Street;
	house: string;
	/** A flat («пәтер»/«квартира») or other premises («үй-жай»/«помещение»). */
	flat?: { number: number; kind: 'flat' | 'premises' };
}

/** An address in the register's order: region (or city), locality, street, house, flat. */
export function formatAddress(a: AddressParts): { kk: string; ru: string } {
	const flatKk = a.flat ? `, ${a.flat.number} ${a.flat.kind === 'flat' ? 'пәтер' : 'үй-жай'}` : '';
	const flatRu = a.flat ? `, ${a.flat.kind === 'flat' ? 'квартира' : 'помещение'} ${a.flat.number}` : '';
	const houseKk = `${a.house} үй`;
	const houseRu = `дом ${a.house}`;
	return {
		kk: `${a.region.kk}, ${a.locality.kk}, ${a.street.kk}, ${houseKk}${flatKk}`,
		ru: `${a.region.ru}, ${a.locality.ru}, ${a.street.ru}, ${houseRu}${flatRu}`
	};
}

/** A legal address as the extract prints it: the address and the postcode. */
export function formatLegalAddress(a: AddressParts): { kk: string; ru: string } {
	const { kk, ru } = formatAddress(a);
	return { kk: `${kk}, ${a.locality.postcode}`, ru: `${ru}, ${a.locality.postcode}` };
}
