/**
 * JS shipped to the catalogue page: every script the built index.html loads or preloads,
 * plus the static imports they pull in, gzip-compressed (target ≤ 80 KB). The scanner and
 * PDF code must not be among them. Every other page: bench/route-js.ts.
 *   npm run build && npx node bench/catalogue-js.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { firstVisitJs, kb } from './lib/first-visit-js.ts';

const root = 'build';
const { files, raw, gzip } = firstVisitJs(root, 'index.html');
const zxing = files.some((p) => readFileSync(join(root, p), 'utf8').includes('ZXing'));
console.log(
	`catalogue page JS: ${files.length} files, ${kb(raw)} KB raw, ${kb(gzip)} KB gzip (target ≤ 80 KB); zxing included: ${zxing}`
);
