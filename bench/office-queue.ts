/**
 * The head's queue with 10 000 open applications in the office (issue 4 target: first page
 * ≤ 200 ms server time, measured under load). Fills the running stack's local D1 with 10 000
 * applications waiting on the head of ALA-ALM, then times the first page (Server-Timing: the
 * handler with its D1 reads, and the client's round trip), quiet and while a second process
 * submits applications, against the bare health endpoint in the same run. Prints the query plans.
 *   bash scripts/e2e-server.sh 8796 .wrangler/bench-all &   # then:
 *   npx node bench/office-queue.ts http://127.0.0.1:8796 .wrangler/bench-all
 */
import { execFileSync, spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { quantile } from './lib/load.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8796';
const persist = process.argv[3] ?? '.wrangler/bench-all';
const open = 10_000;
const rounds = 60;

function d1(args: string[]): string {
	return execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', persist, ...args], {
		encoding: 'utf8',
		env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
		stdio: ['ignore', 'pipe', 'inherit']
	});
}

// 10 000 applications at the head's step, due every 3 minutes from 50 hours ago (a tenth already
// overdue). Generated inside SQLite: one short statement instead of 10 000 rows of SQL text.
const due = `strftime('%Y-%m-%dT%H:%M:%S.000Z', 'now', printf('%+d seconds', (i - ${open / 10}) * 180))`;
writeFileSync(
	'.wrangler/bench-queue.sql',
	[
		"DELETE FROM application_steps WHERE application_id LIKE 'bench000-%';",
		"DELETE FROM applications WHERE id LIKE 'bench000-%';",
		`INSERT INTO applications (id, number, service, channel, lang, applicant_iin, answers, body_hash, state, submitted_at,
		                          due_at, office_code, step, step_actor, step_due_at)
		 WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${open - 1})
		 SELECT 'bench000-0000-4000-8000-' || printf('%012d', i), 'BQ' || printf('%07d', i), 'death-registration', 'portal',
		        'kk', '010715504561', '{}', 'bench', 'in_processing', strftime('%Y-%m-%dT%H:%M:%S.000Z', 'now', '-1 day'),
		        ${due}, 'ALA-ALM', 'resolution', 'head', ${due}
		   FROM n;`
	].join('\n')
);
d1(['--file', '.wrangler/bench-queue.sql']);
console.log(`› ${open} open applications at the head's step of ALA-ALM`);

const login = await fetch(`${base}/api/office/login`, {
	method: 'POST',
	headers: { 'content-type': 'application/json' },
	body: JSON.stringify({ login: 'head.alm', password: 'Qyzmet-demo-2026' })
});
if (!login.ok) throw new Error(`login failed: ${login.status}`);
const cookie = login.headers.get('set-cookie')!.split(';')[0];

async function measure(name: string, path: string, headers: Record<string, string> = {}) {
	const client: number[] = [];
	const server: number[] = [];
	for (let i = 0; i < rounds; i++) {
		const t = performance.now();
		const res = await fetch(`${base}${path}`, { headers });
		const body = await res.text();
		client.push(performance.now() - t);
		if (!res.ok) throw new Error(`${path}: ${res.status} ${body.slice(0, 200)}`);
		const dur = /dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '')?.[1];
		if (dur) server.push(Number(dur));
	}
	client.sort((a, b) => a - b);
	server.sort((a, b) => a - b);
	console.log(
		`${name.padEnd(24)} client p50 ${quantile(client, 0.5)} ms, p99 ${quantile(client, 0.99)} ms` +
			(server.length ? `; server p50 ${quantile(server, 0.5)} ms, p99 ${quantile(server, 0.99)} ms` : '')
	);
	return { client: Number(quantile(client, 0.5)), server: server.length ? Number(quantile(server, 0.5)) : NaN };
}

await measure('warm-up', '/api/office/queue', { cookie });
const quietHealth = await measure('health (quiet)', '/api/health');
const quiet = await measure('queue page 1 (quiet)', '/api/office/queue', { cookie });

// Load from a second process: the submit bench's closed loop of 16 clients.
const load = spawn('npx', ['node', 'bench/submit-load.ts', base], { stdio: ['ignore', 'pipe', 'inherit'] });
let loadOutput = '';
load.stdout.on('data', (chunk) => (loadOutput += chunk));
const loadDone = new Promise((resolve) => load.on('exit', resolve));
await new Promise((resolve) => setTimeout(resolve, 1500));
const loadedHealth = await measure('health (under load)', '/api/health');
const loaded = await measure('queue page 1 (under load)', '/api/office/queue', { cookie });
await loadDone;
console.log(
	loadOutput
		.trim()
		.split('\n')
		.map((l) => `  load: ${l}`)
		.join('\n')
);

console.log(
	`queue / health, client p50: quiet ${(quiet.client / quietHealth.client).toFixed(1)}×, under load ${(loaded.client / loadedHealth.client).toFixed(1)}×`
);
console.log(`first page server time p50: quiet ${quiet.server} ms, under load ${loaded.server} ms (target ≤ 200 ms)`);

console.log('\nquery plan of the first page:');
console.log(
	d1([
		'--json',
		'--command',
		`EXPLAIN QUERY PLAN SELECT id FROM applications WHERE office_code = 'ALA-ALM' AND step_actor = 'head' AND step IS NOT NULL ORDER BY ifnull(step_due_at, '~'), id LIMIT 51`
	])
);
