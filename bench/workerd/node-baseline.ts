/**
 * Global setup of vitest.bench-worker.config.ts: the same PDF loop in Node first, in the same
 * run, so the workerd figure can be read as a ratio (absolute times drift with machine load).
 * It runs before the workerd isolate starts rendering, never at the same time.
 */
import { readFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { renderBirthReferencePdfWithFonts } from '../../worker/certificates/birth-reference-layout.ts';
import { formatPdfResult, measurePdfRenders, type PdfBenchResult } from '../pdf-loop.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		nodePdf: PdfBenchResult;
	}
}

export default async function setup(project: TestProject): Promise<void> {
	const font = (name: string) => new Uint8Array(readFileSync(`node_modules/dejavu-fonts-ttf/ttf/${name}`));
	const fonts = { regular: font('DejaVuSans.ttf'), bold: font('DejaVuSans-Bold.ttf') };
	const result = await measurePdfRenders((doc) => renderBirthReferencePdfWithFonts(doc, fonts));
	console.log(formatPdfResult(`Node ${process.versions.node} (same run, baseline)`, result));
	project.provide('nodePdf', result);
}
