// Loads the deterministic demo registries into the local D1 (`wrangler d1 execute --local`).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { officesSql } from '../worker/seed/offices.ts';
import { buildDemoRegisters, registersSql } from '../worker/seed/registers.ts';
import { buildRegistry, registrySql } from '../worker/seed/registry.ts';
import { demoStaff, staffSql } from '../worker/seed/staff.ts';

const persistIndex = process.argv.indexOf('--persist-to');
const persistArgs = persistIndex > 0 ? ['--persist-to', process.argv[persistIndex + 1]] : [];
const registry = buildRegistry();
const registers = buildDemoRegisters(registry);
mkdirSync('.wrangler', { recursive: true });
writeFileSync(
	'.wrangler/seed.sql',
	`${registrySql(registry)}\n${officesSql()}\n${await staffSql()}\n${registersSql(registers).join('\n')}`
);
execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', ...persistArgs, '--file', '.wrangler/seed.sql'], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, WRANGLER_SEND_METRICS: 'false' }
});
console.log(
	`› seeded ${registry.persons.length} persons, ${registry.birthRecords.length + registry.civilRecords.length} act records, ${demoStaff.length} staff, ` +
		`${registers.entities.length} legal entities and ${registers.objects.length} real-estate objects`
);
