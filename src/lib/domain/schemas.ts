/**
 * The request bodies of the public API, validated the same way in the browser (before a
 * submission enters the outbox) and in the Worker (before anything is written).
 * zod checks the shape here; answers.ts's catalogue field types check each answer.
 */
import { z } from 'zod';
import { validateAskedAnswers, validateAttachments, type ServiceLookup, type Validation } from './answers.ts';
import { attachmentTypes, maxAttachmentBytes } from './attachments.ts';
import { almatyToday } from './dates.ts';
import { hasHiddenCharacters } from './fields/text.ts';
import { fieldErrors, type FieldErrorKey } from './errors.ts';
import { normalizeReferenceNumber } from './reference-number.ts';
import { revocationReasons } from './revocation.ts';
import { langs } from './text.ts';

/** A file uploaded beforehand (`PUT /api/attachments/:id`) and named in the submission by its hash. */
export const attachmentRefShape = z.strictObject({
	id: z.uuid(),
	document: z.string().max(64),
	// A name as staff will read it: nothing hidden that would show it as another (see hasHiddenCharacters).
	name: z
		.string()
		.min(1)
		.max(200)
		.refine((name) => !hasHiddenCharacters(name) && !name.includes('\n')),
	type: z.enum(attachmentTypes),
	size: z.int().positive().max(maxAttachmentBytes),
	sha256: z.string().regex(/^[0-9a-f]{64}$/)
});
export type AttachmentRef = z.infer<typeof attachmentRefShape>;

export const submissionShape = z.strictObject({
	id: z.uuid(),
	service: z.string().max(64),
	channel: z.enum(['portal', 'kiosk']),
	lang: z.enum(langs),
	answers: z.record(z.string().max(64), z.string().max(1000)),
	attachments: z.array(attachmentRefShape).max(50).default([]),
	/**
	 * The applicant's EDS over the request (`requestSigningBytes`): a detached CMS SignedData,
	 * base64url. Required on the web and at kiosks; the Worker checks it before anything is written.
	 */
	signature: z
		.string()
		.max(24_000)
		.regex(/^[A-Za-z0-9_-]+$/)
		.optional()
});

export type Submission = z.infer<typeof submissionShape>;

/**
 * A body that does not have the API's shape, as field errors: an empty required value is `blank`,
 * an over-long one `too_long`, an unknown key or anything else `invalid` (named by its path).
 */
export function shapeErrors(error: z.ZodError): Record<string, FieldErrorKey> {
	const fields: Record<string, FieldErrorKey> = {};
	for (const issue of error.issues) {
		const names =
			issue.code === 'unrecognized_keys'
				? issue.keys.map((key) => [...issue.path, key].join('.'))
				: [issue.path.join('.') || 'body'];
		// A rule of ours may name its own error key (`params: { fieldError: 'invalid_share' }`).
		const own = issue.code === 'custom' ? (issue.params as { fieldError?: string } | undefined)?.fieldError : undefined;
		const key: FieldErrorKey =
			own !== undefined && own in fieldErrors
				? (own as FieldErrorKey)
				: issue.message === 'blank' || (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1)
					? 'blank'
					: issue.code === 'too_big' && issue.origin === 'string'
						? 'too_long'
						: 'invalid';
		for (const name of names) fields[name] ??= key;
	}
	return fields;
}

/**
 * Validates a whole submission body: shape, service, every answer asked, no others, and the
 * attachments. The lookup is a parameter so that a form page ships its own service, not all fifteen.
 */
/**
 * A valid submission: `value` holds the answers in their stored form; `received` is the body as
 * sent (shape-checked only), which is what the applicant's signature covers.
 */
export type SubmissionValidation =
	{ ok: true; value: Submission; received: Submission } | Extract<Validation<Submission>, { ok: false }>;

export function validateSubmission(
	input: unknown,
	findService: ServiceLookup,
	today: string = almatyToday()
): SubmissionValidation {
	const shape = submissionShape.safeParse(input);
	if (!shape.success) return { ok: false, code: 'validation_failed', fields: shapeErrors(shape.error) };
	const service = findService(shape.data.service);
	if (!service) return { ok: false, code: 'unknown_service', fields: {} };
	const { answers, fields } = validateAskedAnswers(service, shape.data.answers, today);
	Object.assign(fields, validateAttachments(service, answers, shape.data.attachments, today));
	const ids = new Set<string>();
	for (const file of shape.data.attachments) {
		if (ids.has(file.id)) fields[`documents.${file.document}`] = 'invalid';
		ids.add(file.id);
	}
	if (Object.keys(fields).length > 0) return { ok: false, code: 'validation_failed', fields };
	return { ok: true, value: { ...shape.data, answers }, received: shape.data };
}

/** The payment gateway's notification (signed with HMAC-SHA256 over the raw body). */
export const paymentCallbackSchema = z.strictObject({
	paymentId: z.uuid(),
	transactionId: z.string().min(6).max(64),
	status: z.enum(['succeeded', 'failed']),
	amountTiyn: z.int().nonnegative(),
	currency: z.string().length(3),
	occurredAt: z.iso.datetime(),
	/** Why a payment failed, where the gateway tells: the payer cancelled, or the bank declined. */
	failureCode: z.enum(['cancelled_by_payer', 'declined']).optional(),
	/** The gateway's own words (any language): kept for the audit, never shown to the applicant. */
	failureReason: z.string().max(200).optional()
});
export type PaymentCallback = z.infer<typeof paymentCallbackSchema>;

/** Checking a certificate online by its number and the holder's IIN (IIN in the body, never in a URL). */
export const certificateLookupSchema = z.strictObject({
	number: z.string().min(1).max(20),
	iin: z.string().regex(/^\d{12}$/)
});

export const verifyRequestSchema = z.strictObject({ text: z.string().min(1).max(2000) });

/** A certificate number as people type it (lower case, spaces, dashes); the canonical form, or the error. */
export const certificateNumberShape = z
	.string()
	.max(40)
	.transform((value, ctx) => {
		const canonical = normalizeReferenceNumber(value);
		if (canonical) return canonical;
		const error: FieldErrorKey = value.trim() === '' ? 'blank' : 'invalid_certificate_number';
		ctx.addIssue({ code: 'custom', message: error, params: { fieldError: error } });
		return z.NEVER;
	});

/** A registry officer looking up a person (`POST /api/office/registry/persons/lookup`): the IIN in the body, never in a URL. */
export const registryPersonLookupSchema = z.strictObject({ iin: z.string().max(40) });
export type RegistryPersonLookup = z.input<typeof registryPersonLookupSchema>;

/**
 * Staff revoking an issued certificate (`POST /api/office/certificates/revocations`): its number,
 * a reason of the closed list (public), and a note saying on what grounds (the audit trail only).
 */
export const certificateRevocationSchema = z.strictObject({
	number: certificateNumberShape,
	reason: z.enum(revocationReasons),
	note: z.string().trim().min(1).max(1000)
});
export type CertificateRevocationInput = z.input<typeof certificateRevocationSchema>;
export type CertificateRevocation = z.output<typeof certificateRevocationSchema>;
