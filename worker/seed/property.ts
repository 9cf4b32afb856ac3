/**
 * The demo real-estate register: objects with their technical characteristics, rights with their
 * history (previous owners, terminated by a sale, a gift, an inheritance), encumbrances (mortgages
 * held by banks, arrests laid by courts, enforcement officers and the revenue service, leases) and
 * legal claims. The same seed gives the same rows everywhere.
 *
 * Cadastral numbers: the land plot's number has the form of the state land cadastre,
 * RR-DDD-QQQ-PPP — region (two digits, regions.cadastral_code), district (three), cadastral
 * quarter (three), plot (three) — e.g. 20-315-036-123. A building on the plot adds `:N` and
 * premises in it `/N` (20-315-036-123:1/45). The plot part follows the land cadastre's rules
 * (Government Decree No. 958); the suffixes for buildings and premises are this demo's choice,
 * as the sources here give no sample of them.
 */
import type { LegalEntityRow, ReClaimRow, ReEncumbranceRow, ReObjectRow, ReRightRow, ReRightType } from '../db/rows.ts';
import type { EntityRegistry, Holder } from './legal-entities.ts';
import { personName } from './people.ts';
import { commonStreets, formatAddress, type Locality, type RegionPlaces, type Street } from './places.ts';
import { Rng, addDaysIso, dateBetween, dateWithin, printedDate, registrationTime } from './rng.ts';

type Text = { kk: string; ru: string };

/** The last day the generated registers reach. */
export const registerEnd = '2026-10-30';

export type Deed =
	| 'purchase'
	| 'gift'
	| 'inheritance'
	| 'privatization'
	| 'shared-construction'
	| 'exchange'
	| 'court'
	| 'akimat'
	| 'commissioning';

const content: Record<ReRightType, Text> = {
	ownership: { kk: 'Иелену, пайдалану және билік ету', ru: 'Владение, пользование и распоряжение' },
	'temporary-land-use': {
		kk: 'Уақытша өтеулі ұзақ мерзімді жер пайдалану (жалға алу), 49 жыл',
		ru: 'Временное возмездное долгосрочное землепользование (аренда), 49 лет'
	},
	'permanent-land-use': { kk: 'Тұрақты жер пайдалану', ru: 'Постоянное землепользование' },
	'operational-management': { kk: 'Жедел басқару', ru: 'Оперативное управление' },
	'economic-management': { kk: 'Шаруашылық жүргізу', ru: 'Хозяйственное ведение' }
};

export interface Owner {
	holder: Holder;
	form: 'sole' | 'shared' | 'joint';
	share?: [number, number];
}

const holderIds = (h: Holder) =>
	h.kind === 'person' ? { iin: h.person.iin, bin: null } : { iin: null, bin: h.entity.bin };
const holderName = (h: Holder): Text =>
	h.kind === 'person'
		? { kk: h.person.fullNameKk, ru: h.person.fullNameRu }
		: { kk: h.entity.name_kk, ru: h.entity.name_ru };

/** Common shared ownership splits, each summing to one. */
export const shareSplits: [number, number][][] = [
	[
		[1, 2],
		[1, 2]
	],
	[
		[1, 3],
		[1, 3],
		[1, 3]
	],
	[
		[1, 2],
		[1, 4],
		[1, 4]
	],
	[
		[1, 4],
		[1, 4],
		[1, 4],
		[1, 4]
	],
	[
		[2, 3],
		[1, 3]
	]
];

interface ApartmentBuilding {
	plot: string;
	street: Street;
	house: string;
	storeys: number;
	flats: number;
	built: string;
	used: Set<number>;
	left: number;
}

export class PropertyRegister {
	objects: ReObjectRow[] = [];
	rights: ReRightRow[] = [];
	encumbrances: ReEncumbranceRow[] = [];
	claims: ReClaimRow[] = [];
	private nextId: { object: number; right: number; encumbrance: number; claim: number };
	private readonly plots: Set<string>;
	private readonly buildings = new Map<Locality, ApartmentBuilding>();
	private readonly notaries: Text[];

	private readonly rng: Rng;
	private readonly registry: EntityRegistry;

	constructor(
		rng: Rng,
		registry: EntityRegistry,
		options: { firstIds?: PropertyRegister['nextId']; takenPlots?: Set<string> } = {}
	) {
		this.rng = rng;
		this.registry = registry;
		this.nextId = { ...(options.firstIds ?? { object: 1, right: 1, encumbrance: 1, claim: 1 }) };
		this.plots = options.takenPlots ?? new Set();
		this.notaries = Array.from({ length: 40 }, () => {
			const name = personName(rng, rng.chance(0.6) ? 'female' : 'male');
			const short = (full: string) => {
				const [family, given, father] = full.split(' ');
				return `${family} ${given[0]}.${father[0]}.`;
			};
			return { kk: short(name.kk), ru: short(name.ru) };
		});
	}

	/** The ids the next rows get: where a later generator run continues. */
	get ids(): PropertyRegister['nextId'] {
		return { ...this.nextId };
	}

	/** The rows made since the last drain (the bench seed writes them out as it goes). */
	drain(): { objects: ReObjectRow[]; rights: ReRightRow[]; encumbrances: ReEncumbranceRow[]; claims: ReClaimRow[] } {
		const out = { objects: this.objects, rights: this.rights, encumbrances: this.encumbrances, claims: this.claims };
		this.objects = [];
		this.rights = [];
		this.encumbrances = [];
		this.claims = [];
		return out;
	}

	/** Takes a land-plot number chosen by hand (the demo stories). */
	reservePlot(number: string): string {
		if (this.plots.has(number)) throw new Error(`cadastral number ${number} is taken`);
		this.plots.add(number);
		return number;
	}

	/** A free land-plot number RR-DDD-QQQ-PPP in the locality. */
	allocatePlot(region: RegionPlaces, locality: Locality): string {
		for (;;) {
			const quarter = String(this.rng.int(1, 180)).padStart(3, '0');
			const plot = String(this.rng.int(1, 999)).padStart(3, '0');
			const number = `${region.cadastral}-${locality.district}-${quarter}-${plot}`;
			if (!this.plots.has(number)) {
				this.plots.add(number);
				return number;
			}
		}
	}

	private addressCode(): string {
		return String(this.rng.int(1, 9)) + this.rng.digits(15);
	}

	addObject(fields: Omit<ReObjectRow, 'id'>): ReObjectRow {
		const row: ReObjectRow = { id: this.nextId.object++, ...fields };
		this.objects.push(row);
		return row;
	}

	// ─── Title documents ─────────────────────────────────────────────────────────────────────

	deed(kind: Deed, on: string, region?: RegionPlaces): Text {
		const rng = this.rng;
		const date = printedDate(on);
		const notary = rng.pick(this.notaries);
		const n = rng.int(100, 9999);
		switch (kind) {
			case 'purchase':
				return {
					kk: `Сатып алу-сату шарты, ${date} ж., № ${n}, нотариус ${notary.kk} куәландырған`,
					ru: `Договор купли-продажи от ${date} № ${n}, удостоверен нотариусом ${notary.ru}`
				};
			case 'gift':
				return {
					kk: `Сыйға тарту шарты, ${date} ж., № ${n}, нотариус ${notary.kk} куәландырған`,
					ru: `Договор дарения от ${date} № ${n}, удостоверен нотариусом ${notary.ru}`
				};
			case 'inheritance':
				return {
					kk: `Заң бойынша мұраға құқық туралы куәлік, ${date} ж., № ${n}, нотариус ${notary.kk}`,
					ru: `Свидетельство о праве на наследство по закону от ${date} № ${n}, нотариус ${notary.ru}`
				};
			case 'privatization':
				return {
					kk: `Тұрғын үйді жекешелендіру шарты, ${date} ж., № ${n}`,
					ru: `Договор приватизации жилища от ${date} № ${n}`
				};
			case 'shared-construction':
				return {
					kk: `Үлестік тұрғын үй құрылысына қатысу шарты, ${date} ж., № ${n}-Ү, қабылдау-тапсыру актісі`,
					ru: `Договор о долевом участии в жилищном строительстве от ${date} № ${n}-Д, акт приема-передачи`
				};
			case 'exchange':
				return {
					kk: `Айырбас шарты, ${date} ж., № ${n}, нотариус ${notary.kk} куәландырған`,
					ru: `Договор мены от ${date} № ${n}, удостоверен нотариусом ${notary.ru}`
				};
			case 'court': {
				const caseNo = `${rng.int(7500, 7599)}-${on.slice(2, 4)}-00-2/${rng.int(100, 9999)}`;
				return {
					kk: `Соттың заңды күшіне енген шешімі, ${date} ж., № ${caseNo}`,
					ru: `Решение суда, вступившее в законную силу, от ${date} № ${caseNo}`
				};
			}
			case 'akimat': {
				const where = region
					? { kk: `${region.kk} әкімдігінің`, ru: `акимата ${region.ruGen}` }
					: { kk: 'Әкімдіктің', ru: 'акимата' };
				return {
					kk: `${where.kk} қаулысы, ${date} ж., № ${rng.int(1, 999)}, жер учаскесін сатып алу-сату шарты`,
					ru: `Постановление ${where.ru} от ${date} № ${rng.int(1, 999)}, договор купли-продажи земельного участка`
				};
			}
			case 'commissioning':
				return {
					kk: `Аяқталған құрылыс объектісін пайдалануға қабылдау актісі, ${date} ж., № ${n}`,
					ru: `Акт приемки построенного объекта в эксплуатацию от ${date} № ${n}`
				};
		}
	}

	// ─── Rights ─────────────────────────────────────────────────────────────────────────────

	/** One right per owner on each object (a house and its plot are registered together). */
	registerOwners(
		objects: ReObjectRow[],
		owners: Owner[],
		o: { basis: Text; at: string; type?: (object: ReObjectRow, holder: Holder) => ReRightType }
	): ReRightRow[] {
		const rows: ReRightRow[] = [];
		for (const object of objects) {
			for (const owner of owners) {
				const type = o.type?.(object, owner.holder) ?? 'ownership';
				const ids = holderIds(owner.holder);
				const name = holderName(owner.holder);
				const row: ReRightRow = {
					id: this.nextId.right++,
					object_id: object.id,
					type,
					content_kk: content[type].kk,
					content_ru: content[type].ru,
					holder_iin: ids.iin,
					holder_bin: ids.bin,
					holder_name_kk: name.kk,
					holder_name_ru: name.ru,
					ownership_form: owner.form,
					share_num: owner.form === 'shared' ? owner.share![0] : null,
					share_den: owner.form === 'shared' ? owner.share![1] : null,
					basis_kk: o.basis.kk,
					basis_ru: o.basis.ru,
					registered_at: o.at,
					termination_basis_kk: null,
					termination_basis_ru: null,
					terminated_at: null
				};
				this.rights.push(row);
				rows.push(row);
			}
		}
		return rows;
	}

	terminate(rows: ReRightRow[], basis: Text, at: string): void {
		for (const row of rows) {
			row.termination_basis_kk = basis.kk;
			row.termination_basis_ru = basis.ru;
			row.terminated_at = at;
		}
	}

	/**
	 * A chain of title: each owner set holds from its deed until the next one's, the last holds
	 * now. Returns the current rights and the date they were registered.
	 */
	history(
		objects: ReObjectRow[],
		chain: { owners: Owner[]; deed: Deed; on: string }[],
		o: { type?: (object: ReObjectRow, holder: Holder) => ReRightType; region?: RegionPlaces } = {}
	): { current: ReRightRow[]; past: ReRightRow[][]; dates: string[] } {
		let previous: ReRightRow[] | null = null;
		const past: ReRightRow[][] = [];
		const dates: string[] = [];
		let current: ReRightRow[] = [];
		for (const link of chain) {
			const at = registrationTime(this.rng, link.on, link.on);
			const basis = this.deed(link.deed, link.on, o.region);
			if (previous) {
				this.terminate(previous, basis, at);
				past.push(previous);
			}
			current = this.registerOwners(objects, link.owners, { basis, at, type: o.type });
			previous = current;
			dates.push(at);
		}
		return { current, past, dates };
	}

	// ─── Encumbrances and claims ────────────────────────────────────────────────────────────

	encumber(
		object: ReObjectRow,
		e: Omit<
			ReEncumbranceRow,
			'id' | 'object_id' | 'termination_basis_kk' | 'termination_basis_ru' | 'terminated_at'
		> & {
			terminated?: { basis: Text; at: string };
		}
	): ReEncumbranceRow {
		const { terminated, ...fields } = e;
		const row: ReEncumbranceRow = {
			id: this.nextId.encumbrance++,
			object_id: object.id,
			...fields,
			termination_basis_kk: terminated?.basis.kk ?? null,
			termination_basis_ru: terminated?.basis.ru ?? null,
			terminated_at: terminated?.at ?? null
		};
		this.encumbrances.push(row);
		return row;
	}

	/** A mortgage to a bank; `after`: the owner's registration it follows (the same day, minutes later). */
	mortgage(
		object: ReObjectRow,
		bank: LegalEntityRow,
		on: string,
		o: { after?: string; repaid?: string } = {}
	): ReEncumbranceRow {
		const { after, repaid } = o;
		const n = this.rng.int(100, 99999);
		let at = registrationTime(this.rng, on, on);
		if (after && at <= after)
			at = new Date(Date.parse(after) + this.rng.int(3, 120) * 60_000).toISOString().replace('.000Z', 'Z');
		const repaidAt = repaid ? registrationTime(this.rng, repaid, repaid) : null;
		return this.encumber(object, {
			type: 'mortgage',
			content_kk: 'Банктік қарыз шарты бойынша міндеттемелердің орындалуын қамтамасыз ету',
			content_ru: 'Обеспечение исполнения обязательств по договору банковского займа',
			party_name_kk: bank.name_kk,
			party_name_ru: bank.name_ru,
			party_iin: null,
			party_bin: bank.bin,
			share_num: null,
			share_den: null,
			basis_kk: `Ипотека шарты, ${printedDate(on)} ж., № ${n}-И`,
			basis_ru: `Договор ипотеки от ${printedDate(on)} № ${n}-И`,
			registered_at: at,
			terminated:
				repaid && repaidAt && repaidAt > at
					? {
							basis: {
								kk: `Кепіл ұстаушының ипотеканы тоқтату туралы өтініші, ${printedDate(repaid)} ж.`,
								ru: `Заявление залогодержателя о прекращении ипотеки от ${printedDate(repaid)}`
							},
							at: repaidAt
						}
					: undefined
		});
	}

	/** An arrest or a ban on disposal by a court, the enforcement department, a private enforcement officer or the revenue service. */
	arrest(
		object: ReObjectRow,
		by:
			| { kind: 'court' | 'enforcement' | 'revenue'; entity: LegalEntityRow }
			| { kind: 'private-officer'; person: Holder & { kind: 'person' } },
		on: string,
		share?: [number, number]
	): ReEncumbranceRow {
		const rng = this.rng;
		const date = printedDate(on);
		const n = rng.int(1000, 99999);
		const party =
			by.kind === 'private-officer'
				? {
						kk: `Жеке сот орындаушысы ${by.person.person.fullNameKk}`,
						ru: `Частный судебный исполнитель ${by.person.person.fullNameRu}`,
						iin: by.person.person.iin,
						bin: null
					}
				: { kk: by.entity.name_kk, ru: by.entity.name_ru, iin: null, bin: by.entity.bin };
		const basis: Text =
			by.kind === 'court'
				? {
						kk: `Талап қоюды қамтамасыз ету туралы сот ұйғарымы, ${date} ж., № ${rng.int(7500, 7599)}-${on.slice(2, 4)}-00-2/${n}`,
						ru: `Определение суда об обеспечении иска от ${date} № ${rng.int(7500, 7599)}-${on.slice(2, 4)}-00-2/${n}`
					}
				: by.kind === 'revenue'
					? {
							kk: `Салық берешегі есебінен мүлікке билік етуді шектеу туралы шешім, ${date} ж., № ${n}`,
							ru: `Решение об ограничении в распоряжении имуществом в счет налоговой задолженности от ${date} № ${n}`
						}
					: {
							kk: `Сот орындаушысының мүлікке тыйым салу туралы қаулысы, ${date} ж., атқарушылық іс № ${n}`,
							ru: `Постановление судебного исполнителя о наложении ареста на имущество от ${date}, исполнительное производство № ${n}`
						};
		const type = by.kind === 'revenue' ? 'prohibition' : 'arrest';
		return this.encumber(object, {
			type,
			content_kk: type === 'arrest' ? 'Мүлікке тыйым салу (иеліктен шығаруға тыйым)' : 'Мүлікке билік етуді шектеу',
			content_ru:
				type === 'arrest' ? 'Арест имущества (запрет на отчуждение)' : 'Ограничение в распоряжении имуществом',
			party_name_kk: party.kk,
			party_name_ru: party.ru,
			party_iin: party.iin,
			party_bin: party.bin,
			share_num: share?.[0] ?? null,
			share_den: share?.[1] ?? null,
			basis_kk: basis.kk,
			basis_ru: basis.ru,
			registered_at: registrationTime(rng, on, on)
		});
	}

	lease(object: ReObjectRow, tenant: Holder, on: string, years: number): ReEncumbranceRow {
		const name = holderName(tenant);
		const ids = holderIds(tenant);
		const until = String(Number(on.slice(0, 4)) + years);
		const n = this.rng.int(1, 999);
		return this.encumber(object, {
			type: 'lease',
			content_kk: `Үй-жайды уақытша иелену және пайдалану, ${until} жылға дейін`,
			content_ru: `Временное владение и пользование помещением до ${until} года`,
			party_name_kk: name.kk,
			party_name_ru: name.ru,
			party_iin: ids.iin,
			party_bin: ids.bin,
			share_num: null,
			share_den: null,
			basis_kk: `Мүліктік жалдау шарты, ${printedDate(on)} ж., № ${n}`,
			basis_ru: `Договор имущественного найма (аренды) от ${printedDate(on)} № ${n}`,
			registered_at: registrationTime(this.rng, on, on)
		});
	}

	servitude(object: ReObjectRow, beneficiary: LegalEntityRow, on: string): ReEncumbranceRow {
		return this.encumber(object, {
			type: 'servitude',
			content_kk: 'Инженерлік желілерге қызмет көрсету үшін учаскенің бір бөлігін шектеулі пайдалану құқығы',
			content_ru: 'Право ограниченного пользования частью участка для обслуживания инженерных сетей',
			party_name_kk: beneficiary.name_kk,
			party_name_ru: beneficiary.name_ru,
			party_iin: null,
			party_bin: beneficiary.bin,
			share_num: null,
			share_den: null,
			basis_kk: `Сервитут туралы келісім, ${printedDate(on)} ж., № ${this.rng.int(1, 999)}-С`,
			basis_ru: `Соглашение об установлении сервитута от ${printedDate(on)} № ${this.rng.int(1, 999)}-С`,
			registered_at: registrationTime(this.rng, on, on)
		});
	}

	claim(
		object: ReObjectRow,
		kind: 'claim' | 'transaction',
		applicant: Holder,
		on: string,
		withdrawn?: string
	): ReClaimRow {
		const name = holderName(applicant);
		const ids = holderIds(applicant);
		const date = printedDate(on);
		const n = this.rng.int(100, 9999);
		const text =
			kind === 'claim'
				? {
						content: {
							kk: 'Меншік құқығын тану туралы талап арыз сотқа қабылданды',
							ru: 'Принято судом исковое заявление о признании права собственности'
						},
						basis: {
							kk: `Талап арызды іс жүргізуге қабылдау туралы сот ұйғарымы, ${date} ж., № ${this.rng.int(7500, 7599)}-${on.slice(2, 4)}-00-2/${n}`,
							ru: `Определение суда о принятии искового заявления к производству от ${date} № ${this.rng.int(7500, 7599)}-${on.slice(2, 4)}-00-2/${n}`
						}
					}
				: {
						content: { kk: 'Алдын ала сатып алу-сату шарты', ru: 'Предварительный договор купли-продажи' },
						basis: {
							kk: `Алдын ала шарт, ${date} ж., № ${n}, нотариус ${this.rng.pick(this.notaries).kk} куәландырған`,
							ru: `Предварительный договор от ${date} № ${n}, удостоверен нотариусом ${this.rng.pick(this.notaries).ru}`
						}
					};
		const row: ReClaimRow = {
			id: this.nextId.claim++,
			object_id: object.id,
			type: kind,
			content_kk: text.content.kk,
			content_ru: text.content.ru,
			applicant_name_kk: name.kk,
			applicant_name_ru: name.ru,
			applicant_iin: ids.iin,
			applicant_bin: ids.bin,
			basis_kk: text.basis.kk,
			basis_ru: text.basis.ru,
			registered_at: registrationTime(this.rng, on, on),
			terminated_at: withdrawn ? registrationTime(this.rng, withdrawn, withdrawn) : null
		};
		this.claims.push(row);
		return row;
	}

	// ─── Objects ────────────────────────────────────────────────────────────────────────────

	street(region: RegionPlaces): Street {
		return this.rng.chance(0.5) ? this.rng.pick(region.streets) : this.rng.pick(commonStreets);
	}

	/** A flat (or non-residential premises) in an apartment building of the locality. */
	flat(
		region: RegionPlaces,
		locality: Locality,
		o: { commercial?: boolean } = {}
	): { object: ReObjectRow; built: string } {
		const rng = this.rng;
		let b = this.buildings.get(locality);
		if (!b || b.left === 0) {
			const storeys = rng.weighted([
				[5, 40],
				[9, 30],
				[12, 12],
				[16, 10],
				[3, 8]
			] as const);
			const flats = storeys * rng.pick([4, 6, 8]);
			b = {
				plot: this.allocatePlot(region, locality),
				street: this.street(region),
				house: String(rng.int(1, 250)) + (rng.chance(0.2) ? `/${rng.int(1, 12)}` : rng.chance(0.1) ? 'А' : ''),
				storeys,
				flats,
				built: dateBetween(rng, storeys >= 12 ? '2006-01-01' : '1962-01-01', '2024-12-31'),
				used: new Set(),
				left: Math.min(flats, rng.int(4, 40))
			};
			this.buildings.set(locality, b);
		}
		let number: number;
		do number = rng.int(1, b.flats);
		while (b.used.has(number));
		b.used.add(number);
		b.left--;
		const perStorey = Math.max(1, Math.round(b.flats / b.storeys));
		const storey = o.commercial ? 1 : Math.min(b.storeys, Math.floor((number - 1) / perStorey) + 1);
		const rooms = rng.weighted([
			[1, 25],
			[2, 38],
			[3, 27],
			[4, 10]
		] as const);
		const area = o.commercial
			? rng.int(30, 400) + rng.int(0, 9) / 10
			: rooms * rng.int(17, 24) + rng.int(8, 20) + rng.int(0, 9) / 10;
		const address = formatAddress({
			region,
			locality,
			street: b.street,
			house: b.house,
			flat: { number, kind: o.commercial ? 'premises' : 'flat' }
		});
		const purpose: Text = o.commercial
			? rng.pick([
					{ kk: 'Тұрғын емес үй-жай (кеңсе)', ru: 'Нежилое помещение (офис)' },
					{ kk: 'Тұрғын емес үй-жай (дүкен)', ru: 'Нежилое помещение (магазин)' },
					{ kk: 'Тұрғын емес үй-жай (дәріхана)', ru: 'Нежилое помещение (аптека)' }
				])
			: { kk: `Тұрғын үй-жай (${rooms} бөлмелі пәтер)`, ru: `Жилое помещение (${rooms}-комнатная квартира)` };
		const note: Text | null = rng.chance(0.03)
			? { kk: 'Қайта жоспарлау келісілмеген', ru: 'Перепланировка не согласована' }
			: null;
		const object = this.addObject({
			type: 'premises',
			cadastral_number: `${b.plot}:1/${number}`,
			purpose_kk: purpose.kk,
			purpose_ru: purpose.ru,
			litera: 'А',
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: this.addressCode(),
			components: 1,
			storeys: b.storeys,
			storey,
			total_area: round1(area),
			volume: null,
			length: null,
			useful_area: round1(area * (o.commercial ? 0.92 : 0.88)),
			divisible: null,
			note_kk: note?.kk ?? null,
			note_ru: note?.ru ?? null,
			region_code: region.code
		});
		return { object, built: b.built };
	}

	/** An individual house and the land plot under it (registered separately, held together). */
	house(
		region: RegionPlaces,
		locality: Locality,
		o: { street?: Street; house?: string } = {}
	): { plot: ReObjectRow; house: ReObjectRow } {
		const rng = this.rng;
		const plotNumber = this.allocatePlot(region, locality);
		const address = formatAddress({
			region,
			locality,
			street: o.street ?? this.street(region),
			house: o.house ?? String(rng.int(1, 320))
		});
		const code = rng.chance(locality.kind === 'village' ? 0.5 : 0.9) ? this.addressCode() : null;
		const plotArea = rng.int(4, 15) * 100 + rng.int(0, 99);
		const plot = this.addObject({
			type: 'land-plot',
			cadastral_number: plotNumber,
			purpose_kk: 'Жеке тұрғын үйге қызмет көрсету үшін',
			purpose_ru: 'Для обслуживания индивидуального жилого дома',
			litera: null,
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: code,
			components: null,
			storeys: null,
			storey: null,
			total_area: plotArea,
			volume: null,
			length: null,
			useful_area: null,
			divisible: rng.chance(0.15) ? 1 : 0,
			note_kk: null,
			note_ru: null,
			region_code: region.code
		});
		const storeys = rng.chance(0.75) ? 1 : 2;
		const area = rng.int(55, 160) * storeys + rng.int(0, 9) / 10;
		const components = rng.int(1, 4);
		const house = this.addObject({
			type: 'building',
			cadastral_number: `${plotNumber}:1`,
			purpose_kk: 'Жеке тұрғын үй',
			purpose_ru: 'Индивидуальный жилой дом',
			litera: ['А', 'А, Г', 'А, Г, Г1', 'А, а, Г, Г1'][components - 1],
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: code,
			components,
			storeys,
			storey: null,
			total_area: round1(area),
			volume: null,
			length: null,
			useful_area: round1(area * 0.86),
			divisible: null,
			note_kk: null,
			note_ru: null,
			region_code: region.code
		});
		return { plot, house };
	}

	/** A land plot on its own: a garden plot near a town, a farm in the steppe, or a plot for building. */
	landPlot(region: RegionPlaces, locality: Locality): ReObjectRow {
		const rng = this.rng;
		const kind = rng.weighted([
			['garden', 50],
			['farm', locality.kind === 'village' ? 35 : 5],
			['building', 25]
		] as const);
		const gardenNames = ['Ақбұлақ', 'Весна', 'Алтын бау', 'Локомотив', 'Көктем', 'Мичуринец'];
		let address: Text;
		if (kind === 'garden') {
			const partnership = rng.pick(gardenNames);
			const n = rng.int(1, 900);
			address = {
				kk: `${region.kk}, ${locality.kk}, "${partnership}" бағбандық серіктестігі, ${n} учаске`,
				ru: `${region.ru}, ${locality.ru}, садоводческое товарищество "${partnership}", участок ${n}`
			};
		} else if (kind === 'farm') {
			address = {
				kk: `${region.kk}, ${locality.kk}, ${rng.int(1, 60)} есептік квартал`,
				ru: `${region.ru}, ${locality.ru}, учетный квартал ${rng.int(1, 60)}`
			};
		} else {
			address = formatAddress({ region, locality, street: this.street(region), house: String(rng.int(1, 400)) });
		}
		const purpose: Text =
			kind === 'garden'
				? { kk: 'Бағбандық жүргізу үшін', ru: 'Для ведения садоводства' }
				: kind === 'farm'
					? { kk: 'Шаруа қожалығын жүргізу үшін', ru: 'Для ведения крестьянского хозяйства' }
					: { kk: 'Жеке тұрғын үй құрылысы үшін', ru: 'Для строительства индивидуального жилого дома' };
		const area =
			kind === 'farm' ? rng.int(10, 800) * 10_000 : kind === 'garden' ? rng.int(4, 12) * 100 : rng.int(6, 12) * 100;
		return this.addObject({
			type: 'land-plot',
			cadastral_number: this.allocatePlot(region, locality),
			purpose_kk: purpose.kk,
			purpose_ru: purpose.ru,
			litera: null,
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: kind === 'building' && rng.chance(0.7) ? this.addressCode() : null,
			components: null,
			storeys: null,
			storey: null,
			total_area: area,
			volume: null,
			length: null,
			useful_area: null,
			divisible: kind === 'farm' ? 1 : rng.chance(0.1) ? 1 : 0,
			note_kk: kind === 'farm' ? 'Ауыл шаруашылығы мақсатындағы жерлер' : null,
			note_ru: kind === 'farm' ? 'Земли сельскохозяйственного назначения' : null,
			region_code: region.code
		});
	}

	/** A non-residential building of an entity and its plot. */
	entityBuilding(
		region: RegionPlaces,
		locality: Locality,
		purpose?: Text
	): { plot: ReObjectRow; building: ReObjectRow } {
		const rng = this.rng;
		const plotNumber = this.allocatePlot(region, locality);
		const address = formatAddress({ region, locality, street: this.street(region), house: String(rng.int(1, 300)) });
		const code = this.addressCode();
		const use =
			purpose ??
			rng.pick([
				{ kk: 'Әкімшілік ғимарат', ru: 'Административное здание' },
				{ kk: 'Қойма', ru: 'Склад' },
				{ kk: 'Өндірістік ғимарат', ru: 'Производственное здание' },
				{ kk: 'Сауда орталығы', ru: 'Торговый центр' }
			]);
		const storeys = use.ru === 'Склад' ? 1 : rng.int(1, 9);
		const area = rng.int(200, 2500) * Math.max(1, Math.floor(storeys / 2)) + rng.int(0, 9) / 10;
		const plot = this.addObject({
			type: 'land-plot',
			cadastral_number: plotNumber,
			purpose_kk: `${use.kk} орналастыру және қызмет көрсету үшін`,
			purpose_ru: `Для размещения и обслуживания объекта: ${use.ru.toLowerCase()}`,
			litera: null,
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: code,
			components: null,
			storeys: null,
			storey: null,
			total_area: Math.round((area * rng.int(15, 40)) / 10),
			volume: null,
			length: null,
			useful_area: null,
			divisible: 0,
			note_kk: null,
			note_ru: null,
			region_code: region.code
		});
		const building = this.addObject({
			type: 'building',
			cadastral_number: `${plotNumber}:1`,
			purpose_kk: use.kk,
			purpose_ru: use.ru,
			litera: rng.pick(['А', 'Б', 'А1', 'В']),
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: code,
			components: rng.int(1, 3),
			storeys,
			storey: null,
			total_area: round1(area),
			volume: Math.round(area * 3.3),
			length: null,
			useful_area: round1(area * 0.8),
			divisible: null,
			note_kk: null,
			note_ru: null,
			region_code: region.code
		});
		return { plot, building };
	}

	/** A structure on an entity's plot: a linear one (a gas pipe, a fence) measured in metres, or a car park in m². */
	structure(region: RegionPlaces, locality: Locality): ReObjectRow {
		const rng = this.rng;
		const kind = rng.pick([
			{ kk: 'Газ құбыры', ru: 'Газопровод', linear: true },
			{ kk: 'Су құбыры желісі', ru: 'Сеть водопровода', linear: true },
			{ kk: 'Қоршау', ru: 'Ограждение', linear: true },
			{ kk: 'Автотұрақ', ru: 'Автостоянка', linear: false }
		]);
		const address = formatAddress({ region, locality, street: this.street(region), house: String(rng.int(1, 300)) });
		return this.addObject({
			type: 'structure',
			cadastral_number: `${this.allocatePlot(region, locality)}:2`,
			purpose_kk: kind.kk,
			purpose_ru: kind.ru,
			litera: rng.pick(['I', 'II', 'Л1']),
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: null,
			components: 1,
			storeys: null,
			storey: null,
			total_area: kind.linear ? null : rng.int(300, 5000),
			volume: null,
			length: kind.linear ? rng.int(40, 3000) + rng.int(0, 9) / 10 : null,
			useful_area: null,
			divisible: null,
			note_kk: null,
			note_ru: null,
			region_code: region.code
		});
	}

	unfinished(region: RegionPlaces, locality: Locality): ReObjectRow {
		const rng = this.rng;
		const readiness = rng.int(2, 9) * 10;
		const address = formatAddress({ region, locality, street: this.street(region), house: String(rng.int(1, 300)) });
		const area = rng.int(80, 260) + rng.int(0, 9) / 10;
		return this.addObject({
			type: 'unfinished-construction',
			cadastral_number: `${this.allocatePlot(region, locality)}:1`,
			purpose_kk: 'Аяқталмаған құрылыс объектісі (жеке тұрғын үй)',
			purpose_ru: 'Объект незавершенного строительства (индивидуальный жилой дом)',
			litera: 'А',
			address_kk: address.kk,
			address_ru: address.ru,
			address_code: null,
			components: 1,
			storeys: rng.int(1, 2),
			storey: null,
			total_area: round1(area),
			volume: null,
			length: null,
			useful_area: null,
			divisible: null,
			note_kk: `Құрылыс аяқталмаған, дайындығы ${readiness}%`,
			note_ru: `Строительство не завершено, готовность ${readiness}%`,
			region_code: region.code
		});
	}

	// ─── Whole estates with history, for the bulk of the data ──────────────────────────────

	/** Owners for one registration: sole, spouses (joint) or co-owners in shares. */
	owners(pickPerson: () => Holder, form?: 'sole' | 'shared' | 'joint'): Owner[] {
		const rng = this.rng;
		const f =
			form ??
			rng.weighted([
				['sole', 68],
				['joint', 14],
				['shared', 18]
			] as const);
		if (f === 'sole') return [{ holder: pickPerson(), form: 'sole' }];
		const count = f === 'joint' ? 2 : 0;
		const split = f === 'shared' ? rng.pick(shareSplits) : [];
		const seen = new Set<string>();
		const owners: Owner[] = [];
		const n = f === 'joint' ? count : split.length;
		while (owners.length < n) {
			const holder = pickPerson();
			const id = holder.kind === 'person' ? holder.person.iin : holder.entity.bin;
			if (seen.has(id)) continue;
			seen.add(id);
			owners.push({ holder, form: f, share: f === 'shared' ? split[owners.length] : undefined });
		}
		return owners;
	}

	/**
	 * One estate: a flat, a house with its plot, a land plot, commercial premises, an entity's
	 * building with its plot, a structure or an unfinished building — with its previous owners,
	 * and at times a mortgage, an arrest, a lease or a claim.
	 */
	randomEstate(ctx: { region: RegionPlaces; person: () => Holder; entity: () => Holder }): void {
		const rng = this.rng;
		const { region } = ctx;
		const locality = rng.pick(region.localities);
		const kind =
			locality.kind === 'city'
				? rng.weighted([
						['flat', 64],
						['house', 11],
						['land', 5],
						['commercial', 10],
						['entity-building', 4],
						['structure', 3],
						['unfinished', 3]
					] as const)
				: rng.weighted([
						['flat', 6],
						['house', 52],
						['land', 28],
						['commercial', 2],
						['entity-building', 3],
						['structure', 4],
						['unfinished', 5]
					] as const);
		const byEntity = kind === 'entity-building' || kind === 'structure' || (kind === 'commercial' && rng.chance(0.6));
		let objects: ReObjectRow[];
		let since = '1998-01-01';
		let firstDeed: Deed = 'purchase';
		switch (kind) {
			case 'flat':
			case 'commercial': {
				const { object, built } = this.flat(region, locality, { commercial: kind === 'commercial' });
				objects = [object];
				since = built > since ? built : since;
				firstDeed = built < '1992-01-01' ? 'privatization' : built >= '2005-01-01' ? 'shared-construction' : 'purchase';
				if (firstDeed === 'privatization') since = dateBetween(rng, '1993-01-01', '1999-12-31');
				if (kind === 'commercial') firstDeed = 'purchase';
				break;
			}
			case 'house': {
				const { plot, house } = this.house(region, locality);
				objects = [plot, house];
				firstDeed = rng.pick(['purchase', 'commissioning', 'inheritance'] as const);
				break;
			}
			case 'land':
				objects = [this.landPlot(region, locality)];
				firstDeed = 'akimat';
				break;
			case 'entity-building': {
				const { plot, building } = this.entityBuilding(region, locality);
				objects = [plot, building];
				firstDeed = rng.pick(['purchase', 'commissioning'] as const);
				since = '2000-01-01';
				break;
			}
			case 'structure':
				objects = [this.structure(region, locality)];
				firstDeed = 'commissioning';
				since = '2003-01-01';
				break;
			case 'unfinished':
				objects = [this.unfinished(region, locality)];
				since = '2012-01-01';
				break;
		}
		// The chain of title: up to three earlier owners, registrations at least half a year apart.
		const links = rng.weighted([
			[1, 58],
			[2, 28],
			[3, 10],
			[4, 4]
		] as const);
		const chain: { owners: Owner[]; deed: Deed; on: string }[] = [];
		const latestStart = addDaysIso(registerEnd, -400 * links);
		let on = dateBetween(rng, since, since <= latestStart ? latestStart : registerEnd);
		for (let i = 0; i < links && on <= registerEnd; i++) {
			const pick = byEntity && rng.chance(0.85) ? ctx.entity : ctx.person;
			const owners = byEntity || kind === 'land' ? [{ holder: pick(), form: 'sole' as const }] : this.owners(pick);
			chain.push({
				owners,
				deed:
					i === 0
						? firstDeed
						: rng.weighted([
								['purchase', 70],
								['gift', 12],
								['inheritance', 12],
								['exchange', 3],
								['court', 3]
							] as const),
				on
			});
			on = dateBetween(rng, addDaysIso(on, 180), addDaysIso(on, 3000));
		}
		const landType = (object: ReObjectRow, holder: Holder): ReRightType =>
			object.type === 'land-plot' && holder.kind === 'entity'
				? holder.entity.legal_form === 'state-institution'
					? 'permanent-land-use'
					: rng.chance(0.6)
						? 'temporary-land-use'
						: 'ownership'
				: holder.kind === 'entity' && holder.entity.legal_form === 'state-institution'
					? 'operational-management'
					: 'ownership';
		const { current, dates } = this.history(objects, chain, { type: landType, region });
		const currentOn = dates[dates.length - 1].slice(0, 10);
		const main = objects[objects.length - 1];

		// A repaid mortgage of a previous owner, ended by the sale.
		if (dates.length > 1 && rng.chance(0.25)) {
			const from = dates[dates.length - 2].slice(0, 10);
			this.mortgage(main, rng.pick(this.registry.banks), from, { after: dates[dates.length - 2], repaid: currentOn });
		}
		if (kind !== 'structure' && currentOn >= '2007-01-01' && rng.chance(byEntity ? 0.1 : 0.13)) {
			// Most old loans are repaid by now.
			const repaidChance = currentOn < '2011-01-01' ? 0.85 : currentOn < '2018-01-01' ? 0.4 : 0.1;
			const repaid = rng.chance(repaidChance)
				? (dateWithin(rng, addDaysIso(currentOn, 365), registerEnd) ?? undefined)
				: undefined;
			const bank = rng.pick(this.registry.banks);
			for (const object of objects) this.mortgage(object, bank, currentOn, { after: dates[dates.length - 1], repaid });
		}
		const arrestOn = dateWithin(rng, addDaysIso(currentOn, 60), registerEnd);
		if (arrestOn && rng.chance(0.03)) {
			const authority = this.registry.authorities.get(region.code) ?? this.registry.authorities.values().next().value!;
			const shared = current.filter((r) => r.object_id === main.id && r.ownership_form === 'shared');
			const share: [number, number] | undefined = shared.length
				? [shared[0].share_num!, shared[0].share_den!]
				: undefined;
			const by = rng.weighted([
				['enforcement', 40],
				['court', 25],
				['revenue', 20],
				['private-officer', 15]
			] as const);
			if (by === 'private-officer') {
				const officer = ctx.person();
				if (officer.kind === 'person') this.arrest(main, { kind: 'private-officer', person: officer }, arrestOn, share);
			} else this.arrest(main, { kind: by, entity: authority[by] }, arrestOn, share);
		}
		const later = dateWithin(rng, addDaysIso(currentOn, 1), registerEnd);
		if (!later) return;
		if (kind === 'commercial' && rng.chance(0.3)) {
			const tenant = rng.chance(0.7) ? ctx.entity() : ctx.person();
			this.lease(main, tenant, later, rng.int(1, 10));
		}
		if (main.type === 'land-plot' && rng.chance(0.02)) {
			const utility = ctx.entity();
			if (utility.kind === 'entity') this.servitude(main, utility.entity, later);
		}
		if (rng.chance(0.025)) {
			const withdrawn = rng.chance(0.3) ? dateWithin(rng, addDaysIso(later, 30), registerEnd) : null;
			this.claim(main, rng.chance(0.6) ? 'claim' : 'transaction', ctx.person(), later, withdrawn ?? undefined);
		}
	}
}

function round1(x: number): number {
	return Math.round(x * 10) / 10;
}
