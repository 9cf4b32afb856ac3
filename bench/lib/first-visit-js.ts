/**
 * The JS a first visit to a built page loads: every script its HTML imports or preloads, plus
 * the chunks those import statically. Dynamic import() is lazy and not counted: it is what keeps
 * the scanner and the PDF code off pages that do not use them. Shared by the page-weight benches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FirstVisitJs {
	/** Absolute paths (`/_app/…`) of every file counted. */
	files: string[];
	/** Files the HTML names itself (modulepreload or import()); the rest come from the static imports. */
	named: number;
	raw: number;
	gzip: number;
}

// Static imports and re-exports between chunks ("./x.js" or "../chunks/x.js"), as the minifier writes them.
const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[\w{},*\s$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Measures one page of the build in `root`; `html` is the page's file relative to it (e.g. `apply/x.html`). */
export function firstVisitJs(root: string, html: string): FirstVisitJs {
	const page = readFileSync(join(root, html), 'utf8');
	const named = [...page.matchAll(/(?:href|import\()\s*=?\s*"(\/_app\/[^"]+\.js)"/g)].map((m) => m[1]);
	const queue = [...named];
	const seen = new Set<string>();
	let raw = 0;
	let gzip = 0;
	while (queue.length > 0) {
		const path = queue.pop()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const code = readFileSync(join(root, path));
		raw += code.length;
		// Per file, as the server compresses each response on its own.
		gzip += gzipSync(code, { level: 9 }).length;
		for (const m of code.toString().matchAll(staticImport)) queue.push(new URL(m[1], `http://x${path}`).pathname);
	}
	return { files: [...seen].sort(), named: new Set(named).size, raw, gzip };
}

export const kb = (bytes: number) => (bytes / 1024).toFixed(1);
