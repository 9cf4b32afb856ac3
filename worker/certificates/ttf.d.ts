// wrangler.jsonc has the module rule `{ "type": "Data", "globs": ["**/*.ttf"] }`:
// importing a .ttf file yields its bytes as an ArrayBuffer (workerd and vitest-pool-workers).
declare module '*.ttf' {
	const bytes: ArrayBuffer;
	export default bytes;
}
