/**
 * A closed-loop load from this process: `concurrency` clients each start the next task as soon
 * as their last one finished, until `tasks` have run. Shared by the submit benches, so their
 * numbers are measured (and their percentiles taken) the same way.
 */
export interface LoadResult {
	/** completed tasks per second over the whole phase */
	rps: number;
	/** per task, ms, sorted */
	latencies: number[];
	failures: number;
}

export async function runLoad(concurrency: number, tasks: number, task: () => Promise<boolean>): Promise<LoadResult> {
	const latencies: number[] = [];
	let next = 0;
	let failures = 0;
	const started = performance.now();
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next++ < tasks) {
				const t = performance.now();
				if (!(await task())) failures++;
				latencies.push(performance.now() - t);
			}
		})
	);
	const seconds = (performance.now() - started) / 1000;
	return { rps: latencies.length / seconds, latencies: latencies.sort((a, b) => a - b), failures };
}

/** The q-quantile of sorted values (the value below which a share q lies), to 0.1 ms. */
export function quantile(sorted: number[], q: number): string {
	return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
}

/** One request, its body read to the end; true when the server said 2xx. Other statuses are counted in `refusals`. */
export async function ok(request: Promise<Response>, refusals?: Map<number, number>): Promise<boolean> {
	const res = await request;
	await res.arrayBuffer();
	if (!res.ok) refusals?.set(res.status, (refusals.get(res.status) ?? 0) + 1);
	return res.ok;
}
