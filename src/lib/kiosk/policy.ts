/**
 * What a kiosk lets a visitor reach and keep: pure rules, shared by the kiosk shell, the wipe
 * and their tests. A kiosk shows the citizen pages only; everything else (the office, other
 * sites, new windows, downloads) is out of a visitor's reach.
 */

/** The kiosk's first page: the language choice. Every wipe ends here. */
export const kioskStartPath = '/language';

/** The staff page where a PSC administrator enrols the device or takes it out of kiosk mode. */
export const kioskStaffPath = '/kiosk';

const citizenPaths = [/^\/$/, /^\/language$/, /^\/apply\/[^/]+$/, /^\/applications(\/[^/]+)?$/, /^\/v$/];

/**
 * Whether a visitor may see this page while the device is enrolled. /kiosk and its sub-pages are
 * staff pages behind their own sign-in, so they stay reachable (the only way back out of kiosk mode).
 */
export function kioskAllows(pathname: string): boolean {
	if (pathname === kioskStaffPath || pathname.startsWith(`${kioskStaffPath}/`)) return true;
	return citizenPaths.some((path) => path.test(pathname));
}

export type LinkVerdict = 'follow' | 'same-tab' | 'block';

/**
 * What a tap on a link does on a kiosk: another site, a download (it would stay on the kiosk's
 * disk for the next visitor) and the API's files (a PDF viewer has no way back and no idle
 * timer) are blocked; a new window (target=_blank) of our own pages opens in the same tab.
 */
export function kioskLinkVerdict(
	link: { href: string; target?: string | null; download?: boolean },
	origin: string
): LinkVerdict {
	let url: URL;
	try {
		url = new URL(link.href, origin);
	} catch {
		return 'block';
	}
	if (url.origin !== origin || link.download) return 'block';
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'block';
	if (url.pathname.startsWith('/api/')) return 'block';
	return link.target && link.target !== '_self' ? 'same-tab' : 'follow';
}

/**
 * A Cache Storage entry that may hold something of a visitor: anything the service worker did
 * not precache as the app shell (API answers, PDFs, the payment pages). The service worker never
 * stores these; the wipe deletes them anyway, should any other code ever put one there.
 */
export function personalCacheEntry(pathname: string): boolean {
	return pathname.startsWith('/api/') || pathname.startsWith('/demo-bank/') || pathname.endsWith('.pdf');
}

/** The service worker's own caches are named `qyzmet-<version>`; any other cache is not ours to keep. */
export const shellCachePrefix = 'qyzmet-';

/** When the device last reached the API (the staff health screen shows it; a time, nobody's). */
export const lastSyncStorageKey = 'qyzmet.lastSyncAt';

/**
 * The storage keys a wipe keeps: the kiosk profile and the last sync time (they describe the
 * device, not a person). Everything else — the language, display settings, a cached trust list — goes.
 */
export function keptStorageKey(key: string, profileKey: string): boolean {
	return key === profileKey || key === lastSyncStorageKey;
}

/** Who may enrol a device as a kiosk or take it out: the PSC's own operator, or an administrator. */
export const kioskEnrolerRoles: readonly string[] = ['psc-operator', 'administrator'];

/** The limits the staff page accepts, in seconds (WCAG 2.2.1 asks for at least 20 s to react to a warning). */
export const idleLimits = { min: 30, max: 900 } as const;
export const warningLimits = { min: 20, max: 120 } as const;

/** A kiosk id as staff type it on the enrolment page: short, readable, no personal data. */
export function validKioskId(id: string): boolean {
	return /^[A-Za-z0-9][A-Za-z0-9-]{1,39}$/.test(id);
}

/** A whole number of seconds within `limits`, or null. */
export function secondsWithin(text: string, limits: { min: number; max: number }): number | null {
	if (!/^\d{1,4}$/.test(text.trim())) return null;
	const value = Number(text.trim());
	return value >= limits.min && value <= limits.max ? value : null;
}
