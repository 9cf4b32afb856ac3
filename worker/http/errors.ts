import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { apiErrorBody, type ApiErrorCode, type FieldErrorKey } from '../../src/lib/domain/errors.ts';

/** A 4xx with the shared `{ error: { code, message: { kk, ru, en }, fields? } }` body. */
export class ApiError extends Error {
	constructor(
		readonly status: ContentfulStatusCode,
		readonly code: ApiErrorCode,
		readonly fields?: Record<string, FieldErrorKey>
	) {
		super(code);
	}
}

export function errorResponse(c: Context, error: ApiError): Response {
	return c.json(apiErrorBody(error.code, error.fields), error.status);
}

/** Reads a JSON body; malformed JSON or another content type is the client's error, not a 500. */
export async function readJson(c: Context): Promise<unknown> {
	const type = c.req.header('content-type') ?? '';
	if (!type.toLowerCase().startsWith('application/json')) throw new ApiError(415, 'unsupported_media_type');
	const text = await c.req.text();
	try {
		return JSON.parse(text);
	} catch {
		throw new ApiError(400, 'invalid_json');
	}
}
