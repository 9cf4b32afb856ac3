// Application ids are created on the device; the page is served by the SPA shell.
export const prerender = false;
