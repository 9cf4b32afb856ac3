/**
 * A kiosk visitor who pays leaves the app for the bank's checkout, where the idle clock does not
 * run. This mark in sessionStorage (which every wipe clears) tells the return what happened there:
 * a timestamp while the visitor is at the bank, `back` once they came back in time, `expired` when
 * the bank page's own guard timed out (the demo bank runs one; see worker/routes/demo-bank.ts).
 */
export const kioskAwayKey = 'qyzmet.kiosk.away';

/** Typing a card's details on a bank's page takes minutes; longer than this, the visitor has gone. */
export const checkoutAllowanceMs = 10 * 60_000;

/** Called just before the kiosk sends the visitor to the checkout. */
export function leaveForCheckout(now = Date.now()): void {
	sessionStorage.setItem(kioskAwayKey, String(now));
}

/**
 * On the kiosk shell's start: `gone` when the page was reached from a checkout the visitor left too
 * long ago (or whose page timed out) — someone else pressed its button, and the visitor's data must
 * go before anything of theirs shows; otherwise `same-visit`.
 */
export function returnFromCheckout(now = Date.now()): 'same-visit' | 'gone' {
	const mark = sessionStorage.getItem(kioskAwayKey);
	if (mark === null || mark === 'back') return 'same-visit';
	if (mark === 'expired' || !(now - Number(mark) <= checkoutAllowanceMs)) return 'gone';
	sessionStorage.setItem(kioskAwayKey, 'back');
	return 'same-visit';
}
