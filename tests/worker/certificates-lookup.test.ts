/**
 * The two public checks of an issued certificate, in workerd on the demo registers: the status by
 * number answers for the number as printed («№ ABCD-EFGH-J»), as typed in lower case and compact;
 * the check by number and IIN opens for the applicant and for the person or entity the document
 * is issued to, answers a wrong IIN exactly as it answers an unknown number, and takes ten checks a
 * minute per document number.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReferenceNumber, newReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import { gulnurIin, nurlanIin } from '../../worker/seed/registers.ts';
import { origin, postJson, submission } from './support.ts';

/** Submits a registry request (answered at once) and returns the issued certificate's number. */
async function issuedNumber(service: string, answers: Record<string, string>): Promise<string> {
	const res = await postJson('/api/applications', submission(answers, { service }));
	const body = (await res.json()) as {
		application: { state: string; result: { certificateNumber: string } | null };
	};
	expect(body.application.state).toBe('issued');
	return body.application.result!.certificateNumber;
}

const status = (number: string) => SELF.fetch(`${origin}/api/certificates/${encodeURIComponent(number)}/status`);
/** A client address of the documentation range (RFC 5737). */
const someClient = () => `198.51.100.${crypto.getRandomValues(new Uint8Array(1))[0]}`;
/** The check, from a client of its own unless one is named. */
const lookup = (number: string, iin: string, client = someClient()) =>
	postJson('/api/certificates/lookup', { number, iin }, { 'cf-connecting-ip': client });

// A valid IIN (check digit right: 8·1+5·2+1·4+1·6+3·7+1·11 = 60 ≡ 5) of nobody involved.
const strangerIin = '850101300015';

describe('status by number', () => {
	let number: string;
	beforeAll(async () => {
		number = await issuedNumber('real-estate-presence', {
			iin: gulnurIin,
			holder: 'self',
			idDocumentType: 'id-card',
			region: 'almaty'
		});
	});

	it('answers for the number as printed, in lower case and compact alike', async () => {
		const printed = formatReferenceNumber(number);
		expect(printed).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]$/);
		for (const form of [number, printed, printed.toLowerCase(), number.toLowerCase(), ` ${printed} `]) {
			const res = await status(form);
			expect(res.status, form).toBe(200);
			expect(await res.json(), form).toEqual({ status: 'valid' });
		}
	});

	it('says unknown for a well-formed number never issued and for one that is no certificate number', async () => {
		// A fresh number is well formed (its check character right) and was never issued; a real
		// number with its check character changed is a typo.
		const typo = number.slice(0, 8) + (number[8] === 'A' ? 'B' : 'A');
		for (const form of [newReferenceNumber(), typo, 'NOSUCHNUM', 'x', `${number}0`]) {
			const res = await status(form);
			expect(res.status, form).toBe(200);
			expect(await res.json(), form).toEqual({ status: 'unknown' });
			expect(res.headers.get('cache-control')).toBe('public, max-age=60');
		}
	});

	it('the check by number and IIN takes the printed and lower-case forms too', async () => {
		for (const form of [formatReferenceNumber(number), formatReferenceNumber(number).toLowerCase()]) {
			const res = await lookup(form, gulnurIin);
			expect(res.status, form).toBe(200);
			expect(await res.json()).toMatchObject({ status: 'valid', number });
		}
	});
});

describe('check by number and IIN', () => {
	it('an extract issued to another person opens with that person’s IIN, as printed, and with the applicant’s', async () => {
		// Gulnur asks for Nurlan's participations: the PDF prints «Берілді / Выдана: … Нұрлан … 010715504561».
		const number = await issuedNumber('legal-entity-extract', {
			iin: gulnurIin,
			extractKind: 'person-participation',
			subject: 'other',
			subjectIin: nurlanIin,
			idDocumentType: 'id-card',
			region: 'almaty'
		});
		const content = (await env.DB.prepare('SELECT content FROM certificates WHERE number = ?')
			.bind(number)
			.first<{ content: string }>())!.content;
		expect(JSON.parse(content).person.iin).toBe(nurlanIin);

		for (const iin of [nurlanIin, gulnurIin]) {
			const res = await lookup(number, iin);
			expect(res.status, iin).toBe(200);
			expect(await res.json()).toMatchObject({
				status: 'valid',
				number,
				documentType: 'person-participation',
				fields: { subject: nurlanIin }
			});
		}
		await expectSameRefusal(number, strangerIin);
	});

	it('an extract about a legal entity opens with its BIN and with the applicant’s IIN', async () => {
		const bin = (await env.DB.prepare(
			`SELECT bin FROM legal_entities WHERE kind = 'entity' AND name_kk LIKE '%"Шаңырақ Логистик"%'`
		).first<{ bin: string }>())!.bin;
		const number = await issuedNumber('legal-entity-extract', {
			iin: nurlanIin,
			extractKind: 'registered',
			subject: 'self',
			bin,
			idDocumentType: 'id-card',
			region: 'shymkent'
		});
		for (const id of [bin, nurlanIin]) {
			const res = await lookup(number, id);
			expect(res.status, id).toBe(200);
			expect(await res.json()).toMatchObject({ documentType: 'legal-entity-registered', fields: { subject: bin } });
		}
		await expectSameRefusal(number, gulnurIin);
	});
});

/**
 * A wrong IIN for a real number gets the answer an unknown number gets, byte for byte: the check
 * is no oracle for which numbers exist.
 */
async function expectSameRefusal(number: string, wrongIin: string) {
	const wrong = await lookup(number, wrongIin);
	const never = await lookup('NOSUCHNUM', wrongIin);
	const wellFormedNever = await lookup(newReferenceNumber(), wrongIin);
	const bodies = [await wrong.text(), await never.text(), await wellFormedNever.text()];
	expect([wrong.status, never.status, wellFormedNever.status]).toEqual([404, 404, 404]);
	expect(JSON.parse(bodies[0])).toMatchObject({ error: { code: 'certificate_not_found' } });
	expect(bodies[1]).toBe(bodies[0]);
	expect(bodies[2]).toBe(bodies[0]);
	expect(wrong.headers.get('cache-control')).toBe(never.headers.get('cache-control'));
}

describe('budget of the check by number and IIN', () => {
	/** The limiter's windows are whole minutes of the clock: start near the beginning of one. */
	async function freshWindow() {
		const left = 60_000 - (Date.now() % 60_000);
		if (left < 8_000) await new Promise((resolve) => setTimeout(resolve, left + 100));
	}
	const expectTooMany = async (res: Response) => {
		expect(res.status).toBe(429);
		const body = (await res.json()) as { error: { code: string; message: Record<string, string> } };
		expect(body.error.code).toBe('too_many_checks');
		expect(Object.keys(body.error.message).sort()).toEqual(['en', 'kk', 'ru']);
	};

	it('ten checks a minute of one document, from any clients and in any typed form', async () => {
		const number = await issuedNumber('real-estate-presence', {
			iin: nurlanIin,
			holder: 'self',
			idDocumentType: 'id-card',
			region: 'shymkent'
		});
		await freshWindow();
		const forms = [number, formatReferenceNumber(number), formatReferenceNumber(number).toLowerCase()];
		for (let i = 0; i < 10; i++) {
			const res = await lookup(forms[i % forms.length], i % 2 ? nurlanIin : strangerIin);
			expect(res.status, `check ${i + 1}`).toBe(i % 2 ? 200 : 404);
		}
		// The eleventh is refused even with the right IIN: guessing IINs for a known number stops here.
		await expectTooMany(await lookup(number.toLowerCase(), nurlanIin));
	});

	it('a malformed check spends nothing, and one client is not held back by another number', async () => {
		await freshWindow();
		const number = newReferenceNumber();
		for (let i = 0; i < 12; i++) expect((await lookup(number, '123', '192.0.2.7')).status).toBe(422);
		// Twelve well-formed checks of other numbers from the same client all answer.
		for (let i = 0; i < 12; i++)
			expect((await lookup(newReferenceNumber(), strangerIin, '192.0.2.7')).status).toBe(404);
		expect((await lookup(number, strangerIin, '192.0.2.7')).status).toBe(404);
	});
});
