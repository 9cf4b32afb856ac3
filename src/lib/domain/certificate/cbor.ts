import { decode, encode, type DecodeOptions } from 'cborg';
import { CertificateFormatError } from './errors.ts';

// One encoding per value wherever cborg can check it: minimal integers and lengths, no
// indefinite lengths, no duplicate keys. Map order is not checked here (cborg cannot), so
// callers that need canonical bytes re-encode and compare.
const strictOptions: DecodeOptions = {
	strict: true,
	useMaps: true,
	rejectDuplicateMapKeys: true,
	allowIndefinite: false,
	allowUndefined: false,
	allowNaN: false,
	allowInfinity: false,
	allowBigInt: false
};

// Where a Node Buffer exists (Node, workerd with nodejs_compat) cborg encodes into Buffers, often views
// onto Node's shared pool, and decodes byte strings out of a Buffer as views into it. Copying at
// both ends keeps every Uint8Array this module hands out plain and owning its memory.

/** Deterministic CBOR (cborg's defaults: sorted map keys, minimal lengths). */
export function encodeCbor(value: unknown): Uint8Array<ArrayBuffer> {
	return new Uint8Array(encode(value));
}

/** Decodes exactly one CBOR item (no trailing bytes); integer map keys stay numbers in `Map`s. */
export function decodeStrict(bytes: Uint8Array, tags?: DecodeOptions['tags']): unknown {
	try {
		return decode(new Uint8Array(bytes), tags ? { ...strictOptions, tags } : strictOptions);
	} catch (error) {
		throw new CertificateFormatError(`not strict CBOR: ${(error as Error).message}`, { cause: error });
	}
}

export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
