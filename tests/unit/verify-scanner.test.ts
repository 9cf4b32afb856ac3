// The page's QR decoder on generated camera frames (see tests/fixtures/qr/frames.ts) and on
// the vector QR inside a certificate PDF.
import { describe, expect, it } from 'vitest';
import {
	decodeOnce,
	decodeQrDetailed,
	decodeQrFromImageData,
	preparations,
	toGrey
} from '../../src/lib/verify/qr-decode.ts';
import { deblur } from '../../src/lib/verify/qr-deblur.ts';
import { escalationQuietMs, shouldEscalate } from '../../src/lib/verify/scanner.ts';
import {
	gridFromRectangles,
	filledRectanglePaths,
	pdfImages,
	qrTextFromPdf,
	unpredictPng
} from '../../src/lib/verify/pdf-qr.ts';
import { PDFDocument, PDFName, type PDFDict } from 'pdf-lib';
import bwipjs from 'bwip-js/node';
// Vite inlines the fixture as a data: URL, so the test needs neither node:fs nor its types.
import samplePdfUrl from '../fixtures/qr/birth-reference-sample.pdf?inline';
import {
	addNoise,
	boxBlur,
	nonQrFrame,
	qrMatrix,
	renderFrame,
	sampleCertificateText,
	toRgba
} from '../fixtures/qr/frames.ts';

const text = sampleCertificateText(11);
const matrix = qrMatrix(text);
const vga = { width: 640, height: 480 };

describe('decodeQrFromImageData', () => {
	it('reads a clean frame, as RGBA from a canvas and as grey bytes', () => {
		const frame = renderFrame(matrix, { moduleSize: 4, ...vga });
		expect(decodeQrFromImageData(toRgba(frame))).toBe(text);
		expect(decodeQrFromImageData(frame)).toBe(text);
	});

	it('reads rotated frames', () => {
		for (const angleDegrees of [5, 15, 30, -20]) {
			const frame = renderFrame(matrix, {
				moduleSize: 4,
				...vga,
				angleDegrees
			});
			expect(decodeQrFromImageData(toRgba(frame)), `${angleDegrees}°`).toBe(text);
		}
	});

	it('reads a noisy frame that a single HybridBinarizer pass misses', () => {
		const frame = addNoise(renderFrame(matrix, { moduleSize: 4, ...vga, offsetX: -30, offsetY: 10 }), 24, 99);
		const result = decodeQrDetailed(toRgba(frame));
		expect(result?.text).toBe(text);
		expect(result?.strategy).not.toBe('plain/hybrid'); // what a naive page tries, and misses
	});

	it('reads a blurred, dim, rotated photo-like frame', () => {
		const frame = addNoise(
			boxBlur(
				renderFrame(matrix, {
					moduleSize: 5,
					...vga,
					angleDegrees: 8,
					dark: 60,
					light: 190,
					background: 90
				}),
				1
			),
			10,
			5
		);
		expect(decodeQrFromImageData(toRgba(frame))).toBe(text);
	});

	it('reads a low-contrast still image (upload) with the extra still-image strategies', () => {
		const frame = renderFrame(matrix, {
			moduleSize: 3,
			...vga,
			dark: 105,
			light: 150,
			background: 125
		});
		expect(decodeQrFromImageData(toRgba(frame), { still: true })).toBe(text);
	});

	it('reads a code cropped without a quiet zone (a tight screenshot)', () => {
		const frame = renderFrame(matrix, {
			moduleSize: 4,
			width: matrix.size * 4,
			height: matrix.size * 4,
			quietZone: 0
		});
		expect(decodeQrFromImageData(toRgba(frame), { still: true })).toBe(text);
	});

	it('returns null for an image without a QR code, and for tiny or blank images', () => {
		expect(decodeQrFromImageData(toRgba(nonQrFrame()))).toBeNull();
		expect(decodeQrFromImageData(toRgba(nonQrFrame()), { still: true })).toBeNull();
		expect(
			decodeQrFromImageData({
				data: new Uint8ClampedArray(10 * 10 * 4),
				width: 10,
				height: 10
			})
		).toBeNull();
		expect(
			decodeQrFromImageData({
				data: new Uint8ClampedArray(200 * 200).fill(255),
				width: 200,
				height: 200
			})
		).toBeNull();
	}, 30_000);

	it('reads a still blurred wider than its modules by undoing the blur, where every other strategy fails', () => {
		const frame = toRgba(boxBlur(renderFrame(matrix, { moduleSize: 3, ...vga, offsetX: 12, offsetY: -7 }), 2));
		const result = decodeQrDetailed(frame, { still: true });
		expect(result?.text).toBe(text);
		expect(result?.strategy).toMatch(/^unblur-/); // the rescue runs last: all the others missed
		expect(decodeQrDetailed(frame)).toBeNull(); // camera frames have no time for it
	}, 30_000);

	it('the deblurring rescue reads the true text or nothing, never another', () => {
		const unblurs = Object.entries(preparations).filter(([name]) => name.startsWith('unblur'));
		expect(unblurs.length).toBeGreaterThan(0);
		const cases = [
			{ moduleSize: 2, radius: 1, sigma: 0 },
			{ moduleSize: 2, radius: 3, sigma: 12 },
			{ moduleSize: 3, radius: 3, sigma: 0 },
			{ moduleSize: 4, radius: 2, sigma: 24 }
		];
		let read = 0;
		for (const { moduleSize, radius, sigma } of cases) {
			const frame = toGrey(addNoise(boxBlur(renderFrame(matrix, { moduleSize, ...vga }), radius), sigma, 3));
			for (const [name, prepare] of unblurs) {
				const image = prepare(frame);
				for (const binarizer of ['hybrid', 'global'] as const) {
					const decoded = image && decodeOnce(image, binarizer);
					expect([null, text], `m${moduleSize} r${radius} σ${sigma} ${name}/${binarizer}`).toContain(decoded);
					if (decoded === text) read++;
				}
			}
		}
		expect(read).toBeGreaterThan(0);
	}, 60_000); // 32 rescues of VGA frames: seconds, more on a loaded machine

	it('respects a time budget for camera frames (always tries the first strategy)', () => {
		const frame = toRgba(renderFrame(matrix, { moduleSize: 4, ...vga }));
		expect(decodeQrFromImageData(frame, { budgetMs: 0 })).toBe(text);
	});
});

describe('deblur', () => {
	it('undoes most of a box blur', () => {
		const frame = renderFrame(matrix, { moduleSize: 3, ...vga });
		const sharp = toGrey(frame);
		const blurred = toGrey(boxBlur(frame, 2));
		const restored = deblur(blurred, { kind: 'box', radius: 2 }, 1e-4);
		// Mean absolute error over the code (centred, 69 + 8 modules of 3 px): where the detail is.
		const error = (image: { lum: ArrayLike<number> }) => {
			let sum = 0;
			let n = 0;
			for (let y = vga.height / 2 - 100; y < vga.height / 2 + 100; y++)
				for (let x = vga.width / 2 - 100; x < vga.width / 2 + 100; x++, n++)
					sum += Math.abs(image.lum[y * vga.width + x] - sharp.lum[y * vga.width + x]);
			return sum / n;
		};
		// Blurred: ≈ 45 grey levels off; restored: ≈ 10 (8-bit rounding near the box's spectral zeros).
		expect(error(blurred)).toBeGreaterThan(30);
		expect(error(restored)).toBeLessThan(error(blurred) / 3);
	});
});

describe('shouldEscalate (camera frames to the still-image decoder)', () => {
	const idle = { slowDecodeInFlight: false, available: true };

	it('waits for a quiet second: an easy code is read by the fast path before that', () => {
		expect(escalationQuietMs).toBe(1000);
		expect(shouldEscalate({ ...idle, scanningMs: 0 })).toBe(false);
		expect(shouldEscalate({ ...idle, scanningMs: 999 })).toBe(false);
		expect(shouldEscalate({ ...idle, scanningMs: 1000 })).toBe(true);
		expect(shouldEscalate({ ...idle, scanningMs: 7000 })).toBe(true);
	});

	it('runs one slow decode at a time, and none without its own worker', () => {
		expect(shouldEscalate({ ...idle, scanningMs: 3000, slowDecodeInFlight: true })).toBe(false);
		expect(shouldEscalate({ ...idle, scanningMs: 3000, available: false })).toBe(false);
	});

	it('takes another quiet time when asked', () => {
		expect(shouldEscalate({ ...idle, scanningMs: 1500, quietMs: 2000 })).toBe(false);
		expect(shouldEscalate({ ...idle, scanningMs: 2000, quietMs: 2000 })).toBe(true);
	});
});

describe('qrTextFromPdf', () => {
	it('rebuilds the vector QR of a certificate PDF and decodes it', async () => {
		const pdf = new Uint8Array(await (await fetch(samplePdfUrl)).arrayBuffer());
		const decoded = await qrTextFromPdf(pdf);
		expect(decoded).toMatch(/^http:\/\/127\.0\.0\.1:8787\/v#0oRDoQEm[A-Za-z0-9_-]+$/);
	});

	it('returns null for something that is not a PDF, and for a PDF without a QR code', async () => {
		expect(await qrTextFromPdf(new TextEncoder().encode('hello'))).toBeNull();
		const content = 'BT /F1 12 Tf 72 720 Td (Hello re f) Tj ET 10 10 100 50 re f';
		const pdf = `%PDF-1.4\n1 0 obj << /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n%%EOF`;
		expect(await qrTextFromPdf(new TextEncoder().encode(pdf))).toBeNull();
	});

	it('finds rectangle paths and ignores strings that look like operators', () => {
		const paths = filledRectanglePaths('q 1 0 0 -1 0 0 cm (0 0 1 1 re f) Tj 0 0 7 1 re 0 1 1 5 re f 3 3 1 1 re S Q');
		expect(paths).toEqual([
			[
				{ x: 0, y: 0, w: 7, h: 1 },
				{ x: 0, y: 1, w: 1, h: 5 }
			]
		]);
	});

	it('accepts only square grids of a QR size', () => {
		const rects = Array.from({ length: 25 }, (_, i) => ({
			x: i,
			y: i,
			w: 1,
			h: 1
		}));
		expect(gridFromRectangles(rects)?.size).toBe(25);
		expect(gridFromRectangles(rects.slice(0, 22))).toBeNull(); // 22 is not 17 + 4v
		expect(gridFromRectangles([{ x: 0, y: 0, w: 25, h: 25 }])).toBeNull(); // too few rectangles
	});
});

/** PNG row filters (1 Sub, 2 Up, 3 Average, 4 Paeth, cycling by row) as a /Predictor 15 encoder writes them. */
function pngPredict(samples: Uint8Array, rowBytes: number, pixelBytes: number): Uint8Array {
	const rows = samples.length / rowBytes;
	const out = new Uint8Array(rows * (rowBytes + 1));
	for (let r = 0; r < rows; r++) {
		const type = (r % 4) + 1;
		out[r * (rowBytes + 1)] = type;
		for (let i = 0; i < rowBytes; i++) {
			const at = (row: number, col: number) => (row >= 0 && col >= 0 ? samples[row * rowBytes + col] : 0);
			const [left, up, upLeft] = [at(r, i - pixelBytes), at(r - 1, i), at(r - 1, i - pixelBytes)];
			const p = left + up - upLeft;
			const paeth =
				Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft)
					? left
					: Math.abs(p - up) <= Math.abs(p - upLeft)
						? up
						: upLeft;
			const predicted = [0, left, up, (left + up) >> 1, paeth][type];
			out[r * (rowBytes + 1) + 1 + i] = (samples[r * rowBytes + i] - predicted) & 0xff;
		}
	}
	return out;
}

/** A one-page PDF that holds only an image XObject with this dictionary and (Flate-compressed) data. */
async function pdfWithImage(samples: Uint8Array, dict: Record<string, unknown>): Promise<Uint8Array> {
	const doc = await PDFDocument.create();
	const page = doc.addPage([300, 300]);
	const image = doc.context.register(doc.context.flateStream(samples, { Type: 'XObject', Subtype: 'Image', ...dict }));
	const resources = page.node.normalizedEntries().Resources as PDFDict;
	resources.set(PDFName.of('XObject'), doc.context.obj({ Im0: image }));
	return doc.save();
}

describe('pdfImages (a scanned PDF: the page is an image)', () => {
	const code = (moduleSize: number) => {
		const side = (matrix.size + 10) * moduleSize;
		return renderFrame(matrix, { moduleSize, width: side, height: side, dark: 0, light: 255, background: 255 });
	};

	it('reads an 8-bit grey page image with PNG predictors', async () => {
		const frame = code(6);
		const pdf = await pdfWithImage(pngPredict(new Uint8Array(frame.data), frame.width, 1), {
			Width: frame.width,
			Height: frame.height,
			ColorSpace: 'DeviceGray',
			BitsPerComponent: 8,
			DecodeParms: { Predictor: 15, Colors: 1, Columns: frame.width }
		});
		const images = await pdfImages(pdf);
		expect(images).toHaveLength(1);
		const image = images[0];
		if (image.kind !== 'pixels') throw new Error('expected pixels');
		expect(image.data.filter((_, i) => i % 4 === 0)).toEqual(frame.data);
		expect(decodeQrFromImageData(image, { still: true })).toBe(text);
	});

	it('reads a 1-bit page image (a black-and-white scan), and honours /Decode [1 0]', async () => {
		const frame = code(5);
		const rowBytes = Math.ceil(frame.width / 8);
		const bits = new Uint8Array(rowBytes * frame.height);
		frame.data.forEach((v, i) => {
			const [x, y] = [i % frame.width, Math.floor(i / frame.width)];
			if (v < 128) bits[y * rowBytes + (x >> 3)] |= 0x80 >> (x & 7); // 1 = dark: inverted by /Decode
		});
		const pdf = await pdfWithImage(bits, {
			Width: frame.width,
			Height: frame.height,
			ColorSpace: 'DeviceGray',
			BitsPerComponent: 1,
			Decode: [1, 0]
		});
		const [image] = await pdfImages(pdf);
		if (image?.kind !== 'pixels') throw new Error('expected pixels');
		expect(decodeQrFromImageData(image, { still: true })).toBe(text);
	});

	it('hands JPEG (DCTDecode) images over as they are, and PNGs embedded by pdf-lib as RGB pixels', async () => {
		const png = await bwipjs.toBuffer({
			bcid: 'qrcode',
			text,
			scale: 4,
			paddingwidth: 16,
			paddingheight: 16,
			backgroundcolor: 'FFFFFF' // a scan is opaque; a transparent PNG would keep its paper in an /SMask
		});
		const doc = await PDFDocument.create();
		const page = doc.addPage([595, 842]);
		const embedded = await doc.embedPng(png);
		page.drawImage(embedded, { x: 100, y: 400, width: 200, height: 200 });
		const [image] = await pdfImages(await doc.save());
		if (image?.kind !== 'pixels') throw new Error('expected pixels');
		expect(decodeQrFromImageData(image, { still: true })).toBe(text);

		const jpegLike = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
		const jpegPdf = `%PDF-1.4\n1 0 obj << /Type /XObject /Subtype /Image /Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpegLike.length} >>\nstream\n`;
		const bytes = new Uint8Array([
			...new TextEncoder().encode(jpegPdf),
			...jpegLike,
			...new TextEncoder().encode('\nendstream\nendobj\n%%EOF')
		]);
		expect(await pdfImages(bytes)).toEqual([{ kind: 'jpeg', bytes: jpegLike }]);
	});

	it('skips what it cannot turn into pixels: other filters, colour spaces, absurd sizes, broken data', async () => {
		const pdf = (dict: string, body = 'xx') =>
			new TextEncoder().encode(
				`%PDF-1.4\n1 0 obj << /Subtype /Image ${dict} /Length ${body.length} >>\nstream\n${body}\nendstream\nendobj\n`
			);
		expect(await pdfImages(pdf('/Width 10 /Height 10 /Filter /JPXDecode'))).toEqual([]);
		expect(
			await pdfImages(pdf('/Width 10 /Height 10 /ColorSpace /DeviceCMYK /BitsPerComponent 8 /Filter /FlateDecode'))
		).toEqual([]);
		expect(await pdfImages(pdf('/Width 100000 /Height 100000 /Filter /DCTDecode'))).toEqual([]);
		expect(
			await pdfImages(pdf('/Width 10 /Height 10 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode'))
		).toEqual([]);
		expect(unpredictPng(new Uint8Array([9, 1, 2]), 2, 1)).toBeNull(); // filter type 9 does not exist
	});
});
