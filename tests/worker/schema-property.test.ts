/**
 * One schema for the browser and the Worker: whatever the page's validation accepts, the
 * Worker accepts; whatever it rejects, the Worker rejects — over generated answer sets that
 * start from a valid application and get mangled the ways people and programs mangle them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog, findService } from '../../src/lib/domain/catalog/index.ts';
import { validateSubmission } from '../../src/lib/domain/schemas.ts';
import { everyBranch, sampleAnswers } from '../support/sample-answers.ts';
import { attachRequired, postJson, submission } from './support.ts';

const oddValues = fc.oneof(
	fc.constantFrom(
		'',
		'   ',
		'900321401236',
		'900321401237',
		'040540000014',
		'29.02.2024',
		'29.02.2023',
		'01.01.2099',
		'1990-03-21',
		'Әбілқасымова Гүлнұр',
		'Иванов-Петров Иван',
		'10-101-09-0000007',
		'№ 125',
		'birth',
		'другое',
		'\u0000',
		'a'.repeat(600)
	),
	fc.string({ maxLength: 40 }),
	fc.stringMatching(/^\d{1,14}$/)
);

const mangledSubmission = fc
	.record({
		service: fc.constantFrom(...catalog),
		branch: fc.nat(),
		edits: fc.array(fc.tuple(fc.nat(), oddValues), { maxLength: 3 }),
		drop: fc.option(fc.nat(), { nil: undefined }),
		extra: fc.option(fc.constantFrom('x', 'iin2', 'constructor'), { nil: undefined })
	})
	.map(({ service, branch, edits, drop, extra }) => {
		const branches = everyBranch(service);
		const answers = sampleAnswers(service, branches[branch % branches.length]);
		const names = Object.keys(answers);
		for (const [index, value] of edits) answers[names[index % names.length]] = value;
		if (drop !== undefined) delete answers[names[drop % names.length]];
		if (extra) answers[extra] = 'иә';
		return { service, answers };
	});

describe('the shared schema', () => {
	it('gives the same verdict in the browser and in the Worker', async () => {
		await fc.assert(
			fc.asyncProperty(mangledSubmission, async ({ service, answers }) => {
				const attachments = await attachRequired(service, answers).catch(() => []);
				const body = submission(answers, { service: service.id, attachments });
				const inBrowser = validateSubmission(JSON.parse(JSON.stringify(body)), findService);
				const res = await postJson('/api/applications', body);
				if (inBrowser.ok) expect([200, 201], JSON.stringify(answers)).toContain(res.status);
				else expect(res.status, JSON.stringify(inBrowser.fields)).toBe(422);
			}),
			{ numRuns: 80, seed: 20261123 }
		);
		// 80 whole submissions, each signed and checked: seconds of work, more on a loaded machine.
	}, 60_000);
});
