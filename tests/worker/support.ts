import { env, SELF } from 'cloudflare:test';
import { activeDocuments } from '../../src/lib/domain/catalog/rules.ts';
import type { ServiceDefinition } from '../../src/lib/domain/catalog/types.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import { parseEvery } from '../../src/lib/domain/answers.ts';
import { isUnsignedSubmission, signed } from './signing.ts';

export const origin = 'http://qyzmet.test';

export const gulnur = {
	iin: '900321401236',
	referenceKind: 'birth',
	birthDate: '21.03.1990',
	placeOfBirth: 'Алматы',
	fatherName: 'Әбілқасымов Өмір Серікұлы',
	motherName: 'Жақсыбекова Сәуле Ерланқызы'
};

export const nurlan = {
	iin: '010715504561',
	referenceKind: 'birth',
	birthDate: '15.07.2001',
	placeOfBirth: 'г. Шымкент',
	// Russian spellings are accepted as typed.
	fatherName: 'Сейткали Ербол Аскарулы',
	motherName: 'Турсынбаева Айгуль Канаткызы'
};

export function submission(answers: Record<string, string>, overrides: Record<string, unknown> = {}) {
	return {
		id: crypto.randomUUID(),
		service: 'civil-status-reference',
		channel: 'portal',
		lang: 'kk',
		answers,
		...overrides
	};
}

/**
 * POSTs JSON. A submission (to /api/applications) without a `signature` is signed first with the
 * applicant's test certificate, as the page would; tests of the signature itself pass their own.
 */
export async function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
	const payload = path === '/api/applications' && isUnsignedSubmission(body) ? await signed(body) : body;
	return SELF.fetch(`${origin}${path}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: typeof payload === 'string' ? payload : JSON.stringify(payload)
	});
}

export async function submit(answers: Record<string, string>) {
	const res = await postJson('/api/applications', submission(answers));
	const body = (await res.json()) as {
		application: { id: string; number: string; state: string };
		accessToken: string;
	};
	return { res, ...body, auth: { authorization: `Bearer ${body.accessToken}` } };
}

export async function count(table: string, where = '1', ...params: unknown[]): Promise<number> {
	const row = await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)
		.bind(...params)
		.first<{ n: number }>();
	return row!.n;
}

async function hmacHex(secret: string, message: string) {
	const key = await crypto.subtle.importKey(
		'raw',
		new TextEncoder().encode(secret),
		{ name: 'HMAC', hash: 'SHA-256' },
		false,
		['sign']
	);
	const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(message)));
	return [...mac].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A gateway notification signed as the real gateway would (or with another secret): its body and headers. */
export async function signedCallback(fields: Record<string, unknown>, secret = env.PAYMENT_GATEWAY_SECRET) {
	const body = JSON.stringify({
		currency: 'KZT',
		status: 'succeeded',
		occurredAt: new Date().toISOString(),
		transactionId: `TX-${crypto.randomUUID()}`,
		...fields
	});
	return { body, headers: { 'x-qyzmet-signature': `sha256=${await hmacHex(secret, body)}` } };
}

/** Sends a gateway notification signed as the real gateway would (or with another secret). */
export async function callback(fields: Record<string, unknown>, secret = env.PAYMENT_GATEWAY_SECRET) {
	const { body, headers } = await signedCallback(fields, secret);
	return postJson('/api/payments/callback', body, headers);
}

export async function openPayment(applicationId: string, auth: Record<string, string>) {
	const res = await SELF.fetch(`${origin}/api/applications/${applicationId}/payment`, {
		method: 'POST',
		headers: auth
	});
	return { res, ...((await res.json()) as { payment: { id: string; amountTiyn: number }; checkoutUrl: string }) };
}

/** A real 1×1 PNG and a minimal PDF: enough for the byte sniffing, small enough for many tests. */
export const png = Uint8Array.from(
	atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='),
	(c) => c.charCodeAt(0)
);
export const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

export function upload(id: string, bytes: Uint8Array, type = 'image/png') {
	return SELF.fetch(`${origin}/api/attachments/${id}`, {
		method: 'PUT',
		headers: { 'content-type': type },
		body: bytes
	});
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
	const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
	return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Uploads one PNG per document asked of this person and returns the submission's references. */
export async function attachRequired(service: ServiceDefinition, answers: Record<string, string>) {
	const { parsed } = parseEvery(service, answers, almatyToday());
	const refs = [];
	for (const document of activeDocuments(service, parsed, almatyToday()).filter((d) => !d.optional)) {
		const id = crypto.randomUUID();
		const res = await upload(id, png);
		if (res.status !== 201) throw new Error(`upload failed: ${res.status}`);
		refs.push({
			id,
			document: document.id,
			name: `${document.id}.png`,
			type: 'image/png',
			size: png.length,
			sha256: await sha256Hex(png)
		});
	}
	return refs;
}
