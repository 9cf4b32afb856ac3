/**
 * The look-ups of the four extracts from the Legal entities database (Order No. 236 annex 6), as
 * named statements: the services run exactly these, and tests/worker/registries.test.ts checks
 * that each one's query plan searches an index.
 */
import type { LeParticipantRow, LegalEntityRow } from './rows.ts';

/** An entity with the share the looked-up participant holds in it. */
export type ParticipationRow = LegalEntityRow & {
	participation_share_num: number | null;
	participation_share_den: number | null;
};

const participations = (column: 'participant_iin' | 'participant_bin') => `
	SELECT e.*, p.share_num AS participation_share_num, p.share_den AS participation_share_den
	  FROM le_participants p JOIN legal_entities e ON e.bin = p.entity_bin
	 WHERE p.${column} = ?1
	 ORDER BY e.initial_registered_on, e.bin`;

const participantsOfParticipations = (column: 'participant_iin' | 'participant_bin') => `
	SELECT q.* FROM le_participants q
	 WHERE q.entity_bin IN (SELECT p.entity_bin FROM le_participants p WHERE p.${column} = ?1)
	 ORDER BY q.entity_bin, q.id`;

/** The SQL of every legal-entity look-up; ?1 is a BIN or an IIN. */
export const legalEntitySql = {
	/** An entity, branch or representative office by its BIN (extract 1). */
	entityByBin: `SELECT * FROM legal_entities WHERE bin = ?1`,
	/** The branches and representative offices of an entity (extract 2). */
	branchesOf: `SELECT * FROM legal_entities WHERE parent_bin = ?1 ORDER BY kind, initial_registered_on, bin`,
	/** The founders and participants of an entity (extracts 1, 3, 4). */
	participantsOf: `SELECT * FROM le_participants WHERE entity_bin = ?1 ORDER BY id`,
	/** The entities a person participates in, with the person's share (extract 3). */
	participationsOfPerson: participations('participant_iin'),
	/** The entities an entity participates in, with its share (extract 4). */
	participationsOfEntity: participations('participant_bin'),
	/** The founders of every entity a person participates in (extract 3 prints them per entity). */
	participantsOfPersonsEntities: participantsOfParticipations('participant_iin'),
	/** The founders of every entity an entity participates in (extract 4). */
	participantsOfEntitysEntities: participantsOfParticipations('participant_bin')
} as const;

export function entityByBinStatement(db: D1Database, bin: string): D1PreparedStatement {
	return db.prepare(legalEntitySql.entityByBin).bind(bin);
}

export function branchesOfStatement(db: D1Database, bin: string): D1PreparedStatement {
	return db.prepare(legalEntitySql.branchesOf).bind(bin);
}

export function participantsOfStatement(db: D1Database, bin: string): D1PreparedStatement {
	return db.prepare(legalEntitySql.participantsOf).bind(bin);
}

export function participationsOfPersonStatement(db: D1Database, iin: string): D1PreparedStatement {
	return db.prepare(legalEntitySql.participationsOfPerson).bind(iin);
}

export function participationsOfEntityStatement(db: D1Database, bin: string): D1PreparedStatement {
	return db.prepare(legalEntitySql.participationsOfEntity).bind(bin);
}

export function participantsOfPersonsEntitiesStatement(db: D1Database, iin: string): D1PreparedStatement {
	return db.prepare(legalEntitySql.participantsOfPersonsEntities).bind(iin);
}

export function participantsOfEntitysEntitiesStatement(db: D1Database, bin: string): D1PreparedStatement {
	return db.prepare(legalEntitySql.participantsOfEntitysEntities).bind(bin);
}

export interface EntityExtract {
	entity: LegalEntityRow | null;
	branches: LegalEntityRow[];
	participants: LeParticipantRow[];
}

/** An entity with its branches and founders, in one batch (extracts 1 and 2). */
export async function findEntityExtract(db: D1Database, bin: string): Promise<EntityExtract> {
	const [entity, branches, participants] = await db.batch([
		entityByBinStatement(db, bin),
		branchesOfStatement(db, bin),
		participantsOfStatement(db, bin)
	]);
	return {
		entity: (entity.results[0] as LegalEntityRow | undefined) ?? null,
		branches: branches.results as LegalEntityRow[],
		participants: participants.results as LeParticipantRow[]
	};
}

export interface ParticipationExtract {
	entities: ParticipationRow[];
	/** The founders of each of those entities. */
	participants: LeParticipantRow[];
}

/** The entities a person (IIN) or an entity (BIN) participates in, with their founders (extracts 3 and 4). */
export async function findParticipations(
	db: D1Database,
	subject: { iin: string } | { bin: string }
): Promise<ParticipationExtract> {
	const [entities, participants] = await db.batch(
		'iin' in subject
			? [participationsOfPersonStatement(db, subject.iin), participantsOfPersonsEntitiesStatement(db, subject.iin)]
			: [participationsOfEntityStatement(db, subject.bin), participantsOfEntitysEntitiesStatement(db, subject.bin)]
	);
	return { entities: entities.results as ParticipationRow[], participants: participants.results as LeParticipantRow[] };
}
