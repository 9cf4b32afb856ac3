/**
 * The three automated registry services of Order No. 236 (annexes 4–6): the request is answered
 * from the registers at once — the certificate, or the refusal «сұралған мәліметтер табылмады»
 * (requested data not found). Each service names its look-up as D1 statements, so the submission
 * runs them in the same read batch as its idempotency check: one round trip for all reads.
 */
import { identityDocumentOptions } from '../../src/lib/domain/catalog/shared/registry-request.ts';
import type { Answers } from '../../src/lib/domain/answers.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import {
	branchesOfStatement,
	entityByBinStatement,
	participantsOfEntitysEntitiesStatement,
	participantsOfPersonsEntitiesStatement,
	participantsOfStatement,
	participationsOfEntityStatement,
	participationsOfPersonStatement,
	type ParticipationRow
} from '../db/legal-entities.ts';
import {
	claimsOnHeldObjectsStatement,
	currentRightsOnHeldObjectsStatement,
	encumbrancesOnHeldObjectsStatement,
	holderRightsStatement,
	type HolderRightRow,
	type RealEstateHoldings,
	type Subject
} from '../db/property.ts';
import type { LeParticipantRow, LegalEntityRow, RegionRow } from '../db/rows.ts';
import {
	contentDigest,
	contentText,
	extractDocumentType,
	registryClaimFields,
	type RegistryDocument
} from '../certificates/issued.ts';
import type { CertificateClaims } from '../../src/lib/domain/certificate/index.ts';
import { newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import type { Env } from '../env.ts';
import { signClaims, type PreparedCertificate } from './issue.ts';
import {
	fromBranchesExtract,
	fromEntityExtract,
	fromEntityParticipations,
	fromPersonParticipations,
	type LeIssue
} from '../certificates/legal-entity-extract.ts';
import {
	issuedToEntity,
	issuedToPerson,
	regionName,
	type PersonSubjectRow
} from '../certificates/real-estate-common.ts';
import { realEstatePresenceFromHoldings } from '../certificates/real-estate-presence.ts';
import { realEstateRightsFromHoldings } from '../certificates/real-estate-rights.ts';

/** The justice department of the request's region: it signs the certificate and is printed as its issuer. */
export interface IssuingDepartment {
	code: string;
	name_kk: string;
	name_ru: string;
}

type RegionWithDepartment = RegionRow & { department_code: string; department_kk: string; department_ru: string };

/** What the certificate needs besides the registers: its number and time, the applicant. */
export interface IssueContext {
	number: string;
	issuedAt: string; // ISO instant, whole seconds (the barcode has seconds)
	applicant: { iin: string };
}

/** A look-up's outcome: the document with the registry records it prints, or nothing found. */
export type Found = {
	document: RegistryDocument;
	department: IssuingDepartment;
	region: string;
	/** 'person:<IIN>', 're_object:<id>', 'legal_entity:<BIN>' — see migration 0005. */
	sources: string[];
} | null;

export interface RegistryLookup {
	statements: D1PreparedStatement[];
	/** Builds the document from the statements' results, in order. */
	resolve(results: D1Result[], context: IssueContext): Found;
}

const regionStatement = (db: D1Database, region: string) =>
	db
		.prepare(
			`SELECT r.*, d.code AS department_code, d.name_kk AS department_kk, d.name_ru AS department_ru
			   FROM regions r JOIN departments d ON d.region_code = r.code WHERE r.code = ?`
		)
		.bind(region);

const personStatement = (db: D1Database, iin: string) =>
	db.prepare('SELECT iin, full_name_kk, full_name_ru, birth_date FROM persons WHERE iin = ?').bind(iin);

const first = <T>(result: D1Result) => (result.results[0] as T | undefined) ?? null;
const all = <T>(result: D1Result) => result.results as T[];

function department(row: RegionWithDepartment): IssuingDepartment {
	return { code: row.department_code, name_kk: row.department_kk, name_ru: row.department_ru };
}

const objectSources = (rows: { object_id: number }[]) => [...new Set(rows.map((r) => `re_object:${r.object_id}`))];

/** Annexes 4 and 5: the holdings in the chosen region of the applicant, or of the legal entity they represent. */
function realEstateLookup(db: D1Database, answers: Answers, kind: 'rights' | 'presence'): RegistryLookup {
	const subject: Subject = answers.holder === 'entity' ? { bin: answers.holderBin ?? '' } : { iin: answers.iin };
	const region = answers.region ?? '';
	return {
		statements: [
			'iin' in subject ? personStatement(db, subject.iin) : entityByBinStatement(db, subject.bin),
			regionStatement(db, region),
			holderRightsStatement(db, subject, region),
			currentRightsOnHeldObjectsStatement(db, subject, region),
			encumbrancesOnHeldObjectsStatement(db, subject, region),
			claimsOnHeldObjectsStatement(db, subject, region)
		],
		resolve([holderRow, regionRow, rights, co, encumbrances, claims], context) {
			const place = first<RegionWithDepartment>(regionRow);
			const person = 'iin' in subject ? first<PersonSubjectRow>(holderRow) : null;
			const entity = 'bin' in subject ? first<LegalEntityRow>(holderRow) : null;
			if ((!person && !entity) || !place) return null;
			const holdings: RealEstateHoldings = {
				rights: all<HolderRightRow>(rights),
				currentRightsOnObjects: all(co),
				encumbrances: all(encumbrances),
				claims: all(claims)
			};
			const head = {
				number: formatReferenceNumber(context.number),
				issuedAt: context.issuedAt,
				issuer: { kk: place.department_kk, ru: place.department_ru },
				issuedTo: person ? issuedToPerson(person) : issuedToEntity(entity!),
				region: regionName(place)
			};
			const sources = [person ? `person:${person.iin}` : `legal_entity:${entity!.bin}`];
			if (kind === 'rights') {
				const content = realEstateRightsFromHoldings(holdings, head);
				// Annex 4 certifies registered rights: with none in the region there is nothing to certify.
				if (!content.objects.length) return null;
				return {
					document: { documentType: 'real-estate-rights', content },
					department: department(place),
					region,
					sources: [...sources, ...objectSources(holdings.rights.filter((r) => r.terminated_at === null))]
				};
			}
			// Annex 5 certifies absence as well as presence: an empty certificate is its answer.
			return {
				document: { documentType: 'real-estate-presence', content: realEstatePresenceFromHoldings(holdings, head) },
				department: department(place),
				region,
				sources: [...sources, ...objectSources(holdings.rights)]
			};
		}
	};
}

/** Annex 6: the four extracts; the subject is the applicant or, on an extended search, another. */
function legalEntityLookup(db: D1Database, answers: Answers): RegistryLookup {
	const region = answers.region ?? '';
	const kind = answers.extractKind as keyof typeof extractDocumentType;
	const personIin = answers.subject === 'other' ? (answers.subjectIin ?? '') : answers.iin;
	const bin = answers.bin ?? '';
	const requester = (applicant: PersonSubjectRow | null, iin: string) =>
		answers.subject === 'other'
			? { name: applicant ? { kk: applicant.full_name_kk, ru: applicant.full_name_ru } : { kk: '—', ru: '—' }, iin }
			: null;
	const issue = (context: IssueContext, place: RegionWithDepartment, applicant: PersonSubjectRow | null): LeIssue => ({
		certificateNumber: formatReferenceNumber(context.number),
		issuedAt: context.issuedAt,
		requestedBy: requester(applicant, context.applicant.iin),
		department: { kk: place.department_kk, ru: place.department_ru }
		// verifyOrigin: the origin the document is served from, set when it is rendered (document.ts)
	});
	const found = (content: RegistryDocument['content'], place: RegionWithDepartment, sources: string[]): Found => ({
		document: { documentType: extractDocumentType[kind], content } as RegistryDocument,
		department: department(place),
		region,
		sources
	});
	const entitySources = (rows: { bin: string }[]) => rows.map((r) => `legal_entity:${r.bin}`);

	if (kind === 'person-participation') {
		return {
			statements: [
				regionStatement(db, region),
				personStatement(db, answers.iin),
				personStatement(db, personIin),
				participationsOfPersonStatement(db, personIin),
				participantsOfPersonsEntitiesStatement(db, personIin)
			],
			resolve([regionRow, applicantRow, personRow, entities, participants], context) {
				const place = first<RegionWithDepartment>(regionRow);
				const person = first<PersonSubjectRow>(personRow);
				if (!place || !person) return null;
				// Only the applicant's own document is known to the request; the registers hold no numbers.
				const ownType = identityDocumentOptions.find((o) => o.value === answers.idDocumentType)?.label;
				const idDocument =
					answers.subject !== 'other' && ownType
						? { type: { kk: ownType.kk, ru: ownType.ru }, number: null, issuedOn: null, issuer: null }
						: null;
				const rows = all<ParticipationRow>(entities);
				const content = fromPersonParticipations(
					person,
					idDocument,
					{ entities: rows, participants: all<LeParticipantRow>(participants) },
					issue(context, place, first<PersonSubjectRow>(applicantRow))
				);
				return found(content, place, [`person:${person.iin}`, ...entitySources(rows)]);
			}
		};
	}
	return {
		statements: [
			regionStatement(db, region),
			personStatement(db, answers.iin),
			entityByBinStatement(db, bin),
			branchesOfStatement(db, bin),
			participantsOfStatement(db, bin),
			...(kind === 'entity-participation'
				? [participationsOfEntityStatement(db, bin), participantsOfEntitysEntitiesStatement(db, bin)]
				: [])
		],
		resolve([regionRow, applicantRow, entityRow, branches, participants, participations, theirParticipants], context) {
			const place = first<RegionWithDepartment>(regionRow);
			const entity = first<LegalEntityRow>(entityRow);
			if (!place || !entity) return null;
			const extract = {
				entity,
				branches: all<LegalEntityRow>(branches),
				participants: all<LeParticipantRow>(participants)
			};
			const leIssue = issue(context, place, first<PersonSubjectRow>(applicantRow));
			switch (kind) {
				case 'registered':
					return found(fromEntityExtract(extract, leIssue), place, entitySources([entity]));
				case 'branches':
					return found(fromBranchesExtract(extract, leIssue), place, entitySources([entity, ...extract.branches]));
				default: {
					const rows = all<ParticipationRow>(participations);
					const content = fromEntityParticipations(
						extract,
						{ entities: rows, participants: all<LeParticipantRow>(theirParticipants) },
						leIssue
					);
					return found(content, place, entitySources([entity, ...rows]));
				}
			}
		}
	};
}

const registryServices = ['real-estate-rights', 'real-estate-presence', 'legal-entity-extract'];

/** Whether a service is answered at once from a state register (annexes 4–6). */
export function isRegistryService(serviceId: string): boolean {
	return registryServices.includes(serviceId);
}

/** The look-up of a registry service, or null for a service that is not answered from a register. */
export function registryLookup(db: D1Database, serviceId: string, answers: Answers): RegistryLookup | null {
	switch (serviceId) {
		case 'real-estate-rights':
			return realEstateLookup(db, answers, 'rights');
		case 'real-estate-presence':
			return realEstateLookup(db, answers, 'presence');
		case 'legal-entity-extract':
			return legalEntityLookup(db, answers);
		default:
			return null;
	}
}

/**
 * Runs a look-up's builder on the read batch's results and signs the certificate; null when the
 * register holds no such data (the service refuses).
 */
export async function registryCertificate(
	env: Env,
	lookup: RegistryLookup,
	results: D1Result[],
	submission: { answers: Answers },
	now: Date
): Promise<PreparedCertificate | null> {
	const issuedAt = Math.floor(now.getTime() / 1000);
	const number = newReferenceNumber();
	const found = lookup.resolve(results, {
		number,
		issuedAt: new Date(issuedAt * 1000).toISOString(),
		applicant: { iin: submission.answers.iin }
	});
	if (!found) return null;
	const content = contentText(found.document.content);
	const claims = {
		documentType: found.document.documentType,
		number,
		issuedAt,
		department: found.department.code,
		fields: registryClaimFields(found.document, found.region, await contentDigest(content))
	} as CertificateClaims;
	return signClaims(env, claims, { content, sources: found.sources });
}
