// The kiosk's pure parts: which pages and links a visitor may reach, what a wipe keeps, the
// staff page's limits, and the idle clock's warning and countdown (on a fake clock).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleClock, type IdlePhase } from '../../src/lib/kiosk/idle.ts';
import {
	idleLimits,
	keptStorageKey,
	kioskAllows,
	kioskLinkVerdict,
	personalCacheEntry,
	secondsWithin,
	validKioskId,
	warningLimits
} from '../../src/lib/kiosk/policy.ts';

const origin = 'http://127.0.0.1:8811';

describe('what a kiosk visitor may reach', () => {
	it('allows the citizen pages and the staff page behind its sign-in', () => {
		for (const path of ['/', '/language', '/apply/birth-registration', '/applications', '/applications/abc', '/v'])
			expect(kioskAllows(path), path).toBe(true);
		expect(kioskAllows('/kiosk')).toBe(true);
		expect(kioskAllows('/kiosk/status')).toBe(true);
	});

	it('keeps the office and anything else out', () => {
		for (const path of ['/office', '/office/queue', '/office/psc', '/kioskx', '/apply', '/apply/a/b', '/demo'])
			expect(kioskAllows(path), path).toBe(false);
	});

	it('follows our own links, opens our new windows in the same tab, blocks the rest', () => {
		expect(kioskLinkVerdict({ href: '/applications' }, origin)).toBe('follow');
		expect(kioskLinkVerdict({ href: `${origin}/v`, target: '_self' }, origin)).toBe('follow');
		expect(kioskLinkVerdict({ href: '/v', target: '_blank' }, origin)).toBe('same-tab');
		expect(kioskLinkVerdict({ href: 'https://egov.kz/' }, origin)).toBe('block');
		expect(kioskLinkVerdict({ href: '//egov.kz/x' }, origin)).toBe('block');
		expect(kioskLinkVerdict({ href: 'mailto:a@b.kz' }, origin)).toBe('block');
		expect(kioskLinkVerdict({ href: 'blob:http://127.0.0.1:8811/x', download: true }, origin)).toBe('block');
		expect(kioskLinkVerdict({ href: '/api/certificates/x.pdf', target: '_blank' }, origin)).toBe('block');
		expect(kioskLinkVerdict({ href: '/applications', download: true }, origin)).toBe('block');
	});
});

describe('what a wipe keeps', () => {
	it('keeps only the kiosk profile and the last sync time in storage', () => {
		expect(keptStorageKey('qyzmet.kiosk', 'qyzmet.kiosk')).toBe(true);
		expect(keptStorageKey('qyzmet.lastSyncAt', 'qyzmet.kiosk')).toBe(true);
		for (const key of ['qyzmet.lang', 'qyzmet.display', 'qyzmet.trustList.v1', 'sveltekit:scroll'])
			expect(keptStorageKey(key, 'qyzmet.kiosk'), key).toBe(false);
	});

	it('treats API answers, PDFs and payment pages in Cache Storage as personal, the shell not', () => {
		for (const path of ['/api/applications/x', '/api/certificates/x.pdf', '/demo-bank/pay', '/x/receipt.pdf'])
			expect(personalCacheEntry(path), path).toBe(true);
		for (const path of ['/', '/_app/immutable/entry/start.js', '/.well-known/qyzmet-trust-list.json', '/v'])
			expect(personalCacheEntry(path), path).toBe(false);
	});
});

describe('the staff page’s input', () => {
	it('accepts a short readable kiosk id', () => {
		expect(validKioskId('psc-alm-03')).toBe(true);
		expect(validKioskId('a')).toBe(false);
		expect(validKioskId('-x')).toBe(false);
		expect(validKioskId('Гүлнұр')).toBe(false);
		expect(validKioskId('x'.repeat(41))).toBe(false);
	});

	it('accepts whole seconds within the limits only', () => {
		expect(secondsWithin('90', idleLimits)).toBe(90);
		expect(secondsWithin(' 30 ', idleLimits)).toBe(30);
		expect(secondsWithin('29', idleLimits)).toBeNull();
		expect(secondsWithin('901', idleLimits)).toBeNull();
		expect(secondsWithin('9.5', idleLimits)).toBeNull();
		expect(secondsWithin('', warningLimits)).toBeNull();
		expect(secondsWithin('19', warningLimits)).toBeNull(); // WCAG 2.2.1: at least 20 s to react
	});
});

describe('the idle clock', () => {
	let phases: IdlePhase[];
	let clock: IdleClock;
	beforeEach(() => {
		vi.useFakeTimers();
		phases = [];
		clock = new IdleClock(
			{ idleSeconds: 10, warningSeconds: 3 },
			(p) => phases.push(p),
			() => Date.now()
		);
		clock.start();
	});
	afterEach(() => {
		clock.stop();
		vi.useRealTimers();
	});
	const kinds = () => phases.map((p) => (p.kind === 'warning' ? `warning ${p.remaining}` : p.kind));

	it('warns after the idle period, counts down each second, then expires', () => {
		vi.advanceTimersByTime(9_999);
		expect(clock.phase.kind).toBe('active');
		vi.advanceTimersByTime(1);
		expect(clock.phase).toEqual({ kind: 'warning', remaining: 3 });
		vi.advanceTimersByTime(3_000);
		expect(kinds()).toEqual(['active', 'warning 3', 'warning 2', 'warning 1', 'expired']);
	});

	it('starts the idle period again on activity', () => {
		vi.advanceTimersByTime(8_000);
		clock.activity();
		vi.advanceTimersByTime(8_000);
		expect(clock.phase.kind).toBe('active');
		vi.advanceTimersByTime(2_000);
		expect(clock.phase.kind).toBe('warning');
	});

	it('ends a warning only on "I’m still here", not on a stray touch', () => {
		vi.advanceTimersByTime(11_000);
		clock.activity();
		expect(clock.phase.kind).toBe('warning');
		clock.stillHere();
		expect(clock.phase.kind).toBe('active');
		vi.advanceTimersByTime(9_000);
		expect(clock.phase.kind).toBe('active');
		vi.advanceTimersByTime(1_000 + 3_000);
		expect(clock.phase.kind).toBe('expired');
	});

	it('expires at once without a warning period', () => {
		const direct: IdlePhase[] = [];
		const noWarning = new IdleClock(
			{ idleSeconds: 5, warningSeconds: 0 },
			(p) => direct.push(p),
			() => Date.now()
		);
		noWarning.start();
		vi.advanceTimersByTime(5_000);
		expect(direct.map((p) => p.kind)).toEqual(['active', 'expired']);
	});
});
