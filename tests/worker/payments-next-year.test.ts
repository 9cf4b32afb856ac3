import { env, SELF } from 'cloudflare:test';
import { afterEach, expect, it, vi } from 'vitest';
import { callback, gulnur, openPayment, origin, submit } from './support.ts';

type Shown = { application: { state: string; stateDutyTiyn: number | null; payment: { amountTiyn: number } | null } };

afterEach(() => {
	vi.useRealTimers();
	vi.restoreAllMocks();
});

// MRP_BY_YEAR (wrangler.jsonc) configures 2025 and 2026 only: on 1 January 2027 the next budget
// law's value may not be entered yet.
it('in a year without a configured МРП, status pages and new payments go on with the latest one', async () => {
	const mrp2026 = JSON.parse(env.MRP_BY_YEAR)['2026'] as number;
	expect(JSON.parse(env.MRP_BY_YEAR)['2027']).toBeUndefined();
	const paid = await submit(gulnur);
	const opened = await openPayment(paid.application.id, paid.auth);
	const waiting = await submit(gulnur);
	const notYetOpened = await submit(gulnur);

	// 5 January 2027 in Almaty; the unpaid requests' windows are still open then.
	const clock = new Date('2027-01-05T05:00:00Z');
	await env.DB.prepare(`UPDATE applications SET payment_due_at = ? WHERE id IN (?, ?, ?)`)
		.bind('2027-01-05T12:00:00.000Z', paid.application.id, waiting.application.id, notYetOpened.application.id)
		.run();
	await env.DB.prepare(`UPDATE payments SET expires_at = ? WHERE id = ?`)
		.bind('2027-01-05T12:00:00.000Z', opened.payment.id)
		.run();
	const warn = vi.spyOn(console, 'warn');
	vi.useFakeTimers({ toFake: ['Date'], now: clock });

	// Paid in 2027 for a payment opened in 2026: the amount charged, not a recomputed one.
	expect((await callback({ paymentId: opened.payment.id, amountTiyn: opened.payment.amountTiyn })).status).toBe(200);
	const paidView = await SELF.fetch(`${origin}/api/applications/${paid.application.id}`, { headers: paid.auth });
	expect(paidView.status).toBe(200);
	const shownPaid = ((await paidView.json()) as Shown).application;
	expect(shownPaid.state).toBe('issued');
	expect(shownPaid.stateDutyTiyn).toBe(opened.payment.amountTiyn);

	// Not yet paid: priced, and then charged, with the 2026 МРП still in force.
	const waitingView = await SELF.fetch(`${origin}/api/applications/${waiting.application.id}`, {
		headers: waiting.auth
	});
	expect(waitingView.status).toBe(200);
	expect(((await waitingView.json()) as Shown).application.stateDutyTiyn).toBe(Math.round(mrp2026 * 0.3));
	const later = await openPayment(notYetOpened.application.id, notYetOpened.auth);
	expect(later.res.status).toBe(201);
	expect(later.payment.amountTiyn).toBe(Math.round(mrp2026 * 0.3));

	const logged = warn.mock.calls.map((call) => call.join(' '));
	expect(logged.filter((line) => line.includes('2027'))).toHaveLength(1);
	expect(logged.join('\n')).not.toContain(gulnur.iin);
});
