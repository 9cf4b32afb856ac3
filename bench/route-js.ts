/**
 * JS a first visit loads, per route of the build: `/`, every `/apply/<service>` of the catalogue,
 * `/applications` and `/v` (targets: no form page over 100 KB gzip, the catalogue ≤ 80 KB). The
 * largest files of the heaviest form page are listed, so an overweight page says why; a build
 * with source maps also splits that page by package and source folder:
 *   npm run build && npx node bench/route-js.ts
 *   npx vite build --sourcemap && npx node bench/route-js.ts   (then npm run build again: maps change the bytes)
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { catalog } from '../src/lib/domain/catalog/index.ts';
import { firstVisitJs, kb, type FirstVisitJs } from './lib/first-visit-js.ts';
import { codeBySource } from './lib/source-map.ts';

const root = 'build';
const formTarget = 100 * 1024;
const catalogueTarget = 80 * 1024;

const routes: [string, string][] = [
	['/', 'index.html'],
	...catalog.map((s): [string, string] => [`/apply/${s.id}`, `apply/${s.id}.html`]),
	['/applications', 'applications.html'],
	['/v', 'v.html']
];

const measured = new Map<string, FirstVisitJs>();
const rows = [['route', 'files', 'raw KB', 'gzip KB', 'target', 'verdict']];
for (const [route, html] of routes) {
	if (!existsSync(join(root, html))) throw new Error(`${html} is not in the build: run npm run build first`);
	const js = firstVisitJs(root, html);
	measured.set(route, js);
	const target = route === '/' ? catalogueTarget : route.startsWith('/apply/') ? formTarget : null;
	const verdict = target === null ? '' : js.gzip <= target ? 'met' : 'OVER';
	rows.push([route, String(js.files.length), kb(js.raw), kb(js.gzip), target ? `≤ ${target / 1024}` : '', verdict]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const row of rows)
	console.log(row.map((cell, i) => (i === 0 ? cell.padEnd : cell.padStart).call(cell, widths[i])).join('  '));

// Why a page weighs what it does: the biggest files a form page loads, and which other routes load them too.
const forms = routes.filter(([route]) => route.startsWith('/apply/')).map(([route]) => measured.get(route)!);
const heaviest = forms.reduce((a, b) => (b.gzip > a.gzip ? b : a));
const sizes = heaviest.files
	.map((path) => {
		const code = readFileSync(join(root, path));
		return { path, raw: code.length, gzip: gzipSync(code, { level: 9 }).length, text: code.toString() };
	})
	.sort((a, b) => b.gzip - a.gzip)
	.slice(0, 4);
console.log(`\nlargest files of the heaviest form page (${kb(heaviest.gzip)} KB gzip):`);
for (const file of sizes) {
	const sharedBy = routes.filter(([route]) => measured.get(route)!.files.includes(file.path)).map(([r]) => r);
	// Service ids and official names in a chunk mean it carries the catalogue's data.
	const services = catalog.filter((s) => file.text.includes(s.name.kk)).length;
	console.log(
		`  ${file.path}  ${kb(file.raw)} KB raw, ${kb(file.gzip)} KB gzip; loaded by ${sharedBy.length} of ${routes.length} routes; holds the official names of ${services} of ${catalog.length} services`
	);
}

// Byte shares by origin: raw is exact, gzip is of each group's code compressed on its own (an estimate:
// the real files compress groups together).
// A few small glue files get no map; they are counted whole under their own name.
const withMaps = heaviest.files.some((path) => existsSync(join(root, `${path}.map`)));
if (withMaps) {
	const groups = new Map<string, string[]>();
	const add = (group: string, text: string) => (groups.get(group) ?? groups.set(group, []).get(group)!).push(text);
	for (const path of heaviest.files) {
		const code = readFileSync(join(root, path), 'utf8').replace(/\n\/\/# sourceMappingURL=.*$/, '');
		if (!existsSync(join(root, `${path}.map`))) {
			add('(files without a map)', code);
			continue;
		}
		const map = JSON.parse(readFileSync(join(root, `${path}.map`), 'utf8'));
		for (const [source, text] of codeBySource(code, map)) add(origin(source), text);
	}
	const shares = [...groups]
		.map(([group, texts]) => {
			const bytes = Buffer.from(texts.join(''));
			return { group, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
		})
		.sort((a, b) => b.raw - a.raw);
	console.log(`\nthe heaviest form page by origin (from the source maps):`);
	for (const s of shares.slice(0, 10))
		console.log(`  ${kb(s.raw).padStart(6)} KB raw ${kb(s.gzip).padStart(5)} KB gzip  ${s.group}`);
} else console.log('\n(build with `npx vite build --sourcemap` to split the heaviest page by package and folder)');

/** A package under node_modules (zod's v4/core and v4/classic kept apart), or a source folder. */
function origin(source: string): string {
	if (!source) return '(bundler glue)';
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)(?:\/(v4\/(?:core|classic|locales)))?/.exec(source);
	if (pkg) return `${pkg[1]}${pkg[2] ? `/${pkg[2]}` : ''}`;
	const path = source.replace(/^(\.\.\/)+/, '');
	return path.startsWith('src/lib/')
		? path
				.split('/')
				.slice(0, 4)
				.join('/')
				.replace(/\.\w+$/, '')
		: path;
}

// SvelteKit preloads a page's whole static closure, so the walk should find nothing the HTML does not name.
const unnamed = routes.filter(([route]) => measured.get(route)!.files.length !== measured.get(route)!.named);
console.log(
	`\nfiles reached only through imports (not named by the HTML): ${unnamed.length ? unnamed.map(([r]) => r).join(', ') : 'none'}`
);

const catalogue = measured.get('/')!;
const formsOver = routes.filter(([r]) => r.startsWith('/apply/') && measured.get(r)!.gzip > formTarget).length;
console.log(
	`catalogue page: ${kb(catalogue.gzip)} KB gzip (issue-2 target ≤ 80 KB: ${catalogue.gzip <= catalogueTarget ? 'met' : 'not met'}); form pages over 100 KB: ${formsOver} of ${forms.length}`
);
