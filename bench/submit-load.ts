/**
 * Submit throughput and p99 under concurrent load from this (second) process, against the
 * bare health endpoint measured in the same run (target: submit ≥ 50 % of health).
 * Start the stack first (e.g. `bash scripts/e2e-server.sh 8792 .wrangler/bench`), then:
 *   npx node bench/submit-load.ts http://127.0.0.1:8792
 * Loopback only; bounded by request count. With a 2 MB file: bench/submit-attachment-load.ts.
 */
import { deliverDevCrl, signedInNode } from '../scripts/pki/dev-signing.ts';
import { ok, quantile, runLoad } from './lib/load.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8792';
const concurrency = 16;
const requests = 800;

const answers = {
	iin: '900321401236',
	referenceKind: 'birth',
	birthDate: '21.03.1990',
	placeOfBirth: 'Алматы',
	fatherName: 'Әбілқасымов Өмір Серікұлы',
	motherName: 'Жақсыбекова Сәуле Ерланқызы'
};

async function run(name: string, send: () => Promise<Response>) {
	const { rps, latencies, failures } = await runLoad(concurrency, requests, () => ok(send()));
	console.log(
		`${name.padEnd(8)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${quantile(latencies, 0.5)} ms  p99 ${quantile(latencies, 0.99)} ms  failures ${failures}`
	);
	return rps;
}

await fetch(`${base}/api/health`); // warm up the isolate
await deliverDevCrl(base); // the bench server cannot reach the dev CA's distribution point
// Signed beforehand, as applicants sign on their own devices: the load is the Worker's checks only.
const bodies: string[] = [];
for (let i = 0; i < requests; i++) {
	const submission = {
		id: crypto.randomUUID(),
		service: 'civil-status-reference',
		channel: 'portal' as const,
		lang: 'kk' as const,
		answers
	};
	bodies.push(JSON.stringify(await signedInNode(submission)));
}
const health = await run('health', () => fetch(`${base}/api/health`));
const submit = await run('submit', () =>
	fetch(`${base}/api/applications`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: bodies.pop()
	})
);
console.log(
	`submit / health = ${((submit / health) * 100).toFixed(0)} % (target ≥ 50 %); concurrency ${concurrency}, ${requests} requests each`
);
