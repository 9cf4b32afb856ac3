/**
 * The two public checks of an issued certificate, in workerd on the demo registers: the status by
 * number answers for the number as printed («№ ABCD-EFGH-J»), as typed in lower case and compact;
 * the check by number and IIN opens for the applicant and for the person or entity the document
 * is issued to, and answers a wrong IIN exactly as it answers an unknown number.
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
const lookup = (number: string, iin: string) => postJson('/api/certificates/lookup', { number, iin });

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
