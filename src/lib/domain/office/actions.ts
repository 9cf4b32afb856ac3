/**
 * The bodies of the staff API, validated the same way in the office pages and in the Worker.
 * Every action names the version of the application it was decided on: two staff acting on the
 * same application at once cannot both win (the second gets 409 `version_conflict`).
 */
import { z } from 'zod';
import { activeDocuments } from '../catalog/rules.ts';
import { almatyToday } from '../dates.ts';
import type { FieldErrorKey } from '../errors.ts';
import { fieldTypes } from '../fields/index.ts';
import { validateAskedAnswers, type Answers, type ServiceLookup, type Validation } from '../answers.ts';
import { shapeErrors } from '../schemas.ts';
import { langs } from '../text.ts';

const version = z.int().positive();
/** A reasoned answer is written for the applicant: long enough to say why, short enough to read. */
const reason = z.string().trim().min(10).max(2000);

export const identityDocumentTypes = [
	'identity-card',
	'passport',
	'residence-permit',
	'stateless-certificate'
] as const;

const identityDocument = z.strictObject({
	type: z.enum(identityDocumentTypes),
	number: z
		.string()
		.trim()
		.regex(/^[0-9A-Z№ -]{6,20}$/i)
});

const civilDate = z.string().refine((value) => fieldTypes.date.parse(value, {}).ok, 'invalid_date');

export const officeActionShape = z.discriminatedUnion('action', [
	z.strictObject({ action: z.literal('transfer'), version }),
	z.strictObject({ action: z.literal('register'), version }),
	z.strictObject({ action: z.literal('assign'), version, officerId: z.int().positive() }),
	z.strictObject({ action: z.literal('approve'), version }),
	z.strictObject({ action: z.literal('refuse'), version, reason }),
	z.strictObject({
		action: z.literal('request-documents'),
		version,
		documents: z.array(z.string().max(64)).min(1).max(20),
		note: z.string().trim().max(1000).default('')
	}),
	z.strictObject({ action: z.literal('documents-received'), version }),
	z.strictObject({
		action: z.literal('extend'),
		version,
		// Left out (or null), the number is missing: "fill in this field", not "not valid".
		calendarDays: z
			.int({ error: (issue) => (issue.input === undefined || issue.input === null ? 'blank' : undefined) })
			.min(1)
			.max(30),
		reason
	}),
	z.strictObject({ action: z.literal('set-date'), version, startsAt: z.iso.datetime(), solemn: z.boolean() }),
	z.strictObject({ action: z.literal('enter-act-record'), version }),
	z.strictObject({ action: z.literal('prepare-result'), version }),
	z.strictObject({ action: z.literal('sign'), version }),
	z
		.strictObject({
			action: z.literal('hand-over'),
			version,
			recipient: z.enum(['applicant', 'representative']),
			identityDocument,
			powerOfAttorney: z
				.strictObject({
					number: z.string().trim().min(1).max(40),
					date: civilDate,
					notary: z.string().trim().min(3).max(200)
				})
				.optional()
		})
		.refine((body) => body.recipient === 'applicant' || body.powerOfAttorney !== undefined, {
			path: ['powerOfAttorney'],
			message: 'blank'
		}),
	z.strictObject({ action: z.literal('send-to-psc'), version })
]);

export type OfficeAction = z.infer<typeof officeActionShape>;

export const loginShape = z.strictObject({
	login: z.string().trim().min(1).max(64),
	password: z.string().min(1).max(200)
});
export type Login = z.infer<typeof loginShape>;

/**
 * A paper application taken at the PSC counter: the operator types the answers from the form,
 * ticks each document the applicant presented, and confirms the state duty receipt where one is due.
 */
export const pscIntakeShape = z.strictObject({
	id: z.uuid(),
	service: z.string().max(64),
	lang: z.enum(langs),
	applicantName: z.string().trim().min(3).max(200),
	answers: z.record(z.string().max(64), z.string().max(1000)),
	documents: z.array(z.strictObject({ id: z.string().max(64), presented: z.boolean() })).max(50),
	stateDutyPaid: z.boolean().default(false)
});
export type PscIntake = z.infer<typeof pscIntakeShape>;

/**
 * Validates an intake like a submission (the same field checks), then sorts the documents: which
 * required ones are missing. A missing document is not an input error but the regulation's refusal
 * to accept (para 13), so it is returned, not failed.
 */
export function validatePscIntake(
	input: unknown,
	findService: ServiceLookup,
	today: string = almatyToday()
):
	| Validation<PscIntake & { missing: string[] }>
	| { ok: false; code: 'channel_not_allowed'; fields: Record<string, FieldErrorKey> } {
	const shape = pscIntakeShape.safeParse(input);
	if (!shape.success) return { ok: false, code: 'validation_failed', fields: shapeErrors(shape.error) };
	const service = findService(shape.data.service);
	if (!service) return { ok: false, code: 'unknown_service', fields: {} };
	if (!service.channels.includes('psc')) return { ok: false, code: 'channel_not_allowed', fields: {} };
	const { answers, fields } = validateAskedAnswers(service, shape.data.answers, today);
	const documents = activeDocuments(service, answers, today);
	for (const d of shape.data.documents)
		if (!documents.some((known) => known.id === d.id)) fields[`documents.${d.id}`] = 'invalid';
	if (Object.keys(fields).length > 0) return { ok: false, code: 'validation_failed', fields };
	const presented = new Set(shape.data.documents.filter((d) => d.presented).map((d) => d.id));
	const missing = documents.filter((d) => !d.optional && !presented.has(d.id)).map((d) => d.id);
	return { ok: true, value: { ...shape.data, answers: answers as Answers, missing } };
}
