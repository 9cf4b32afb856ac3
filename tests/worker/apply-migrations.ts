import { applyD1Migrations, env } from 'cloudflare:test';
import { beforeAll } from 'vitest';
import { officesSql } from '../../worker/seed/offices.ts';
import { buildDemoRegisters, registersSql } from '../../worker/seed/registers.ts';
import { buildRegistry, registrySql } from '../../worker/seed/registry.ts';
import { staffSql } from '../../worker/seed/staff.ts';

beforeAll(async () => {
	await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
	// readD1Migrations can silently return nothing (workers-sdk#14866): fail loudly instead.
	const tables = await env.DB.prepare(
		"SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'applications'"
	).all();
	if (tables.results.length !== 1) throw new Error('D1 migrations were not applied');
	const registry = buildRegistry();
	const statements = `${registrySql(registry)}\n${officesSql()}\n${await staffSql()}`
		.split('\n')
		.map((sql) => env.DB.prepare(sql));
	// The registers' statements are multi-row and span lines: prepared one by one.
	for (const sql of registersSql(buildDemoRegisters(registry))) statements.push(env.DB.prepare(sql));
	await env.DB.batch(statements);
});
