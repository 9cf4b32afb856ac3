/**
 * The kiosk's «start again» resets the page in place (src/lib/kiosk/wipe.ts), so every
 * module-level store must either be reset there or describe the device rather than a person.
 * A store added later fails this test until it is put in one of the two lists.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const lib = join(root, 'src/lib');

/** What wipe.ts calls to forget each store that can hold something of a visitor. */
const visitorStores: Record<string, string> = {
	'src/lib/i18n/index.svelte.ts': 'resetLang',
	'src/lib/display/index.svelte.ts': 'resetDisplay',
	'src/lib/office/session.svelte.ts': 'setStaff',
	'src/lib/store/outbox.svelte.ts': 'forgetVisitor' // sets its counts from what is left
};
/** Stores of the device: the kiosk's profile, and the wipe's own gate. */
const deviceStores = ['src/lib/kiosk/profile.svelte.ts', 'src/lib/kiosk/gate.svelte.ts'];

function modulesWithStores(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return modulesWithStores(path);
		if (!entry.name.endsWith('.svelte.ts')) return [];
		// A module-level store: `$state(` outside any function or class, i.e. at the start of a line.
		return /^(export )?(const|let) \w+ = \$state/m.test(readFileSync(path, 'utf8')) ? [relative(root, path)] : [];
	});
}

describe('the stores «start again» resets', () => {
	it('lists every module-level store as a visitor’s or the device’s', () => {
		expect(modulesWithStores(lib).sort()).toEqual([...Object.keys(visitorStores), ...deviceStores].sort());
	});

	it('calls the reset of every visitor store', () => {
		const wipe = readFileSync(join(lib, 'kiosk/wipe.ts'), 'utf8') + readFileSync(join(lib, 'store/wipe.ts'), 'utf8');
		for (const [module, reset] of Object.entries(visitorStores))
			expect(wipe, module).toMatch(new RegExp(`\\b${reset}\\(`));
	});
});
