/**
 * Birth-reference PDF generation: median time and size over 40 renders (targets ≤ 50 ms,
 * ≤ 60 KB), with the same renderer the Worker uses, fonts loaded once as in an isolate.
 * This runs on Node 24 (V8, like workerd); the workerd figure comes from
 * `npx vitest run --config vitest.bench-worker.config.ts`, which also runs this loop in Node.
 *   npx node bench/pdf.ts
 */
import { readFileSync } from 'node:fs';
import { renderBirthReferencePdfWithFonts } from '../worker/certificates/birth-reference-layout.ts';
import { formatPdfResult, measurePdfRenders } from './pdf-loop.ts';

const font = (name: string) => new Uint8Array(readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${name}`));
const fonts = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
const result = await measurePdfRenders((doc) => renderBirthReferencePdfWithFonts(doc, fonts));
console.log(formatPdfResult(`Node ${process.versions.node}`, result));
