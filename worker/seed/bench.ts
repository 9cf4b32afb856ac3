/**
 * The benchmark seed: the Individuals database, the Legal entities database and the real-estate
 * register at the scale of a large region (by default 1 000 000 persons and 300 000 real-estate
 * objects), generated on top of the demo seed (registry.ts, registers.ts) and continuing its ids,
 * so the demo people and the README stay valid on a bench database. Rows come out in chunks in
 * an order the foreign keys accept: persons, entities (parents before branches), participants,
 * then objects with their rights, encumbrances and claims.
 * `scripts/seed-bench.mjs` writes them as SQL files and loads them into a local D1.
 */
import type { LegalEntityRow } from '../db/rows.ts';
import { EntityRegistry, type Holder } from './legal-entities.ts';
import { bulkPersons } from './people.ts';
import { regionPlaces } from './places.ts';
import { PropertyRegister } from './property.ts';
import type { Registers, RegisterState } from './registers.ts';
import type { Person, Registry } from './registry.ts';
import { Rng } from './rng.ts';
import { personInserts, registerInserts, type RegisterTable, type TableRows } from './sql.ts';

export interface BenchOptions {
	/** Persons in all, the demo persons included. */
	persons: number;
	/** Real-estate objects to add to the demo ones. */
	objects: number;
	/** Legal entities (branches apart) to add; by default one for every seven objects. */
	entities?: number;
	seed?: number;
	/** Rows per chunk. */
	chunk?: number;
}

export type BenchChunk =
	{ table: 'persons'; rows: Person[] } | { [T in RegisterTable]: { table: T; rows: TableRows[T][] } }[RegisterTable];

export const benchDefaults = { persons: 1_000_000, objects: 300_000, seed: 2027 } as const;

function* chunks<T>(rows: T[], size: number): Generator<T[]> {
	for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

/** The bench rows after the demo's, chunk by chunk. */
export function* benchRows(
	registry: Registry,
	demo: Registers & { state: RegisterState },
	options: BenchOptions
): Generator<BenchChunk> {
	const seed = options.seed ?? benchDefaults.seed;
	const size = options.chunk ?? 5000;
	const rng = new Rng(seed);
	const taken = new Set(registry.persons.map((p) => p.iin));
	const people: Person[] = [...registry.persons];
	let batch: Person[] = [];
	for (const p of bulkPersons(Math.max(0, options.persons - registry.persons.length), seed + 1, taken)) {
		people.push(p);
		batch.push(p);
		if (batch.length === size) {
			yield { table: 'persons', rows: batch };
			batch = [];
		}
	}
	if (batch.length) yield { table: 'persons', rows: batch };

	// Entities. The demo's banks and state bodies serve here too; the other regions get their own.
	const er = new EntityRegistry(rng, { takenBins: demo.state.bins, firstParticipantId: demo.state.nextParticipantId });
	er.banks.push(...demo.state.banks);
	for (const [code, bodies] of demo.state.authorities) er.authorities.set(code, bodies);
	const anyone = () => rng.pick(people);
	er.addInstitutions(
		regionPlaces.filter((r) => !demo.state.authorities.has(r.code)),
		anyone
	);
	// A pool of founders smaller than the number of entities: people found several entities.
	const entityCount = options.entities ?? Math.round(options.objects / 7);
	const founders = Array.from({ length: Math.max(1, Math.round(entityCount * 0.9)) }, anyone);
	const regionWeights = regionPlaces.map((r) => [r, r.weight] as const);
	const generated: LegalEntityRow[] = [];
	for (let i = 0; i < entityCount; i++) {
		generated.push(
			er.randomEntity({
				founders: () => rng.pick(founders),
				heads: anyone,
				partnerEntity: () => (generated.length ? rng.pick(generated) : undefined),
				regionWeights
			})
		);
	}
	// Entities that take part in entities founded after them as well: cross-participation both ways.
	for (let i = 0; i < Math.round(entityCount / 50); i++) {
		const a = rng.pick(generated);
		const b = rng.pick(generated);
		if (a === b || a.legal_form === 'jsc' || b.legal_form === 'jsc') continue;
		const already = er.participants.some((p) => p.entity_bin === a.bin && p.participant_bin === b.bin);
		if (!already) addMinorParticipant(er, a, { kind: 'entity', entity: b });
	}
	for (const rows of chunks(er.entities, size)) yield { table: 'legal_entities', rows };
	for (const rows of chunks(er.participants, size)) yield { table: 'le_participants', rows };

	// Property.
	const pr = new PropertyRegister(rng, er, { firstIds: demo.state.ids, takenPlots: demo.state.plots });
	const firstObject = demo.state.ids.object;
	const holders = generated.filter((e) => e.legal_form !== 'production-cooperative' || rng.chance(0.5));
	const person = (): Holder => ({ kind: 'person', person: rng.pick(people) });
	const entity = (): Holder => ({ kind: 'entity', entity: rng.pick(holders) });
	let estates = 0;
	while (pr.ids.object - firstObject < options.objects) {
		pr.randomEstate({ region: rng.weighted(regionWeights), person, entity });
		if (++estates % 2000 === 0) yield* drained(pr, size);
	}
	yield* drained(pr, size);
}

/** Adds a participant with a small share, taking it from the largest share so the shares still sum to one. */
function addMinorParticipant(er: EntityRegistry, entity: LegalEntityRow, who: Holder): void {
	const shares = er.participants.filter((p) => p.entity_bin === entity.bin && p.share_den === 100);
	if (!shares.length) return;
	const largest = shares.reduce((a, b) => (b.share_num! > a.share_num! ? b : a));
	if (largest.share_num! <= 10) return;
	largest.share_num! -= 10;
	er.addParticipant(entity, who, [10, 100]);
}

function* drained(pr: PropertyRegister, size: number): Generator<BenchChunk> {
	const d = pr.drain();
	for (const rows of chunks(d.objects, size)) yield { table: 're_objects', rows };
	for (const rows of chunks(d.rights, size)) yield { table: 're_rights', rows };
	for (const rows of chunks(d.encumbrances, size)) yield { table: 're_encumbrances', rows };
	for (const rows of chunks(d.claims, size)) yield { table: 're_claims', rows };
}

/** The SQL statements of one chunk (each under D1's statement limit). */
export function chunkStatements(chunk: BenchChunk): Generator<string> {
	if (chunk.table === 'persons') return personInserts(chunk.rows);
	return registerInserts(chunk.table, chunk.rows as never);
}
