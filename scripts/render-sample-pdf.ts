// Renders a sample birth reference PDF outside the Worker, rasterises it with Poppler and
// checks that the QR code on the page decodes back to the input.
//
//   npx node scripts/render-sample-pdf.ts            (Node ≥ 22.18 strips the types)
//
// Writes bench/out/birth-reference-sample.pdf and .png. Needs `pdftoppm` (poppler-utils).
// Exit code 1 when the QR does not decode to the exact input.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { BinaryBitmap, DecodeHintType, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from '@zxing/library';
import { renderBirthReferencePdfWithFonts } from '../worker/certificates/birth-reference-layout.ts';
import { sampleBirthReference } from '../tests/fixtures/birth-reference-document.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
const ttf = (file: string) => new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf', file)));
const fonts = {
	regular: ttf('DejaVuSans.ttf'),
	bold: ttf('DejaVuSans-Bold.ttf')
};

// Same shape as the real barcode (`${origin}/v#${base64url(COSE_Sign1)}`, see
// src/lib/domain/certificate), padded to the 350-character ceiling: the worst case for module size.
const fragment =
	'0oRDoQEmoQRIkq1Yc9Xj7hVYs6cBAQJpS1g3Rk0zUEFSAxpo5Ok8BGNBTEEFpWRuYW1leD_Yk9Cx0ZbQu9Kb0LDRgdGL0LzQvtCy0LAg0pPSr9C70L3SsdGAINOp0LzRltGA0pvRi9C30YtiZGJqMjAxOC0wMy0xNGJhbmQxMjQ1YmFkajIwMTgtMDMtMjFib2tLWi1BTEEtQUxNWEAz' +
	'xQ8mLw9VqSx0bJc1yQ7h2yPz8uX4gqk0R5nJm3oTbAIgW9bV0p1fQk2Zs7a4dE6c8nLxYhJ3uTqRv5sGm1oA2kcAAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1Njc4OTo7PD0-P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWprbG1ub3Bx';
const barcodeText = `http://127.0.0.1:8787/v#${fragment}`.slice(0, 350);

const sample = sampleBirthReference(barcodeText);

/** Minimal PNG reader for Poppler's 8-bit grey/RGB(A) output → one luminance byte per pixel. */
function pngLuminance(png: Uint8Array): {
	width: number;
	height: number;
	lum: Uint8ClampedArray;
} {
	const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
	let width = 0,
		height = 0,
		channels = 0;
	const idat: Uint8Array[] = [];
	for (let off = 8; off < png.length;) {
		const len = view.getUint32(off);
		const type = String.fromCharCode(...png.subarray(off + 4, off + 8));
		const data = png.subarray(off + 8, off + 8 + len);
		if (type === 'IHDR') {
			width = view.getUint32(off + 8);
			height = view.getUint32(off + 12);
			const depth = data[8],
				colour = data[9],
				interlace = data[12];
			channels = ({ 0: 1, 2: 3, 4: 2, 6: 4 } as Record<number, number>)[colour] ?? 0;
			if (depth !== 8 || !channels || interlace) throw new Error(`unsupported PNG (depth ${depth}, colour ${colour})`);
		} else if (type === 'IDAT') idat.push(data);
		off += 12 + len;
	}
	const raw = inflateSync(Buffer.concat(idat));
	const stride = width * channels;
	const px = new Uint8Array(height * stride);
	for (let y = 0; y < height; y++) {
		const filter = raw[y * (stride + 1)];
		const src = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
		const row = px.subarray(y * stride, (y + 1) * stride);
		const prev = y ? px.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
		for (let i = 0; i < stride; i++) {
			const a = i >= channels ? row[i - channels] : 0,
				b = prev[i],
				c = i >= channels ? prev[i - channels] : 0;
			let v = src[i];
			if (filter === 1) v += a;
			else if (filter === 2) v += b;
			else if (filter === 3) v += (a + b) >> 1;
			else if (filter === 4) {
				const p = a + b - c,
					pa = Math.abs(p - a),
					pb = Math.abs(p - b),
					pc = Math.abs(p - c);
				v += pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
			}
			row[i] = v & 0xff;
		}
	}
	const lum = new Uint8ClampedArray(width * height);
	for (let i = 0; i < width * height; i++) {
		const o = i * channels;
		lum[i] = channels >= 3 ? (px[o] * 299 + px[o + 1] * 587 + px[o + 2] * 114) / 1000 : px[o];
	}
	return { width, height, lum };
}

// Render (a few times, to show warm timings in Node; the Worker test does not assert time).
const times: number[] = [];
let pdf = new Uint8Array();
for (let i = 0; i < 20; i++) {
	const t0 = performance.now();
	pdf = await renderBirthReferencePdfWithFonts(sample, fonts);
	times.push(performance.now() - t0);
}
mkdirSync(outDir, { recursive: true });
const pdfPath = join(outDir, 'birth-reference-sample.pdf');
writeFileSync(pdfPath, pdf);
const warm = times.slice(1).sort((a, b) => a - b);
console.log(`pdf: ${pdfPath} (${pdf.length} bytes, ${(pdf.length / 1024).toFixed(1)} KB)`);
console.log(`render: first ${times[0].toFixed(1)} ms, warm median ${warm[warm.length >> 1].toFixed(1)} ms (Node)`);

execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', pdfPath, join(outDir, 'birth-reference-sample')]);
const pngPath = join(outDir, 'birth-reference-sample.png');
console.log(`png: ${pngPath}`);

const { width, height, lum } = pngLuminance(new Uint8Array(readFileSync(pngPath)));
const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
let decoded: string | null = null;
try {
	const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(lum, width, height)));
	decoded = new QRCodeReader().decode(bitmap, hints).getText();
} catch (e) {
	console.log(`QR decode failed: ${(e as Error).name} ${(e as Error).message ?? ''}`);
}
console.log(`decoded QR (${decoded?.length ?? 0} chars): ${decoded}`);
const ok = decoded === sample.barcodeText;
console.log(`matches input: ${ok}`);
if (!ok) process.exitCode = 1;
