// `npm run bench`: every benchmark in the order BENCHMARKS.md lists, against one local stack.
// The numbers print as they come; copy them into BENCHMARKS.md with the date and machine load.
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const port = 8796;
const base = `http://127.0.0.1:${port}`;
const run = (command) => {
	console.log(`\n› ${command}`);
	execSync(command, { stdio: 'inherit' });
};

run('npm run build');
run('npx node bench/catalogue-js.ts');
run('npx node bench/pdf.ts');
run('npx vitest run --config vitest.bench-worker.config.ts');
run('npx node bench/qr-decode.ts');
run('npx node bench/deadlines.ts');

const server = spawn('bash', ['scripts/e2e-server.sh', String(port), '.wrangler/bench-all'], {
	stdio: 'ignore',
	detached: true
});
try {
	for (let i = 0; ; i++) {
		if (
			await fetch(`${base}/api/health`).then(
				(r) => r.ok,
				() => false
			)
		)
			break;
		if (i > 120) throw new Error('the local stack did not start');
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
	run(`npx node bench/navigation.ts ${base}`);
	run(`npx node bench/camera.ts ${base}`);
	run(`npx node bench/verify-in-page.ts ${base}`);
	for (const script of ['bench/draft-resume.ts', 'bench/submit-attachment-load.ts']) run(`npx node ${script} ${base}`);
	// Last: the load tests fill the database (the queue bench adds 10 000 applications and runs the submit load).
	run(`npx node bench/office-queue.ts ${base} .wrangler/bench-all`);
	run(`npx node bench/submit-load.ts ${base}`);
} finally {
	process.kill(-server.pid);
}

// Issue 5: the registry services end to end on the large seed (made once, 3½ min or more), on their
// own server (:8798, a copy of the seed) after the stack above has stopped.
if (!existsSync('.wrangler/bench-registers')) run('npx node scripts/seed-bench.mjs');
run('npx node bench/registry-certificates.ts');
// The same documents rendered in workerd, as they are and with the two proposed fixes.
run('npx vitest run --config vitest.bench-worker.config.ts registry');
