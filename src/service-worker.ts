/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Precaches the app shell, every built and prerendered asset and the trust list under a
 * cache named by the build version, so the kiosk/PWA and the verification page work
 * offline. A new version waits (no skipWaiting) until the page asks to reload.
 */
import { build, files, prerendered, version } from '$service-worker';
import { personalCacheEntry, shellCachePrefix } from '$lib/kiosk/policy.ts';

const sw = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `${shellCachePrefix}${version}`;
const trustList = '/.well-known/qyzmet-trust-list.json';
// addAll rejects a list with duplicates, and '/' is also among the prerendered pages.
const precache = [...new Set([...build, ...files, ...prerendered, '/', trustList])];

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(precache)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== cacheName).map((k) => caches.delete(k))))
			// The first install takes over the page that installed it, so a first visit works offline
			// without a reload. A later version activates only once no page runs the old one, so this
			// never swaps the code under a running page.
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	if (request.method !== 'GET' || url.origin !== sw.location.origin) return;
	// Personal answers (API, PDFs, payment pages) are never cached here: the page keeps its own
	// last view in IndexedDB, and a kiosk's wipe relies on this cache holding only the shell.
	if (personalCacheEntry(url.pathname)) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			if (url.pathname === trustList) {
				// Network first; offline, the cached copy. The page dates a list by its own
				// generatedAt, so this old copy is never taken for a fresh one (src/lib/verify/trust-list.ts).
				try {
					const fresh = await fetch(request);
					if (fresh.ok) await cache.put(trustList, fresh.clone());
					return fresh;
				} catch {
					return (await cache.match(trustList)) ?? Response.error();
				}
			}
			const cached = await cache.match(url.pathname);
			if (cached) return cached;
			try {
				return await fetch(request);
			} catch (error) {
				// Offline navigation to any route: the client-rendered shell handles it.
				if (request.mode === 'navigate') return (await cache.match('/')) ?? Response.error();
				throw error;
			}
		})()
	);
});
