// The benchmark database: a fresh local D1 with the migrations, the demo seed and the bench
// registers on top (worker/seed/bench.ts: by default 1 000 000 persons and 300 000 real-estate
// objects). The rows are written as SQL files of multi-row INSERTs (each statement under D1's
// 100 KB) and loaded with `wrangler d1 execute --local --file` one file after another, while the
// next file is being generated. Prints the row counts, the times and the query plans of the
// registry look-ups on the large data.
//   npx node scripts/seed-bench.mjs [--persist-to .wrangler/bench-registers] [--persons N] [--objects N] [--seed N] [--keep-sql]
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { legalEntitySql } from '../worker/db/legal-entities.ts';
import { propertySql } from '../worker/db/property.ts';
import { benchDefaults, benchRows, chunkStatements } from '../worker/seed/bench.ts';
import { buildDemoRegisters, gulnurIin } from '../worker/seed/registers.ts';
import { buildRegistry } from '../worker/seed/registry.ts';

const arg = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const persist = arg('persist-to', '.wrangler/bench-registers');
const persons = Number(arg('persons', benchDefaults.persons));
const objects = Number(arg('objects', benchDefaults.objects));
const seed = Number(arg('seed', benchDefaults.seed));
const keepSql = process.argv.includes('--keep-sql');
// Beside the database, so two seeds into different folders can run at once.
const sqlDir = `${persist}-sql`;
// One wrangler run per file: bigger files mean fewer start-ups but more memory in wrangler.
const maxFileBytes = 128 * 1024 * 1024;
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

function d1Sync(args) {
	return execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', persist, ...args], {
		encoding: 'utf8',
		env,
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024
	});
}

function d1File(file) {
	return new Promise((resolve, reject) => {
		const child = spawn(
			'npx',
			['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', persist, '--file', file],
			{
				env,
				stdio: ['ignore', 'ignore', 'pipe']
			}
		);
		let stderr = '';
		child.stderr.on('data', (d) => (stderr += d));
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${file}: ${stderr.slice(-2000)}`))));
	});
}

const started = performance.now();
rmSync(persist, { recursive: true, force: true });
rmSync(sqlDir, { recursive: true, force: true });
mkdirSync(sqlDir, { recursive: true });
execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], {
	env,
	stdio: ['ignore', 'ignore', 'inherit']
});
execFileSync('npx', ['node', 'scripts/seed-local.mjs', '--persist-to', persist], { env, stdio: 'inherit' });
const demoDone = performance.now();
console.log(`› migrations and demo seed: ${seconds(demoDone - started)}`);

const registry = buildRegistry();
const demo = buildDemoRegisters(registry);
const rows = {};
let files = 0;
let totalBytes = 0;
let statements = 0;
let generateMs = 0;
let loadMs = 0;
let loading = Promise.resolve();
let parts = [];
let bytes = 0;

async function flush() {
	if (!parts.length) return;
	const file = `${sqlDir}/${String(++files).padStart(3, '0')}.sql`;
	writeFileSync(file, parts.join('\n'));
	parts = [];
	bytes = 0;
	loading = loading.then(async () => {
		const t = performance.now();
		await d1File(file);
		loadMs += performance.now() - t;
		if (!keepSql) rmSync(file);
		process.stdout.write(`  loaded ${file} (${seconds(performance.now() - t)})\n`);
	});
	// Let the finished load start the next one before generating further.
	await new Promise((resolve) => setImmediate(resolve));
}

let t = performance.now();
for (const chunk of benchRows(registry, demo, { persons, objects, seed })) {
	rows[chunk.table] = (rows[chunk.table] ?? 0) + chunk.rows.length;
	for (const sql of chunkStatements(chunk)) {
		parts.push(sql);
		const b = Buffer.byteLength(sql);
		bytes += b;
		totalBytes += b;
		statements++;
		if (bytes >= maxFileBytes) {
			generateMs += performance.now() - t;
			await flush();
			t = performance.now();
		}
	}
}
generateMs += performance.now() - t;
await flush();
await loading;
const bulkDone = performance.now();

console.log(
	`› bench rows added: ${Object.entries(rows)
		.map(([table, n]) => `${table} ${n}`)
		.join(', ')}`
);
console.log(
	`› ${files} SQL files, ${(totalBytes / 1e6).toFixed(0)} MB, ${statements} statements; generating ${seconds(generateMs)}, ` +
		`wrangler d1 execute ${seconds(loadMs)}, bench rows wall time ${seconds(bulkDone - demoDone)}`
);

const tables = [
	'persons',
	'legal_entities',
	'le_participants',
	're_objects',
	're_rights',
	're_encumbrances',
	're_claims'
];
const [counts] = JSON.parse(
	d1Sync([
		'--json',
		'--command',
		`SELECT ${tables.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')}`
	])
)[0].results;
console.log(`› in the database: ${tables.map((table) => `${table} ${counts[table]}`).join(', ')}`);

// The plans of the named look-ups on the large data (the Worker tests check them on the demo data).
const explain = [];
const add = (prefix, o) => {
	for (const [name, value] of Object.entries(o)) {
		if (typeof value === 'string') explain.push([`${prefix}${name}`, value]);
		else add(`${prefix}${name}.`, value);
	}
};
add('propertySql.', propertySql);
add('legalEntitySql.', legalEntitySql);
const planFile = `${sqlDir}/plans.sql`;
writeFileSync(
	planFile,
	explain
		.map(([, sql]) => `EXPLAIN QUERY PLAN ${sql.replace(/\?1/g, `'${gulnurIin}'`).replace(/\?2/g, "'almaty'")};`)
		.join('\n')
);
const plans = JSON.parse(d1Sync(['--json', '--file', planFile]));
let scans = 0;
explain.forEach(([name], i) => {
	const details = plans[i].results.map((r) => r.detail);
	scans += details.filter((d) => d.startsWith('SCAN ')).length;
	console.log(`  ${name}: ${details.join('; ')}`);
});
console.log(`› ${scans === 0 ? 'every look-up searches an index' : `${scans} table scans in the plans above`}`);
console.log(`› total ${seconds(performance.now() - started)} (database in ${persist})`);
