/**
 * Resuming a draft with 10 attached files after a reload (target ≤ 300 ms): time from the reload's
 * navigation start to the first frame painted with all 10 files listed on the documents page,
 * against the same page of a draft with no files, reloaded alternately in the same browser.
 * The files enter the draft through the page's own file input (the app checks, hashes and stores
 * them in IndexedDB as it would for a person). Start the stack first, then:
 *   npm run build && bash scripts/e2e-server.sh 8802 .wrangler/bench3 &
 *   npx node bench/draft-resume.ts http://127.0.0.1:8802
 */
import { chromium, type Page } from '@playwright/test';
import config from '../playwright.config.ts';
import { findService } from '../src/lib/domain/catalog/index.ts';
import { sampleAnswers } from '../tests/support/sample-answers.ts';
import { noisePng } from './lib/png.ts';

const base = process.argv[2] ?? 'http://127.0.0.1:8802';
const files = 10;
const fileBytes = 200 * 1024;
const warmUp = 3; // per draft: the service worker installs and the HTTP cache fills on the first loads
const reloads = 20; // per draft, measured

// record-restoration asks for a court decision on its default branch, with up to 10 files.
const service = findService('record-restoration')!;
const courtDecision = service.documents.find((d) => d.id === 'court-decision')!;
if (courtDecision.maxFiles < files) throw new Error(`court-decision takes only ${courtDecision.maxFiles} files`);

interface Marks {
	/** performance.now() (ms since the navigation started) when the picker first had n files in the DOM */
	shown: Record<number, number>;
	/** …and when the first frame after that was painted */
	painted: Record<number, number>;
}

// Runs in the page before any of its scripts, on every load: a MutationObserver notes when the
// document's picker shows n files, so the time is the page's own, not a polling interval's.
function watchPicker(inputId: string) {
	const marks: Marks = { shown: {}, painted: {} };
	(window as unknown as { __marks: Marks }).__marks = marks;
	new MutationObserver(() => {
		const input = document.getElementById(inputId);
		if (!input) return;
		const count = input.closest('fieldset')!.querySelectorAll('li').length;
		if (count in marks.shown) return;
		marks.shown[count] = performance.now();
		// rAF runs before the frame is painted; a message posted from it is handled just after.
		requestAnimationFrame(() => {
			const channel = new MessageChannel();
			channel.port1.onmessage = () => (marks.painted[count] = performance.now());
			channel.port2.postMessage(null);
		});
	}).observe(document, { childList: true, subtree: true });
}

async function putDraft(page: Page, draft: Record<string, unknown>) {
	await page.evaluate(
		(draft) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const tx = open.result.transaction('drafts', 'readwrite');
					tx.objectStore('drafts').put(draft);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		draft
	);
}

async function storedFiles(page: Page, draftId: string): Promise<number> {
	return page.evaluate(
		(draftId) =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('qyzmet');
				open.onsuccess = () => {
					const count = open.result
						.transaction('attachments')
						.objectStore('attachments')
						.index('byDraft')
						.count(draftId);
					count.onsuccess = () => {
						open.result.close();
						resolve(count.result);
					};
				};
				open.onerror = () => reject(open.error);
			}),
		draftId
	);
}

interface Reload {
	/** the HTML's last byte (from the service worker once it controls the page) */
	html: number;
	/** the app's scripts have run and the DOM is parsed */
	scripts: number;
	/** the expected number of files is in the DOM, and the frame showing them is painted */
	shown: number;
	painted: number;
	controlled: boolean;
}

/** One reload; every time in ms from its navigation start. */
async function reload(page: Page, expected: number): Promise<Reload> {
	await page.reload();
	await page.waitForFunction(
		(n) => (window as unknown as { __marks: Marks }).__marks.painted[n] !== undefined,
		expected
	);
	return page.evaluate((n) => {
		const marks = (window as unknown as { __marks: Marks }).__marks;
		const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
		return {
			html: navigation.responseEnd,
			scripts: navigation.domContentLoadedEventEnd,
			shown: marks.shown[n],
			painted: marks.painted[n],
			controlled: navigator.serviceWorker.controller !== null
		};
	}, expected);
}

const inputId = `documents.${courtDecision.id}`;
const browser = await chromium.launch(config.use!.launchOptions);
try {
	// One context: both drafts live in the same IndexedDB, behind the same service worker.
	const context = await browser.newContext({ baseURL: base });
	await context.addInitScript(watchPicker, inputId);
	const page = await context.newPage();
	// The app creates (and upgrades) its database on its first load.
	await page.goto('/applications');
	await page.getByTestId('drafts').waitFor();

	const answers = sampleAnswers(service);
	const draft = (id: string) => ({
		id,
		service: service.id,
		answers,
		page: 'documents',
		updatedAt: new Date().toISOString()
	});
	const [full, empty] = [crypto.randomUUID(), crypto.randomUUID()];
	await putDraft(page, draft(full));
	await putDraft(page, draft(empty));
	const url = (id: string) => `/apply/${service.id}?draft=${id}&page=documents`;

	await page.goto(url(full));
	const chooser = page.locator(`input[type=file][id="${inputId}"]`);
	await chooser.setInputFiles(
		Array.from({ length: files }, (_, i) => ({
			name: `court-decision-page-${i + 1}.png`,
			mimeType: 'image/png',
			buffer: noisePng(fileBytes, i + 1)
		}))
	);
	await page
		.locator('fieldset', { has: chooser })
		.locator('li')
		.nth(files - 1)
		.waitFor();
	const stored = await storedFiles(page, full);
	if (stored !== files) throw new Error(`the draft holds ${stored} files, not ${files}`);
	console.log(
		`draft ${full}: ${files} PNG files of ${(noisePng(fileBytes, 1).length / 1024).toFixed(0)} KB in IndexedDB`
	);

	const series = { full: [] as Reload[], empty: [] as Reload[] };
	// Alternating the two drafts spreads the machine's noise over both series alike; only the reload is timed.
	for (let i = 0; i < warmUp + reloads; i++) {
		await page.goto(url(full));
		const withFiles = await reload(page, files);
		await page.goto(url(empty));
		const without = await reload(page, 0);
		if (i < warmUp) continue;
		series.full.push(withFiles);
		series.empty.push(without);
	}

	const stats = (values: number[]) => {
		const sorted = [...values].sort((a, b) => a - b);
		const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
		return { median: at(0.5), p90: at(0.9), min: sorted[0], max: sorted[sorted.length - 1] };
	};
	const ms = (n: number) => n.toFixed(0).padStart(4);
	const line = (name: string, values: number[]) => {
		const s = stats(values);
		console.log(`${name.padEnd(40)} median ${ms(s.median)}  p90 ${ms(s.p90)}  min ${ms(s.min)}  max ${ms(s.max)}`);
		return s;
	};
	const controlled = [...series.full, ...series.empty].filter((r) => r.controlled).length;
	console.log(
		`${reloads} reloads per draft after ${warmUp} warm-up ones, alternating; ms from the reload's navigation start; ${controlled} of ${2 * reloads} pages served by the service worker`
	);
	line(
		'empty draft: HTML received',
		series.empty.map((r) => r.html)
	);
	line(
		'empty draft: scripts run (DOMContentLoaded)',
		series.empty.map((r) => r.scripts)
	);
	const baseline = line(
		'empty draft: documents page painted',
		series.empty.map((r) => r.painted)
	);
	line(
		`${files} files: HTML received`,
		series.full.map((r) => r.html)
	);
	line(
		`${files} files: scripts run (DOMContentLoaded)`,
		series.full.map((r) => r.scripts)
	);
	line(
		`${files} files: all in the DOM`,
		series.full.map((r) => r.shown)
	);
	const result = line(
		`${files} files: all shown (frame painted)`,
		series.full.map((r) => r.painted)
	);
	const verdict = result.p90 <= 300 ? 'met at p90' : result.median <= 300 ? 'met at the median only' : 'not met';
	console.log(
		`${files} files / empty draft = ${(result.median / baseline.median).toFixed(2)}× at the median (+${(result.median - baseline.median).toFixed(0)} ms); target ≤ 300 ms: ${verdict}`
	);
} finally {
	await browser.close();
}
