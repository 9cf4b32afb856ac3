/**
 * What the applicant signs: every field of the request body except the signature, in canonical
 * JSON, so the page and the Worker derive the same bytes from the same body whatever the key order.
 */
import { canonicalJson } from '../canonical-json.ts';
import type { Submission } from '../schemas.ts';

export function requestSigningBytes(submission: Omit<Submission, 'signature'>): Uint8Array<ArrayBuffer> {
	const { id, service, channel, lang, answers, attachments } = submission;
	return new Uint8Array(new TextEncoder().encode(canonicalJson({ id, service, channel, lang, answers, attachments })));
}
