/**
 * Key rotation end to end, in workerd with the real D1: a department's key is rotated by giving
 * the Worker a changed DEPARTMENT_KEYS (as a new deployment of the secret would), new certificates
 * are signed with the new key, and after the old key is retired both old and new certificates
 * verify through the published trust list — offline in the codec and server-side via /api/verify.
 */
import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { barcodeText, verifyBarcodeText, type TrustList } from '../../src/lib/domain/certificate/index.ts';
import {
	kidOf,
	retireDepartmentKey,
	rotateDepartmentKey,
	type ConfiguredKey,
	type KeySecrets
} from '../../worker/certificates/key-rotation.ts';
import worker from '../../worker/index.ts';
import type { Env } from '../../worker/env.ts';
import { gulnur, origin, signedCallback, submission } from './support.ts';
import { isUnsignedSubmission, signed } from './signing.ts';

/** A request to the Worker under another env: the deployment after `wrangler secret bulk`. */
async function fetchAs(deployed: Env, path: string, init: RequestInit = {}): Promise<Response> {
	const ctx = createExecutionContext();
	const handler = worker.fetch as unknown as (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;
	const response = await handler(new Request(`${origin}${path}`, init), deployed, ctx);
	await waitOnExecutionContext(ctx);
	return response;
}

/** POSTs JSON to the Worker with `deployed`'s secrets; a submission is signed first, as postJson does. */
const postAs = async (deployed: Env, path: string, body: unknown, headers: Record<string, string> = {}) => {
	const payload = path === '/api/applications' && isUnsignedSubmission(body) ? await signed(body) : body;
	return fetchAs(deployed, path, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof payload === 'string' ? payload : JSON.stringify(payload)
	});
};

interface Issued {
	number: string;
	kid: string;
	text: string;
}

async function certificateOf(applicationId: string): Promise<Issued> {
	const row = (await env.DB.prepare('SELECT number, kid, cose FROM certificates WHERE application_id = ?')
		.bind(applicationId)
		.first<{ number: string; kid: string; cose: ArrayBuffer }>())!;
	return { number: row.number, kid: row.kid, text: barcodeText(origin, new Uint8Array(row.cose)) };
}

/** Gulnur's birth reference, paid at the gateway: the Worker signs it when the payment is confirmed. */
async function paidReference(deployed: Env): Promise<Issued> {
	const submitted = await postAs(deployed, '/api/applications', submission(gulnur));
	const { application, accessToken } = (await submitted.json()) as { application: { id: string }; accessToken: string };
	const opened = await fetchAs(deployed, `/api/applications/${application.id}/payment`, {
		method: 'POST',
		headers: { authorization: `Bearer ${accessToken}` }
	});
	const { payment } = (await opened.json()) as { payment: { id: string; amountTiyn: number } };
	const { body, headers } = await signedCallback({ paymentId: payment.id, amountTiyn: payment.amountTiyn });
	expect((await postAs(deployed, '/api/payments/callback', body, headers)).status).toBe(200);
	return certificateOf(application.id);
}

/** Gulnur's real-estate rights in Almaty: signed at once by the region's department (ALA). */
async function rightsCertificate(deployed: Env): Promise<Issued> {
	const answers = { iin: gulnur.iin, holder: 'self', idDocumentType: 'id-card', region: 'almaty' };
	const res = await postAs(deployed, '/api/applications', submission(answers, { service: 'real-estate-rights' }));
	const { application } = (await res.json()) as { application: { id: string; state: string } };
	expect(application.state).toBe('issued');
	return certificateOf(application.id);
}

async function trustListOf(deployed: Env): Promise<TrustList> {
	return (await (await fetchAs(deployed, '/.well-known/qyzmet-trust-list.json')).json()) as TrustList;
}

const secretsOf = (deployed: Env): KeySecrets => ({
	keys: JSON.parse(deployed.DEPARTMENT_KEYS) as ConfiguredKey[],
	retired: JSON.parse(deployed.RETIRED_KEYS || '[]')
});

const deployedWith = (secrets: KeySecrets): Env => ({
	...(env as unknown as Env),
	DEPARTMENT_KEYS: JSON.stringify(secrets.keys),
	RETIRED_KEYS: JSON.stringify(secrets.retired)
});

const almaty = (secrets: KeySecrets) => secrets.keys.filter((k) => k.department.code === 'ALA');

describe('rotating a department key', () => {
	it('signs new certificates with the new key; after retirement old and new certificates both verify', async () => {
		const original = env as unknown as Env;
		const before = await paidReference(original);
		const [oldKey] = almaty(secretsOf(original));
		const oldKid = await kidOf(oldKey);
		expect(before.kid).toBe(oldKid);

		// Rotate: a newer ALA key, valid from now. The old key stays configured for the moment.
		const rotated = await rotateDepartmentKey(secretsOf(original), oldKey.department, new Date());
		const afterRotation = deployedWith(rotated.secrets);
		const paid = await paidReference(afterRotation);
		const atOnce = await rightsCertificate(afterRotation);
		expect(paid.kid).toBe(rotated.kid);
		expect(atOnce.kid).toBe(rotated.kid);
		expect(rotated.kid).not.toBe(oldKid);
		// Another department is untouched.
		const shymkent = secretsOf(original).keys.find((k) => k.department.code === 'SHY')!;
		expect(rotated.secrets.keys).toContainEqual(shymkent);

		// Retire the old key: its public half moves to RETIRED_KEYS with the period it signed in.
		const retiredAt = new Date();
		const retirement = await retireDepartmentKey(rotated.secrets, oldKid, retiredAt);
		const afterRetirement = deployedWith(retirement.secrets);
		const later = await paidReference(afterRetirement);
		expect(later.kid).toBe(rotated.kid);

		const list = await trustListOf(afterRetirement);
		const old = list.keys.find((k) => k.kid === oldKid)!;
		expect(old).toEqual({
			kid: oldKid,
			department: oldKey.department,
			publicJwk: { kty: 'EC', crv: 'P-256', x: oldKey.privateJwk.x, y: oldKey.privateJwk.y },
			notBefore: oldKey.notBefore,
			notAfter: retiredAt.toISOString(),
			retiredAt: retiredAt.toISOString()
		});
		expect(list.keys.filter((k) => k.department.code === 'ALA').map((k) => k.kid)).toEqual([rotated.kid, oldKid]);
		expect(JSON.stringify(list)).not.toContain('"d"');

		for (const [certificate, kid] of [
			[before, oldKid],
			[paid, rotated.kid],
			[atOnce, rotated.kid],
			[later, rotated.kid]
		] as const) {
			const verdict = await verifyBarcodeText(certificate.text, list);
			expect(verdict).toMatchObject({ status: 'genuine', key: { kid } });
			// The same answer server-side, with the (valid) status, for clients that cannot verify.
			const server = await postAs(afterRetirement, '/api/verify', { text: certificate.text });
			expect(await server.json()).toMatchObject({
				verdict: { status: 'genuine', key: { kid } },
				revocation: { status: 'valid' }
			});
		}

		// Before the retirement was deployed, a verifier with the old list (no new key yet) says so plainly.
		const stale = await trustListOf(original);
		expect(await verifyBarcodeText(paid.text, stale)).toMatchObject({ status: 'unknown-issuer', kid: rotated.kid });
	});

	it('a key announced ahead of its start does not sign until then', async () => {
		const original = env as unknown as Env;
		const [current] = almaty(secretsOf(original));
		const tomorrow = new Date(Date.now() + 24 * 3600_000);
		const announced = await rotateDepartmentKey(secretsOf(original), current.department, tomorrow);
		const deployed = deployedWith(announced.secrets);
		const issued = await rightsCertificate(deployed);
		expect(issued.kid).toBe(await kidOf(current));
		// The trust list already carries it, so verifiers that refresh before tomorrow know it in time.
		const list = await trustListOf(deployed);
		expect(list.keys.find((k) => k.kid === announced.kid)).toMatchObject({ notBefore: announced.added.notBefore });
		expect(await verifyBarcodeText(issued.text, list)).toMatchObject({ status: 'genuine' });
	});

	it('the default deployment publishes no retired keys', async () => {
		const res = await SELF.fetch(`${origin}/.well-known/qyzmet-trust-list.json`);
		const list = (await res.json()) as TrustList;
		expect(list.keys.some((k) => 'retiredAt' in k)).toBe(false);
	});
});
