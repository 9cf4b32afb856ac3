// The kiosk health screen's sizes and version, worded in the reader's language (src/routes/kiosk/status).
import { describe, expect, it } from 'vitest';
import { formatBytes, formatVersion, type ByteUnit } from '../../src/routes/kiosk/status/health-format.ts';
import { messages } from '../../src/lib/i18n/messages/index.ts';

const langs = ['kk', 'ru', 'en'] as const;
const size = (lang: (typeof langs)[number], bytes: number) =>
	formatBytes(
		bytes,
		(unit: ByteUnit) => messages[lang][`kioskStatus.unit.${unit}`],
		messages[lang]['kioskStatus.unit.decimalMark']
	);

describe('formatBytes', () => {
	it('names the units in Kazakh and Russian with a decimal comma, in English as they are', () => {
		const mb = Math.round(2.9 * 1024 * 1024);
		const quota = 10 * 1024 ** 3;
		for (const lang of ['kk', 'ru'] as const) {
			expect(size(lang, mb)).toBe('2,9\u00a0МБ');
			expect(size(lang, quota)).toBe('10\u00a0ГБ');
			expect(size(lang, 512)).toBe('512\u00a0Б');
			expect(size(lang, 1536)).toBe('1,5\u00a0КБ');
			expect(size(lang, 3 * 1024 ** 4)).toBe('3,0\u00a0ТБ');
		}
		expect(size('en', mb)).toBe('2.9\u00a0MB');
		expect(size('en', quota)).toBe('10\u00a0GB');
	});

	it('prints no Latin unit in Kazakh or Russian', () => {
		for (const lang of ['kk', 'ru'] as const)
			for (let bytes = 1; bytes < 1024 ** 5; bytes *= 7) expect(size(lang, bytes)).not.toMatch(/[A-Za-z]/);
	});
});

describe('formatVersion', () => {
	const iso = (instant: Date) => instant.toISOString();

	it('shows a build time (SvelteKit’s default version) as a date and time', () => {
		expect(formatVersion('1796564686486', iso)).toBe(new Date(1796564686486).toISOString());
	});

	it('leaves any other version as it is', () => {
		for (const version of ['a1b2c3d', '0.1.0', '20261206', '17965646864860'])
			expect(formatVersion(version, iso)).toBe(version);
	});
});

describe('kiosk status copy', () => {
	it('names the service worker in the reader’s language', () => {
		expect(messages.kk['kioskStatus.serviceWorker']).toMatch(/^[^A-Za-z]+ \(service worker\)$/);
		expect(messages.ru['kioskStatus.serviceWorker']).toMatch(/^[^A-Za-z]+ \(service worker\)$/);
	});
});
