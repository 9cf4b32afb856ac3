/**
 * A real PNG of about `bytes` bytes: seeded RGB noise, stored without compression, so the size
 * is what was asked whatever the transport compresses, and each seed gives other bytes (and so
 * another SHA-256), as ten photos of ten pages would. Decodable by any image viewer.
 */
import { crc32, deflateSync } from 'node:zlib';

export function noisePng(bytes: number, seed: number): Buffer {
	const side = Math.max(1, Math.floor(Math.sqrt(bytes / 3)));
	const raw = Buffer.alloc(side * (side * 3 + 1));
	let state = seed >>> 0 || 1;
	for (let row = 0; row < side; row++) {
		const start = row * (side * 3 + 1); // each row starts with filter type 0 (none)
		for (let i = 1; i <= side * 3; i++) {
			// xorshift32: cheap, deterministic, incompressible enough
			state ^= state << 13;
			state ^= state >>> 17;
			state ^= state << 5;
			raw[start + i] = state & 0xff;
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(side, 0);
	header.writeUInt32BE(side, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, deflate, no filter choice, no interlace
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(raw, { level: 0 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

function chunk(type: string, data: Buffer): Buffer {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}
