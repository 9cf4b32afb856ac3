/**
 * A QR frame for warming up the decoder while the camera starts.
 *
 * The first decode in a fresh worker runs zxing's code cold (interpreted, not yet optimised):
 * ~110 ms for a 720 px camera frame on the development machine, against ~20 ms once warm. A
 * blank warm-up frame exercises only the failing detector path (first real decode still ~60 ms);
 * a real symbol of the certificate's own size (version 13, ECC M, as the PDF prints it) runs
 * detection, sampling and Reed–Solomon, and the first camera frame then decodes in ~25 ms.
 * bench/camera.ts measures the effect in Chromium.
 *
 * The matrix is stored packed (row-major, most significant bit first) so the verify page needs
 * no QR encoder; tests/unit/verify-warm-up.test.ts checks it against the Worker's encoder and
 * decodes the frame.
 */
import type { ImageLike } from './scanner.ts';

/** What the symbol says: the shape of a real certificate link, of the usual length (290 characters). */
export const WARM_UP_TEXT = ('https://qyzmet.kz/v#decoder-warm-up-' + 'Qyzmet0123456789'.repeat(20)).slice(0, 290);
export const WARM_UP_SIZE = 69; // modules per side (version 13)

const packed =
	'/h4qCTA9j3v8Eo0sx3qHDhBuqciTjWfK+Lt1YXkelA1Alduq4fVvnswirsFZjDNHwxJRB/qqqqqqqqqv4BJepPFV4PQAvj/l' +
	'bv1w1BPngKGkoaWIHEFPlzDc5569HYUI1U6oMfqTUWEteIirklsXVYAeKFKM8suev0zSJIf8L4F9BLy/H0s/NW8UO7b/qyQh' +
	'1nxMBoM3o4XumsL3gqUPIzCZH2FApHVOGvobib9h3k7riwgFEgS4J0hq2EIm3SuEAo8rT8i4Wy+GUgkRKTPeKxaE+7901xUU' +
	'xf7OKIvkOmGxkuQX55j5Kt3aSy+4tcLfs+4voyiqh9shJeay4KEoNvlE9ksTj5I9alTejT3MICPX6TGWr5Mxdf1Rhl/GxWkx' +
	'VGGIOke+tK3fapIPiqixgVJfETVdEWb4rpQ/snF1/BqLj+iclQ9nDS5zE4gdVZKlmxWBFsmbb37NO0Fpz8ZixAtxhjsFrUOK' +
	'HNffpDf9p+DrRXnKa/EElZ4jNe5w406lsWqgBAa92lpW5A1KF5pw791Iu7CBW6ceeHEfibv1Atb/C8Vh9wzOpxzWKEPsftjh' +
	'4h8YIcTcYkjjL0ptf3JUbHijCIzpomoaLWqVvBu7VmFinHr89xhFCJfVgwxTNMWN4HvFt0vBLs1wxg7nLnUerSGIElBr6nmU' +
	'vda/zY0CJPbo2VqTMum7KwS/hlsW/YBJbnLENsusR/npuha5T4DrkFGA3xFOMf0cuq8+rPwh1g/F1SwEFKGsmIUurXFQ23CR' +
	'TkkExIhfqfjXuE/vTTAh0xpl5QA=';

const moduleSize = 3; // px: as small as a code seen from arm's length, so the frame stays small
const quietZone = 4; // modules

export function warmUpMatrix(): boolean[][] {
	const bits = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));
	return Array.from({ length: WARM_UP_SIZE }, (_, y) =>
		Array.from({ length: WARM_UP_SIZE }, (_, x) => {
			const i = y * WARM_UP_SIZE + x;
			return (bits[i >> 3] & (0x80 >> (i & 7))) !== 0;
		})
	);
}

/** The symbol as a grey frame (one byte per pixel, 231 × 231 px), black on white with its quiet zone. */
export function warmUpFrame(): ImageLike {
	const side = (WARM_UP_SIZE + 2 * quietZone) * moduleSize;
	const data = new Uint8ClampedArray(side * side).fill(255);
	const matrix = warmUpMatrix();
	for (let y = 0; y < WARM_UP_SIZE; y++) {
		for (let x = 0; x < WARM_UP_SIZE; x++) {
			if (!matrix[y][x]) continue;
			for (let dy = 0; dy < moduleSize; dy++) {
				const row = ((quietZone + y) * moduleSize + dy) * side;
				data.fill(0, row + (quietZone + x) * moduleSize, row + (quietZone + x + 1) * moduleSize);
			}
		}
	}
	return { data, width: side, height: side };
}
