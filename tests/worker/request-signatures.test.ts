/**
 * Condition 2 of the portal flow: every way an applicant's EDS can fail the Worker's checks, each
 * with its translated refusal and audit row and nothing else written; and the ways it passes.
 */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createIssuingCa, createRoot, issueCrl } from '../../scripts/pki/dev-ca.ts';
import { base64urlDecode, base64urlEncode } from '../../src/lib/domain/certificate/base64url.ts';
import { catalog } from '../../src/lib/domain/catalog/index.ts';
import { activeDocuments } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import { parseEvery } from '../../src/lib/domain/answers.ts';
import { sampleAnswers } from '../support/sample-answers.ts';
import { count, gulnur, nurlan, origin, postJson, submission } from './support.ts';
import { authority, issueSigner, signed, signerFor, testPki } from './signing.ts';

const hour = 3_600_000;
const day = 24 * hour;
const gulnurSubject = { iin: gulnur.iin, surname: 'Әбілқасымова', givenName: 'Гүлнұр', patronymic: 'Өмірқызы' };

async function refusedWith(body: Record<string, unknown>, status: number, code: string) {
	const res = await postJson('/api/applications', body);
	const payload = (await res.json()) as { error: { code: string; message: Record<string, string> } };
	expect(res.status).toBe(status);
	expect(payload.error.code).toBe(code);
	expect(Object.keys(payload.error.message).sort()).toEqual(['en', 'kk', 'ru']);
	expect(await count('applications', 'id = ?', body.id)).toBe(0);
	const audit = await env.DB.prepare('SELECT reason, service, channel FROM signature_refusals WHERE request_id = ?')
		.bind(body.id)
		.all<{ reason: string }>();
	expect(audit.results.map((r) => r.reason)).toEqual([code]);
	return payload;
}

describe('an applicant signature that passes', () => {
	it('registers the request and keeps the CMS with the exact bytes signed', async () => {
		const body = await signed(submission(gulnur));
		const res = await postJson('/api/applications', body);
		expect(res.status).toBe(201);
		const row = await env.DB.prepare('SELECT * FROM application_signatures WHERE application_id = ?')
			.bind(body.id)
			.first<{ content: number[]; signer_serial: string; crl_number: number }>();
		expect(row).not.toBeNull();
		expect(JSON.parse(new TextDecoder().decode(new Uint8Array(row!.content)))).toMatchObject({
			id: body.id,
			answers: gulnur
		});
		expect(row!.signer_serial).toBe((await signerFor(gulnur.iin)).serial);
		expect(row!.crl_number).toBe(1);
	});

	it('accepts RSA 2048 keys as well as ECDSA P-256', async () => {
		const rsa = await issueSigner({ iin: nurlan.iin, surname: 'Сейітқали', givenName: 'Нұрлан' }, { key: 'rsa' });
		const res = await postJson('/api/applications', await signed(submission(nurlan), rsa));
		expect(res.status).toBe(201);
	});

	it('accepts a legal entity staff member for their entity (IIN and BIN)', async () => {
		const staff = await issueSigner({
			...gulnurSubject,
			organization: { name: '«Шаңырақ Логистик» ЖШС', bin: '210240134060' }
		});
		const body = submission(
			{ iin: gulnur.iin, holder: 'entity', holderBin: '210240134060', idDocumentType: 'id-card', region: 'almaty' },
			{ service: 'real-estate-presence' }
		);
		const res = await postJson('/api/applications', await signed(body, staff));
		const payload = (await res.json()) as { error?: unknown };
		expect(payload.error).toBeUndefined();
		expect(res.status).toBe(201);
	});

	it('a retry re-signed later is the same request (the signature is not part of its identity)', async () => {
		const body = submission(gulnur);
		const first = await postJson('/api/applications', await signed(body));
		const again = await postJson('/api/applications', await signed(body, undefined, new Date(Date.now() - 60_000)));
		expect(first.status).toBe(201);
		expect(again.status).toBe(200);
		expect(await count('application_signatures', 'application_id = ?', body.id)).toBe(1);
	});
});

describe('refusals of condition 2, each translated and audited, nothing registered', () => {
	it('no signature at all', async () => {
		const body = { ...submission(gulnur), signature: undefined };
		delete body.signature;
		// postJson signs unsigned bodies; send this one by hand.
		const res = await SELF.fetch(`${origin}/api/applications`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(body)
		});
		expect(res.status).toBe(422);
		expect(((await res.json()) as { error: { code: string } }).error.code).toBe('signature_required');
		expect(await count('applications', 'id = ?', body.id)).toBe(0);
	});

	it('a signature that is not a CMS', async () => {
		await refusedWith({ ...submission(gulnur), signature: 'bm90IGEgc2lnbmF0dXJl' }, 422, 'eds_malformed');
	});

	it('an altered request: one answer changed after signing', async () => {
		const body = await signed(submission(gulnur));
		await refusedWith({ ...body, answers: { ...body.answers, placeOfBirth: 'Астана' } }, 422, 'eds_altered');
	});

	it('an altered request: the service changed after signing', async () => {
		const body = await signed(submission(gulnur));
		await refusedWith({ ...body, lang: 'ru' }, 422, 'eds_altered');
	});

	it('an expired certificate', async () => {
		const expired = await issueSigner(gulnurSubject, {
			notBefore: new Date(Date.now() - 400 * day),
			notAfter: new Date(Date.now() - day)
		});
		await refusedWith(await signed(submission(gulnur), expired), 422, 'eds_expired');
	});

	it('a certificate not valid yet', async () => {
		const early = await issueSigner(gulnurSubject, {
			notBefore: new Date(Date.now() + 2 * day),
			notAfter: new Date(Date.now() + 300 * day)
		});
		await refusedWith(await signed(submission(gulnur), early), 422, 'eds_not_yet_valid');
	});

	it('a revoked certificate (on the CA’s current CRL)', async () => {
		const revoked = await issueSigner(gulnurSubject, { serialNumber: testPki.revokedSerial });
		await refusedWith(await signed(submission(gulnur), revoked), 422, 'eds_revoked');
	});

	it('a certificate from a CA that is not trusted (same names, other keys)', async () => {
		const root = await createRoot('Qyzmet TEST Root CA', new Date(), 'ec');
		const impostor = await createIssuingCa(root, 'Qyzmet TEST Issuing CA', new Date(), 'ec');
		const foreign = await issueSigner(gulnurSubject, { from: impostor });
		await refusedWith(await signed(submission(gulnur), { ...foreign, chain: [] }), 422, 'eds_untrusted');
		// Carrying its own root along does not make it an anchor.
		await refusedWith(
			await signed(submission(gulnur), {
				...foreign,
				chain: [new Uint8Array(impostor.certificate.rawData), new Uint8Array(root.certificate.rawData)]
			}),
			422,
			'eds_untrusted'
		);
	});

	it('a certificate altered after issue (another IIN written in), even right after the genuine one passed', async () => {
		const genuine = await issueSigner(gulnurSubject);
		expect((await postJson('/api/applications', await signed(submission(gulnur), genuine))).status).toBe(201);
		// The same key and CA signature, the subject's IIN replaced: the CA's signature no longer holds,
		// and the verified link kept for the genuine certificate must not stand in for it.
		const text = new TextEncoder();
		const from = text.encode(`IIN${gulnur.iin}`);
		const certificate = genuine.certificate.slice();
		const at = certificate.findIndex((_, i) => from.every((b, j) => certificate[i + j] === b));
		expect(at).toBeGreaterThan(0);
		certificate.set(text.encode(`IIN${nurlan.iin}`), at);
		await refusedWith(await signed(submission(nurlan), { ...genuine, certificate }), 422, 'eds_untrusted');
	});

	it('a signature that is not well-formed DER: truncated, or with bytes after it', async () => {
		const body = await signed(submission(gulnur));
		const cms = base64urlDecode(body.signature);
		await refusedWith({ ...body, signature: base64urlEncode(cms.subarray(0, cms.length - 9)) }, 422, 'eds_malformed');
		const longer = new Uint8Array([...cms, 0]);
		await refusedWith({ ...submission(gulnur), signature: base64urlEncode(longer) }, 422, 'eds_malformed');
	});

	it('another person’s certificate (IIN mismatch)', async () => {
		const someoneElse = await signerFor(nurlan.iin);
		await refusedWith(await signed(submission(gulnur), someoneElse), 422, 'eds_iin_mismatch');
	});

	it('a staff member of another entity (BIN mismatch)', async () => {
		const staff = await issueSigner({ ...gulnurSubject, organization: { name: 'Басқа ЖШС', bin: '160440258139' } });
		const body = submission(
			{ iin: gulnur.iin, holder: 'entity', holderBin: '210240134060', idDocumentType: 'id-card', region: 'almaty' },
			{ service: 'real-estate-presence' }
		);
		await refusedWith(await signed(body, staff), 422, 'eds_iin_mismatch');
	});

	it('an authentication key instead of a signing key (key usage)', async () => {
		const auth = await issueSigner(gulnurSubject, { usage: 'auth' });
		await refusedWith(await signed(submission(gulnur), auth), 422, 'eds_key_usage');
	});

	it('a signing time in the future or older than the outbox may hold a request', async () => {
		await refusedWith(
			await signed(submission(gulnur), undefined, new Date(Date.now() + hour)),
			422,
			'eds_signing_time'
		);
		await refusedWith(
			await signed(submission(gulnur), undefined, new Date(Date.now() - 4 * day)),
			422,
			'eds_signing_time'
		);
	});

	it('a revoked signer is refused before the registry check would record a refusal', async () => {
		// These answers match no act record: signed by a good key they register a refused application.
		const unknown = { ...gulnur, motherName: 'Иванова Мария Петровна' };
		expect((await postJson('/api/applications', await signed(submission(unknown)))).status).toBe(201);
		const revoked = await issueSigner(gulnurSubject, { serialNumber: testPki.revokedSerial });
		await refusedWith(await signed(submission(unknown), revoked), 422, 'eds_revoked');
	});

	it('a revoked signer is refused before the uploads it names are checked', async () => {
		// A service that asks for documents, each named here but never uploaded.
		const service = catalog.find((s) => {
			const { parsed } = parseEvery(s, sampleAnswers(s), almatyToday());
			return activeDocuments(s, parsed, almatyToday()).some((d) => !d.optional);
		})!;
		const answers = sampleAnswers(service);
		const { parsed } = parseEvery(service, answers, almatyToday());
		const attachments = activeDocuments(service, parsed, almatyToday())
			.filter((d) => !d.optional)
			.map((d) => ({
				id: crypto.randomUUID(),
				document: d.id,
				name: 'a.png',
				type: 'image/png',
				size: 3,
				sha256: '0'.repeat(64)
			}));
		const bin = answers.holderBin;
		const revoked = await issueSigner(
			{ ...gulnurSubject, iin: answers.iin, organization: bin ? { name: 'Тест ЖШС', bin } : undefined },
			{ serialNumber: testPki.revokedSerial }
		);
		const body = submission(answers, { service: service.id, attachments });
		await refusedWith(await signed(body, revoked), 422, 'eds_revoked');
	});

	it('a stale CRL is a refusal, not a pass (503: the same request may succeed later)', async () => {
		const signer = await issueSigner(gulnurSubject, { ca: 'stale' });
		await refusedWith(await signed(submission(gulnur), signer), 503, 'eds_revocation_unavailable');
		expect(await count('crls', "issuer_name LIKE '%Stale%'")).toBe(1);
	});

	it('an unreachable distribution point and no list held is a refusal too', async () => {
		const signer = await issueSigner(gulnurSubject, { ca: 'down' });
		await refusedWith(await signed(submission(gulnur), signer), 503, 'eds_revocation_unavailable');
		expect(await count('crls', "issuer_name LIKE '%Unreachable%'")).toBe(0);
	});
});

describe('PUT /api/pki/crl: delivering a CA’s list by hand', () => {
	async function put(der: Uint8Array, type = 'application/pkix-crl') {
		return SELF.fetch(`${origin}/api/pki/crl`, { method: 'PUT', headers: { 'content-type': type }, body: der });
	}

	it('takes a newer list of a trusted CA, which then revokes at once', async () => {
		const down = await authority('down');
		const signer = await issueSigner(gulnurSubject, { ca: 'down' });
		const crl = await issueCrl(down, [{ serialNumber: signer.serial, revokedAt: new Date() }], { number: 7 });
		const res = await put(new Uint8Array(crl.rawData));
		expect(res.status).toBe(200);
		expect(((await res.json()) as { crl: { number: number; entries: number } }).crl).toMatchObject({
			number: 7,
			entries: 1
		});
		await refusedWith(await signed(submission(gulnur), signer), 422, 'eds_revoked');
		// An older list cannot un-revoke anything.
		const older = await issueCrl(down, [], { number: 6 });
		const rejected = await put(new Uint8Array(older.rawData));
		expect(rejected.status).toBe(422);
		expect(((await rejected.json()) as { error: { code: string } }).error.code).toBe('crl_rejected');
		await refusedWith(await signed(submission(gulnur), signer), 422, 'eds_revoked');
	});

	it('a retry of a registered request is refused once its signer is revoked, and changes nothing', async () => {
		const down = await authority('down');
		const signer = await issueSigner(gulnurSubject, { ca: 'down' });
		expect((await put(new Uint8Array((await issueCrl(down, [], { number: 20 })).rawData))).status).toBe(200);
		const body = submission(gulnur);
		expect((await postJson('/api/applications', await signed(body, signer))).status).toBe(201);
		const revoked = await issueCrl(down, [{ serialNumber: signer.serial, revokedAt: new Date() }], { number: 21 });
		expect((await put(new Uint8Array(revoked.rawData))).status).toBe(200);

		const retry = await postJson('/api/applications', await signed(body, signer));
		expect(retry.status).toBe(422);
		expect(((await retry.json()) as { error: { code: string } }).error.code).toBe('eds_revoked');
		expect(await count('applications', 'id = ?', body.id)).toBe(1);
		expect(await count('application_signatures', 'application_id = ?', body.id)).toBe(1);
		expect(await count('application_events', 'application_id = ?', body.id)).toBe(2);
		expect(await count('signature_refusals', "request_id = ? AND reason = 'eds_revoked'", body.id)).toBe(1);
	});

	it('rejects a list signed by an untrusted CA, garbage, and other media types', async () => {
		const root = await createRoot('Qyzmet TEST Root CA', new Date(), 'ec');
		const impostor = await createIssuingCa(root, 'Qyzmet TEST Issuing CA', new Date(), 'ec');
		const forged = await issueCrl(impostor, [], { number: 99 });
		expect((await put(new Uint8Array(forged.rawData))).status).toBe(422);
		expect((await put(new TextEncoder().encode('garbage'))).status).toBe(422);
		const wrongType = await put(new Uint8Array(forged.rawData), 'application/json');
		expect(wrongType.status).toBe(415);
		// The message names the type a list is sent as, not JSON.
		expect(await wrongType.json()).toMatchObject({
			error: { code: 'crl_media_type', message: { en: 'The revocation list must be sent as application/pkix-crl' } }
		});
	});
});
