import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { html } from 'hono/html';
import { apiErrorBody } from '../../src/lib/domain/errors.ts';
import { findService } from '../../src/lib/domain/catalog/index.ts';
import { formatTenge } from '../../src/lib/domain/money.ts';
import { formatReferenceNumber } from '../../src/lib/domain/reference-number.ts';
import type { AppEnv, Env } from '../env.ts';
import { hmacHex } from '../http/crypto.ts';
import { ApiError } from '../http/errors.ts';
import type { PaymentRow } from '../db/rows.ts';
import { signatureHeader } from '../payments/callback.ts';

type Dispatch = (request: Request, env: Env) => Promise<Response>;

const copy = {
	kk: {
		title: 'Демо банк: мемлекеттік баж',
		amount: 'Сома',
		purpose: 'Төлем мақсаты',
		request: 'сұрау',
		pay: 'Төлеу',
		decline: 'Бас тарту',
		note: 'Бұл — оқу банкі: нақты ақша алынбайды.',
		closed: 'Бұл төлем жабық.'
	},
	ru: {
		title: 'Демо-банк: государственная пошлина',
		amount: 'Сумма',
		purpose: 'Назначение платежа',
		request: 'запрос',
		pay: 'Оплатить',
		decline: 'Отказаться',
		note: 'Это учебный банк: настоящие деньги не списываются.',
		closed: 'Этот платёж закрыт.'
	},
	en: {
		title: 'Demo bank: state duty',
		amount: 'Amount',
		purpose: 'Purpose',
		request: 'request',
		pay: 'Pay',
		decline: 'Decline',
		note: 'This is a demo bank: no real money moves.',
		closed: 'This payment is closed.'
	}
};

/**
 * On an enrolled kiosk (its profile in localStorage, src/lib/kiosk/profile-shape.ts) this page is
 * outside the app, so it keeps the kiosk's rules itself (src/lib/kiosk/away.ts): left untouched for
 * the kiosk's idle and warning time, or shown again after the visit that opened it was wiped (the
 * back button), it marks the visit `expired` and opens the language choice, where the app wipes.
 * A real acquirer's page cannot carry this; there the app's return check alone applies.
 */
const kioskGuard = html`<script>
	(() => {
		const profile = JSON.parse(localStorage.getItem('qyzmet.kiosk') || 'null');
		if (!profile) return;
		const leave = () => {
			sessionStorage.setItem('qyzmet.kiosk.away', 'expired');
			location.replace('/language');
		};
		addEventListener('pageshow', () => sessionStorage.getItem('qyzmet.kiosk.away') || leave());
		let timer;
		const arm = () => {
			clearTimeout(timer);
			timer = setTimeout(leave, (profile.idleSeconds + profile.warningSeconds) * 1000);
		};
		for (const type of ['pointerdown', 'keydown']) addEventListener(type, arm, true);
		arm();
	})();
</script>`;

/**
 * The built-in stand-in for a bank's hosted checkout. Paying signs a gateway notification
 * with the shared HMAC secret and sends it through the Worker's real callback endpoint,
 * exactly as an acquirer would, then returns the applicant to the status page.
 */
export function demoBank(dispatch: Dispatch) {
	const bank = new Hono<AppEnv>();

	// Anyone may press "pay" here, and the confirmation is signed with the gateway's real secret:
	// with a real acquirer configured, the page does not exist (a bare 404 for every method, not
	// the static build's page fallback).
	bank.use(async (c, next) => (c.env.PAYMENT_GATEWAY === 'demo' ? next() : c.body(null, 404)));

	bank.get('/pay/:paymentId', async (c) => {
		const lang = (['kk', 'ru', 'en'] as const).find((l) => l === c.req.query('lang')) ?? 'kk';
		const text = copy[lang];
		const payment = await c.env.DB.prepare(
			`SELECT p.*, a.number AS request_number, a.service FROM payments p JOIN applications a ON a.id = p.application_id
			  WHERE p.id = ?`
		)
			.bind(c.req.param('paymentId'))
			.first<PaymentRow & { request_number: string; service: string }>();
		if (!payment) return c.notFound();
		// What is paid for, as a bank's checkout says it: the service and the request's number.
		const service = findService(payment.service);
		const purpose = `${service ? service.shortName[lang] : payment.service}, ${text.request} № ${formatReferenceNumber(payment.request_number)}`;
		return c.html(
			html`<!doctype html>
				<html lang="${lang}">
					<head>
						<meta charset="utf-8" />
						<meta name="viewport" content="width=device-width, initial-scale=1" />
						<title>${text.title}</title>
						<style>
							body {
								font:
									18px/1.5 system-ui,
									sans-serif;
								margin: 0;
								background: #f3f2f1;
								color: #0b0c0c;
							}
							main {
								max-width: 32rem;
								margin: 3rem auto;
								background: #fff;
								padding: 2rem;
								border-top: 8px solid #2b5f2b;
							}
							h1 {
								font-size: 1.6rem;
								line-height: 1.25;
								overflow-wrap: anywhere;
								hyphens: auto;
							}
							@media (max-width: 36rem) {
								main {
									margin: 0;
									padding: 1.25rem;
								}
							}
							.amount {
								font-size: 2rem;
								font-weight: 700;
							}
							button {
								font: inherit;
								min-height: 48px;
								padding: 0 1.5rem;
								margin: 0.5rem 0.5rem 0 0;
								border: 0;
								cursor: pointer;
							}
							.pay {
								background: #2b5f2b;
								color: #fff;
							}
							.decline {
								background: #ddd;
							}
							button:focus-visible {
								outline: 3px solid #fd0;
								outline-offset: 2px;
							}
						</style>
					</head>
					<body>
						${kioskGuard}
						<main>
							<h1>${text.title}</h1>
							<p>${text.purpose}: <span class="purpose">${purpose}</span></p>
							<p>${text.amount}: <span class="amount">${formatTenge(payment.amount_tiyn)}</span></p>
							${
								payment.state === 'pending'
									? html`<form method="post">
											<input type="hidden" name="lang" value="${lang}" />
											<button class="pay" name="action" value="pay">${text.pay}</button>
											<button class="decline" name="action" value="decline">${text.decline}</button>
										</form>`
									: html`<p>${text.closed}</p>`
							}
							<p><small>${text.note}</small></p>
						</main>
					</body>
				</html>`
		);
	});

	// The bank page's form is two fields: anything larger, or not a form, is refused before it is read.
	const formLimit = bodyLimit({ maxSize: 4 * 1024, onError: (c) => c.json(apiErrorBody('body_too_large'), 413) });
	bank.post('/pay/:paymentId', formLimit, async (c) => {
		let form: Awaited<ReturnType<typeof c.req.parseBody>>;
		try {
			form = await c.req.parseBody();
		} catch {
			throw new ApiError(400, 'invalid_form'); // a multipart body without its boundary, say
		}
		const payment = await c.env.DB.prepare('SELECT * FROM payments WHERE id = ?')
			.bind(c.req.param('paymentId'))
			.first<PaymentRow>();
		if (!payment) return c.notFound();
		const declined = form.action === 'decline';
		const body = JSON.stringify({
			paymentId: payment.id,
			transactionId: `DEMO-${crypto.randomUUID()}`,
			status: declined ? 'failed' : 'succeeded',
			amountTiyn: payment.amount_tiyn,
			currency: payment.currency,
			occurredAt: new Date().toISOString(),
			...(declined ? { failureCode: 'cancelled_by_payer', failureReason: 'declined by the payer' } : {})
		});
		const callback = new Request(new URL('/api/payments/callback', c.req.url), {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				[signatureHeader]: `sha256=${await hmacHex(c.env.PAYMENT_GATEWAY_SECRET, body)}`
			},
			body
		});
		await dispatch(callback, c.env);
		return c.redirect(`/applications/${payment.application_id}`, 303);
	});

	return bank;
}
