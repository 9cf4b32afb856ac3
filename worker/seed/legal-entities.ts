/**
 * The demo Legal entities database: entities with valid BINs, their branches and representative
 * offices, founders and participants (persons and other entities, across each other). Banks and
 * the state bodies that lay arrests are entities here too, so an encumbrance can name them by BIN.
 */
import { checkDigit } from '../../src/lib/domain/iin.ts';
import type { LeParticipantRow, LegalEntityRow } from '../db/rows.ts';
import {
	authorities,
	commonStreets,
	formatLegalAddress,
	justiceDepartment,
	regionPlaces,
	type Locality,
	type RegionPlaces
} from './places.ts';
import type { Person } from './registry.ts';
import { Rng, addDaysIso, dateBetween, dateWithin } from './rng.ts';

/** The last day of the generated database. */
const end = '2026-10-30';

export type LegalForm = 'llp' | 'jsc' | 'state-institution' | 'production-cooperative';

const forms: Record<LegalForm, { kk: (n: string) => string; ru: (n: string) => string; ruGen: string; abbr: string }> =
	{
		llp: {
			kk: (n) => `"${n}" жауапкершілігі шектеулі серіктестігі`,
			ru: (n) => `Товарищество с ограниченной ответственностью "${n}"`,
			ruGen: 'товарищества с ограниченной ответственностью',
			abbr: 'ЖШС'
		},
		jsc: {
			kk: (n) => `"${n}" акционерлік қоғамы`,
			ru: (n) => `Акционерное общество "${n}"`,
			ruGen: 'акционерного общества',
			abbr: 'АҚ'
		},
		'production-cooperative': {
			kk: (n) => `"${n}" өндірістік кооперативі`,
			ru: (n) => `Производственный кооператив "${n}"`,
			ruGen: 'производственного кооператива',
			abbr: 'ӨК'
		},
		// A state body's name is its own; no quotes.
		'state-institution': { kk: (n) => n, ru: (n) => n, ruGen: '', abbr: 'ММ' }
	};

/** ОКЭД (ЭҚЖЖ) activities: code, Kazakh, Russian. */
export const activities: [string, string, string][] = [
	['46900', 'Мамандандырылмаған көтерме сауда', 'Неспециализированная оптовая торговля'],
	[
		'47190',
		'Мамандандырылмаған дүкендердегі өзге де бөлшек сауда',
		'Прочая розничная торговля в неспециализированных магазинах'
	],
	['41201', 'Тұрғын ғимараттар салу', 'Строительство жилых зданий'],
	['43210', 'Электр монтаждау жұмыстары', 'Электромонтажные работы'],
	['49410', 'Жүк автомобиль көлігінің қызметі', 'Деятельность грузового автомобильного транспорта'],
	['52101', 'Қоймаға жинау және сақтау', 'Складирование и хранение'],
	['56101', 'Мейрамханалардың қызметі', 'Деятельность ресторанов'],
	['62010', 'Компьютерлік бағдарламалау', 'Компьютерное программирование'],
	['68201', 'Меншікті жылжымайтын мүлікті жалға беру және басқару', 'Аренда и управление собственной недвижимостью'],
	['69202', 'Бухгалтерлік есеп жүргізу жөніндегі қызмет', 'Деятельность по ведению бухгалтерского учета'],
	['71121', 'Инженерлік іздестірулер', 'Инженерные изыскания'],
	['01110', 'Дәнді және бұршақ дақылдарын өсіру', 'Выращивание зерновых и зернобобовых культур'],
	['01410', 'Сүтті ірі қара мал өсіру', 'Разведение молочного крупного рогатого скота'],
	['10710', 'Нан өндірісі', 'Производство хлеба'],
	['86210', 'Жалпы дәрігерлік практика', 'Общая врачебная практика'],
	['85590', 'Басқа да білім беру', 'Прочее образование'],
	['55101', 'Қонақүйлердің қызметі', 'Предоставление услуг гостиницами']
];
const bankActivity: [string, string, string] = ['64191', 'Банктердің қызметі', 'Деятельность банков'];
const courtActivity: [string, string, string] = [
	'84230',
	'Әділет және сот төрелігі саласындағы қызмет',
	'Деятельность в области юстиции и правосудия'
];
const governmentActivity: [string, string, string] = [
	'84110',
	'Жалпы сипаттағы мемлекеттік басқару',
	'Государственное управление общего характера'
];

// Proper names of entities: written the same in both languages, with the Kazakh letters.
const nameFirst = [
	'Алтын',
	'Ақ',
	'Көк',
	'Жаңа',
	'Ұлы',
	'Сарыарқа',
	'Бәйтерек',
	'Самұрық',
	'Тұлпар',
	'Сұңқар',
	'Арман',
	'Шаңырақ',
	'Жұлдыз',
	'Нұр',
	'Береке',
	'Алатау',
	'Қазына',
	'Өркен',
	'Орда',
	'Дала',
	'Теміртас',
	'Евразия',
	'Степь',
	'Казахстан'
];
const nameSecond = [
	'Құрылыс',
	'Сауда',
	'Логистик',
	'Агро',
	'Трейд',
	'Инвест',
	'Сервис',
	'Групп',
	'Строй',
	'Консалтинг',
	'Медикал',
	'Тех',
	'Транс',
	'Energy',
	'Финанс',
	'Дизайн',
	'Нан',
	'Қызмет'
];
const bankNames = [
	'Дала Банк',
	'Алатау Банк',
	'Сарыарқа Банк',
	'Тұран Кредит Банк',
	'Ақ Жол Банк',
	'Бәйтерек Ипотека Банкі'
];

export function entityName(rng: Rng): string {
	const first = rng.pick(nameFirst);
	const second = rng.pick(nameSecond);
	return rng.chance(0.15)
		? `${first}-${second} ${rng.pick(['KZ', 'Астана', 'Азия', '2030', 'Плюс'])}`
		: `${first} ${second}`;
}

export interface EntitySpec {
	form: LegalForm;
	name: string;
	/** A state body's Russian name (other names are the same proper name in both languages). */
	nameRu?: string;
	region: RegionPlaces;
	registeredOn: string;
	reRegisteredOn?: string;
	head?: Person | null;
	activity?: [string, string, string];
	locality?: Locality;
}

export type Holder = { kind: 'person'; person: Person } | { kind: 'entity'; entity: LegalEntityRow };

/**
 * Builds the database: entities in order of creation (a parent before its branches), and
 * participants after every entity they name.
 */
export class EntityRegistry {
	readonly entities: LegalEntityRow[] = [];
	readonly participants: LeParticipantRow[] = [];
	private readonly bins: Set<string>;
	private readonly serials = new Map<string, number>();
	private participantId: number;
	/** Banks and each region's enforcement department, court and revenue department. */
	readonly banks: LegalEntityRow[] = [];
	readonly authorities = new Map<
		string,
		{ enforcement: LegalEntityRow; court: LegalEntityRow; revenue: LegalEntityRow }
	>();

	private readonly rng: Rng;

	constructor(rng: Rng, options: { takenBins?: Set<string>; firstParticipantId?: number } = {}) {
		this.rng = rng;
		this.bins = options.takenBins ?? new Set();
		this.participantId = options.firstParticipantId ?? 1;
	}

	/** A BIN: YYMM of registration, 4 (a resident legal entity), 0/1/2 (entity/branch/office), a serial, the check digit. */
	makeBin(registeredOn: string, kind: LegalEntityRow['kind']): string {
		const prefix = `${registeredOn.slice(2, 4)}${registeredOn.slice(5, 7)}4${kind === 'entity' ? 0 : kind === 'branch' ? 1 : 2}`;
		for (let serial = this.serials.get(prefix) ?? this.rng.int(1000, 30000); serial < 100_000; serial++) {
			const first11 = prefix + String(serial).padStart(5, '0');
			const check = checkDigit(first11);
			if (check === null || this.bins.has(first11 + check)) continue;
			this.serials.set(prefix, serial + 1);
			this.bins.add(first11 + check);
			return first11 + check;
		}
		throw new Error(`no BIN left for ${prefix}`);
	}

	private registrationNumber(region: RegionPlaces, abbr: string): string {
		return `${this.rng.int(1000, 99999)}-${region.bodyCode}-${abbr}`;
	}

	private rnn(region: RegionPlaces, registeredOn: string): string | null {
		if (registeredOn >= '2013-01-01') return null;
		for (;;) {
			const first11 = region.taxCode + this.rng.digits(7);
			const check = checkDigit(first11);
			if (check !== null) return first11 + check;
		}
	}

	private address(region: RegionPlaces, locality?: Locality) {
		const rng = this.rng;
		const place = locality ?? rng.pick(region.localities.filter((l) => l.kind === 'city'));
		return formatLegalAddress({
			region,
			locality: place,
			street: rng.pick(rng.chance(0.5) ? region.streets : commonStreets),
			house: String(rng.int(1, 240)) + (rng.chance(0.15) ? `/${rng.int(1, 9)}` : ''),
			flat: rng.chance(0.6) ? { number: rng.int(1, 400), kind: rng.chance(0.7) ? 'premises' : 'flat' } : undefined
		});
	}

	addEntity(spec: EntitySpec): LegalEntityRow {
		const rng = this.rng;
		const form = forms[spec.form];
		const reRegistered = spec.reRegisteredOn !== undefined;
		const initialNumber = this.registrationNumber(spec.region, form.abbr);
		const body = justiceDepartment(spec.region);
		const address = this.address(spec.region, spec.locality);
		const activity = spec.activity ?? rng.pick(activities);
		const row: LegalEntityRow = {
			bin: this.makeBin(spec.registeredOn, 'entity'),
			kind: 'entity',
			parent_bin: null,
			legal_form: spec.form,
			name_kk: form.kk(spec.name),
			name_ru: spec.nameRu ?? form.ru(spec.name),
			registering_body_kk: body.kk,
			registering_body_ru: body.ru,
			registration_type: reRegistered ? 're-registration' : 'initial',
			initial_registered_on: spec.registeredOn,
			initial_registration_number: initialNumber,
			last_registered_on: spec.reRegisteredOn ?? spec.registeredOn,
			last_registration_number: reRegistered ? this.registrationNumber(spec.region, form.abbr) : initialNumber,
			rnn: this.rnn(spec.region, spec.registeredOn),
			okpo: String(rng.int(10_000_000, 99_999_999)),
			head_iin: spec.head?.iin ?? null,
			head_name_kk: spec.head?.fullNameKk ?? null,
			head_name_ru: spec.head?.fullNameRu ?? null,
			activity_code: activity[0],
			activity_kk: activity[1],
			activity_ru: activity[2],
			legal_address_kk: address.kk,
			legal_address_ru: address.ru,
			region_code: spec.region.code
		};
		this.entities.push(row);
		return row;
	}

	/** A branch or representative office of `parent` in `region`, with its own BIN, RNN and OKPO. */
	addBranch(
		parent: LegalEntityRow,
		o: { kind: 'branch' | 'representative-office'; region: RegionPlaces; registeredOn: string; head: Person | null }
	): LegalEntityRow {
		const rng = this.rng;
		const form = forms[parent.legal_form as LegalForm];
		// «… серіктестігі» → «… серіктестігінің», «… қоғамы» → «… қоғамының».
		const parentGen = parent.name_kk + (parent.name_kk.endsWith('ы') ? 'ның' : 'нің');
		const quoted = /"[^"]+"/.exec(parent.name_ru)?.[0] ?? parent.name_ru;
		const where = `${o.region.kk}ндағы`;
		const number = this.registrationNumber(o.region, o.kind === 'branch' ? 'Ф' : 'Ө');
		const body = justiceDepartment(o.region);
		const address = this.address(o.region);
		const row: LegalEntityRow = {
			bin: this.makeBin(o.registeredOn, o.kind),
			kind: o.kind,
			parent_bin: parent.bin,
			legal_form: parent.legal_form,
			name_kk: `${parentGen} ${where} ${o.kind === 'branch' ? 'филиалы' : 'өкілдігі'}`,
			name_ru: `${o.kind === 'branch' ? 'Филиал' : 'Представительство'} ${form.ruGen} ${quoted} ${o.region.ruLoc}`,
			registering_body_kk: body.kk,
			registering_body_ru: body.ru,
			registration_type: 'initial',
			initial_registered_on: o.registeredOn,
			initial_registration_number: number,
			last_registered_on: o.registeredOn,
			last_registration_number: number,
			rnn: this.rnn(o.region, o.registeredOn),
			okpo: parent.okpo ? parent.okpo.slice(0, 8) + String(rng.int(1001, 1999)) : null,
			head_iin: o.head?.iin ?? null,
			head_name_kk: o.head?.fullNameKk ?? null,
			head_name_ru: o.head?.fullNameRu ?? null,
			activity_code: parent.activity_code,
			activity_kk: parent.activity_kk,
			activity_ru: parent.activity_ru,
			legal_address_kk: address.kk,
			legal_address_ru: address.ru,
			region_code: o.region.code
		};
		this.entities.push(row);
		return row;
	}

	addParticipant(entity: LegalEntityRow, who: Holder, share: [number, number] | null): LeParticipantRow {
		const row: LeParticipantRow = {
			id: this.participantId++,
			entity_bin: entity.bin,
			participant_iin: who.kind === 'person' ? who.person.iin : null,
			participant_bin: who.kind === 'entity' ? who.entity.bin : null,
			name_kk: who.kind === 'person' ? who.person.fullNameKk : who.entity.name_kk,
			name_ru: who.kind === 'person' ? who.person.fullNameRu : who.entity.name_ru,
			share_num: share?.[0] ?? null,
			share_den: share?.[1] ?? null
		};
		this.participants.push(row);
		return row;
	}

	/** The banks (in Almaty) and, for each region given, its enforcement department, a court and the revenue department. */
	addInstitutions(regions: RegionPlaces[], heads: () => Person): void {
		const almaty = regionPlaces.find((r) => r.code === 'almaty')!;
		for (const name of bankNames) {
			const bank = this.addEntity({
				form: 'jsc',
				name,
				region: almaty,
				registeredOn: dateBetween(this.rng, '1993-01-01', '2005-12-31'),
				reRegisteredOn: dateBetween(this.rng, '2006-01-01', '2019-12-31'),
				head: heads(),
				activity: bankActivity
			});
			this.banks.push(bank);
		}
		for (const region of regions) {
			const names = authorities(region, region.localities[0]);
			const make = (name: { kk: string; ru: string }, activity: [string, string, string]) => {
				return this.addEntity({
					form: 'state-institution',
					name: name.kk,
					nameRu: name.ru,
					region,
					registeredOn: dateBetween(this.rng, '1996-01-01', '2012-12-31'),
					head: heads(),
					activity
				});
			};
			this.authorities.set(region.code, {
				enforcement: make(names.enforcement, governmentActivity),
				court: make(names.court, courtActivity),
				revenue: make(names.revenue, governmentActivity)
			});
		}
	}

	/**
	 * An LLP (sometimes a cooperative or a JSC) with one to three founders from `founders`, at times
	 * another entity among them (entities participating in each other), and at times branches.
	 */
	randomEntity(o: {
		founders: () => Person;
		heads: () => Person;
		partnerEntity: () => LegalEntityRow | undefined;
		regionWeights: readonly (readonly [RegionPlaces, number])[];
	}): LegalEntityRow {
		const rng = this.rng;
		const region = rng.weighted(o.regionWeights);
		const form = rng.weighted([
			['llp', 90],
			['production-cooperative', 4],
			['jsc', 6]
		] as const);
		const registeredOn = dateBetween(rng, '1995-01-01', '2026-06-30');
		const reRegisteredOn = rng.chance(0.3)
			? (dateWithin(rng, addDaysIso(registeredOn, 200), end) ?? undefined)
			: undefined;
		const founderList = [o.founders()];
		if (rng.chance(0.45)) founderList.push(o.founders());
		if (rng.chance(0.15)) founderList.push(o.founders());
		const head = rng.chance(0.6) ? founderList[0] : o.heads();
		const entity = this.addEntity({
			form,
			name: entityName(rng),
			region,
			registeredOn,
			reRegisteredOn,
			head
		});
		const partner = rng.chance(0.12) ? o.partnerEntity() : undefined;
		const holders: Holder[] = [
			...Array.from(new Map(founderList.map((p) => [p.iin, p])).values(), (person): Holder => ({
				kind: 'person',
				person
			})),
			...(partner ? [{ kind: 'entity', entity: partner } as Holder] : [])
		];
		if (form === 'jsc') {
			// A JSC's shareholders are in the securities register, not here: its founders only.
			for (const h of holders) this.addParticipant(entity, h, null);
		} else {
			const shares = splitShares(rng, holders.length);
			holders.forEach((h, i) => this.addParticipant(entity, h, shares[i]));
		}
		const branchesFrom = addDaysIso(entity.initial_registered_on, 30);
		if (branchesFrom <= end && rng.chance(0.12)) {
			const count = rng.int(1, 3);
			for (let i = 0; i < count; i++) {
				this.addBranch(entity, {
					kind: rng.chance(0.8) ? 'branch' : 'representative-office',
					region: rng.weighted(o.regionWeights),
					registeredOn: dateBetween(rng, branchesFrom, end),
					head: o.heads()
				});
			}
		}
		return entity;
	}
}

/** Charter-capital shares of n participants as fractions of 100 (or 1/n) that sum to one. */
export function splitShares(rng: Rng, n: number): [number, number][] {
	if (n === 1) return [[1, 1]];
	if (n === 2) {
		const first = rng.pick([50, 51, 60, 70, 75, 90]);
		return [
			[first, 100],
			[100 - first, 100]
		];
	}
	if (n === 3) {
		const [a, b] = rng.pick([
			[40, 35],
			[34, 33],
			[50, 25],
			[60, 20]
		]);
		return [
			[a, 100],
			[b, 100],
			[100 - a - b, 100]
		];
	}
	return Array.from({ length: n }, () => [1, n] as [number, number]);
}
