// cose-js ships no types; the test uses only `sign.verify`.
declare module 'cose-js' {
	export const sign: {
		Sign1Tag: number;
		verify(
			message: Buffer,
			verifier: { key: { x: Buffer; y: Buffer; kid?: string }; externalAAD?: Buffer },
			options?: { defaultType?: number }
		): Promise<Buffer>;
	};
}
