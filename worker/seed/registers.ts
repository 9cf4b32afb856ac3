/**
 * The demo real-estate register and Legal entities database over the demo persons of
 * registry.ts. The README's two people hold what the certificates are tried with:
 * - Гүлнұр (900321401236): a flat in Almaty, bought in 2019, mortgaged to a bank; a third of a
 *   house (with its plot) in Almaty region, inherited with two others, one of whose shares is
 *   under arrest.
 * - Нұрлан (010715504561): nothing now; a flat in Shymkent he held from 2019 (a gift) until he sold
 *   it in 2023; 40 % of an LLP in Shymkent with two branches and a representative office, whose
 *   other participant, an LLP, it participates in in turn.
 * Around them: one plot with ten co-owners and a cooperative with fifty participants (long
 * documents), a long name and a long address, entities' buildings, leases, claims, and a few
 * dozen generated estates and entities.
 */
import type {
	LeParticipantRow,
	LegalEntityRow,
	ReClaimRow,
	ReEncumbranceRow,
	ReObjectRow,
	ReRightRow
} from '../db/rows.ts';
import { EntityRegistry, type Holder } from './legal-entities.ts';
import { placesByCode, regionPlaces, type RegionPlaces } from './places.ts';
import { PropertyRegister } from './property.ts';
import { demoPeople, type Person, type Registry } from './registry.ts';
import { Rng } from './rng.ts';
import { registerInserts } from './sql.ts';

export interface Registers {
	entities: LegalEntityRow[];
	participants: LeParticipantRow[];
	objects: ReObjectRow[];
	rights: ReRightRow[];
	encumbrances: ReEncumbranceRow[];
	claims: ReClaimRow[];
}

/** Where a further generator run (the bench seed) continues without clashing. */
export interface RegisterState {
	ids: PropertyRegister['ids'];
	nextParticipantId: number;
	plots: Set<string>;
	bins: Set<string>;
	banks: LegalEntityRow[];
	authorities: EntityRegistry['authorities'];
}

const region = (code: string): RegionPlaces => placesByCode.get(code)!;
const locality = (code: string, kk: string) => {
	const found = region(code).localities.find((l) => l.kk === kk);
	if (!found) throw new Error(`no locality ${kk} in ${code}`);
	return found;
};
const person = (p: Person): Holder => ({ kind: 'person', person: p });
const entity = (e: LegalEntityRow): Holder => ({ kind: 'entity', entity: e });

export const gulnurIin = demoPeople[0].iin;
export const nurlanIin = demoPeople[1].iin;

export function buildDemoRegisters(registry: Registry, seed = 236): Registers & { state: RegisterState } {
	const rng = new Rng(seed);
	const byIin = new Map(registry.persons.map((p) => [p.iin, p]));
	const gulnur = byIin.get(gulnurIin)!;
	const nurlan = byIin.get(nurlanIin)!;
	// Everyone else; the README people hold only what their stories give them.
	const others = registry.persons.filter((p) => p !== gulnur && p !== nurlan);
	if (others.length < 58) throw new Error('the demo registers need the 60 demo persons of registry.ts');
	const bins = new Set<string>();
	const plots = new Set<string>();
	const er = new EntityRegistry(rng, { takenBins: bins });
	const anyone = () => rng.pick(others);

	const almaty = region('almaty');
	const astana = region('astana');
	const shymkent = region('shymkent');
	const almatyRegion = region('almaty-region');
	er.addInstitutions([almaty, astana, shymkent, almatyRegion], anyone);
	const [dalaBank, alatauBank] = er.banks;

	// ─── Entities ───────────────────────────────────────────────────────────────────────────
	const partner = er.addEntity({
		form: 'llp',
		name: 'Оңтүстік Агро',
		region: shymkent,
		registeredOn: '2016-04-12',
		reRegisteredOn: '2021-09-03',
		head: others[5],
		activity: ['01110', 'Дәнді және бұршақ дақылдарын өсіру', 'Выращивание зерновых и зернобобовых культур']
	});
	const logistics = er.addEntity({
		form: 'llp',
		name: 'Шаңырақ Логистик',
		region: shymkent,
		registeredOn: '2021-02-18',
		head: others[6],
		activity: ['49410', 'Жүк автомобиль көлігінің қызметі', 'Деятельность грузового автомобильного транспорта']
	});
	er.addBranch(logistics, { kind: 'branch', region: almaty, registeredOn: '2022-05-16', head: others[7] });
	er.addBranch(logistics, { kind: 'branch', region: astana, registeredOn: '2023-03-02', head: others[8] });
	er.addBranch(logistics, {
		kind: 'representative-office',
		region: region('aktobe'),
		registeredOn: '2024-01-22',
		head: others[9]
	});
	er.addParticipant(logistics, person(nurlan), [40, 100]);
	er.addParticipant(logistics, person(others[8]), [35, 100]);
	er.addParticipant(logistics, entity(partner), [25, 100]);
	// The two LLPs participate in each other.
	er.addParticipant(partner, person(others[9]), [70, 100]);
	er.addParticipant(partner, entity(logistics), [30, 100]);

	const cooperative = er.addEntity({
		form: 'production-cooperative',
		name: 'Береке',
		region: almatyRegion,
		registeredOn: '2009-11-05',
		reRegisteredOn: '2018-06-27',
		head: others[10],
		activity: ['01410', 'Сүтті ірі қара мал өсіру', 'Разведение молочного крупного рогатого скота']
	});
	for (const member of others.slice(8, 58)) er.addParticipant(cooperative, person(member), [1, 50]);

	const longName = er.addEntity({
		form: 'llp',
		name: 'Қазақстан Жылжымайтын Мүлік Инвестициялық Құрылыс және Инжиниринг Компаниясы',
		region: astana,
		registeredOn: '2007-08-20',
		reRegisteredOn: '2019-01-15',
		head: others[11],
		activity: ['41201', 'Тұрғын ғимараттар салу', 'Строительство жилых зданий']
	});
	er.addParticipant(longName, person(others[11]), [60, 100]);
	er.addParticipant(longName, person(others[8]), [20, 100]);
	er.addParticipant(longName, entity(partner), [20, 100]);

	const regionWeights = regionPlaces.map((r) => [r, r.weight] as const);
	const founders = others.slice(12, 32);
	const generated: LegalEntityRow[] = [];
	for (let i = 0; i < 12; i++) {
		generated.push(
			er.randomEntity({
				founders: () => rng.pick(founders),
				heads: anyone,
				partnerEntity: () => (generated.length ? rng.pick(generated) : partner),
				regionWeights
			})
		);
	}

	// ─── Property ───────────────────────────────────────────────────────────────────────────
	const pr = new PropertyRegister(rng, er, { takenPlots: plots });

	// Гүлнұр's flat: bought from its first owner, mortgaged the same day.
	const flatPlot = pr.reservePlot('20-313-045-112');
	const flat = pr.addObject({
		type: 'premises',
		cadastral_number: `${flatPlot}:1/57`,
		purpose_kk: 'Тұрғын үй-жай (2 бөлмелі пәтер)',
		purpose_ru: 'Жилое помещение (2-комнатная квартира)',
		litera: 'А',
		address_kk: 'Алматы қаласы, Бостандық ауданы, Әл-Фараби даңғылы, 77/8 үй, 57 пәтер',
		address_ru: 'город Алматы, Бостандыкский район, проспект аль-Фараби, дом 77/8, квартира 57',
		address_code: '0201500315044757',
		components: 1,
		storeys: 12,
		storey: 8,
		total_area: 64.3,
		volume: null,
		length: null,
		useful_area: 58.1,
		divisible: null,
		note_kk: null,
		note_ru: null,
		region_code: 'almaty'
	});
	const flatRights = pr.history(
		[flat],
		[
			{ owners: [{ holder: person(others[0]), form: 'sole' }], deed: 'shared-construction', on: '2012-09-20' },
			{ owners: [{ holder: person(gulnur), form: 'sole' }], deed: 'purchase', on: '2019-06-14' }
		]
	);
	pr.mortgage(flat, dalaBank, '2019-06-14', { after: flatRights.dates[1] });

	// Гүлнұр's third of a house and its plot, inherited in 2015; one co-owner's share is under arrest.
	const kaskelen = locality('almaty-region', 'Қарасай ауданы, Қаскелең қаласы');
	const house = pr.house(almatyRegion, kaskelen, {
		street: { kk: 'Наурызбай батыр көшесі', ru: 'улица Наурызбай батыра' },
		house: '14'
	});
	pr.history(
		[house.plot, house.house],
		[
			{ owners: [{ holder: person(others[1]), form: 'sole' }], deed: 'purchase', on: '2004-03-11' },
			{
				owners: [gulnur, others[2], others[3]].map((p) => ({
					holder: person(p),
					form: 'shared' as const,
					share: [1, 3] as [number, number]
				})),
				deed: 'inheritance',
				on: '2015-08-11'
			}
		]
	);
	pr.arrest(
		house.house,
		{ kind: 'enforcement', entity: er.authorities.get('almaty-region')!.enforcement },
		'2024-10-02',
		[1, 3]
	);

	// Нұрлан's flat in Shymkent: privatised in 1997, given to him in 2019, sold in 2023 to a couple.
	const alFarabi = locality('shymkent', 'Әл-Фараби ауданы');
	const shymkentFlat = pr.flat(shymkent, alFarabi).object;
	const shymkentRights = pr.history(
		[shymkentFlat],
		[
			{ owners: [{ holder: person(others[4]), form: 'sole' }], deed: 'privatization', on: '1997-05-14' },
			{ owners: [{ holder: person(nurlan), form: 'sole' }], deed: 'gift', on: '2019-09-10' },
			{
				owners: [others[12], others[13]].map((p) => ({ holder: person(p), form: 'joint' as const })),
				deed: 'purchase',
				on: '2023-04-18'
			}
		]
	);
	pr.mortgage(shymkentFlat, alatauBank, '2023-04-18', { after: shymkentRights.dates[2] });

	// A garden plot of ten co-owners (a certificate with ten rights on one object), with a preliminary sale contract.
	const garden = pr.landPlot(almatyRegion, locality('almaty-region', 'Талғар ауданы, Талғар қаласы'));
	pr.history(
		[garden],
		[
			{ owners: [{ holder: person(others[14]), form: 'sole' }], deed: 'akimat', on: '2001-07-02' },
			{
				owners: others
					.slice(14, 24)
					.map((p) => ({ holder: person(p), form: 'shared' as const, share: [1, 10] as [number, number] })),
				deed: 'court',
				on: '2020-02-26'
			}
		],
		{ region: almatyRegion }
	);
	pr.claim(garden, 'transaction', person(others[30]), '2025-05-19');

	// A long address.
	const longAddress = pr.house(almatyRegion, locality('almaty-region', 'Іле ауданы, Өтеген батыр кенті'), {
		street: {
			kk: 'Қазақстан Республикасы Тәуелсіздігінің жиырма жылдығы көшесі',
			ru: 'улица Двадцатилетия Независимости Республики Казахстан'
		},
		house: '128/3'
	});
	pr.history(
		[longAddress.plot, longAddress.house],
		[{ owners: [{ holder: person(others[24]), form: 'sole' }], deed: 'commissioning', on: '2016-10-05' }]
	);
	pr.claim(longAddress.house, 'claim', person(others[25]), '2026-02-09');

	// The LLP's office in Shymkent, let to its partner; the partner's farm land; the long-named LLP's building.
	const office = pr.flat(shymkent, locality('shymkent', 'Абай ауданы'), { commercial: true }).object;
	pr.history([office], [{ owners: [{ holder: entity(logistics), form: 'sole' }], deed: 'purchase', on: '2022-03-15' }]);
	pr.lease(office, entity(partner), '2024-02-01', 5);
	const farm = pr.landPlot(region('turkistan'), locality('turkistan', 'Сайрам ауданы, Ақсу ауылы'));
	pr.history([farm], [{ owners: [{ holder: entity(partner), form: 'sole' }], deed: 'akimat', on: '2017-03-30' }], {
		type: () => 'temporary-land-use',
		region: region('turkistan')
	});
	const headquarters = pr.entityBuilding(astana, locality('astana', 'Есіл ауданы'), {
		kk: 'Әкімшілік ғимарат',
		ru: 'Административное здание'
	});
	pr.history(
		[headquarters.plot, headquarters.building],
		[{ owners: [{ holder: entity(longName), form: 'sole' }], deed: 'commissioning', on: '2012-12-24' }],
		{
			type: (o) => (o.type === 'land-plot' ? 'temporary-land-use' : 'ownership')
		}
	);
	pr.mortgage(headquarters.building, er.banks[2], '2021-04-07');

	// The courts and departments hold their buildings in operational management.
	for (const code of ['almaty', 'shymkent']) {
		const court = er.authorities.get(code)!.court;
		const place = region(code);
		const b = pr.entityBuilding(place, place.localities[0], { kk: 'Сот ғимараты', ru: 'Здание суда' });
		pr.history(
			[b.plot, b.building],
			[{ owners: [{ holder: entity(court), form: 'sole' }], deed: 'akimat', on: '2005-06-01' }],
			{
				type: (o) => (o.type === 'land-plot' ? 'permanent-land-use' : 'operational-management'),
				region: place
			}
		);
	}

	// Generated estates among the other demo persons and the generated entities.
	const holders = others;
	for (let i = 0; i < 40; i++) {
		pr.randomEstate({
			region: rng.weighted(regionWeights),
			person: () => person(rng.pick(holders)),
			entity: () => entity(rng.pick([...generated, partner, logistics, longName]))
		});
	}

	return {
		entities: er.entities,
		participants: er.participants,
		objects: pr.objects,
		rights: pr.rights,
		encumbrances: pr.encumbrances,
		claims: pr.claims,
		state: {
			ids: pr.ids,
			nextParticipantId: (er.participants.at(-1)?.id ?? 0) + 1,
			plots,
			bins,
			banks: er.banks,
			authorities: er.authorities
		}
	};
}

/** SQL that (re)loads the registers: everything in them is replaced. Run after registrySql (the persons). */
export function registersSql(r: Registers): string[] {
	return [
		'DELETE FROM re_claims;',
		'DELETE FROM re_encumbrances;',
		'DELETE FROM re_rights;',
		'DELETE FROM re_objects;',
		'DELETE FROM le_participants;',
		'DELETE FROM legal_entities WHERE parent_bin IS NOT NULL;',
		'DELETE FROM legal_entities;',
		...registerInserts('legal_entities', r.entities),
		...registerInserts('le_participants', r.participants),
		...registerInserts('re_objects', r.objects),
		...registerInserts('re_rights', r.rights),
		...registerInserts('re_encumbrances', r.encumbrances),
		...registerInserts('re_claims', r.claims)
	];
}
