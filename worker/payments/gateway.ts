import type { Env } from '../env.ts';
import type { PaymentRow } from '../db/rows.ts';

/**
 * Where the applicant is sent to pay. A real acquirer's adapter builds its hosted-checkout
 * URL here; "demo" is the bank page this Worker serves itself (routes/demo-bank.ts), which
 * plays the gateway and calls back /api/payments/callback with an HMAC signature.
 */
export function checkoutUrl(env: Env, payment: PaymentRow): string {
	switch (env.PAYMENT_GATEWAY) {
		case 'demo':
			return `/demo-bank/pay/${payment.id}`;
		default:
			throw new Error(`payment gateway "${env.PAYMENT_GATEWAY}" has no adapter`);
	}
}
