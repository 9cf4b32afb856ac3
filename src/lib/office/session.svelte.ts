/**
 * The signed-in member of staff, shared by the office pages. The session itself is an HttpOnly
 * cookie the pages never see: they learn who is signed in from GET /api/office/me.
 */
import { ApiFailure, officeApi, type StaffMe } from '$lib/api.ts';

export const session = $state<{ staff: StaffMe | null; checked: boolean }>({ staff: null, checked: false });

/** Asks the API who is signed in; an unreachable API keeps what was known. */
export async function loadStaff(): Promise<StaffMe | null> {
	try {
		session.staff = (await officeApi.me()).staff;
	} catch (error) {
		if (error instanceof ApiFailure && (error.status === 401 || error.status === 403 || error.status === 404))
			session.staff = null;
	}
	session.checked = true;
	return session.staff;
}

/** A 401 from any office call means the session ended: forget it, and the layout sends the person to the login. */
export function noteAuthFailure(error: unknown): boolean {
	if (error instanceof ApiFailure && error.status === 401) {
		session.staff = null;
		return true;
	}
	return false;
}
