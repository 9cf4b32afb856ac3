import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import {
	attachmentTypes,
	maxAttachmentBytes,
	sniffAttachmentType,
	type AttachmentType
} from '../../src/lib/domain/attachments.ts';
import { apiErrorBody } from '../../src/lib/domain/errors.ts';
import type { AppEnv } from '../env.ts';
import { sha256Hex } from '../http/crypto.ts';
import { ApiError } from '../http/errors.ts';
import type { AttachmentRow } from '../db/rows.ts';
import { attachmentKey } from '../flow/attachments.ts';

export const attachments = new Hono<AppEnv>();

const uploadLimit = bodyLimit({
	maxSize: maxAttachmentBytes,
	onError: (c) => c.json(apiErrorBody('file_too_large'), 413)
});

/**
 * `PUT /api/attachments/:id`: stores an electronic copy of a document before the submission
 * that names it. The client's UUID makes a retry harmless: the same bytes again → 200, other
 * bytes under the same id → 409. The type is judged from the bytes, not from the header alone.
 */
attachments.put('/:id', uploadLimit, async (c) => {
	const id = c.req.param('id');
	if (!z.uuid().safeParse(id).success) throw new ApiError(404, 'not_found');
	const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
	if (!(attachmentTypes as readonly string[]).includes(type)) throw new ApiError(415, 'file_type');
	const bytes = new Uint8Array(await c.req.arrayBuffer());
	if (bytes.byteLength > maxAttachmentBytes) throw new ApiError(413, 'file_too_large');
	if (sniffAttachmentType(bytes) !== (type as AttachmentType)) throw new ApiError(415, 'file_type');
	const sha256 = await sha256Hex(bytes);
	const body = { attachment: { id, sha256, size: bytes.byteLength, type } };

	const existing = await c.env.DB.prepare('SELECT * FROM attachments WHERE id = ?').bind(id).first<AttachmentRow>();
	if (existing && existing.sha256 !== sha256) throw new ApiError(409, 'idempotency_conflict');
	// Bytes first, then the row: a row always has its bytes; bytes without a row are retried or swept.
	await c.env.ATTACHMENTS.put(attachmentKey({ id, sha256 }), bytes, { httpMetadata: { contentType: type }, sha256 });
	if (existing) return c.json(body, 200);
	const inserted = await c.env.DB.prepare(
		`INSERT INTO attachments (id, sha256, size, type, uploaded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`
	)
		.bind(id, sha256, bytes.byteLength, type, new Date().toISOString())
		.run();
	if (inserted.meta.changes === 0) {
		// A concurrent upload of the same id won; answer as its retry would be answered.
		const winner = await c.env.DB.prepare('SELECT sha256 FROM attachments WHERE id = ?')
			.bind(id)
			.first<AttachmentRow>();
		if (winner?.sha256 !== sha256) throw new ApiError(409, 'idempotency_conflict');
		return c.json(body, 200);
	}
	return c.json(body, 201);
});
