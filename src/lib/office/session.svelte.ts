/**
 * The signed-in member of staff, shared by the office pages. The session itself is an HttpOnly
 * cookie the pages never see: they learn who is signed in from GET /api/office/me.
 */
import { ApiFailure, officeApi, type StaffMe } from '$lib/api.ts';

export const session = $state<{ staff: StaffMe | null; checked: boolean }>({ staff: null, checked: false });

// Bumped by every change of who is signed in, so that an answer to an older question is dropped:
// a `/me` sent before a login must not sign the person out when its 401 arrives after it.
let generation = 0;

/** Asks the API who is signed in; an unreachable API keeps what was known. */
export async function loadStaff(): Promise<StaffMe | null> {
	const asked = ++generation;
	let staff = session.staff;
	try {
		staff = (await officeApi.me()).staff;
	} catch (error) {
		if (error instanceof ApiFailure && (error.status === 401 || error.status === 403 || error.status === 404))
			staff = null;
	}
	if (asked === generation) {
		session.staff = staff;
		session.checked = true;
	}
	return session.staff;
}

/** Records who just signed in or out (login, logout, a 401). */
export function setStaff(staff: StaffMe | null): void {
	generation++;
	session.staff = staff;
	session.checked = true;
}

/** A 401 from any office call means the session ended: forget it, and the layout sends the person to the login. */
export function noteAuthFailure(error: unknown): boolean {
	if (error instanceof ApiFailure && error.status === 401) {
		setStaff(null);
		return true;
	}
	return false;
}
