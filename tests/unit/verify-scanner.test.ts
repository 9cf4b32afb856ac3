// The page's QR decoder on generated camera frames (see tests/fixtures/qr/frames.ts) and on
// the vector QR inside a certificate PDF.
import { describe, expect, it } from 'vitest';
import { decodeQrDetailed, decodeQrFromImageData } from '../../src/lib/verify/qr-decode.ts';
import { gridFromRectangles, filledRectanglePaths, qrTextFromPdf } from '../../src/lib/verify/pdf-qr.ts';
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
	});

	it('respects a time budget for camera frames (always tries the first strategy)', () => {
		const frame = toRgba(renderFrame(matrix, { moduleSize: 4, ...vga }));
		expect(decodeQrFromImageData(frame, { budgetMs: 0 })).toBe(text);
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
