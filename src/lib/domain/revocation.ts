/**
 * Why an issued certificate may be revoked: a closed list, so the public status can say why in
 * the reader's language without carrying any free text (and so personal data) of its own. The
 * list follows how a civil-registry or justice body withdraws a document it issued:
 *
 * - `issued-in-error`: the document was wrong when it was issued — data mistyped or matched to
 *   the wrong record, or issued to someone not entitled to it;
 * - `registry-data-corrected`: the record it printed was since corrected or amended (an act
 *   record amended on a conclusion of the registry office, a register record corrected), and the
 *   old document must not be used any more — a fresh one shows the corrected data. (A correction
 *   alone does not revoke: the status then says "newer data" and the document stays valid as issued.)
 * - `court-decision`: a court annulled the act record, or invalidated what the document certifies;
 * - `lost-duplicate-issued`: the holder reported it lost and got a duplicate, so the lost copy
 *   cannot be used by whoever finds it;
 * - `holder-request`: the holder asked for it to be withdrawn.
 *
 * The database keeps the same list in triggers (migration 0008); a Worker test checks both agree.
 */
import type { Text } from './text.ts';

export const revocationReasons = [
	'issued-in-error',
	'registry-data-corrected',
	'court-decision',
	'lost-duplicate-issued',
	'holder-request'
] as const;
export type RevocationReason = (typeof revocationReasons)[number];

export function isRevocationReason(value: unknown): value is RevocationReason {
	return (revocationReasons as readonly unknown[]).includes(value);
}

/** The reasons as the verification page, the office and the applicant's notice say them. */
export const revocationReasonNames: Record<RevocationReason, Text> = {
	'issued-in-error': {
		kk: 'қате берілген (деректер дұрыс емес)',
		ru: 'выдан ошибочно (неверные сведения)',
		en: 'issued in error (wrong data)'
	},
	'registry-data-corrected': {
		kk: 'тізілімдегі деректер түзетілді, құжат ауыстырылады',
		ru: 'сведения в реестре исправлены, документ заменяется',
		en: 'the registry data were corrected; the document is superseded'
	},
	'court-decision': {
		kk: 'сот шешімі бойынша',
		ru: 'по решению суда',
		en: 'by a court decision'
	},
	'lost-duplicate-issued': {
		kk: 'жоғалған, орнына телнұсқа берілді',
		ru: 'утерян, выдан дубликат',
		en: 'lost; a duplicate was issued'
	},
	'holder-request': {
		kk: 'иесінің өтініші бойынша',
		ru: 'по заявлению владельца',
		en: "at the holder's request"
	}
};
