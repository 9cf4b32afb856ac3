/**
 * Submit throughput and p99 under concurrent load from this (second) process, against the
 * bare health endpoint measured in the same run (target: submit ≥ 50 % of health).
 * Start the stack first (e.g. `bash scripts/e2e-server.sh 8792 .wrangler/bench`), then:
 *   npx node bench/submit-load.ts http://127.0.0.1:8792
 * Loopback only; bounded by request count. With a 2 MB file: bench/submit-attachment-load.ts.
 *
 * On a machine shared with other work, requests per second swing with the others' load between
 * the two phases. Given the `wrangler dev` process id as well, the run also reports the CPU time
 * the server (wrangler and its workerd processes) spent per request in each phase, which other
 * load disturbs far less (Linux /proc only):
 *   npx node bench/submit-load.ts http://127.0.0.1:8792 $(pgrep -f 'cli.js dev .*--port 8792')
 */
import { deliverDevCrl, signedInNode } from '../scripts/pki/dev-signing.ts';
import { ok, quantile, runLoad } from './lib/load.ts';
import { cpuSince, serverCpuMs } from './lib/server-cpu.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8792';
const serverPid = process.argv[3] ? Number(process.argv[3]) : null;
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
	const cpuBefore = serverPid ? serverCpuMs(serverPid) : null;
	const { rps, latencies, failures } = await runLoad(concurrency, requests, () => ok(send()));
	let cpu: number | null = null;
	let perProcess = '';
	if (serverPid && cpuBefore) {
		const perRequest = cpuSince(serverPid, cpuBefore, requests);
		cpu = perRequest.reduce((sum, [, ms]) => sum + ms, 0);
		perProcess = ` (${perRequest.map(([process, ms]) => `${process} ${ms.toFixed(2)}`).join(', ')})`;
	}
	console.log(
		`${name.padEnd(8)} ${rps.toFixed(0).padStart(6)} req/s  p50 ${quantile(latencies, 0.5)} ms  p99 ${quantile(latencies, 0.99)} ms  failures ${failures}` +
			(cpu === null ? '' : `  server CPU ${cpu.toFixed(2)} ms/request${perProcess}`)
	);
	return { rps, cpu };
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
	`submit / health = ${((submit.rps / health.rps) * 100).toFixed(0)} % (target ≥ 50 %); concurrency ${concurrency}, ${requests} requests each`
);
if (health.cpu !== null && submit.cpu !== null) {
	// What the ratio would be if the server's CPU were the only limit: health's CPU per request over submit's.
	console.log(`server CPU per request, health / submit = ${((health.cpu / submit.cpu) * 100).toFixed(0)} %`);
}
