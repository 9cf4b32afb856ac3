/**
 * JS shipped to the catalogue page: every script the built index.html loads or preloads,
 * plus the static imports they pull in, gzip-compressed (target ≤ 80 KB). The scanner and
 * PDF code must not be among them.
 *   npm run build && npx node bench/catalogue-js.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = 'build';
const html = readFileSync(join(root, 'index.html'), 'utf8');
const queue = [...html.matchAll(/(?:href|import\()\s*=?\s*"(\/_app\/[^"]+\.js)"/g)].map((m) => m[1]);
const seen = new Set<string>();
let raw = 0;
let gzip = 0;
while (queue.length > 0) {
	const path = queue.pop()!;
	if (seen.has(path)) continue;
	seen.add(path);
	const code = readFileSync(join(root, path));
	raw += code.length;
	gzip += gzipSync(code, { level: 9 }).length;
	// Static imports between chunks ("./x.js" or "../chunks/x.js"); dynamic import() is lazy and not counted.
	for (const m of code
		.toString()
		.matchAll(/(?:^|[;\s])import\s*(?:[\w{},*\s$]+from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
		queue.push(new URL(m[1], `http://x${path}`).pathname);
	}
}
const zxing = [...seen].some((p) => readFileSync(join(root, p), 'utf8').includes('ZXing'));
console.log(
	`catalogue page JS: ${seen.size} files, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (target ≤ 80 KB); zxing included: ${zxing}`
);
