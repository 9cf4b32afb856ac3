/**
 * Memory of a kiosk page after 50 visitors in a row. Each visitor chooses a language, opens a
 * form, types an answer (every third goes on to the next page), and leaves by "start again" (an
 * in-place reset, same document). A second run lets every tenth visitor go idle instead (the
 * warning, then the wipe with a reload). The JS heap is read after a forced GC
 * (CDP HeapProfiler.collectGarbage, then Performance.getMetrics) on the language page after
 * visitors 1, 10, 25 and 50, with the DOM node count. Baseline, same run: the same visitors in a
 * second tab whose visitors leave by a client-side navigation to the language page without any
 * wipe (what a page that is never reloaded accumulates). Growth is printed from visitor 1 and
 * from visitor 10 (the page warm: every page and language used once).
 *
 *   npm run build && bash scripts/e2e-server.sh 8821 .wrangler/bench-kiosk &
 *   npx node bench/kiosk-memory.ts http://127.0.0.1:8821 [visitors=50]
 */
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import config from '../playwright.config.ts';
import { enrolKiosk } from '../tests/e2e/kiosk.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8821';
const visitors = Number(process.argv[3] ?? 50);
const checkpoints = [1, 10, 25, 50, 100, 200].filter((n) => n <= visitors);

const browser = await chromium.launch(config.use!.launchOptions);

async function kioskContext(idleSeconds: number): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: base });
	await enrolKiosk(context, { kioskId: 'bench', idleSeconds, warningSeconds: 1 });
	return context;
}

async function heap(page: Page, cdp: CDPSession): Promise<{ heap: number; nodes: number }> {
	await cdp.send('HeapProfiler.collectGarbage');
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
	return { heap: value('JSHeapUsedSize'), nodes: value('Nodes') };
}

/** One visitor's visit, ending back on the language page by `leave`. */
async function visit(page: Page, n: number, leave: (page: Page, n: number) => Promise<void>) {
	await page.getByTestId(n % 2 ? 'choose-ru' : 'choose-kk').click();
	await page.waitForURL((url) => url.pathname === '/');
	await page.locator('a.button[href="/apply/civil-status-reference"]').click();
	await page.waitForURL((url) => url.pathname === '/apply/civil-status-reference' && !url.search);
	await page.locator('main .actions .button').first().waitFor();
	await page.locator('main .actions .button').first().click();
	await page
		.locator('#field-iin')
		.waitFor({ timeout: 10_000 })
		.catch((e) => {
			throw new Error(`visitor ${n} at ${page.url()}: ${e}`);
		});
	await page.locator('#field-iin').fill('010715504561');
	if (n % 3 === 0) {
		await page.locator('main .actions .button').first().click(); // on to the next page
		await page.waitForURL((url) => url.searchParams.get('page') !== 'iin');
	}
	await leave(page, n);
	await page.getByTestId('choose-kk').waitFor();
}

async function startAgainOrIdle(page: Page, n: number) {
	if (n % 10 === 0) {
		await page.getByRole('alertdialog').waitFor({ timeout: 30_000 }); // idle: warning, then the wipe
		await page.waitForURL('**/language');
	} else {
		await startAgain(page);
	}
}

async function startAgain(page: Page) {
	await page.locator('button.start-again').click();
	await page.waitForURL('**/language');
}

async function noWipe(page: Page) {
	// Only the visitor's draft goes (else the next visitor's "start" resumes it, on another page);
	// the page itself is never reset or reloaded.
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const tx = open.result.transaction('drafts', 'readwrite');
					tx.objectStore('drafts').clear();
					tx.oncomplete = () => (open.result.close(), done());
				};
			})
	);
	await page.evaluate(() => {
		const link = Object.assign(document.createElement('a'), { href: '/language' });
		document.querySelector('main')!.append(link);
		link.click();
	});
	await page.waitForURL('**/language');
}

async function run(context: BrowserContext, leave: (page: Page, n: number) => Promise<void>) {
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Performance.enable');
	await page.goto('/language');
	const readings: Record<number, { heap: number; nodes: number }> = {};
	for (let n = 1; n <= visitors; n++) {
		await visit(page, n, leave);
		if (checkpoints.includes(n)) readings[n] = await heap(page, cdp);
	}
	await page.close();
	return readings;
}

try {
	// «Start again» resets the page in place: every visitor leaves by it (a long idle period).
	const inPlace = await run(await kioskContext(900), startAgain);
	// The wiping kiosk: idle 15 s, so every tenth visitor times out (a reload); the others tap before that.
	const kiosk = await run(await kioskContext(15), startAgainOrIdle);
	// Baseline: the same visitors, never wiped, never reloaded (a long idle period so none expires).
	const baseline = await run(await kioskContext(900), noWipe);
	console.log(`JS heap after forced GC on the language page, ${visitors} visitors (${base}):`);
	for (const [name, readings] of [
		['kiosk: start again (in place)', inPlace],
		['kiosk: start again / every 10th idle', kiosk],
		['baseline: no wipe, no reload', baseline]
	] as const) {
		const first = readings[checkpoints[0]].heap;
		const row = checkpoints
			.map((n) => `#${n} ${(readings[n].heap / 1e6).toFixed(2)} MB (${readings[n].nodes} nodes)`)
			.join(', ');
		const last = readings[checkpoints[checkpoints.length - 1]].heap;
		const growth = (from: number) => `${(((last - from) / from) * 100).toFixed(1)} %`;
		// From #10 on, every page and both languages have been used: the growth from #1 to #10 is
		// mostly their code being compiled and optimised (V8 code objects in a heap snapshot).
		const warm = readings[10] ? `, from #10 ${growth(readings[10].heap)}` : '';
		console.log(`  ${name.padEnd(36)} ${row} | growth from #1 ${growth(first)}${warm}`);
	}
} finally {
	await browser.close();
}
