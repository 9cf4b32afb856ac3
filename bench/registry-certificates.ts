/**
 * Issue 5: the registry services end to end on the large seed (1 000 000 persons, 300 000
 * real-estate objects; `npx node scripts/seed-bench.mjs`). For each service — and each
 * legal-entity extract as its own line — one measured pair is POST /api/applications (the look-up
 * batch, signing, the write batch: the certificate is issued at once) then GET the PDF (rendered
 * from the stored snapshot), timed from the client. Quiet, then while a second process keeps
 * issuing the same mix with `--concurrency` clients. Baseline in the same run, interleaved with the
 * pairs: GET /api/certificates/<number>/status, one primary-key read of `certificates`. Then the
 * D1 query plans of every look-up statement (asserted: no SCAN of a register table; the process
 * exits 1 if there is one — a plan, never a time, decides), and a profile of the server's work
 * outside the HTTP stack, with the Worker's own modules in Node 24: each line's read batch in
 * SQLite, the look-up's build and signature, the PDF render (as shipped, and with pdf-lib's own
 * JavaScript deflate for a ratio, interleaved), a CPU profile of the renders. The documents rendered are
 * written to bench/out/registry-documents.json for bench/workerd/registry-pdf.bench-in-workerd.ts.
 *
 *   npx node scripts/seed-bench.mjs                  # once, 3½ min: .wrangler/bench-registers
 *   npx node bench/registry-certificates.ts          # copies it, migrates, serves it on :8798
 *   npx node bench/registry-certificates.ts --base http://127.0.0.1:8798 --persist <dir>   # a running server
 * Options: --seed <dir> --work <dir> --port <n> --rounds <n> --concurrency <n>; --cpu-only stops after the
 * server CPU per request kind (POST, PDF, status, health), printed at the end of a whole run too.
 * Timings are printed, never asserted.
 */
import { registerHooks } from 'node:module';

// The Worker imports its fonts as Data modules (wrangler.jsonc `rules`); give Node the same bytes,
// so the Worker's own modules (look-ups, signing, renderers) load here. The Worker's modules are
// therefore imported dynamically, after this hook.
registerHooks({
	load(url, context, nextLoad) {
		if (!url.endsWith('.ttf')) return nextLoad(url, context);
		return {
			format: 'module',
			shortCircuit: true,
			source: `import { readFileSync } from 'node:fs';
				export default new Uint8Array(readFileSync(new URL(${JSON.stringify(url)}))).buffer;`
		};
	}
});

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { DatabaseSync } from 'node:sqlite';
import { loadavg } from 'node:os';
import { quantile } from './lib/load.ts';
import { cpuSince, serverCpuMs, wranglerPid } from './lib/server-cpu.ts';
import { deliverDevCrl, signedInNode } from '../scripts/pki/dev-signing.ts';

interface Line {
	name: string;
	service: string;
	/** The answers of each subject, used in turn. */
	answers: Record<string, string>[];
}

interface Pair {
	post: number;
	pdf: number;
	total: number;
	number: string;
	bytes: number;
}

const env = { ...process.env, WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? process.argv[i + 1] : fallback;
};
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A request of the line, signed with the dev applicant's EDS. Every request is signed before its
 * phase starts: an applicant signs on their own device, and signing here (2.8 ms of CPU each in
 * Node) would take that CPU from the server on this 2-core machine, in the timed phase.
 */
async function signed(line: Line, answers: Record<string, string>): Promise<string> {
	const request = { id: crypto.randomUUID(), service: line.service, channel: 'portal' as const, lang: 'kk' as const };
	return JSON.stringify(await signedInNode({ ...request, answers, attachments: [] }));
}

/** `count` signed requests, the n-th of the line and answers `pick(n)` names: the order they will be sent in. */
async function signedInAdvance(count: number, pick: (n: number) => { line: Line; answers: Record<string, string> }) {
	const bodies: string[] = [];
	for (let n = 0; n < count; n++) {
		const { line, answers } = pick(n);
		bodies.push(await signed(line, answers));
	}
	return bodies;
}

/** The first half of a pair: submit (look-up + sign + store); the certificate's number, path and token. */
async function submit(base: string, line: Line, request: string) {
	const t0 = performance.now();
	const res = await fetch(`${base}/api/applications`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: request
	});
	const body = (await res.json()) as {
		application?: { state: string; result: { certificateNumber: string; pdfPath: string } | null };
		accessToken?: string;
	};
	const ms = performance.now() - t0;
	if (res.status !== 201 || body.application?.state !== 'issued')
		throw new Error(`${line.name}: ${res.status} ${body.application?.state ?? JSON.stringify(body)}`);
	const { certificateNumber, pdfPath } = body.application.result!;
	return { ms, number: certificateNumber, pdfPath, token: body.accessToken! };
}

/** The second half: download the PDF (the render). */
async function download(base: string, issued: { pdfPath: string; token: string }) {
	const t = performance.now();
	const pdf = await fetch(`${base}${issued.pdfPath}`, { headers: { authorization: `Bearer ${issued.token}` } });
	const bytes = (await pdf.arrayBuffer()).byteLength;
	const ms = performance.now() - t;
	if (!pdf.ok) throw new Error(`${issued.pdfPath}: ${pdf.status}`);
	return { ms, bytes };
}

/** One measured pair: submit, then download the PDF. */
async function pair(base: string, line: Line, body: string): Promise<Pair> {
	const issued = await submit(base, line, body);
	const pdf = await download(base, issued);
	return { post: issued.ms, pdf: pdf.ms, total: issued.ms + pdf.ms, number: issued.number, bytes: pdf.bytes };
}

/** The baseline: one primary-key read of `certificates` through the same HTTP stack. */
async function statusRead(base: string, number: string): Promise<number> {
	const t = performance.now();
	const res = await fetch(`${base}/api/certificates/${number}/status`);
	const body = (await res.json()) as { status: string };
	const ms = performance.now() - t;
	if (body.status !== 'valid') throw new Error(`status of ${number}: ${JSON.stringify(body)}`);
	return ms;
}

// ---------------------------------------------------------------------------------------------
// The second process: closed-loop clients issuing the same mix until its stdin closes.
if (process.argv[2] === '--load-child') {
	const [base, linesFile, concurrencyArg, poolArg] = process.argv.slice(3);
	const lines = JSON.parse(readFileSync(linesFile, 'utf8')) as Line[];
	// The requests are signed before the load starts (see `signed`); the parent waits for "ready".
	const pool = await signedInAdvance(Number(poolArg), (n) => {
		const line = lines[n % lines.length];
		return { line, answers: line.answers[(n * 7) % line.answers.length] };
	});
	let stop = false;
	process.stdin.on('data', () => {});
	process.stdin.on('end', () => (stop = true));
	const totals: number[] = [];
	let failures = 0;
	let signedDuringLoad = 0;
	let next = 0;
	console.log('ready');
	const started = performance.now();
	await Promise.all(
		Array.from({ length: Number(concurrencyArg) }, async () => {
			while (!stop) {
				const n = next++;
				const line = lines[n % lines.length];
				try {
					const body = n < pool.length ? pool[n] : (signedDuringLoad++, await signed(line, line.answers[0]));
					totals.push((await pair(base, line, body)).total);
				} catch (error) {
					failures++;
					if (failures <= 3) console.error(`load: ${error}`);
				}
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	totals.sort((a, b) => a - b);
	console.log(
		JSON.stringify({
			pairs: totals.length,
			failures,
			signedDuringLoad,
			perSecond: totals.length / seconds,
			p50: quantile(totals, 0.5),
			p99: quantile(totals, 0.99)
		})
	);
	process.exit(0);
}

// ---------------------------------------------------------------------------------------------
const seedDir = arg('seed', '.wrangler/bench-registers');
const givenBase = arg('base', '');
const persist = givenBase ? arg('persist', seedDir) : arg('work', '.wrangler/bench-registers-run');
const port = Number(arg('port', '8798'));
const base = givenBase || `http://127.0.0.1:${port}`;
const rounds = Number(arg('rounds', '60'));
const concurrency = Number(arg('concurrency', '6'));
const statusPerRound = 3;

function d1(args: string[]): string {
	return execFileSync('npx', ['wrangler', 'd1', 'execute', 'DB', '--local', '--persist-to', persist, ...args], {
		encoding: 'utf8',
		env,
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024
	});
}
/** Runs a file of statements through D1 (workerd's SQLite); one result list per statement. */
function d1File(name: string, sql: string): Record<string, unknown>[][] {
	const file = `.wrangler/${name}.sql`;
	writeFileSync(file, sql);
	return (JSON.parse(d1(['--json', '--file', file])) as { results: Record<string, unknown>[] }[]).map((r) => r.results);
}
const lit = (v: unknown) => (v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${v}'`);

const { departments } = await import('../worker/seed/registry.ts');
const { nurlanIin } = await import('../worker/seed/registers.ts');

// 1. The database: a copy of the seed (the bench writes applications and certificates), migrated
// to the current schema, every region with its signing department.
if (!givenBase) {
	if (!existsSync(seedDir)) throw new Error(`${seedDir} is missing: run \`npx node scripts/seed-bench.mjs\` first`);
	let t = performance.now();
	rmSync(persist, { recursive: true, force: true });
	cpSync(seedDir, persist, { recursive: true });
	console.log(`› copied ${seedDir} to ${persist} (${((performance.now() - t) / 1000).toFixed(1)} s)`);
	t = performance.now();
	execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], {
		env,
		stdio: ['ignore', 'ignore', 'inherit']
	});
	console.log(`› migrations applied (${((performance.now() - t) / 1000).toFixed(1)} s)`);
}
// A seed made before migration 0005 has departments without a region: give them theirs.
d1File(
	'bench-registry-departments',
	departments
		.map(
			(d) =>
				`UPDATE departments SET region_code = ${lit(d.region)} WHERE code = ${lit(d.code)} AND region_code IS NULL;`
		)
		.join('\n')
);
const [[unsigned]] = d1File(
	'bench-registry-regions',
	`SELECT count(*) AS n, group_concat(r.code) AS codes FROM regions r LEFT JOIN departments d ON d.region_code = r.code WHERE d.code IS NULL;`
);
if (Number(unsigned.n)) throw new Error(`regions without a signing department: ${unsigned.codes}`);
// Every department needs its key in .dev.vars (tops up missing ones only).
execFileSync('npx', ['node', 'scripts/dev-secrets.mjs'], { env, stdio: 'inherit' });

// 2. Subjects with data, chosen by SQL, deterministic (a multiplicative hash of the row id spreads
// them over the register).
const pick = 12;
const spread = (column: string) => `ORDER BY (${column} * 2654435761) % 4294967311`;
const founder = (bin: string) =>
	`coalesce((SELECT f.participant_iin FROM le_participants f WHERE f.entity_bin = ${bin} AND f.participant_iin IS NOT NULL ORDER BY f.id LIMIT 1), '${nurlanIin}')`;
let t = performance.now();
const [rightsRows, presenceRows, registeredRows, branchesRows, personRows, entityRows, [extra]] = d1File(
	'bench-registry-subjects',
	[
		// Persons with a current right in a region.
		`SELECT r.holder_iin AS iin, o.region_code AS region FROM re_rights r JOIN re_objects o ON o.id = r.object_id
		  WHERE r.holder_iin IS NOT NULL AND r.terminated_at IS NULL ${spread('r.id')} LIMIT ${pick};`,
		// Persons with a previous right in a region (the presence certificate lists both).
		`SELECT r.holder_iin AS iin, o.region_code AS region FROM re_rights r JOIN re_objects o ON o.id = r.object_id
		  WHERE r.holder_iin IS NOT NULL AND r.terminated_at IS NOT NULL ${spread('r.id')} LIMIT ${pick};`,
		// Entities (the applicant: a founder), in their region.
		`SELECT e.bin, e.region_code AS region, ${founder('e.bin')} AS iin FROM legal_entities e
		  WHERE e.kind = 'entity' ${spread('e.rowid')} LIMIT ${pick};`,
		// Entities with branches or representative offices.
		`SELECT e.bin, e.region_code AS region, ${founder('e.bin')} AS iin FROM legal_entities e
		  WHERE e.kind = 'entity' AND EXISTS (SELECT 1 FROM legal_entities b WHERE b.parent_bin = e.bin)
		  ${spread('e.rowid')} LIMIT ${pick};`,
		// Persons who take part in an entity.
		`SELECT p.participant_iin AS iin, e.region_code AS region FROM le_participants p JOIN legal_entities e ON e.bin = p.entity_bin
		  WHERE p.participant_iin IS NOT NULL ${spread('p.id')} LIMIT ${pick};`,
		// Entities that take part in another entity.
		`SELECT p.participant_bin AS bin, e.region_code AS region, ${founder('p.participant_bin')} AS iin
		   FROM le_participants p JOIN legal_entities e ON e.bin = p.participant_bin
		  WHERE p.participant_bin IS NOT NULL ${spread('p.id')} LIMIT ${pick};`,
		// Literals for the plans of the look-ups the services do not use.
		`SELECT (SELECT o.cadastral_number FROM re_objects o ORDER BY o.id DESC LIMIT 1) AS cadastral,
		        (SELECT max(id) FROM re_objects) AS object_id,
		        (SELECT r.holder_bin FROM re_rights r WHERE r.holder_bin IS NOT NULL ORDER BY r.id DESC LIMIT 1) AS holder_bin;`
	].join('\n')
) as Record<string, string>[][];
console.log(`› subjects chosen by SQL on the large seed (${((performance.now() - t) / 1000).toFixed(1)} s)`);

const own = (r: Record<string, string>) => ({
	iin: r.iin,
	holder: 'self',
	idDocumentType: 'id-card',
	region: r.region
});
const extract = (extractKind: string, r: Record<string, string>) => ({
	iin: r.iin,
	extractKind,
	subject: 'self',
	idDocumentType: 'id-card',
	region: r.region,
	...(r.bin ? { bin: r.bin } : {})
});
const lines: Line[] = [
	{ name: 'real-estate-rights', service: 'real-estate-rights', answers: rightsRows.map(own) },
	{ name: 'real-estate-presence', service: 'real-estate-presence', answers: presenceRows.map(own) },
	{
		name: 'le-extract registered',
		service: 'legal-entity-extract',
		answers: registeredRows.map((r) => extract('registered', r))
	},
	{
		name: 'le-extract branches',
		service: 'legal-entity-extract',
		answers: branchesRows.map((r) => extract('branches', r))
	},
	{
		name: 'le-extract person-partic.',
		service: 'legal-entity-extract',
		answers: personRows.map((r) => extract('person-participation', { iin: r.iin, region: r.region }))
	},
	{
		name: 'le-extract entity-partic.',
		service: 'legal-entity-extract',
		answers: entityRows.map((r) => extract('entity-participation', r))
	}
];
for (const line of lines)
	if (line.answers.length < pick) throw new Error(`${line.name}: only ${line.answers.length} subjects`);
const linesFile = '.wrangler/bench-registry-lines.json';
writeFileSync(linesFile, JSON.stringify(lines));

// 3. The D1 query plans of every look-up: all of propertySql and legalEntitySql, and the statements
// the services' read batches actually run (recorded from the Worker's own registryLookup, so the
// regions/departments and persons reads are the flow's), each with a real subject's values.
const { propertySql } = await import('../worker/db/property.ts');
const { legalEntitySql } = await import('../worker/db/legal-entities.ts');
const { registryLookup, registryCertificate } = await import('../worker/flow/registry-certificates.ts');

interface Recorded {
	sql: string;
	args: unknown[];
}
/** A D1Database stand-in that records what the look-up would bind (and can answer from SQLite). */
function recordingDb(into: Recorded[]) {
	return {
		prepare: (sql: string) => ({
			bind: (...args: unknown[]) => {
				into.push({ sql, args });
				return {};
			}
		})
	} as unknown as D1Database;
}
const lineStatements = (line: Line, answers = line.answers[0]) => {
	const recorded: Recorded[] = [];
	registryLookup(recordingDb(recorded), line.service, answers as never);
	return recorded;
};
const inline = ({ sql, args }: Recorded) => {
	let next = 0;
	return sql.replace(/\?(\d+)?/g, (_, n: string | undefined) => lit(args[n ? Number(n) - 1 : next++]));
};
const rightsSubject = rightsRows[0];
const plans = new Map<string, Recorded>();
const named = (prefix: string, o: object, args: (key: string) => unknown[]) => {
	for (const [key, value] of Object.entries(o)) {
		if (typeof value === 'string') plans.set(`${prefix}${key}`, { sql: value, args: args(key) });
		else named(`${prefix}${key}.`, value, (k) => args(`${key}.${k}`));
	}
};
named('propertySql.', propertySql, (key) =>
	key === 'objectByCadastralNumber'
		? [extra.cadastral]
		: key.endsWith('Object')
			? [Number(extra.object_id)]
			: key.endsWith('.bin')
				? [extra.holder_bin, null]
				: [rightsSubject.iin, rightsSubject.region]
);
named('legalEntitySql.', legalEntitySql, (key) =>
	key.endsWith('Person') || key.endsWith('PersonsEntities') ? [personRows[0].iin] : [branchesRows[0].bin]
);
for (const line of lines)
	lineStatements(line).forEach((s) => {
		const known = [...plans.values()].some((p) => p.sql === s.sql);
		const tables = [...new Set([...s.sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)/gi)].map((m) => m[1]))];
		if (!known) plans.set(`registry-certificates.ts: ${tables.join(' ⋈ ')}`, s);
	});
const planResults = d1File(
	'bench-registry-plans',
	[...plans.values()].map((s) => `EXPLAIN QUERY PLAN ${inline(s)};`).join('\n')
);
const registerTables = [
	'persons',
	'regions',
	'departments',
	'legal_entities',
	'le_participants',
	're_objects',
	're_rights',
	're_encumbrances',
	're_claims'
];
/** Table names behind the aliases of a statement (`FROM re_rights r` → r = re_rights). */
const aliases = (sql: string) =>
	new Map(
		[...sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)].flatMap(([, table, alias]) => [
			[table, table],
			...(alias && !/^(WHERE|ON|JOIN|ORDER|LEFT|INNER|GROUP)$/i.test(alias) ? [[alias, table] as [string, string]] : [])
		])
	);
const scans: string[] = [];
console.log(`\nD1 query plans (EXPLAIN QUERY PLAN through wrangler d1 execute on ${persist}):`);
[...plans.entries()].forEach(([name, statement], i) => {
	const details = planResults[i].map((r) => String(r.detail));
	const names = aliases(statement.sql);
	for (const d of details) {
		const scanned = /^SCAN (\w+)/.exec(d)?.[1];
		if (scanned && registerTables.includes(names.get(scanned) ?? scanned)) scans.push(`${name}: ${d}`);
	}
	console.log(`  ${name.padEnd(52)} ${details.join('; ')}`);
});
console.log(
	scans.length
		? `✗ ${scans.length} full scans of a register table:\n  ${scans.join('\n  ')}`
		: `✓ ${plans.size} statements: every look-up SEARCHes a register table by an index or its primary key; no SCAN of a register table`
);

// 4. The HTTP measurements.
let server: ReturnType<typeof spawn> | null = null;
if (!givenBase) {
	mkdirSync('build', { recursive: true }); // wrangler dev wants the assets folder; the API needs no build
	const log = `.wrangler/bench-registry-server-${port}.log`;
	writeFileSync(log, '');
	server = spawn(
		'bash',
		[
			'-c',
			`exec npx wrangler dev --ip 127.0.0.1 --port ${port} --persist-to ${persist} --show-interactive-dev-session=false >>${log} 2>&1`
		],
		{ env, stdio: 'ignore', detached: true }
	);
}
const serverExited = server ? new Promise((resolve) => server!.on('exit', resolve)) : Promise.resolve();
const stopServer = () => {
	if (server?.pid) {
		try {
			process.kill(-server.pid);
		} catch {
			/* already gone */
		}
	}
};
process.on('exit', stopServer);
for (let i = 0; ; i++) {
	if (
		await fetch(`${base}/api/health`).then(
			(r) => r.ok,
			() => false
		)
	)
		break;
	if (i > 120) throw new Error(`no server at ${base}`);
	await sleep(1000);
}
// The bench server cannot reach the dev CA's distribution point: its list is delivered.
await deliverDevCrl(base);

type Samples = { post: number[]; pdf: number[]; total: number[]; bytes: number[] };
const empty = (): Samples => ({ post: [], pdf: [], total: [], bytes: [] });
const issued: string[] = [];

/** A phase's pairs in order: each round has every line once, the order rotated from round to round. */
const phaseLine = (n: number) => {
	const round = Math.floor(n / lines.length);
	const line = lines[(round + (n % lines.length)) % lines.length];
	return { line, answers: line.answers[round % line.answers.length] };
};

async function phase(rounds: number, bodies: string[]) {
	const perLine = new Map(lines.map((l) => [l.name, empty()]));
	const status: number[] = [];
	for (let round = 0; round < rounds; round++) {
		for (let k = 0; k < lines.length; k++) {
			const n = round * lines.length + k;
			const { line } = phaseLine(n);
			const p = await pair(base, line, bodies[n]);
			const s = perLine.get(line.name)!;
			s.post.push(p.post);
			s.pdf.push(p.pdf);
			s.total.push(p.total);
			s.bytes.push(p.bytes);
			issued.push(p.number);
		}
		for (let k = 0; k < statusPerRound; k++)
			status.push(await statusRead(base, issued[(round * 7919 + k * 104729) % issued.length]));
	}
	return { perLine, status };
}

// Warm-up: every document type rendered once in the isolate (fonts, cold code), the D1 pages touched.
t = performance.now();
for (const line of lines) for (const answers of line.answers) await pair(base, line, await signed(line, answers));
console.log(`\n› warm-up: ${lines.length * pick} pairs in ${((performance.now() - t) / 1000).toFixed(1)} s`);

let bodies = await signedInAdvance(rounds * lines.length, phaseLine);
t = performance.now();
const quiet = await phase(rounds, bodies);
console.log(
	`› quiet: ${rounds} rounds in ${((performance.now() - t) / 1000).toFixed(1)} s, load average ${loadavg()[0].toFixed(1)}`
);

// Where a pair's server time goes: the server processes' CPU per request of each kind, one request
// at a time (CPU, unlike wall time, is little disturbed by other load on the machine).
const pid = wranglerPid(Number(new URL(base).port));
let cpuLines: string[] = [];
if (pid) {
	const perKind = async (kind: string, n: number, request: (i: number) => Promise<unknown>) => {
		const before = serverCpuMs(pid);
		for (let i = 0; i < n; i++) await request(i);
		const perProcess = cpuSince(pid, before, n);
		const sum = perProcess.reduce((total, [, ms]) => total + ms, 0);
		return `${kind.padEnd(26)} ${sum.toFixed(2).padStart(6)} ms  (${perProcess.map(([p, ms]) => `${p} ${ms.toFixed(2)}`).join(', ')})`;
	};
	const n = lines.length * 20;
	const requests = await signedInAdvance(n, phaseLine);
	const submitted: Awaited<ReturnType<typeof submit>>[] = [];
	cpuLines = [
		await perKind('POST (look-up, sign, store)', n, async (i) => {
			submitted.push(await submit(base, phaseLine(i).line, requests[i]));
		}),
		await perKind('GET the PDF (render)', n, (i) => download(base, submitted[i])),
		await perKind('GET status (PK read)', n, (i) => statusRead(base, submitted[i].number)),
		await perKind('GET /api/health (no D1)', n, () => fetch(`${base}/api/health`).then((r) => r.arrayBuffer()))
	];
	if (process.argv.includes('--cpu-only')) {
		for (const line of cpuLines) console.log(line);
		stopServer();
		process.exit(0);
	}
}

bodies = await signedInAdvance(rounds * lines.length, phaseLine);
// The child's clients keep pace with this one, so it needs about `concurrency` pairs per pair here.
const pool = Math.ceil(rounds * lines.length * concurrency * 1.5) + 100;
const child = spawn(
	process.execPath,
	[import.meta.filename, '--load-child', base, linesFile, String(concurrency), String(pool)],
	{ stdio: ['pipe', 'pipe', 'inherit'] }
);
let childOutput = '';
const childReady = new Promise<void>((resolve) =>
	child.stdout!.on('data', (chunk) => {
		childOutput += chunk;
		if (childOutput.startsWith('ready\n')) resolve();
	})
);
const childDone = new Promise((resolve) => child.on('exit', resolve));
await childReady;
await sleep(2000);
t = performance.now();
const loaded = await phase(rounds, bodies);
console.log(
	`› under load: ${rounds} rounds in ${((performance.now() - t) / 1000).toFixed(1)} s, load average ${loadavg()[0].toFixed(1)}`
);
child.stdin!.end();
await childDone;
const load = JSON.parse(childOutput.trim().split('\n').at(-1)!) as {
	pairs: number;
	failures: number;
	signedDuringLoad: number;
	perSecond: number;
	p50: string;
	p99: string;
};
stopServer();
await serverExited;

// 5. The table.
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const q = (xs: number[], p: number) => Number(quantile(sorted(xs), p));
const f = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const withAggregate = (m: Map<string, Samples>) => {
	const le = empty();
	for (const [name, s] of m)
		if (name.startsWith('le-extract')) for (const k of ['post', 'pdf', 'total', 'bytes'] as const) le[k].push(...s[k]);
	return [...m.entries(), ['legal-entity-extract (all 4)', le] as [string, Samples]];
};
const rows: string[][] = [];
for (const [label, result] of [
	['quiet', quiet],
	[`load ×${concurrency}`, loaded]
] as const) {
	const s50 = q(result.status, 0.5);
	const s99 = q(result.status, 0.99);
	for (const [name, s] of withAggregate(result.perLine)) {
		const e50 = q(s.total, 0.5);
		const e99 = q(s.total, 0.99);
		rows.push([
			label,
			name,
			String(s.total.length),
			f(e50),
			f(q(s.total, 0.9)),
			f(e99),
			`${f(q(s.post, 0.5))} / ${f(q(s.post, 0.99))}`,
			`${f(q(s.pdf, 0.5))} / ${f(q(s.pdf, 0.99))}`,
			`${(e50 / s50).toFixed(1)}×`,
			`${(e99 / s99).toFixed(1)}×`,
			(q(s.bytes, 0.5) / 1024).toFixed(1),
			e99 <= 150 ? 'met' : 'over'
		]);
	}
	rows.push([
		label,
		'status (PK read)',
		String(result.status.length),
		f(s50),
		f(q(result.status, 0.9)),
		f(s99),
		'',
		'',
		'1×',
		'1×',
		'',
		''
	]);
}
const header = [
	'phase',
	'line',
	'n',
	'e2e p50',
	'p90',
	'p99',
	'POST p50 / p99',
	'PDF p50 / p99',
	'p50 ÷ status',
	'p99 ÷ status',
	'PDF KB',
	'p99 ≤ 150'
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const fmt = (r: string[]) => r.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
console.log(
	`\nEnd to end, client side, ms (${rounds} rounds; status: ${statusPerRound} reads per round, interleaved):`
);
console.log(fmt(header));
console.log(widths.map((w) => '─'.repeat(w)).join('  '));
for (const r of rows) console.log(fmt(r));
console.log(
	`second process: ${concurrency} clients, ${load.pairs} pairs (${load.perSecond.toFixed(1)}/s, ${load.failures} failures, ` +
		`${load.signedDuringLoad} signed during the load), ` +
		`its pairs p50 ${load.p50} ms, p99 ${load.p99} ms`
);
if (cpuLines.length) {
	console.log(`\nServer CPU per request, one at a time (${lines.length * 20} of each; wrangler and its two workerd):`);
	for (const line of cpuLines) console.log(line);
}

// 6. Where the time goes, outside the HTTP stack, in Node 24 with the Worker's modules (the
// earlier PDF bench measured workerd at 0.73–0.86× Node for the same renderer): each line's read
// batch in SQLite (node:sqlite on the same database file, D1's transport excluded), the look-up's
// build + digest + signature (registryCertificate), and the PDF render of that document.
const dbFile = readdirSync(`${persist}/v3/d1/miniflare-D1DatabaseObject`).find(
	(n) => n.endsWith('.sqlite') && n !== 'metadata.sqlite'
);
const sqlite = new DatabaseSync(`${persist}/v3/d1/miniflare-D1DatabaseObject/${dbFile}`, {
	readOnly: true,
	timeout: 10_000
});
const secrets = Object.fromEntries(
	[...readFileSync('.dev.vars', 'utf8').matchAll(/^([A-Z_]+)='(.*)'$/gm)].map((m) => [m[1], m[2]])
);
const workerEnv = { DEPARTMENT_KEYS: secrets.DEPARTMENT_KEYS, RETIRED_KEYS: '[]', PUBLIC_ORIGIN: base } as never;
const { renderRegistryDocument } = await import('../worker/certificates/issued.ts');
const { barcodeText } = await import('../src/lib/domain/certificate/index.ts');
const { PDFDocument } = await import('pdf-lib');
const { encodeQr } = await import('../worker/certificates/qr-encode.ts');
// The two render fixes of BENCHMARKS.md are in pdf-kit.ts: pdf-lib's deflate through node:zlib
// (native in workerd with nodejs_compat) and each glyph's outline decoded once per isolate. The
// deflate can be switched back in this process for a side-by-side ratio: "pako" is pdf-lib's own
// JavaScript deflate (pako/lib/deflate.js), "shipped" what pdf-kit.ts installs.
const pako = (await import('pako')).default as { deflate: (data: Uint8Array) => Uint8Array };
const { createRequire } = await import('node:module');
const jsDeflate = (createRequire(import.meta.url)('pako/lib/deflate.js') as typeof pako).deflate;
const shippedDeflate = pako.deflate;
const variants = {
	shipped: () => (pako.deflate = shippedDeflate),
	pako: () => (pako.deflate = jsDeflate)
};
type Variant = keyof typeof variants;
const reps = 40;
const median = (xs: number[]) => q(xs, 0.5);
const time = async (fn: () => unknown) => {
	const t = performance.now();
	await fn();
	return performance.now() - t;
};
const profileRows: string[][] = [];
// One document per line for bench/workerd/registry-pdf.bench-in-workerd.ts (the same renders in workerd).
const fixtures: { name: string; documentType: string; content: string; barcodeText: string }[] = [];
const medianSums = new Map<string, number>();
const rendered: { name: string; render: () => Promise<Uint8Array> }[] = [];
for (const line of lines) {
	const sqliteMs: number[] = [];
	const buildMs: number[] = [];
	const renderMs = new Map(Object.keys(variants).map((v) => [v as Variant, [] as number[]]));
	const qrMs: number[] = [];
	let first = 0;
	let pages = 0;
	let statements = 0;
	const bytes = new Map<Variant, number>();
	for (let i = 0; i < reps; i++) {
		const answers = line.answers[i % line.answers.length];
		const recorded: Recorded[] = [];
		const lookup = registryLookup(recordingDb(recorded), line.service, answers as never)!;
		statements = recorded.length + 1;
		let results: D1Result[] = [];
		sqliteMs.push(
			await time(() => {
				sqlite.prepare('SELECT * FROM applications WHERE id = ?').all(crypto.randomUUID()); // the idempotency read
				results = recorded.map((s) => ({
					results: sqlite.prepare(s.sql).all(...(s.args as never[])),
					success: true,
					meta: {} as never
				}));
			})
		);
		const submission = { id: crypto.randomUUID(), service: line.service, channel: 'portal', lang: 'kk', answers };
		let certificate: Awaited<ReturnType<typeof registryCertificate>> = null;
		buildMs.push(
			await time(async () => {
				certificate = await registryCertificate(workerEnv, lookup, results, submission as never, new Date());
			})
		);
		const c = certificate as unknown as { documentType: never; content: string; cose: Uint8Array };
		const text = barcodeText(base, c.cose);
		const render = () => renderRegistryDocument(c.documentType, c.content, text, base);
		if (i === 0) {
			first = await time(render);
			rendered.push({ name: line.name, render });
			fixtures.push({ name: line.name, documentType: c.documentType, content: c.content, barcodeText: text });
			pages = (await PDFDocument.load(await render())).getPageCount();
		}
		qrMs.push(await time(() => encodeQr(text, 'M')));
		// The variants in turn, in alternating order, so all see the same machine.
		const order = Object.keys(variants) as Variant[];
		for (const variant of i % 2 ? order.reverse() : order) {
			variants[variant]();
			let pdf = new Uint8Array();
			renderMs.get(variant)!.push(await time(async () => (pdf = await render())));
			bytes.set(variant, pdf.byteLength);
		}
		variants.shipped();
	}
	const p50 = (v: Variant) => median(renderMs.get(v)!);
	for (const v of Object.keys(variants) as Variant[]) medianSums.set(v, (medianSums.get(v) ?? 0) + p50(v));
	const vs = (v: Variant) => `${f(p50(v))} (${(p50(v) / p50('shipped')).toFixed(2)}×)`;
	profileRows.push([
		line.name,
		String(statements),
		f(median(sqliteMs)),
		f(median(buildMs)),
		f(median(qrMs)),
		f(p50('shipped')),
		f(q(renderMs.get('shipped')!, 0.95)),
		f(first),
		String(pages),
		vs('pako'),
		`${(bytes.get('shipped')! / 1024).toFixed(1)} / ${(bytes.get('pako')! / 1024).toFixed(1)}`
	]);
}
const pHeader = [
	'line',
	'reads',
	'SQLite batch',
	'build + sign',
	'QR encode',
	'render p50',
	'render p95',
	'first render',
	'pages',
	'p50 with pako',
	'KB / with pako'
];
const pWidths = pHeader.map((h, i) => Math.max(h.length, ...profileRows.map((r) => r[i].length)));
const pFmt = (r: string[]) => r.map((c, i) => (i < 1 ? c.padEnd(pWidths[i]) : c.padStart(pWidths[i]))).join('  ');
console.log(
	`\nThe server's work outside HTTP, Node ${process.versions.node}, ms, median of ${reps} (subjects in turn; ` +
		`render as shipped, and with pdf-lib's JavaScript deflate (pako) instead of node:zlib, interleaved):`
);
console.log(pFmt(pHeader));
console.log(pWidths.map((w) => '─'.repeat(w)).join('  '));
for (const r of profileRows) console.log(pFmt(r));
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/registry-documents.json', JSON.stringify(fixtures));
const sumShipped = medianSums.get('shipped')!;
console.log(
	`all lines, sum of the render p50s: ${[...medianSums]
		.map(([v, ms]) => `${v} ${f(ms)} ms (${(ms / sumShipped).toFixed(2)}×)`)
		.join(', ')}`
);

// A CPU profile of the renders (every line's document, 10 times each): self time by module.
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let i = 0; i < 10; i++) for (const r of rendered) await r.render();
const { profile } = await session.post('Profiler.stop');
session.disconnect();
const selfByNode = new Map<number, number>();
profile.samples!.forEach((id, i) => selfByNode.set(id, (selfByNode.get(id) ?? 0) + profile.timeDeltas![i]));
const groupOf = (url: string, fn: string) => {
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
	if (pkg) return pkg;
	const own = /\/(worker|src)\/(.*)$/.exec(url);
	if (own) return `${own[1]}/${own[2]}`;
	if (url.startsWith('node:')) return 'node internals';
	return fn ? `(${fn})` : '(other)';
};
const byGroup = new Map<string, number>();
const byFunction = new Map<string, number>();
for (const node of profile.nodes) {
	const us = selfByNode.get(node.id) ?? 0;
	const { url, functionName, lineNumber } = node.callFrame;
	if (functionName === '(idle)' || functionName === '(program)' || url.startsWith('node:inspector')) continue;
	const g = groupOf(url, functionName);
	byGroup.set(g, (byGroup.get(g) ?? 0) + us);
	const fn = `${functionName || '(anonymous)'} ${g}${url ? `:${lineNumber + 1}` : ''}`;
	byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
}
const totalUs = [...byGroup.values()].reduce((a, b) => a + b, 0);
const top = (m: Map<string, number>, n: number) =>
	[...m.entries()]
		.sort((a, b) => b[1] - a[1])
		.slice(0, n)
		.map(([g, us]) => `  ${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${g}`)
		.join('\n');
console.log(
	`\nCPU profile of ${10 * rendered.length} renders (${(totalUs / 1000 / (10 * rendered.length)).toFixed(1)} ms of CPU each), self time by module:`
);
console.log(top(byGroup, 10));
console.log('by function:');
console.log(top(byFunction, 15));

if (scans.length) {
	console.log(`\n✗ ${scans.length} look-ups scan a register table (see the plans above)`);
	process.exitCode = 1;
}
