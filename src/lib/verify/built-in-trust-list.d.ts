// The trust list built into the page by vite.config.ts (plugin `builtInTrustList`): the public
// keys at build time, or null when the build had no key material (README, "Deployment").
declare module 'virtual:qyzmet/built-in-trust-list' {
	import type { TrustList } from '$lib/domain/certificate/index.ts';
	const list: TrustList | null;
	export default list;
}
