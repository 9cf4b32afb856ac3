/**
 * The bodies of the staff API, validated the same way in the office pages and in the Worker.
 * Every action names the version of the application it was decided on: two staff acting on the
 * same application at once cannot both win (the second gets 409 `version_conflict`).
 */
import { z } from 'zod';
import { fieldTypes } from '../fields/index.ts';

const version = z.int().positive();
/** A reasoned answer is written for the applicant: long enough to say why, short enough to read. */
const reason = z.string().trim().min(10).max(2000);

export const identityDocumentTypes = ['identity-card', 'passport', 'residence-permit', 'stateless-certificate'] as const;

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
	z.strictObject({ action: z.literal('extend'), version, calendarDays: z.int().min(1).max(30), reason }),
	z.strictObject({ action: z.literal('set-date'), version, startsAt: z.iso.datetime(), solemn: z.boolean() }),
	z.strictObject({ action: z.literal('enter-act-record'), version }),
	z.strictObject({ action: z.literal('prepare-result'), version }),
	z.strictObject({ action: z.literal('sign'), version }),
	z.strictObject({
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
	}).refine((body) => body.recipient === 'applicant' || body.powerOfAttorney !== undefined, {
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
