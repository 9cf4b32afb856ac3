/**
 * Every service of the catalogue, every branch: a complete application is accepted; each kind
 * of wrong answer is refused with the field named, in three languages, and writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/lib/domain/catalog/index.ts';
import { activeFields } from '../../src/lib/domain/catalog/rules.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';
import type { FieldErrorKey } from '../../src/lib/domain/errors.ts';
import type { FieldKind } from '../../src/lib/domain/fields/types.ts';
import { parseEvery } from '../../src/lib/domain/answers.ts';
import { everyBranch, sampleAnswers } from '../support/sample-answers.ts';
import { attachRequired, count, postJson, submission } from './support.ts';

type Body = {
	application: { id: string; state: string; deadline: string | null; stateDutyTiyn: number | null };
	error: { code: string; fields: Record<string, { code: string; message: { kk: string; ru: string; en: string } }> };
};

// One wrong answer per field kind, with the error the person must see.
const wrong: Record<FieldKind, { input: string; error: FieldErrorKey }> = {
	iin: { input: '900321401237', error: 'invalid_checksum' },
	bin: { input: '12345678901', error: 'invalid_bin_format' },
	date: { input: '31.02.2020', error: 'no_such_date' },
	personName: { input: 'R2-D2 ✓', error: 'invalid_name' },
	place: { input: '<script>', error: 'invalid_text' },
	address: { input: '<b>Абай</b>', error: 'invalid_text' },
	actRecordNumber: { input: '10-101-ABC', error: 'invalid_act_record_number' },
	text: { input: 'x'.repeat(501), error: 'too_long' },
	choice: { input: 'something-else', error: 'not_an_option' }
};

describe.each(catalog.map((s) => [s.id, s] as const))('%s', (_id, service) => {
	it.each(everyBranch(service).map((choices) => [JSON.stringify(choices), choices] as const))(
		'accepts a complete application on branch %s',
		async (_label, choices) => {
			const answers = sampleAnswers(service, choices);
			const attachments = await attachRequired(service, answers);
			const res = await postJson('/api/applications', submission(answers, { service: service.id, attachments }));
			const body = (await res.json()) as Body;
			expect(res.status, JSON.stringify(body.error?.fields)).toBe(201);
			// Automated registry services answer at once: issued, or refused when the register holds nothing.
			expect(['awaiting_payment', 'in_processing', 'refused', 'issued']).toContain(body.application.state);
			if (body.application.state === 'issued') expect(service.automation).toBe('automated');
			if (['awaiting_payment', 'in_processing'].includes(body.application.state))
				expect(body.application.deadline).toMatch(/^\d{4}-/);
			expect(await count('attachments', 'application_id = ?', body.application.id)).toBe(attachments.length);
		}
	);

	it('refuses each kind of wrong answer with the field named, and writes nothing', async () => {
		const answers = sampleAnswers(service);
		const today = almatyToday();
		for (const field of activeFields(service, parseEvery(service, answers, today).parsed, today)) {
			const before = await count('applications');
			const bad = { ...answers, [field.id]: wrong[field.type].input };
			const res = await postJson('/api/applications', submission(bad, { service: service.id }));
			const body = (await res.json()) as Body;
			expect(res.status, field.id).toBe(422);
			expect(body.error.fields[field.id]?.code, field.id).toBe(wrong[field.type].error);
			expect(body.error.fields[field.id].message.ru).toMatch(/\S/);
			expect(await count('applications')).toBe(before);
		}
	});

	it('refuses a blank required answer and an answer to a question not asked', async () => {
		const answers = sampleAnswers(service);
		const required = service.fields.find((f) => f.id in answers && !f.optional)!;
		const blank = await postJson(
			'/api/applications',
			submission({ ...answers, [required.id]: ' ' }, { service: service.id })
		);
		expect(blank.status).toBe(422);
		expect(((await blank.json()) as Body).error.fields[required.id].code).toBe('blank');
		const extra = await postJson(
			'/api/applications',
			submission({ ...answers, favouriteColour: 'көк' }, { service: service.id })
		);
		expect(((await extra.json()) as Body).error.fields['answers.favouriteColour'].code).toBe('invalid');
	});
});
