/** The Worker's API, as the pages use it. Errors keep the server's translated message. */
import type { ApiErrorBody } from '$lib/domain/errors.ts';
import type { AttachmentRef, Submission } from '$lib/domain/schemas.ts';

export class ApiFailure extends Error {
	constructor(
		readonly status: number,
		readonly body: ApiErrorBody | null
	) {
		super(body?.error.code ?? `HTTP ${status}`);
	}
}

async function call<T>(path: string, init: RequestInit = {}, token?: string | null): Promise<T> {
	const headers = new Headers(init.headers);
	if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
	if (token) headers.set('authorization', `Bearer ${token}`);
	const res = await fetch(path, { ...init, headers });
	if (!res.ok) throw new ApiFailure(res.status, (await res.json().catch(() => null)) as ApiErrorBody | null);
	return (await res.json()) as T;
}

export interface ApplicationView {
	id: string;
	number: string;
	service: string;
	serviceName: { kk: string; ru: string; en: string };
	iin: string;
	state: 'awaiting_payment' | 'paid' | 'in_processing' | 'issued' | 'refused' | 'expired';
	submittedAt: string;
	deadline: string | null;
	paymentDueAt: string | null;
	stateDutyTiyn: number | null;
	payment: { id: string; amountTiyn: number; state: string; failureReason: string | null } | null;
	refusal: { code: string; message: { kk: string; ru: string; en: string } } | null;
	result: { certificateNumber: string; pdfPath: string } | null;
	history: { at: string; kind: string }[];
	notices: { at: string; kind: string; message: { kk: string; ru: string; en: string } }[];
}

export const api = {
	submit: (submission: Submission) =>
		call<{ application: ApplicationView; accessToken: string }>('/api/applications', {
			method: 'POST',
			body: JSON.stringify(submission)
		}),
	/** The raw bytes under the client's id; the same id and bytes again is answered 200, not stored twice. */
	uploadAttachment: (ref: AttachmentRef, blob: Blob) =>
		call<{ attachment: { id: string; sha256: string; size: number; type: string } }>(`/api/attachments/${ref.id}`, {
			method: 'PUT',
			headers: { 'content-type': ref.type },
			body: blob
		}),
	application: (id: string, token: string) =>
		call<{ application: ApplicationView }>(`/api/applications/${id}`, {}, token),
	openPayment: (id: string, token: string) =>
		call<{ checkoutUrl: string }>(`/api/applications/${id}/payment`, { method: 'POST' }, token),
	async certificatePdf(path: string, token: string): Promise<Blob> {
		const res = await fetch(path, { headers: { authorization: `Bearer ${token}` } });
		if (!res.ok) throw new ApiFailure(res.status, null);
		return res.blob();
	}
};
