// Font bytes for certificate PDFs, bundled into the Worker as Data modules (see ttf.d.ts).
// Imported once per isolate by the module system; never fetched or copied per request.
// This is the only workerd/bundler-specific file of the certificates module: Node-side
// scripts read the same files with fs and pass them to the renderer core instead.
import dejavuSans from '../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf';
import dejavuSansBold from '../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf';
import type { CertificateFonts } from './pdf-kit.ts';

export const bundledFonts: CertificateFonts = {
	regular: new Uint8Array(dejavuSans),
	bold: new Uint8Array(dejavuSansBold)
};
