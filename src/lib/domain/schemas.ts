/**
 * The request bodies of the public API, validated the same way in the browser (before a
 * submission enters the outbox) and in the Worker (before anything is written).
 * zod checks the shape; the catalogue's field types check each answer.
 */
import { z } from 'zod';
import { findService, type ServiceDefinition } from './catalog/index.ts';
import type { FieldErrorKey } from './errors.ts';
import { fieldTypes } from './fields/index.ts';
import { parseIin } from './iin.ts';
import { langs } from './text.ts';

export const submissionShape = z.strictObject({
	id: z.uuid(),
	service: z.string().max(64),
	channel: z.enum(['portal', 'kiosk']),
	lang: z.enum(langs),
	answers: z.record(z.string().max(64), z.string().max(1000))
});

export type Submission = z.infer<typeof submissionShape>;
export type Answers = Record<string, string>;

export type Validation<T> =
	| { ok: true; value: T }
	| { ok: false; code: 'validation_failed' | 'unknown_service'; fields: Record<string, FieldErrorKey> };

/**
 * Parses the answers of the given fields (all fields of the service when omitted).
 * Returns the stored form of each answer or, per field, the reason it is wrong.
 */
export function validateAnswers(
	service: ServiceDefinition,
	answers: Answers,
	fieldIds: string[] = service.fields.map((f) => f.id),
	today?: string
): { answers: Answers; errors: Record<string, FieldErrorKey> } {
	const parsed: Answers = {};
	const errors: Record<string, FieldErrorKey> = {};
	for (const field of service.fields.filter((f) => fieldIds.includes(f.id))) {
		const raw = answers[field.id] ?? '';
		if (field.optional && raw.trim() === '') continue;
		const result = fieldTypes[field.type].parse(raw, { notInFuture: field.notInFuture, today });
		if (result.ok) parsed[field.id] = result.value;
		else errors[field.id] = result.error;
	}
	// The IIN encodes the date of birth; a mismatch is a typing mistake in one of them.
	if (parsed.iin && parsed.birthDate && service.fields.some((f) => f.id === 'birthDate')) {
		const iin = parseIin(parsed.iin);
		if (iin.ok && iin.facts.birthDate !== parsed.birthDate) errors.birthDate = 'birth_date_mismatch';
	}
	return { answers: parsed, errors };
}

/** Validates a whole submission body: shape, service, every answer, and no unknown answers. */
export function validateSubmission(input: unknown, today?: string): Validation<Submission> {
	const shape = submissionShape.safeParse(input);
	if (!shape.success) {
		const fields: Record<string, FieldErrorKey> = {};
		for (const issue of shape.error.issues) fields[issue.path.join('.') || 'body'] = 'invalid';
		return { ok: false, code: 'validation_failed', fields };
	}
	const service = findService(shape.data.service);
	if (!service) return { ok: false, code: 'unknown_service', fields: {} };
	const known = new Set(service.fields.map((f) => f.id));
	const fields: Record<string, FieldErrorKey> = {};
	for (const name of Object.keys(shape.data.answers)) if (!known.has(name)) fields[`answers.${name}`] = 'invalid';
	const { answers, errors } = validateAnswers(service, shape.data.answers, undefined, today);
	for (const [name, key] of Object.entries(errors)) fields[name] = key;
	if (Object.keys(fields).length > 0) return { ok: false, code: 'validation_failed', fields };
	return { ok: true, value: { ...shape.data, answers } };
}

/** The payment gateway's notification (signed with HMAC-SHA256 over the raw body). */
export const paymentCallbackSchema = z.strictObject({
	paymentId: z.uuid(),
	transactionId: z.string().min(6).max(64),
	status: z.enum(['succeeded', 'failed']),
	amountTiyn: z.int().nonnegative(),
	currency: z.string().length(3),
	occurredAt: z.iso.datetime(),
	failureReason: z.string().max(200).optional()
});
export type PaymentCallback = z.infer<typeof paymentCallbackSchema>;

/** Checking a certificate online by its number and the holder's IIN (IIN in the body, never in a URL). */
export const certificateLookupSchema = z.strictObject({
	number: z.string().min(1).max(20),
	iin: z.string().regex(/^\d{12}$/)
});

export const verifyRequestSchema = z.strictObject({ text: z.string().min(1).max(2000) });
