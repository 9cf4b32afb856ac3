/** The Worker's API, as the pages use it. Errors keep the server's translated message. */
import type { ApiErrorBody } from '$lib/domain/errors.ts';
import type { Login, OfficeAction, PscIntake } from '$lib/domain/office/actions.ts';
import type { CorrectionInput, CorrectionView, RegistryRecordView } from '$lib/domain/office/corrections.ts';
import type { ApplicationView } from '$lib/domain/application-view.ts';
import type { OfficeApplicationView, OfficeCertificateView, Queue, StaffMe } from '$lib/domain/office/views.ts';
import type {
	AttachmentRef,
	CertificateRevocationInput,
	RegistryPersonLookup,
	Submission
} from '$lib/domain/schemas.ts';

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
	if (res.status === 204) return undefined as T;
	return (await res.json()) as T;
}

export type { ApplicationView, OfficeApplicationView, Queue, StaffMe };

/** What the PSC counter gets back: the application, and whether the receipt is one of acceptance or refusal. */
export interface PscTaken {
	/** A paper application's receipt or refusal receipt; a registry certificate issued, or not found. */
	kind: 'receipt' | 'refusal' | 'issued' | 'not-found';
	application: OfficeApplicationView;
	receiptPath?: string;
	resultPath?: string;
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

/** The staff API (/api/office): the session is an HttpOnly cookie the browser sends by itself. */
export const officeApi = {
	login: (body: Login) => call<{ staff: StaffMe }>('/api/office/login', { method: 'POST', body: JSON.stringify(body) }),
	logout: () => call<void>('/api/office/logout', { method: 'POST' }),
	me: () => call<{ staff: StaffMe }>('/api/office/me', { cache: 'no-store' }),
	queue: (after?: string | null) =>
		call<Queue>(`/api/office/queue${after ? `?after=${encodeURIComponent(after)}` : ''}`, { cache: 'no-store' }),
	application: (id: string) =>
		call<{ application: OfficeApplicationView }>(`/api/office/applications/${encodeURIComponent(id)}`, {
			cache: 'no-store'
		}),
	act: (id: string, action: OfficeAction) =>
		call<{ application: OfficeApplicationView }>(`/api/office/applications/${encodeURIComponent(id)}/actions`, {
			method: 'POST',
			body: JSON.stringify(action)
		}),
	attachmentPath: (id: string, attachment: string) =>
		`/api/office/applications/${encodeURIComponent(id)}/attachments/${encodeURIComponent(attachment)}`,
	takePsc: (intake: PscIntake) =>
		call<PscTaken>('/api/office/psc/applications', { method: 'POST', body: JSON.stringify(intake) }),
	/** Registry corrections (registry officer): look a record up, correct one field of it. */
	registryObject: (cadastralNumber: string) =>
		call<{ record: RegistryRecordView }>(
			`/api/office/registry/objects?cadastralNumber=${encodeURIComponent(cadastralNumber)}`,
			{ cache: 'no-store' }
		),
	registryEntity: (bin: string) =>
		call<{ record: RegistryRecordView }>(`/api/office/registry/legal-entities/${encodeURIComponent(bin)}`, {
			cache: 'no-store'
		}),
	/** The IIN goes in the body, never in a URL (history, logs). */
	registryPerson: (iin: string) =>
		call<{ record: RegistryRecordView }>('/api/office/registry/persons/lookup', {
			method: 'POST',
			body: JSON.stringify({ iin } satisfies RegistryPersonLookup)
		}),
	correct: (body: CorrectionInput) =>
		call<{ correction: CorrectionView; record: RegistryRecordView }>('/api/office/registry/corrections', {
			method: 'POST',
			body: JSON.stringify(body)
		}),
	/** Issued certificates (a head of the issuing department): look one up by number, revoke it. */
	certificate: (number: string) =>
		call<{ certificate: OfficeCertificateView }>(`/api/office/certificates/${encodeURIComponent(number)}`, {
			cache: 'no-store'
		}),
	/** The kiosk printer test page (a PSC operator or administrator; src/routes/kiosk/status). */
	async printerTestPdf(kioskId: string, office: string): Promise<Blob> {
		const query = new URLSearchParams({ kiosk: kioskId, office });
		const res = await fetch(`/api/kiosk/printer-test.pdf?${query}`, { cache: 'no-store' });
		if (!res.ok) throw new ApiFailure(res.status, null);
		return res.blob();
	},
	revoke: (body: CertificateRevocationInput) =>
		call<{ certificate: OfficeCertificateView }>('/api/office/certificates/revocations', {
			method: 'POST',
			body: JSON.stringify(body)
		})
};
