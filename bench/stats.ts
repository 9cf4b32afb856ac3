/** Order statistics for the benchmarks (nearest rank on the sorted sample). */
export function percentile(sorted: readonly number[], q: number): number {
	if (sorted.length === 0) return NaN;
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

export interface Summary {
	n: number;
	median: number;
	p90: number;
	min: number;
	max: number;
}

export function summarise(samples: readonly number[]): Summary {
	const sorted = [...samples].sort((a, b) => a - b);
	return {
		n: sorted.length,
		median: percentile(sorted, 0.5),
		p90: percentile(sorted, 0.9),
		min: sorted[0],
		max: sorted[sorted.length - 1]
	};
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Per-call times of `run`, measured over `batch` calls at a time (workerd's clock is coarse), `n`
 * batches: the samples for `summarise`.
 */
export async function timedInBatches(n: number, batch: number, run: () => Promise<unknown>): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i < n; i++) {
		const t = performance.now();
		for (let j = 0; j < batch; j++) await run();
		samples.push((performance.now() - t) / batch);
	}
	return samples;
}
