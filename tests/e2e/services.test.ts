/// <reference types="node" />
/**
 * Every service of the catalogue in a real browser: the form engine walks the pages asked on
 * the default branch, attaches a file for each document, checks the answers and sends —
 * alternately in Kazakh and in Russian.
 */
import { test } from '@playwright/test';
import { catalog } from '../../src/lib/domain/catalog/index.ts';
import { sampleAnswers } from '../support/sample-answers.ts';

import { apply } from './apply.ts';

for (const [index, service] of catalog.entries()) {
	const lang = index % 2 === 0 ? 'kk' : 'ru';
	test(`${service.id}: the form is filled in ${lang} and sent`, async ({ page }) => {
		await apply(page, service, lang, sampleAnswers(service));
	});
}
