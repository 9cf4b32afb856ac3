import { Hono } from 'hono';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { z } from 'zod';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { shapeErrors } from '../../src/lib/domain/schemas.ts';
import { officeActionShape, validatePscIntake } from '../../src/lib/domain/office/actions.ts';
import { apiBodyLimit } from '../http/body-limit.ts';
import { ApiError, readJson } from '../http/errors.ts';
import type { AttachmentRow } from '../db/rows.ts';
import { attachmentKey } from '../flow/attachments.ts';
import { mayView, performAction } from './actions.ts';
import { requireStaff, staffAuth, type OfficeEnv } from './auth/index.ts';
import { certificatesOffice } from './certificates.ts';
import { forgetOfficeCalendar } from './calendar.ts';
import { takePscApplication } from './psc.ts';
import { pscReceiptPdf } from './receipt.ts';
import { roleQueue } from './queue.ts';
import { registry } from './registry.ts';
import { certificatePdf } from '../certificates/document.ts';
import type { CertificateRow } from '../db/rows.ts';
import { officeApplicationView } from './view.ts';

/**
 * The staff API under /api/office: login, queues, one application, actions, the PSC counter, the
 * calendar, registry corrections (/registry, worker/office/registry.ts) and the revocation of
 * issued certificates (/certificates, worker/office/certificates.ts).
 */
export const office = new Hono<OfficeEnv>();

const stepRoles = ['psc-operator', 'office-clerk', 'head', 'responsible-officer'] as const;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The client's address for the audit trail (set by Cloudflare's edge; absent in local tests). */
const clientIp = (header: string | undefined) => header ?? null;

function invalid(error: z.ZodError): ApiError {
	return new ApiError(422, 'validation_failed', shapeErrors(error));
}

office.route('/', staffAuth);
office.route('/registry', registry);
office.route('/certificates', certificatesOffice);

office.get('/queue', requireStaff(...stepRoles), async (c) => {
	const started = Date.now();
	// A page size is a whole number (roleQueue keeps it within 1–200); "1.5" or "abc" is the caller's mistake.
	const limitText = c.req.query('limit');
	if (limitText !== undefined && !/^\d{1,4}$/.test(limitText))
		throw new ApiError(422, 'validation_failed', { limit: 'invalid' });
	const queue = await roleQueue(c.env, c.get('staff'), new Date(), {
		after: c.req.query('after'),
		limit: limitText === undefined ? undefined : Number(limitText)
	});
	c.header('Cache-Control', 'no-store');
	// The queue's own time (its D1 reads included) for the benchmark and the browser's dev tools.
	c.header('Server-Timing', `queue;dur=${Date.now() - started}`);
	return c.json(queue);
});

office.get('/applications/:id', requireStaff(), async (c) => {
	const id = c.req.param('id');
	if (!uuid.test(id)) throw new ApiError(404, 'not_found');
	c.header('Cache-Control', 'no-store');
	return c.json({ application: await officeApplicationView(c.env, c.get('staff'), id, new Date()) });
});

office.post('/applications/:id/actions', apiBodyLimit, requireStaff(...stepRoles), async (c) => {
	const id = c.req.param('id');
	if (!uuid.test(id)) throw new ApiError(404, 'not_found');
	const parsed = officeActionShape.safeParse(await readJson(c));
	if (!parsed.success) throw invalid(parsed.error);
	const now = new Date();
	await performAction(c.env, c.get('staff'), id, parsed.data, now, clientIp(c.req.header('cf-connecting-ip')));
	return c.json({ application: await officeApplicationView(c.env, c.get('staff'), id, now) });
});

office.get('/applications/:id/attachments/:attachment', requireStaff(), async (c) => {
	const { id, attachment } = c.req.param();
	if (!uuid.test(id) || !uuid.test(attachment)) throw new ApiError(404, 'not_found');
	const [application, file] = await c.env.DB.batch([
		c.env.DB.prepare('SELECT * FROM applications WHERE id = ?').bind(id),
		c.env.DB.prepare('SELECT * FROM attachments WHERE id = ? AND application_id = ?').bind(attachment, id)
	]);
	const app = application.results[0] as Parameters<typeof mayView>[1] | undefined;
	const row = file.results[0] as AttachmentRow | undefined;
	if (!app || !row) throw new ApiError(404, 'not_found');
	if (!mayView(c.get('staff'), app)) throw new ApiError(403, 'other_office');
	const object = await c.env.ATTACHMENTS.get(attachmentKey(row));
	if (!object) throw new ApiError(404, 'not_found');
	return new Response(object.body, {
		headers: {
			'Content-Type': row.type,
			// Staff open the copy in the browser; the file name stays out of the headers (it is personal).
			'Content-Disposition': 'inline',
			'Cache-Control': 'private, no-store',
			'X-Content-Type-Options': 'nosniff'
		}
	});
});

office.post('/psc/applications', apiBodyLimit, requireStaff('psc-operator'), async (c) => {
	const validation = validatePscIntake(await readJson(c), findService);
	if (!validation.ok)
		throw new ApiError(
			validation.code === 'unknown_service' ? 404 : 422,
			validation.code,
			Object.keys(validation.fields).length ? validation.fields : undefined
		);
	const now = new Date();
	const taken = await takePscApplication(
		c.env,
		c.get('staff'),
		validation.value,
		now,
		clientIp(c.req.header('cf-connecting-ip'))
	);
	return c.json(
		{
			kind: taken.kind,
			application: await officeApplicationView(c.env, c.get('staff'), taken.id, now),
			// A paper application gets a receipt; a registry certificate is itself what is printed.
			...(taken.kind === 'issued'
				? { resultPath: `/api/office/psc/results/${taken.id}.pdf` }
				: taken.kind === 'not-found'
					? {}
					: { receiptPath: `/api/office/psc/receipts/${taken.id}.pdf` })
		},
		taken.created ? 201 : 200
	);
});

office.get('/psc/receipts/:file', requireStaff(), async (c) => {
	const id = /^(.+)\.pdf$/.exec(c.req.param('file'))?.[1] ?? '';
	if (!uuid.test(id)) throw new ApiError(404, 'not_found');
	const pdf = await pscReceiptPdf(c.env, c.get('staff'), id);
	return new Response(pdf, {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `inline; filename="receipt-${id.slice(0, 8)}.pdf"`,
			'Cache-Control': 'private, no-store'
		}
	});
});

/** A registry certificate asked at this PSC, for its operator to print and hand over. */
office.get('/psc/results/:file', requireStaff('psc-operator'), async (c) => {
	const id = /^(.+)\.pdf$/.exec(c.req.param('file'))?.[1] ?? '';
	if (!uuid.test(id)) throw new ApiError(404, 'not_found');
	const certificate = await c.env.DB.prepare(
		`SELECT c.*, d.name_kk AS dep_kk, d.name_ru AS dep_ru
		   FROM certificates c JOIN applications a ON a.id = c.application_id JOIN departments d ON d.code = c.department_code
		  WHERE c.application_id = ? AND a.psc_code = ?`
	)
		.bind(id, c.get('staff').officeCode)
		.first<CertificateRow & { dep_kk: string; dep_ru: string }>();
	if (!certificate) throw new ApiError(404, 'not_found');
	const pdf = await certificatePdf(c.env, certificate, new URL(c.req.url).origin);
	return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
		'Content-Type': 'application/pdf',
		'Content-Disposition': `inline; filename="${formatReferenceNumber(certificate.number)}.pdf"`,
		'Cache-Control': 'private, no-store'
	});
});

const calendarShape = z.strictObject({
	days: z
		.array(
			z.strictObject({
				// Decreed days of this century: a year 0001 or 9999 is a typing mistake, not a decree.
				date: z.iso.date().refine((date) => date >= '2000-01-01' && date <= '2099-12-31'),
				kind: z.enum(['working', 'holiday']),
				note: z.string().trim().max(200).default('')
			})
		)
		.max(400)
});

/** The office's own calendar: decreed working Saturdays and extra days off (administrator). */
office.get('/calendar', requireStaff('administrator'), async (c) => {
	const days = await c.env.DB.prepare('SELECT date, kind, note FROM calendar_days WHERE office_code = ? ORDER BY date')
		.bind(c.get('staff').officeCode)
		.all();
	return c.json({ days: days.results });
});

office.put('/calendar', apiBodyLimit, requireStaff('administrator'), async (c) => {
	const parsed = calendarShape.safeParse(await readJson(c));
	if (!parsed.success) throw invalid(parsed.error);
	const dates = parsed.data.days.map((d) => d.date);
	if (new Set(dates).size !== dates.length) throw new ApiError(422, 'validation_failed', { days: 'invalid' });
	const officeCode = c.get('staff').officeCode;
	// Replaces the whole list in one transaction: the calendar is never seen half-changed.
	await c.env.DB.batch([
		c.env.DB.prepare('DELETE FROM calendar_days WHERE office_code = ?').bind(officeCode),
		...parsed.data.days.map((d) =>
			c.env.DB.prepare('INSERT INTO calendar_days (office_code, date, kind, note) VALUES (?, ?, ?, ?)').bind(
				officeCode,
				d.date,
				d.kind,
				d.note || null
			)
		)
	]);
	forgetOfficeCalendar(officeCode);
	return c.json({ days: parsed.data.days });
});
