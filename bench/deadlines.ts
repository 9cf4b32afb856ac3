/**
 * Deadline computation for 100 000 steps (target ≤ 1 s), with the calendar the Worker and the pages use:
 *   (1) cold: a fresh `workingCalendar()` computing `addDuration` for all of them in a fresh process, so the
 *       date-holidays years (≈ 20 ms for the first, ≈ 2.5 ms for each further one) and the unoptimised code are
 *       paid inside the timing, as in a new Worker isolate. Each repeat is its own child process; importing the
 *       calendar module (date-holidays' data) is timed apart and printed, not counted;
 *   (2) warm: the same 100 000 again on a calendar that has seen them (days and years remembered, code optimised);
 *   (3) queue: `dueState` + `workingTimeBetween(now, due)` for all of them, what a staff queue shows per row;
 *   (4) baseline, same run: 100 000 plain `new Date(start + ms)`, the floor of making a Date per step.
 * The steps: durations drawn with a fixed seed from every staff step of the catalogue (office clerk, head,
 * responsible officer, PSC operator; portal and information-system steps are automatic and never queue), each
 * step's default and its variants alike. Starts spread over 2026–2027: most inside office hours, a quarter at any
 * minute of the day; weekends and holidays come with the days. A queue's `now` lies between a step's start and a
 * little past its due (only open steps are queued), so about one in six is overdue.
 * Repeats are interleaved per round (warm, queue, baseline), so machine noise hits them alike.
 *   npx node bench/deadlines.ts
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { catalog } from '../src/lib/domain/catalog/index.ts';
import type { Duration, StepActor } from '../src/lib/domain/catalog/types.ts';
import { ms, summarise, type Summary } from './stats.ts';

const N = 100_000;
const REPEATS = 5;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ALMATY = 5 * HOUR;

/** Deterministic (mulberry32), so every run and every child process times the same steps. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const staff: readonly StepActor[] = ['office-clerk', 'head', 'responsible-officer', 'psc-operator'];
const pool: Duration[] = catalog.flatMap((service) =>
	service.steps
		.filter((step) => staff.includes(step.actor))
		.flatMap((step) => [step.duration, ...(step.variants ?? []).map((variant) => variant.duration)])
);

/** 100 000 steps: start instants and durations, and each duration as plain elapsed ms for the baseline. */
function buildSteps() {
	const next = random(4);
	const first = Date.UTC(2026, 0, 1) - ALMATY; // 01.01.2026 00:00 Almaty
	const days = 730; // 2026 and 2027
	const starts: Date[] = [];
	const durations: Duration[] = [];
	const plain = new Float64Array(N);
	for (let i = 0; i < N; i++) {
		const day = first + Math.floor(next() * days) * DAY;
		// 09:00–18:30 for three in four; any second of the day (nights, early mornings) for the rest.
		const clock = next() < 0.75 ? 9 * HOUR + Math.floor(next() * 34_200) * 1000 : Math.floor(next() * 86_400) * 1000;
		starts.push(new Date(day + clock));
		const d = pool[Math.floor(next() * pool.length)];
		durations.push(d);
		plain[i] =
			((d.minutes ?? 0) / 60 + (d.hours ?? 0)) * HOUR +
			((d.workingDays ?? 0) + (d.calendarDays ?? 0) + (d.months ?? 0) * 30) * DAY;
	}
	return { starts, durations, plain };
}

const { starts, durations, plain } = buildSteps();

if (process.argv.includes('--cold')) {
	// Child: import the calendar, then one timed pass with a fresh calendar; the parent reads the JSON line.
	let t = performance.now();
	const { workingCalendar } = await import('../src/lib/domain/calendar/index.ts');
	const imported = performance.now() - t;
	const out = new Array<Date>(N);
	t = performance.now();
	const calendar = workingCalendar();
	for (let i = 0; i < N; i++) out[i] = calendar.addDuration(starts[i], durations[i]);
	const pass = performance.now() - t;
	console.log(JSON.stringify({ imported, pass, check: out[N - 1].getTime() }));
	process.exit(0);
}

const { dueState, workingCalendar } = await import('../src/lib/domain/calendar/index.ts');

function cold(): { imported: number; pass: number } {
	const child = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--cold'], {
		encoding: 'utf8'
	});
	return JSON.parse(child.trim().split('\n').pop()!);
}

/** ms of one call of `run`. */
function time(run: () => void): number {
	const t = performance.now();
	run();
	return performance.now() - t;
}

const calendar = workingCalendar();
const dues = new Array<Date>(N);
const addAll = () => {
	for (let i = 0; i < N; i++) dues[i] = calendar.addDuration(starts[i], durations[i]);
};
addAll(); // the warm calendar's first pass; also gives the dues the queue needs

// Each step's `now`: somewhere from its start to 20 % past its due.
const next = random(9);
const nows = dues.map((due, i) => new Date(starts[i].getTime() + next() * 1.2 * (due.getTime() - starts[i].getTime())));
const left = new Float64Array(N);
const states = new Array<string>(N);
const queue = () => {
	for (let i = 0; i < N; i++) {
		states[i] = dueState(dues[i], nows[i]);
		left[i] = calendar.workingTimeBetween(nows[i], dues[i]);
	}
};
const sums = new Array<Date>(N);
const baseline = () => {
	for (let i = 0; i < N; i++) sums[i] = new Date(starts[i].getTime() + plain[i]);
};

// What the steps are, so the figures can be read against them.
const local = (d: Date) => new Date(d.getTime() + ALMATY).toISOString();
const outOfHours = starts.filter((s) => {
	const clock = (s.getTime() + ALMATY) % DAY;
	return !calendar.isWorkingDay(local(s).slice(0, 10)) || clock < 9 * HOUR || clock >= 18.5 * HOUR;
}).length;
const kinds = (['minutes', 'hours', 'workingDays', 'calendarDays', 'months'] as const)
	.map((k) => `${k} ${durations.filter((d) => d[k]).length}`)
	.join(', ');
console.log(
	`${N} steps from ${pool.length} staff-step durations of ${catalog.length} services (${kinds}); ` +
		`${((100 * outOfHours) / N).toFixed(1)} % start out of hours (night, weekend or holiday); ` +
		`${dues.filter((due, i) => nows[i] > due).length} of them overdue in the queue`
);

const samples = { cold: [] as number[], imported: [] as number[], warm: [] as number[], queue: [] as number[] };
const base: number[] = [];
for (let round = 0; round < REPEATS; round++) {
	const c = cold();
	samples.cold.push(c.pass);
	samples.imported.push(c.imported);
	samples.warm.push(time(addAll));
	samples.queue.push(time(queue));
	base.push(time(baseline));
}

const b = summarise(base);
const row = (name: string, s: Summary) =>
	`${name.padEnd(41)} median ${ms(s.median).padStart(9)}, min ${ms(s.min).padStart(9)}; ` +
	`${(s.median / b.median).toFixed(0).padStart(4)}× baseline`;
const coldSummary = summarise(samples.cold);
console.log(`Node ${process.versions.node}, ${REPEATS} repeats each:`);
console.log(row('(1) cold: fresh process + calendar', coldSummary));
console.log(
	`    (importing the calendar module before it: median ${ms(summarise(samples.imported).median)}, not counted)`
);
console.log(row('(2) warm: addDuration', summarise(samples.warm)));
console.log(row('(3) queue: dueState + workingTimeBetween', summarise(samples.queue)));
console.log(
	`${'(4) baseline: new Date(start + ms)'.padEnd(41)} median ${ms(b.median).padStart(9)}, min ${ms(b.min).padStart(9)}`
);
// Guards, so a broken calendar cannot look fast: no deadline before its start, time left matches the state.
if (dues.some((due, i) => due < starts[i])) throw new Error('a deadline before its start');
if (states.some((s, i) => (s === 'overdue') !== nows[i] > dues[i]))
	throw new Error('dueState disagrees with the instants');
if (left.some((m, i) => (states[i] === 'overdue' ? m > 0 : m < 0)))
	throw new Error('time left disagrees with dueState');
// The cold pass is the figure a fresh isolate pays, so it is the one held to the target.
console.log(`100k steps: ${coldSummary.median.toFixed(0)} ms (target ≤ 1000 ms)`);
