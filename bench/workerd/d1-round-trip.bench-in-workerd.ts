/**
 * What a D1 round trip costs the Worker's thread in the local simulator, against what one more
 * statement in the same batch costs (issue 2's submit: two batches of 3 and 5 statements).
 * One request at a time, trivial statements, so only D1's own path is timed: the binding, the
 * entry Worker, the database Durable Object and its transaction.
 *   npx vitest run --config vitest.bench-worker.config.ts d1-round-trip
 * Prints numbers only.
 */
import { env } from 'cloudflare:test';
import { expect, it } from 'vitest';
import type { Env } from '../../worker/env.ts';
import { ms, summarise, timedInBatches as timed } from '../stats.ts';

it('times D1 round trips against statements per batch', { timeout: 300_000 }, async () => {
	const db = (env as unknown as Env).DB;
	const one = () => db.prepare('SELECT 1 AS x');
	const batchOf = (n: number) => () => db.batch(Array.from({ length: n }, one));
	const shapes: [string, () => Promise<unknown>][] = [
		['one statement, .first()', () => one().first()],
		['batch of 1', batchOf(1)],
		['batch of 3', batchOf(3)],
		['batch of 8', batchOf(8)],
		['two batches of 4, one after the other', async () => (await batchOf(4)(), await batchOf(4)())]
	];
	expect((await one().first<{ x: number }>())?.x).toBe(1);
	// Three rounds, interleaved, so that a change of load hits every shape alike.
	for (let round = 1; round <= 3; round++)
		for (const [label, run] of shapes) {
			const s = summarise(await timed(20, 20, run));
			console.log(`round ${round}  ${label.padEnd(40)} median ${ms(s.median)}  p90 ${ms(s.p90)}`);
		}
});
