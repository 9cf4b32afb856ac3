/**
 * Where a submit's time goes inside workerd (issue 2's throughput, issue 6's signature check),
 * one request at a time against a real local D1 seeded as `npm start` seeds it:
 * - the whole POST /api/applications through the Worker's entry point, against GET /api/health;
 * - its phases called one after the other as the route calls them: validation, the EDS check
 *   without D1 (CMS, chain, key usage, IIN), the registration (one read batch that carries the
 *   CRL probe, one write batch).
 *   npx vitest run --config vitest.bench-worker.config.ts submit-path
 * Bodies are signed in Node beforehand (pki-fixtures.ts) with the development CA's demo key.
 * Prints numbers only; it asserts each request's answer, never a time.
 */
import { applyD1Migrations, env, SELF } from 'cloudflare:test';
import { expect, inject, it } from 'vitest';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { validateSubmission, type SubmissionValidation } from '../../src/lib/domain/schemas.ts';
import type { Env } from '../../worker/env.ts';
import { submitApplication } from '../../worker/flow/submit.ts';
import { verifyRequestSignature } from '../../worker/pki/request-signature.ts';
import { officesSql } from '../../worker/seed/offices.ts';
import { buildRegistry, registrySql } from '../../worker/seed/registry.ts';
import { ms, summarise, timedInBatches as timed } from '../stats.ts';

const origin = 'http://qyzmet.bench';

const line = (label: string, samples: number[]) => {
	const s = summarise(samples);
	return `${label.padEnd(62)} median ${ms(s.median)}  p90 ${ms(s.p90)}  n=${s.n}`;
};

it('times a signed submit and its phases in workerd', { timeout: 600_000 }, async () => {
	const db = (env as unknown as Env).DB;
	await applyD1Migrations(db, (env as unknown as { TEST_MIGRATIONS: never }).TEST_MIGRATIONS);
	await db.batch(
		`${registrySql(buildRegistry())}\n${officesSql()}`
			.split('\n')
			.filter((sql) => sql.trim())
			.map((sql) => db.prepare(sql))
	);
	const { bodies, crl } = inject('devSubmissions');
	const delivered = await SELF.fetch(`${origin}/api/pki/crl`, {
		method: 'PUT',
		headers: { 'content-type': 'application/pkix-crl' },
		body: Uint8Array.from(atob(crl), (c) => c.charCodeAt(0))
	});
	expect(delivered.status).toBe(200);
	const n = 20;
	const batch = 10;
	let next = 0;
	const body = () => bodies[next++];
	const post = (text: string) =>
		SELF.fetch(`${origin}/api/applications`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: text
		});
	// Warm-up: the isolate's first requests read the CA certificates and the office calendar.
	for (let i = 0; i < 5; i++) expect((await post(body())).status).toBe(201);

	const lines: string[] = [];
	lines.push(
		line(
			'GET /api/health through the Worker (baseline)',
			await timed(n, batch, async () => expect((await SELF.fetch(`${origin}/api/health`)).status).toBe(200))
		)
	);
	lines.push(
		line(
			'POST /api/applications, signed, through the Worker',
			await timed(n, batch, async () => expect((await post(body())).status).toBe(201))
		)
	);

	// The route's phases, each on its own, for new bodies in the same order as the route.
	const e = env as unknown as Env;
	const validated: SubmissionValidation[] = [];
	lines.push(
		line(
			'  JSON parse + validateSubmission',
			await timed(n, batch, async () => validated.push(validateSubmission(JSON.parse(body()), findService)))
		)
	);
	const valid = validated.map((v) => {
		if (!v.ok) throw new Error(v.code);
		return v;
	});
	let i = 0;
	const signatures: Awaited<ReturnType<typeof verifyRequestSignature>>[] = [];
	lines.push(
		line(
			'  verifyRequestSignature (CMS, chain, key usage, IIN; no D1)',
			await timed(n, batch, async () => signatures.push(await verifyRequestSignature(e, valid[i++], new Date())))
		)
	);
	let j = 0;
	lines.push(
		line(
			'  submitApplication (read batch with the CRL probe, write batch)',
			await timed(n, batch, async () => {
				const submitted = await submitApplication(e, valid[j].value, new Date(), signatures[j]);
				j++;
				expect(submitted.created).toBe(true);
			})
		)
	);
	console.log(`\nSubmit path in workerd (one request at a time)\n${lines.join('\n')}\n`);
});
