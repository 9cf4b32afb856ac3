/**
 * "Start again" on a kiosk, warm (service worker controlling, everything cached): from the tap
 * to an interactive language page — the `qyzmet:kiosk-start-interactive` mark the page sets one
 * task after its first render. «Start again» wipes the device and resets the page in place (the
 * bench checks the time origin did not change: no reload). Before every try a visitor leaves a
 * draft (a form page typed in), so the wipe has something to delete. Baselines in the same run, interleaved per round:
 *   - reload: `location.reload()` of the language page (what the idle wipe adds to the wipe, and
 *     what «start again» cost before it reset in place);
 *   - client-side: a SvelteKit navigation to the language page in the same document (the floor
 *     of an in-place reset).
 * Times are wall-clock differences inside the page: the tap's time and the mark's, both as
 * performance.timeOrigin + now(), so a reload's new time origin is accounted for.
 *
 *   npm run build && bash scripts/e2e-server.sh 8821 .wrangler/bench-kiosk &
 *   npx node bench/kiosk-start-again.ts http://127.0.0.1:8821 [tries=30]
 */
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config.ts';
import { enrolKiosk } from '../tests/e2e/kiosk.ts';
import { ms, percentile, summarise } from './stats.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8821';
const tries = Number(process.argv[3] ?? 30);
const mark = 'qyzmet:kiosk-start-interactive';

const browser = await chromium.launch(config.use!.launchOptions);

/** Absolute time of the latest interactive mark (after `after`), waiting for it. */
async function markedAt(page: Page, after: number): Promise<number> {
	const handle = await page.waitForFunction(
		([name, after]) => {
			const entries = performance.getEntriesByName(name, 'mark');
			const at = entries.length ? performance.timeOrigin + entries[entries.length - 1].startTime : 0;
			return at > after ? at : null;
		},
		[mark, after] as const,
		{ polling: 20, timeout: 15_000 }
	);
	return (await handle.jsonValue()) as number;
}

const now = (page: Page) => page.evaluate(() => performance.timeOrigin + performance.now());

/** A visitor: the catalogue, a form, an answer typed (saved as a draft). */
async function visitor(page: Page) {
	await page.getByTestId('choose-kk').click();
	await page.waitForURL((url) => url.pathname === '/');
	await page.goto(`${base}/apply/civil-status-reference`);
	await page.locator('main .actions .button').first().click();
	await page.locator('#field-iin').fill('900321401236');
	// The draft is on the device before the visitor leaves, so the wipe has it to delete.
	await page.waitForFunction(
		() =>
			new Promise<boolean>((resolve) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const count = open.result.transaction('drafts').objectStore('drafts').count();
					count.onsuccess = () => {
						open.result.close();
						resolve(count.result > 0);
					};
				};
			}),
		undefined,
		{ polling: 20 }
	);
}

async function startAgain(page: Page): Promise<number> {
	await visitor(page);
	const { t0, origin } = await page.evaluate(() => {
		const t = performance.timeOrigin + performance.now();
		document.querySelector<HTMLButtonElement>('button.start-again')!.click();
		return { t0: t, origin: performance.timeOrigin };
	});
	const t1 = await markedAt(page, t0);
	// «Start again» resets in place; a new time origin would mean the page was reloaded after all.
	if ((await page.evaluate(() => performance.timeOrigin)) !== origin) throw new Error('start again reloaded the page');
	const left = await page.evaluate(() => indexedDB.databases().then(() => localStorage.length));
	if (left !== 1) throw new Error(`after the wipe localStorage holds ${left} keys`);
	return t1 - t0;
}

async function reload(page: Page): Promise<number> {
	const t0 = await page.evaluate(() => {
		const t = performance.timeOrigin + performance.now();
		location.reload();
		return t;
	});
	return (await markedAt(page, t0)) - t0;
}

async function clientSide(page: Page): Promise<number> {
	await page.goto(`${base}/`);
	await page.locator('main h1').waitFor();
	const t0 = await page.evaluate(() => {
		const link = Object.assign(document.createElement('a'), { href: '/language' });
		document.querySelector('main')!.append(link);
		const t = performance.timeOrigin + performance.now();
		link.click();
		return t;
	});
	const t1 = await markedAt(page, t0);
	if ((await now(page)) < t0) throw new Error('the navigation was not client-side');
	return t1 - t0;
}

try {
	const context = await browser.newContext({ baseURL: base });
	await enrolKiosk(context, { kioskId: 'bench', idleSeconds: 600 });
	const page = await context.newPage();
	await page.goto('/language');
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

	const samples = {
		'start again (wipe in place)': [] as number[],
		'reload only': [] as number[],
		'client-side navigation': [] as number[]
	};
	for (let round = -2; round < tries; round++) {
		const a = await startAgain(page);
		const b = await reload(page);
		const c = await clientSide(page);
		await page.goto(`${base}/language`);
		if (round < 0) continue; // Chromium's own first-use costs are not ours
		samples['start again (wipe in place)'].push(a);
		samples['reload only'].push(b);
		samples['client-side navigation'].push(c);
	}
	const client = summarise(samples['client-side navigation']).median;
	console.log(`Tap → interactive language page on the kiosk profile, warm SW (${base}), ${tries} tries, interleaved:`);
	for (const [name, values] of Object.entries(samples)) {
		const s = summarise(values);
		const p95 = percentile(
			[...values].sort((x, y) => x - y),
			0.95
		);
		console.log(
			`  ${name.padEnd(28)} median ${ms(s.median).padStart(9)}, p95 ${ms(p95).padStart(9)}, max ${ms(s.max).padStart(9)}` +
				` | ${(s.median / client).toFixed(2)}× client-side`
		);
	}
	await context.close();
} finally {
	await browser.close();
}
