// The certificate QR encoder (worker/certificates/qr-encode.ts) checked against an independent
// decoder: every version 1–40 at every EC level, filled to capacity, must decode to the input.
import { describe, expect, it } from 'vitest';
import { byteCapacity, encodeQr } from '../../worker/certificates/qr-encode.ts';
import type { EcLevel, QrMatrix } from '../../worker/certificates/qr-encode.ts';
import { decodeQr } from './pdf-text.ts';

const decode = (qr: QrMatrix) => decodeQr(qr.modules, 2);

// Deterministic printable-ASCII payloads (what certificate barcodes carry).
function payload(length: number, seed: number): string {
	const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#=';
	let s = '';
	let x = seed * 2654435761;
	for (let i = 0; i < length; i++) {
		x = (x * 1103515245 + 12345) >>> 0;
		s += alphabet[x % alphabet.length];
	}
	return s;
}

describe('QR encoder', () => {
	for (const ec of ['L', 'M', 'Q', 'H'] as EcLevel[]) {
		it(`round-trips every version at EC level ${ec}`, () => {
			for (let version = 1; version <= 40; version++) {
				const text = payload(byteCapacity(version, ec), version);
				const qr = encodeQr(text, ec);
				expect(qr.version, `v${version}-${ec}`).toBe(version);
				expect(qr.size).toBe(version * 4 + 17);
				expect(decode(qr), `v${version}-${ec}`).toBe(text);
				// One more byte needs the next version (or does not fit at all).
				if (version < 40) expect(encodeQr(text + 'x', ec).version).toBe(version + 1);
			}
		});
	}

	it('uses version 14 (73 modules) for a 350-character certificate payload at level M', () => {
		const text = payload(350, 7);
		const qr = encodeQr(text, 'M');
		expect(qr.size).toBe(73);
		expect(decode(qr)).toBe(text);
	});

	it('uses all eight masks across inputs', () => {
		const masks = new Set<number>();
		for (let i = 0; i < 80 && masks.size < 8; i++) masks.add(encodeQr(payload(40 + i, i), 'M').mask);
		expect(masks.size).toBe(8);
	});

	it('rejects payloads beyond version 40', () => {
		expect(() => encodeQr('x'.repeat(byteCapacity(40, 'M') + 1), 'M')).toThrow(RangeError);
	});
});
