/**
 * axe-core on the page as it is now, against WCAG 2.2 A and AA. A failure names each rule, the
 * elements it found and axe's help text, so the message alone says what to fix.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the whole page; `label` names the page and state in the failure message.
 * `enhancedContrast` adds the 7:1 text contrast rule (WCAG 1.4.6) the high-contrast mode promises.
 */
export async function expectNoViolations(page: Page, label: string, { enhancedContrast = false } = {}): Promise<void> {
	// The pages render in the browser: wait for the content, or axe checks an empty shell.
	await page.locator('main h1').first().waitFor();
	const { violations } = await new AxeBuilder({ page }).withTags(tags).analyze();
	if (enhancedContrast)
		violations.push(...(await new AxeBuilder({ page }).withRules(['color-contrast-enhanced']).analyze()).violations);
	const report = violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n` +
			v.nodes.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.replace(/\n\s*/g, ' ')}`).join('\n')
	);
	expect.soft(report, `axe violations on ${label} (${page.url()})`).toEqual([]);
}
