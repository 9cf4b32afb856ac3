import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll } from 'vitest';
import { officesSql } from '../../worker/seed/offices.ts';
import { buildRegistry, registrySql } from '../../worker/seed/registry.ts';
import { staffSql } from '../../worker/seed/staff.ts';

beforeAll(async () => {
	await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
	// readD1Migrations can silently return nothing (workers-sdk#14866): fail loudly instead.
	const tables = await env.DB.prepare(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'applications'"
	).all();
	if (tables.results.length !== 1) throw new Error('D1 migrations were not applied');
	const statements = `${registrySql(buildRegistry())}\n${officesSql()}\n${await staffSql()}`
		.split('\n')
		.map((sql) => env.DB.prepare(sql));
	await env.DB.batch(statements);
});
