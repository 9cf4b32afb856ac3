import { bodyLimit } from 'hono/body-limit';
import { apiErrorBody } from '../../src/lib/domain/errors.ts';

/** Every API body is small JSON: 64 KB is generous and keeps D1 statements far below their 100 KB cap. */
export const maxBodyBytes = 64 * 1024;

export const apiBodyLimit = bodyLimit({
	maxSize: maxBodyBytes,
	onError: (c) => c.json(apiErrorBody('body_too_large'), 413)
});
