// Worker entry point for the archival birth reference PDF («Туу туралы анықтама» / «Справка о рождении»).
// The layout lives in birth-reference-layout.ts (runtime-neutral); this file only binds the fonts
// that are bundled into the Worker as Data modules.
import { bundledFonts } from './fonts.ts';
import { renderBirthReferencePdfWithFonts } from './birth-reference-layout.ts';
import type { BirthReferenceDocument } from './birth-reference-layout.ts';

export type { BirthReferenceDocument } from './birth-reference-layout.ts';
export { BIRTH_REFERENCE_TITLE } from './birth-reference-layout.ts';

/** One-page A4 PDF with Kazakh and Russian text and a vector QR code (≈ 30 KB). */
export async function renderBirthReferencePdf(doc: BirthReferenceDocument): Promise<Uint8Array> {
	return renderBirthReferencePdfWithFonts(doc, bundledFonts);
}
