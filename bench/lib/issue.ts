/**
 * A real certificate, issued the way a citizen gets one: submit through the API, pay at the demo
 * bank, fetch the PDF. Shared by the benches that need a genuine barcode from a running stack
 * (camera.ts prints its page; verify-in-page.ts reads its QR text).
 */
import { deliverDevCrl, signedInNode } from '../../scripts/pki/dev-signing.ts';

/** One API call against `base`; JSON bodies are parsed, anything else is returned as bytes. */
export async function api<T>(base: string, path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
	const headers = new Headers(init.headers);
	if (init.token) headers.set('authorization', `Bearer ${init.token}`);
	const response = await fetch(new URL(path, base), { ...init, headers, redirect: 'manual' });
	if (response.status >= 400)
		throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
	return (
		response.headers.get('content-type')?.includes('json') ? response.json() : response.arrayBuffer()
	) as Promise<T>;
}

/** Нұрлан's birth reference (seeded data), issued and paid for; returns its PDF. */
export async function issueBirthReferencePdf(base: string): Promise<Uint8Array> {
	const id = crypto.randomUUID();
	const answers = {
		iin: '010715504561',
		referenceKind: 'birth',
		birthDate: '15.07.2001',
		placeOfBirth: 'Шымкент',
		fatherName: 'Сейітқали Ербол Асқарұлы',
		motherName: 'Тұрсынбаева Айгүл Қанатқызы'
	};
	await deliverDevCrl(base);
	const body = await signedInNode({
		id,
		service: 'civil-status-reference',
		channel: 'portal' as const,
		lang: 'kk' as const,
		answers
	});
	const { accessToken: token } = await api<{ accessToken: string }>(base, '/api/applications', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body)
	});
	const { checkoutUrl } = await api<{ checkoutUrl: string }>(base, `/api/applications/${id}/payment`, {
		method: 'POST',
		token
	});
	await api(base, checkoutUrl, { method: 'POST', body: new URLSearchParams({ action: 'pay', lang: 'kk' }) });
	const { application } = await api<{ application: { state: string; result: { pdfPath: string } | null } }>(
		base,
		`/api/applications/${id}`,
		{ token }
	);
	if (!application.result) throw new Error(`application ${id} is ${application.state}, not issued`);
	return new Uint8Array(await api<ArrayBuffer>(base, application.result.pdfPath, { token }));
}
