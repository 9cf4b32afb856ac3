// The decoder's warm-up symbol (src/lib/verify/warm-up-qr.ts) is a real certificate-sized QR code.
import { describe, expect, it } from 'vitest';
import { decodeQrDetailed } from '../../src/lib/verify/qr-decode.ts';
import { WARM_UP_SIZE, WARM_UP_TEXT, warmUpFrame, warmUpMatrix } from '../../src/lib/verify/warm-up-qr.ts';
import { encodeQr } from '../../worker/certificates/qr-encode.ts';

describe('decoder warm-up frame', () => {
	it('holds the symbol the certificate encoder makes for its text (version 13, ECC M)', () => {
		const qr = encodeQr(WARM_UP_TEXT, 'M');
		expect(qr.version).toBe(13);
		expect(qr.size).toBe(WARM_UP_SIZE);
		expect(warmUpMatrix()).toEqual(qr.modules);
	});

	it('decodes, as a camera frame would', () => {
		expect(decodeQrDetailed(warmUpFrame(), { still: false })?.text).toBe(WARM_UP_TEXT);
	});
});
