/**
 * The look-ups of the real-estate certificates (Order No. 236 annexes 4 and 5), as named
 * statements: the services run exactly these, and tests/worker/registries.test.ts checks that
 * each one's query plan searches an index (no scan of the register's tables).
 *
 * A subject is a person (IIN) or an entity (BIN); rights name their holder in one of two columns,
 * so each holder look-up has an IIN and a BIN variant. `region` is the catalogue's region value
 * (regions.code), or null for every region.
 */
import type { ReClaimRow, ReEncumbranceRow, ReObjectRow, ReObjectType, ReRightRow } from './rows.ts';

export type Subject = { iin: string } | { bin: string };

/** A right with the object it is on (the object's id is `object_id`). */
export type HolderRightRow = ReRightRow & Omit<ReObjectRow, 'id' | 'type'> & { object_type: ReObjectType };

const objectColumns = `o.type AS object_type, o.cadastral_number, o.purpose_kk, o.purpose_ru, o.litera, o.address_kk,
	       o.address_ru, o.address_code, o.components, o.storeys, o.storey, o.total_area, o.volume, o.length,
	       o.useful_area, o.divisible, o.note_kk, o.note_ru, o.region_code`;

// The objects the subject holds a current right to, in the region.
const heldObjects = (column: 'holder_iin' | 'holder_bin') => `
	SELECT h.object_id FROM re_rights h JOIN re_objects o ON o.id = h.object_id
	 WHERE h.${column} = ?1 AND h.terminated_at IS NULL AND (?2 IS NULL OR o.region_code = ?2)`;

const holderRights = (column: 'holder_iin' | 'holder_bin') => `
	SELECT r.*, ${objectColumns}
	  FROM re_rights r JOIN re_objects o ON o.id = r.object_id
	 WHERE r.${column} = ?1 AND (?2 IS NULL OR o.region_code = ?2)
	 ORDER BY r.terminated_at IS NOT NULL, o.cadastral_number, r.registered_at, r.id`;

const currentRightsOnHeldObjects = (column: 'holder_iin' | 'holder_bin') => `
	SELECT r.* FROM re_rights r
	 WHERE r.terminated_at IS NULL AND r.object_id IN (${heldObjects(column)})
	 ORDER BY r.object_id, r.registered_at, r.id`;

const encumbrancesOnHeldObjects = (column: 'holder_iin' | 'holder_bin') => `
	SELECT e.* FROM re_encumbrances e
	 WHERE e.terminated_at IS NULL AND e.object_id IN (${heldObjects(column)})
	 ORDER BY e.object_id, e.registered_at, e.id`;

const claimsOnHeldObjects = (column: 'holder_iin' | 'holder_bin') => `
	SELECT c.* FROM re_claims c
	 WHERE c.terminated_at IS NULL AND c.object_id IN (${heldObjects(column)})
	 ORDER BY c.object_id, c.registered_at, c.id`;

/** The SQL of every real-estate look-up: ?1 is the IIN/BIN, cadastral number or object id; ?2 the region. */
export const propertySql = {
	/** An object by its cadastral number. */
	objectByCadastralNumber: `SELECT * FROM re_objects WHERE cadastral_number = ?1`,
	/** Every right on an object, current first, then the history. */
	rightsOfObject: `SELECT * FROM re_rights WHERE object_id = ?1 ORDER BY terminated_at IS NOT NULL, registered_at, id`,
	/** Every encumbrance on an object, current first. */
	encumbrancesOfObject: `SELECT * FROM re_encumbrances WHERE object_id = ?1 ORDER BY terminated_at IS NOT NULL, registered_at, id`,
	/** Every claim and transaction on an object, current first. */
	claimsOfObject: `SELECT * FROM re_claims WHERE object_id = ?1 ORDER BY terminated_at IS NOT NULL, registered_at, id`,
	/** The subject's rights, current (terminated_at NULL) then previous, each with its object (annex 5; annex 4's objects). */
	holderRights: { iin: holderRights('holder_iin'), bin: holderRights('holder_bin') },
	/** Every current right on the objects the subject holds now: the co-owners (annex 4 table 2). */
	currentRightsOnHeldObjects: {
		iin: currentRightsOnHeldObjects('holder_iin'),
		bin: currentRightsOnHeldObjects('holder_bin')
	},
	/** Current encumbrances on the objects the subject holds now (annex 4 table 3, annex 5). */
	encumbrancesOnHeldObjects: {
		iin: encumbrancesOnHeldObjects('holder_iin'),
		bin: encumbrancesOnHeldObjects('holder_bin')
	},
	/** Current claims and transactions on the objects the subject holds now (annex 4 table 4, annex 5). */
	claimsOnHeldObjects: { iin: claimsOnHeldObjects('holder_iin'), bin: claimsOnHeldObjects('holder_bin') }
} as const;

const subjectKey = (s: Subject) => ('iin' in s ? 'iin' : 'bin') as 'iin' | 'bin';
const subjectId = (s: Subject) => ('iin' in s ? s.iin : s.bin);

export function objectByCadastralNumberStatement(db: D1Database, cadastralNumber: string): D1PreparedStatement {
	return db.prepare(propertySql.objectByCadastralNumber).bind(cadastralNumber);
}

export function rightsOfObjectStatement(db: D1Database, objectId: number): D1PreparedStatement {
	return db.prepare(propertySql.rightsOfObject).bind(objectId);
}

export function encumbrancesOfObjectStatement(db: D1Database, objectId: number): D1PreparedStatement {
	return db.prepare(propertySql.encumbrancesOfObject).bind(objectId);
}

export function claimsOfObjectStatement(db: D1Database, objectId: number): D1PreparedStatement {
	return db.prepare(propertySql.claimsOfObject).bind(objectId);
}

export function holderRightsStatement(db: D1Database, subject: Subject, region: string | null): D1PreparedStatement {
	return db.prepare(propertySql.holderRights[subjectKey(subject)]).bind(subjectId(subject), region);
}

export function currentRightsOnHeldObjectsStatement(
	db: D1Database,
	subject: Subject,
	region: string | null
): D1PreparedStatement {
	return db.prepare(propertySql.currentRightsOnHeldObjects[subjectKey(subject)]).bind(subjectId(subject), region);
}

export function encumbrancesOnHeldObjectsStatement(
	db: D1Database,
	subject: Subject,
	region: string | null
): D1PreparedStatement {
	return db.prepare(propertySql.encumbrancesOnHeldObjects[subjectKey(subject)]).bind(subjectId(subject), region);
}

export function claimsOnHeldObjectsStatement(
	db: D1Database,
	subject: Subject,
	region: string | null
): D1PreparedStatement {
	return db.prepare(propertySql.claimsOnHeldObjects[subjectKey(subject)]).bind(subjectId(subject), region);
}

export interface RealEstateHoldings {
	/** Current and previous rights of the subject, with their objects. */
	rights: HolderRightRow[];
	/** Every current right on the objects held now (the subject's and the co-owners'). */
	currentRightsOnObjects: ReRightRow[];
	encumbrances: ReEncumbranceRow[];
	claims: ReClaimRow[];
}

/** What both real-estate certificates print, in one batch (one round trip). */
export async function findRealEstateHoldings(
	db: D1Database,
	subject: Subject,
	region: string | null
): Promise<RealEstateHoldings> {
	const [rights, co, encumbrances, claims] = await db.batch([
		holderRightsStatement(db, subject, region),
		currentRightsOnHeldObjectsStatement(db, subject, region),
		encumbrancesOnHeldObjectsStatement(db, subject, region),
		claimsOnHeldObjectsStatement(db, subject, region)
	]);
	return {
		rights: rights.results as HolderRightRow[],
		currentRightsOnObjects: co.results as ReRightRow[],
		encumbrances: encumbrances.results as ReEncumbranceRow[],
		claims: claims.results as ReClaimRow[]
	};
}
