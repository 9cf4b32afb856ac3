// The two modules pdf-kit.ts uses to give pdf-lib a native deflate (workerd's nodejs_compat has
// node:zlib; pako 1.0 ships no types). Only what is called is declared.
declare module 'node:zlib' {
	export function deflateSync(data: Uint8Array): Uint8Array;
}
declare module 'pako' {
	const pako: { deflate(data: Uint8Array): Uint8Array };
	export default pako;
}
