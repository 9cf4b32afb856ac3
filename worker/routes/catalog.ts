import { Hono } from 'hono';
import { catalog } from '../../src/lib/domain/catalog/index.ts';
import { stateDutyTiyn } from '../../src/lib/domain/money.ts';
import type { AppEnv } from '../env.ts';

export const catalogRoutes = new Hono<AppEnv>();

/** The services in kk/ru/en with today's state duty in tiyn (МРП changes every 1 January). */
catalogRoutes.get('/', (c) => {
	const now = new Date();
	const mrp = JSON.parse(c.env.MRP_BY_YEAR);
	c.header('Cache-Control', 'public, max-age=300');
	return c.json({
		services: catalog.map((service) => ({
			...service,
			stateDutyTiyn: service.stateDuty ? stateDutyTiyn(service.stateDuty.mrpMultiple, now, mrp) : null
		}))
	});
});
