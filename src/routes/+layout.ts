// The app is a static shell: pages render in the browser from IndexedDB and the API,
// so one index.html can serve every route, online or from the service worker's cache.
export const prerender = true;
export const ssr = false;
export const trailingSlash = 'never';
