/**
 * The three automated registry services (Order No. 236 annexes 4–6) through the public API, in
 * workerd on the demo registers: the request is answered at once with a signed certificate or
 * the refusal «data not found»; the PDF is the stored snapshot; the barcode verifies and its
 * digest binds the snapshot.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	barcodeText,
	verifyBarcodeText,
	type CertificateClaims,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import { contentDigest } from '../../worker/certificates/issued.ts';
import { gulnurIin, nurlanIin } from '../../worker/seed/registers.ts';
import { pdfPages } from './pdf-text.ts';
import { count, origin, postJson, submission } from './support.ts';

interface Submitted {
	application: {
		id: string;
		state: string;
		refusal: { code: string; message: { kk: string; ru: string; en: string } } | null;
		result: { certificateNumber: string; pdfPath: string } | null;
	};
	accessToken: string;
}

// A valid IIN (check digit right) that the Individuals database does not hold.
const strangerIin = '850101300015';

async function request(service: string, answers: Record<string, string>, id = crypto.randomUUID()) {
	const res = await postJson('/api/applications', submission(answers, { service, id }));
	return { status: res.status, id, answers, service, ...((await res.json()) as Submitted) };
}

let trustList: TrustList;
beforeAll(async () => {
	trustList = (await (await SELF.fetch(`${origin}/.well-known/qyzmet-trust-list.json`)).json()) as TrustList;
});

/** The issued certificate: its PDF text, its verified claims and its stored row. */
async function issued(submitted: Submitted) {
	expect(submitted.application.state).toBe('issued');
	const { certificateNumber, pdfPath } = submitted.application.result!;
	const row = (await env.DB.prepare('SELECT * FROM certificates WHERE number = ?')
		.bind(certificateNumber)
		.first<{ cose: ArrayBuffer; content: string; document_type: string }>())!;
	const verdict = await verifyBarcodeText(barcodeText(origin, new Uint8Array(row.cose)), trustList);
	expect(verdict.status).toBe('genuine');
	const claims = (verdict as { claims: CertificateClaims }).claims;
	const fields = claims.fields as Record<string, string | number>;
	// The barcode's digest is the stored snapshot's: the PDF cannot drift from what was signed.
	expect(fields.digest).toBe(await contentDigest(row.content));
	const pdf = await SELF.fetch(`${origin}${pdfPath}`, {
		headers: { authorization: `Bearer ${submitted.accessToken}` }
	});
	expect(pdf.status).toBe(200);
	expect(pdf.headers.get('content-type')).toBe('application/pdf');
	const { pages } = await pdfPages(new Uint8Array(await pdf.arrayBuffer()));
	const text = pages.map((p) => p.text).join('\n');
	const sources = await env.DB.prepare(
		'SELECT source FROM certificate_sources WHERE certificate_number = ? ORDER BY source'
	)
		.bind(certificateNumber)
		.all<{ source: string }>();
	return { claims, fields, text, row, sources: sources.results.map((s) => s.source) };
}

async function refusedWithNothingWritten(submitted: Submitted) {
	expect(submitted.application.state).toBe('refused');
	expect(submitted.application.refusal?.code).toBe('register_data_not_found');
	expect(submitted.application.refusal?.message.ru).toContain('государственной базе данных');
	expect(submitted.application.result).toBeNull();
	expect(await count('certificates', 'application_id = ?', submitted.application.id)).toBe(0);
}

const own = (iin: string, region: string) => ({ iin, holder: 'self', idDocumentType: 'id-card', region });

describe('real-estate-rights (annex 4)', () => {
	it('issues at once the certificate of the flat and the shared house the holder has in the region', async () => {
		const submitted = await request('real-estate-rights', own(gulnurIin, 'almaty'));
		expect(submitted.status).toBe(201);
		const { claims, fields, text, sources } = await issued(submitted);
		expect(claims.documentType).toBe('real-estate-rights');
		expect(claims.department).toBe('ALA'); // the department of the region signs
		expect(fields).toMatchObject({ subject: gulnurIin, region: 'almaty', subjectName: 'Әбілқасымова Гүлнұр Өмірқызы' });
		const objects = await env.DB.prepare(
			`SELECT DISTINCT o.id, o.cadastral_number FROM re_rights r JOIN re_objects o ON o.id = r.object_id
			  WHERE r.holder_iin = ? AND r.terminated_at IS NULL AND o.region_code = 'almaty'`
		)
			.bind(gulnurIin)
			.all<{ id: number; cadastral_number: string }>();
		expect(fields.objects).toBe(objects.results.length);
		for (const o of objects.results) expect(text).toContain(o.cadastral_number);
		expect(text).toContain('20-313-045-112:1/57');
		expect(text).toContain('Алматы қаласының Әділет департаменті');
		expect(sources).toEqual([`person:${gulnurIin}`, ...objects.results.map((o) => `re_object:${o.id}`)].sort());
	});

	it('the holder of a one-third share gets the house with every co-owner', async () => {
		const { text, fields } = await issued(await request('real-estate-rights', own(gulnurIin, 'almaty-region')));
		expect(fields.objects).toBeGreaterThan(0);
		expect(text).toContain('1/3');
	});

	it('a legal entity’s holdings, asked by the person who represents it, by its BIN', async () => {
		const held = (await env.DB.prepare(
			`SELECT r.holder_bin AS bin, o.region_code AS region FROM re_rights r JOIN re_objects o ON o.id = r.object_id
			  WHERE r.holder_bin IS NOT NULL AND r.terminated_at IS NULL ORDER BY r.id LIMIT 1`
		).first<{ bin: string; region: string }>())!;
		const asked = {
			iin: gulnurIin,
			holder: 'entity',
			holderBin: held.bin,
			idDocumentType: 'id-card',
			region: held.region
		};
		const { fields, text, sources } = await issued(await request('real-estate-rights', asked));
		expect(fields.subject).toBe(held.bin);
		expect(fields.objects).toBeGreaterThan(0);
		expect(text).toContain(held.bin);
		expect(sources).toContain(`legal_entity:${held.bin}`);
		await refusedWithNothingWritten(
			await request('real-estate-presence', { ...asked, holderBin: '990140000017' }) // no such entity
		);
	});

	it('refuses «data not found» where the holder has nothing in the region, and for an unknown IIN', async () => {
		await refusedWithNothingWritten(await request('real-estate-rights', own(gulnurIin, 'ulytau')));
		await refusedWithNothingWritten(await request('real-estate-rights', own(strangerIin, 'almaty')));
	});
});

describe('real-estate-presence (annex 5)', () => {
	it('lists the previous right of a sold flat', async () => {
		const { claims, fields, text } = await issued(await request('real-estate-presence', own(nurlanIin, 'shymkent')));
		expect(claims.documentType).toBe('real-estate-presence');
		expect(claims.department).toBe('SHY');
		expect(fields.previous).toBeGreaterThan(0);
		expect(text).toContain('Сейітқали Нұрлан Ерболұлы');
	});

	it('certifies absence: a person with nothing in the region gets the certificate, not a refusal', async () => {
		const { fields, text } = await issued(await request('real-estate-presence', own(gulnurIin, 'ulytau')));
		expect(fields).toMatchObject({ current: 0, previous: 0 });
		expect(text).toContain('ЖОҚ');
	});

	it('refuses an IIN the Individuals database does not hold', async () => {
		await refusedWithNothingWritten(await request('real-estate-presence', own(strangerIin, 'almaty')));
	});
});

describe('legal-entity-extract (annex 6)', () => {
	let logistics: string;
	beforeAll(async () => {
		logistics = (await env.DB.prepare(
			`SELECT bin FROM legal_entities WHERE kind = 'entity' AND name_kk LIKE '%"Шаңырақ Логистик"%'`
		).first<{ bin: string }>())!.bin;
	});
	const extract = (extractKind: string, more: Record<string, string> = {}) =>
		request('legal-entity-extract', {
			iin: nurlanIin,
			extractKind,
			subject: 'self',
			idDocumentType: 'id-card',
			region: 'shymkent',
			...more
		});

	it('the registered entity, with its founders', async () => {
		const { claims, fields, text } = await issued(await extract('registered', { bin: logistics }));
		expect(claims.documentType).toBe('legal-entity-registered');
		expect(fields.subject).toBe(logistics);
		expect(text).toContain(logistics);
		expect(text).toContain('Шаңырақ Логистик');
	});

	it('an entity with two branches and a representative office', async () => {
		const { fields, sources } = await issued(await extract('branches', { bin: logistics }));
		expect(fields.branches).toBe(3);
		expect(sources.filter((s) => s.startsWith('legal_entity:'))).toHaveLength(4);
	});

	it('a participant: the person’s own participations, and an entity’s in another entity', async () => {
		const person = await issued(await extract('person-participation'));
		expect(person.claims.documentType).toBe('person-participation');
		expect(person.fields).toMatchObject({ subject: nurlanIin });
		expect(person.fields.participations).toBeGreaterThan(0);
		expect(person.text).toContain('Шаңырақ Логистик');
		const entity = await issued(await extract('entity-participation', { bin: logistics }));
		expect(entity.fields.participations).toBeGreaterThan(0); // it holds 30 % of «Оңтүстік Агро»
		expect(entity.text).toContain('Оңтүстік Агро');
	});

	it('an extended search about another person names the requester', async () => {
		const { fields, text } = await issued(
			await request('legal-entity-extract', {
				iin: gulnurIin,
				extractKind: 'person-participation',
				subject: 'other',
				subjectIin: nurlanIin,
				idDocumentType: 'id-card',
				region: 'almaty'
			})
		);
		expect(fields.subject).toBe(nurlanIin);
		expect(text).toContain(gulnurIin);
	});

	it('refuses an unknown BIN and an unknown person', async () => {
		await refusedWithNothingWritten(await extract('registered', { bin: '990140000017' }));
		await refusedWithNothingWritten(
			await request('legal-entity-extract', {
				iin: nurlanIin,
				extractKind: 'person-participation',
				subject: 'other',
				subjectIin: strangerIin,
				idDocumentType: 'id-card',
				region: 'almaty'
			})
		);
	});
});

describe('exactly once', () => {
	it('a retried submission returns the same certificate and writes no second one', async () => {
		const first = await request('real-estate-presence', own(gulnurIin, 'almaty'));
		const again = await request('real-estate-presence', first.answers, first.id);
		expect(again.status).toBe(200);
		expect(again.application.result).toEqual(first.application.result);
		expect(await count('certificates', 'application_id = ?', first.id)).toBe(1);
	});

	it('a re-download is byte for byte the same document', async () => {
		const submitted = await request('real-estate-rights', own(gulnurIin, 'almaty'));
		const get = async () =>
			new Uint8Array(
				await (
					await SELF.fetch(`${origin}${submitted.application.result!.pdfPath}`, {
						headers: { authorization: `Bearer ${submitted.accessToken}` }
					})
				).arrayBuffer()
			);
		expect(await get()).toEqual(await get());
	});
});
