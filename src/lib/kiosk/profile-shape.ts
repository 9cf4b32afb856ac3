/**
 * The kiosk profile's shape and storage key, without runes, so Node code (the browser tests'
 * `enrolKiosk`, the benchmarks) can import them; the reactive profile is in profile.svelte.ts.
 */
export interface KioskProfile {
	/** The device's id, chosen at enrolment; shown on the staff health screen. */
	kioskId: string;
	/** The PSC the kiosk stands in (an office code, e.g. PSC-ALA-ALM). */
	office: string;
	/** Seconds without a touch before the "are you still there?" warning. */
	idleSeconds: number;
	/** Seconds the warning counts down before the visitor's data are wiped. */
	warningSeconds: number;
	enrolledAt: string;
}

export const kioskProfileKey = 'qyzmet.kiosk';
export const defaultIdleSeconds = 90;
export const defaultWarningSeconds = 20;
