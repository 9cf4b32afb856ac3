/** The entry bench/verify-in-page.ts bundles into /v: what the page calls with a decoded QR text. */
export { verifyText } from '../../src/lib/verify/outcome.ts';
