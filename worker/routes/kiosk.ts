import { Hono } from 'hono';
import { renderPrinterTestPdf } from '../certificates/printer-test.ts';
import { ApiError } from '../http/errors.ts';
import { requireStaff, type OfficeEnv } from '../office/auth/index.ts';

/** What the kiosk health screen (src/routes/kiosk/status) asks of the Worker; PSC staff only. */
export const kioskRoutes = new Hono<OfficeEnv>();

const deviceName = /^[A-Za-z0-9._-]{1,64}$/;

/** The printer test page for the kiosk named in the query (its id and PSC are not personal). */
kioskRoutes.get('/printer-test.pdf', requireStaff('psc-operator', 'administrator'), async (c) => {
	const kioskId = c.req.query('kiosk') ?? '';
	const office = c.req.query('office') ?? '';
	if (!deviceName.test(kioskId) || !deviceName.test(office))
		throw new ApiError(422, 'validation_failed', {
			...(deviceName.test(kioskId) ? {} : { kiosk: 'invalid' as const }),
			...(deviceName.test(office) ? {} : { office: 'invalid' as const })
		});
	const pdf = await renderPrinterTestPdf({ kioskId, office, at: new Date().toISOString() });
	return c.body(pdf as Uint8Array<ArrayBuffer>, 200, {
		'Content-Type': 'application/pdf',
		'Content-Disposition': 'inline; filename="printer-test.pdf"',
		'Cache-Control': 'no-store'
	});
});
