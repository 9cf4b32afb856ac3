/**
 * Submitting with a 2 MB attachment under concurrent load from this (second) process: each
 * client uploads a 2 MB PNG (PUT /api/attachments/<uuid>) and then submits the application
 * naming it (POST /api/applications), as the outbox does. Throughput and p50/p99 of the pair,
 * of its two requests, and of uploads alone, against the bare health endpoint in the same run,
 * at each concurrency level. An upload the Worker reads and then refuses (its first byte spoilt,
 * so 415 before hashing or storing) separates moving 2 MB from storing them. Start the stack, then:
 *   npm run build && bash scripts/e2e-server.sh 8802 .wrangler/bench3 &
 *   npx node bench/submit-attachment-load.ts http://127.0.0.1:8802 [concurrency… (default 1 8 16)]
 * Loopback only; bounded by request count. Every upload is kept by the local R2 (~2 MB each).
 */
import { createHash } from 'node:crypto';
import { catalog, findService } from '../src/lib/domain/catalog/index.ts';
import { activeDocuments } from '../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../src/lib/domain/dates.ts';
import { parseEvery } from '../src/lib/domain/answers.ts';
import { validateSubmission } from '../src/lib/domain/schemas.ts';
import { sampleAnswers } from '../tests/support/sample-answers.ts';
import { deliverDevCrl, signedInNode } from '../scripts/pki/dev-signing.ts';
import { ok, quantile, runLoad, type LoadResult } from './lib/load.ts';
import { noisePng } from './lib/png.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8802';
// 1: each request's own cost, no queue; 8 and 16: the load asked for.
const levels = process.argv.length > 3 ? process.argv.slice(3).map(Number) : [1, 8, 16];
const healthRequests = 800;
const uploads = 160; // per phase and level: 320 MB through the Worker into the local R2 each time

// The first service whose default branch asks exactly one document: one upload per submission.
const today = almatyToday();
const [service, answers, document] = catalog
	.map((s) => {
		const answers = sampleAnswers(s);
		const asked = activeDocuments(s, parseEvery(s, answers, today).parsed, today).filter((d) => !d.optional);
		return [s, answers, asked.length === 1 ? asked[0] : undefined] as const;
	})
	.find(([, , document]) => document)!;

const bytes = new Uint8Array(noisePng(2 * 1024 * 1024, 7));
const sha256 = createHash('sha256').update(bytes).digest('hex');
const spoilt = bytes.slice();
spoilt[0] = 0; // no longer a PNG: the Worker reads it all, sniffs and refuses it

function upload(id: string, body = bytes): Promise<Response> {
	return fetch(`${base}/api/attachments/${id}`, { method: 'PUT', headers: { 'content-type': 'image/png' }, body });
}

function submission(fileId: string) {
	const ref = {
		id: fileId,
		document: document!.id,
		name: 'decision.png',
		type: 'image/png' as const,
		size: bytes.length,
		sha256
	};
	return {
		id: crypto.randomUUID(),
		service: service.id,
		channel: 'portal' as const,
		lang: 'kk' as const,
		answers,
		attachments: [ref]
	};
}

async function submit(fileId: string): Promise<Response> {
	// Signing happens on the applicant's device; here it is part of the client's turn, not the Worker's.
	const body = await signedInNode(submission(fileId));
	return fetch(`${base}/api/applications`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
}

await deliverDevCrl(base); // the bench server cannot reach the dev CA's distribution point

// The answers must pass the shared schema, or the run would measure refusals.
const check = validateSubmission(submission(crypto.randomUUID()), findService);
if (!check.ok) throw new Error(`sample answers refused for ${service.id}: ${JSON.stringify(check)}`);
// One pair before the load: the isolate is warm and a broken flow fails loudly instead of counting failures.
const first = crypto.randomUUID();
const put = await upload(first);
const post = await submit(first);
const state = ((await post.json()) as { application?: { state?: string } }).application?.state;
if (put.status !== 201 || !post.ok) throw new Error(`warm-up pair: PUT ${put.status}, POST ${post.status}`);
console.log(
	`${service.id}, document ${document!.id}: one ${(bytes.length / 1024 / 1024).toFixed(2)} MB PNG per submission (warm-up: PUT ${put.status}, POST ${post.status}, ${state})`
);

const line = (name: string, rps: number, unit: string, latencies: number[], extra = '') =>
	console.log(
		`  ${name.padEnd(22)} ${rps.toFixed(1).padStart(7)} ${unit.padEnd(6)} p50 ${quantile(latencies, 0.5).padStart(6)} ms  p99 ${quantile(latencies, 0.99).padStart(6)} ms${extra}`
	);
const failed = (r: LoadResult, refusals: Map<number, number>) =>
	r.failures ? `  FAILURES ${r.failures} (${[...refusals].map(([status, n]) => `${status} ×${n}`).join(', ')})` : '';

for (const concurrency of levels) {
	console.log(`concurrency ${concurrency}:`);
	const refusals = new Map<number, number>();
	const health = await runLoad(concurrency, healthRequests, () => ok(fetch(`${base}/api/health`), refusals));
	line('health', health.rps, 'req/s', health.latencies, failed(health, refusals));

	refusals.clear();
	// Only a 415 is the expected answer here.
	const read = await runLoad(concurrency, uploads, async () => {
		const res = await upload(crypto.randomUUID(), spoilt);
		await res.arrayBuffer();
		if (res.status !== 415) refusals.set(res.status, (refusals.get(res.status) ?? 0) + 1);
		return res.status === 415;
	});
	line('upload read, refused', read.rps, 'req/s', read.latencies, failed(read, refusals));

	refusals.clear();
	const alone = await runLoad(concurrency, uploads, () => ok(upload(crypto.randomUUID()), refusals));
	const mbps = (alone.rps * bytes.length) / 1024 / 1024;
	line(
		'upload alone (PUT)',
		alone.rps,
		'req/s',
		alone.latencies,
		`  ${mbps.toFixed(0)} MB/s${failed(alone, refusals)}`
	);

	refusals.clear();
	const puts: number[] = [];
	const posts: number[] = [];
	const pairs = await runLoad(concurrency, uploads, async () => {
		const id = crypto.randomUUID();
		const t = performance.now();
		const uploaded = await ok(upload(id), refusals);
		puts.push(performance.now() - t);
		if (!uploaded) return false;
		const u = performance.now();
		const submitted = await ok(submit(id), refusals);
		posts.push(performance.now() - u);
		return submitted;
	});
	line('pair (PUT + POST)', pairs.rps, 'pair/s', pairs.latencies, failed(pairs, refusals));
	line(
		'  its PUT',
		pairs.rps,
		'req/s',
		puts.sort((a, b) => a - b)
	);
	line(
		'  its POST',
		pairs.rps,
		'req/s',
		posts.sort((a, b) => a - b)
	);
	const p99 = (r: { latencies: number[] }) => Number(quantile(r.latencies, 0.99));
	console.log(
		`  pair / health = ${((pairs.rps / health.rps) * 100).toFixed(1)} % of the throughput, p99 ${(p99(pairs) / p99(health)).toFixed(1)}× health's; upload alone / health = ${((alone.rps / health.rps) * 100).toFixed(1)} %`
	);
}
console.log(
	`${healthRequests} health requests, ${uploads} refused uploads, ${uploads} uploads alone and ${uploads} pairs per level`
);
