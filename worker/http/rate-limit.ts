import { ApiError } from './errors.ts';

/**
 * Spends one unit of every key's budget on a Workers Rate Limiting binding and refuses with a
 * translated 429 (`too_many_checks`) once any key has spent its budget for the window the binding sets
 * (`wrangler.jsonc`, `ratelimits`). Keys name what is asked (a document number), never a person,
 * since they leave the Worker for the limiter.
 *
 * @example
 * await spendRateBudget(c.env.LOOKUP_RATE_LIMIT, [`number:${number}`]);
 */
export async function spendRateBudget(limiter: RateLimit, keys: string[]): Promise<void> {
	const outcomes = await Promise.all(keys.map((key) => limiter.limit({ key })));
	if (outcomes.some((outcome) => !outcome.success)) throw new ApiError(429, 'too_many_checks');
}
