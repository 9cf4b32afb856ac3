import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Every page is a client-rendered shell (ssr = false in the root layout), so the
		// Worker's SPA fallback (index.html) can serve any route, including dynamic ones.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: false }),
		serviceWorker: { register: false },
		// Absolute asset URLs: the SPA fallback serves the same index.html at any depth.
		paths: { relative: false }
	}
};

export default config;
