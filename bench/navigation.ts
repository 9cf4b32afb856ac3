/**
 * Navigation to an interactive catalogue page (`/`), in Debian Chromium against the real stack:
 *   - cold: a fresh browser context each time (no service worker, empty HTTP cache);
 *   - warm SW, online: the service worker installed and controlling, network on;
 *   - warm SW, offline: the same with `context.setOffline(true)`, so the SW serves everything.
 * "Interactive" is the `qyzmet:catalogue-interactive` mark that the page sets one task after its
 * first render, when SvelteKit's router has started (the app renders only in the browser, so the
 * list exists only once the app's JavaScript has run). Times are the mark's startTime, i.e. from
 * navigation start. After every measured navigation (not timed) a click on the first service must
 * reach /apply/… as a client-side navigation in the same document, or the run fails.
 * Where the time goes (medians): the document received (responseEnd), the last script received
 * before the mark.
 * Baseline, same run, same contexts: navigating to a tiny static file (/favicon.svg, 0.3 KB)
 * until its load event — the transport and browser floor under which no page can go.
 * The three modes are interleaved per round, so machine noise hits them alike.
 *
 *   npm run build && bash scripts/e2e-server.sh 8796 .wrangler/bench-nav &
 *   npx node bench/navigation.ts http://127.0.0.1:8796 [rounds=25]
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import config from '../playwright.config.ts';
import { ms, summarise } from './stats.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8796';
const rounds = Number(process.argv[3] ?? 25);
const mark = 'qyzmet:catalogue-interactive';

const browser: Browser = await chromium.launch(config.use!.launchOptions);

/** A context whose service worker is installed, activated and controlling `/`. */
async function warmContext(): Promise<BrowserContext> {
	const context = await browser.newContext({ baseURL: base });
	const page = await context.newPage();
	await page.goto('/');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await page.close();
	return context;
}

interface Navigation {
	interactive: number;
	document: number;
	scripts: number;
}

/** One navigation to `/`: ms from navigation start to the interactive mark; then the click check. */
async function catalogue(context: BrowserContext, expectSw: boolean): Promise<Navigation> {
	const page = await context.newPage();
	try {
		await page.goto('/', { waitUntil: 'commit' });
		const handle = await page.waitForFunction(
			(name) => performance.getEntriesByName(name, 'mark')[0]?.startTime,
			mark,
			{ polling: 50, timeout: 15_000 } // the page timestamps the mark itself; polling only collects it
		);
		const interactive = (await handle.jsonValue()) as number;
		const [document, scripts] = await page.evaluate((until) => {
			const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
			const js = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
				.filter((entry) => entry.name.endsWith('.js') && entry.responseEnd <= until)
				.map((entry) => entry.responseEnd);
			return [navigation.responseEnd, Math.max(0, ...js)];
		}, interactive);
		const controlled = await page.evaluate(() => navigator.serviceWorker.controller !== null);
		if (controlled !== expectSw) throw new Error(`service worker controlling: ${controlled}, expected ${expectSw}`);
		await page.evaluate(() => ((window as unknown as { benchDocument: boolean }).benchDocument = true));
		await page.locator('ul.services a.button').first().click();
		await page.waitForURL(/\/apply\//, { timeout: 15_000 });
		const sameDocument = await page.evaluate(() => (window as unknown as { benchDocument?: boolean }).benchDocument);
		if (!sameDocument) throw new Error('the click reloaded the page: the router was not running yet');
		return { interactive, document, scripts };
	} finally {
		await page.close();
	}
}

/** Navigation start → load event of a tiny static file. */
async function tinyFile(context: BrowserContext): Promise<number> {
	const page = await context.newPage();
	try {
		await page.goto('/favicon.svg', { waitUntil: 'load' });
		return await page.evaluate(() => {
			const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
			return entry.loadEventEnd;
		});
	} finally {
		await page.close();
	}
}

const modes = ['cold', 'warm SW, online', 'warm SW, offline'] as const;
type Mode = (typeof modes)[number];
const pages = Object.fromEntries(modes.map((mode) => [mode, [] as Navigation[]])) as Record<Mode, Navigation[]>;
const files = Object.fromEntries(modes.map((mode) => [mode, [] as number[]])) as Record<Mode, number[]>;

try {
	const online = await warmContext();
	const offline = await warmContext();
	await offline.setOffline(true);
	// One unmeasured round first: Chromium's own first-use costs (renderer, V8 code cache) are not ours.
	for (let round = -1; round < rounds; round++) {
		const cold = await browser.newContext({ baseURL: base });
		const results: Record<Mode, [Navigation, number]> = {
			cold: [await catalogue(cold, false), 0],
			'warm SW, online': [await catalogue(online, true), await tinyFile(online)],
			'warm SW, offline': [await catalogue(offline, true), await tinyFile(offline)]
		};
		await cold.close();
		const coldFile = await browser.newContext({ baseURL: base });
		results.cold[1] = await tinyFile(coldFile);
		await coldFile.close();
		if (round < 0) continue;
		for (const mode of modes) {
			pages[mode].push(results[mode][0]);
			files[mode].push(results[mode][1]);
		}
	}
	const median = (mode: Mode, key: keyof Navigation) => summarise(pages[mode].map((n) => n[key])).median;
	const coldMedian = median('cold', 'interactive');
	console.log(`Navigation to interactive catalogue (${base}), ${rounds} rounds, modes interleaved:`);
	for (const mode of modes) {
		const page = summarise(pages[mode].map((n) => n.interactive));
		const file = summarise(files[mode]);
		console.log(
			`  ${mode.padEnd(17)} median ${ms(page.median).padStart(9)}, p90 ${ms(page.p90).padStart(9)}` +
				` (document ${ms(median(mode, 'document'))}, last script ${ms(median(mode, 'scripts'))})` +
				` | tiny file ${ms(file.median)} (page = ${(page.median / file.median).toFixed(1)}× file)` +
				` | ${(page.median / coldMedian).toFixed(2)}× cold`
		);
	}
} finally {
	await browser.close();
}
