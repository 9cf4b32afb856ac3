/**
 * The archival references about a marriage, a divorce and a change of name (Order 236 annex 3),
 * through the public API in workerd: matched against the demo registry's act records, paid, issued
 * from the record (not from the answers), signed, and downloadable as the stored snapshot.
 */
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	barcodeText,
	verifyBarcodeText,
	type CertificateClaims,
	type TrustList
} from '../../src/lib/domain/certificate/index.ts';
import { pdfPages } from './pdf-text.ts';
import { callback, count, openPayment, origin, postJson, submission } from './support.ts';

interface View {
	id: string;
	state: string;
	refusal: { code: string } | null;
	result: { certificateNumber: string; pdfPath: string } | null;
}

const gulnur = '900321401236';
const gulnursHusband = '890922323997'; // Ыбыраев Әділ Ерболұлы, married 13.09.2014
const askar = '720318336416'; // Бекмұхамбетов Асқар Бауыржанұлы: married 2005, divorced 2018
const nurlan = '010715504561'; // Сейткали → Сейітқали in 2019

let trustList: TrustList;
beforeAll(async () => {
	trustList = (await (await SELF.fetch(`${origin}/.well-known/qyzmet-trust-list.json`)).json()) as TrustList;
});

async function ask(answers: Record<string, string>) {
	const res = await postJson('/api/applications', submission(answers));
	expect(res.status).toBe(201);
	return (await res.json()) as { application: View; accessToken: string };
}

/** Pays the state duty at the gateway; the reference is issued on the callback. */
async function payAndOpen(answers: Record<string, string>) {
	const { application, accessToken } = await ask(answers);
	expect(application.state).toBe('awaiting_payment');
	const auth = { authorization: `Bearer ${accessToken}` };
	const { payment } = await openPayment(application.id, auth);
	expect((await callback({ paymentId: payment.id, amountTiyn: payment.amountTiyn })).status).toBe(200);
	const view = (
		(await (await SELF.fetch(`${origin}/api/applications/${application.id}`, { headers: auth })).json()) as {
			application: View;
		}
	).application;
	expect(view.state).toBe('issued');
	const row = (await env.DB.prepare('SELECT cose FROM certificates WHERE application_id = ?')
		.bind(application.id)
		.first<{ cose: ArrayBuffer }>())!;
	const verdict = await verifyBarcodeText(barcodeText(origin, new Uint8Array(row.cose)), trustList);
	expect(verdict.status).toBe('genuine');
	const pdf = await SELF.fetch(`${origin}${view.result!.pdfPath}`, { headers: auth });
	expect(pdf.status).toBe(200);
	const { pages } = await pdfPages(new Uint8Array(await pdf.arrayBuffer()));
	return { claims: (verdict as { claims: CertificateClaims }).claims, text: pages.map((p) => p.text).join('\n') };
}

const marriage = (iin: string, spouseName: string, spouseBirthDate: string) => ({
	iin,
	referenceKind: 'marriage',
	spouseName,
	spouseBirthDate,
	marriagePlace: 'Алматы',
	marriageDate: '13.09.2014'
});

describe('a reference about a marriage', () => {
	it('is issued to the wife from the record, with both names and the record number', async () => {
		const { claims, text } = await payAndOpen(marriage(gulnur, 'Ыбыраев Әділ Ерболұлы', '22.09.1989'));
		expect(claims.documentType).toBe('marriage-reference');
		expect(claims.fields).toMatchObject({
			husband: 'Ыбыраев Әділ Ерболұлы',
			wife: 'Әбілқасымова Гүлнұр Өмірқызы',
			actRecordNumber: '11-752-14-0000412',
			actRecordDate: '2014-09-13'
		});
		expect(text).toContain('11-752-14-0000412');
		expect(text).toContain('Бостандық');
	});

	it('is found for the husband too, who is the spouse the record names', async () => {
		const { claims } = await payAndOpen(marriage(gulnursHusband, 'Абилкасымова Гульнур Омиркызы', '21.03.1990'));
		expect(claims.fields).toMatchObject({ actRecordNumber: '11-752-14-0000412' });
	});

	it('is refused, with no fee asked, when the answers do not describe a record', async () => {
		const { application } = await ask({
			...marriage(gulnur, 'Ыбыраев Әділ Ерболұлы', '22.09.1989'),
			marriageDate: '14.09.2014'
		});
		expect(application.state).toBe('refused');
		expect(application.refusal?.code).toBe('marriage_data_not_found');
		expect(await count('payments', 'application_id = ?', application.id)).toBe(0);
	});
});

describe('a reference about a divorce and one about a change of name', () => {
	it('the divorce of 2018', async () => {
		const { claims, text } = await payAndOpen({
			iin: askar,
			referenceKind: 'divorce',
			spouseName: 'Тұрсынбаева Ақмарал Ерболқызы',
			spouseBirthDate: '29.12.1977',
			marriagePlace: 'Алматы',
			marriageDate: '18.06.2005',
			divorcePlace: 'Алматы',
			divorceDate: '07.02.2018'
		});
		expect(claims.documentType).toBe('divorce-reference');
		expect(claims.fields).toMatchObject({ actRecordNumber: '12-751-18-0000054' });
		expect(text.toLocaleUpperCase('kk-KZ')).toContain('БЕКМҰХАМБЕТОВ АСҚАР БАУЫРЖАНҰЛЫ'); // the body prints names in capitals
	});

	it('Нұрлан’s new spelling of his surname', async () => {
		const { claims, text } = await payAndOpen({
			iin: nurlan,
			referenceKind: 'name-change',
			surnameBeforeChange: 'Сейткали'
		});
		expect(claims.documentType).toBe('name-change-reference');
		expect(claims.fields).toMatchObject({ fullName: 'Сейткали Нұрлан Ерболұлы', newName: 'Сейітқали Нұрлан Ерболұлы' });
		expect(text).toContain('15-791-19-0000037');
	});
});

describe('the refusal «data not found»', () => {
	// Each kind's answers with one detail no act record has: the refusal names that kind's certificate.
	const cases: {
		kind: string;
		answers: Record<string, string>;
		code: string;
		certificate: Record<'kk' | 'ru' | 'en', string>;
	}[] = [
		{
			kind: 'birth',
			answers: {
				iin: '850101300015', // a valid IIN the registry does not hold
				referenceKind: 'birth',
				birthDate: '01.01.1985',
				placeOfBirth: 'Алматы',
				fatherName: 'Сейітов Ерлан Бекұлы',
				motherName: 'Сейітова Айгүл Маратқызы'
			},
			code: 'data_not_found',
			certificate: { kk: 'туу туралы куәлік', ru: 'свидетельством о рождении', en: 'birth certificate' }
		},
		{
			kind: 'marriage',
			answers: { ...marriage(gulnur, 'Ыбыраев Әділ Ерболұлы', '22.09.1989'), marriageDate: '14.09.2014' },
			code: 'marriage_data_not_found',
			certificate: {
				kk: 'неке қию туралы куәлік',
				ru: 'свидетельством о заключении брака',
				en: 'marriage certificate'
			}
		},
		{
			kind: 'divorce',
			answers: {
				iin: askar,
				referenceKind: 'divorce',
				spouseName: 'Тұрсынбаева Ақмарал Ерболқызы',
				spouseBirthDate: '29.12.1977',
				marriagePlace: 'Алматы',
				marriageDate: '18.06.2005',
				divorcePlace: 'Алматы',
				divorceDate: '08.02.2018'
			},
			code: 'divorce_data_not_found',
			certificate: {
				kk: 'некені бұзу туралы куәлік',
				ru: 'свидетельством о расторжении брака',
				en: 'divorce certificate'
			}
		},
		{
			kind: 'name-change',
			answers: { iin: nurlan, referenceKind: 'name-change', surnameBeforeChange: 'Петров' },
			code: 'name_change_data_not_found',
			certificate: {
				kk: 'тегін, атын, әкесінің атын ауыстыру туралы куәлік',
				ru: 'свидетельством о перемене фамилии, имени, отчества',
				en: 'certificate of change of name'
			}
		}
	];
	// The regulation's ground (process 9), the same for every kind.
	const ground = {
		kk: '«АХАЖ» ақпараттық жүйесінде болмауына байланысты',
		ru: 'в связи с отсутствием запрашиваемых данных в ИС «ЗАГС»',
		en: 'the requested data are not in the civil registry system'
	};

	it.each(cases)('for a $kind reference names the $certificate.en, on the status page and in the notice', async (c) => {
		const { application, accessToken } = await ask(c.answers);
		expect(application.state).toBe('refused');
		expect(application.refusal?.code).toBe(c.code);
		expect(await count('payments', 'application_id = ?', application.id)).toBe(0);

		// What the status page shows: the refusal and the notice sent to the cabinet, in kk, ru and en.
		const res = await SELF.fetch(`${origin}/api/applications/${application.id}`, {
			headers: { authorization: `Bearer ${accessToken}` }
		});
		const view = (
			(await res.json()) as {
				application: {
					refusal: { code: string; message: Record<'kk' | 'ru' | 'en', string> };
					notices: { kind: string; message: Record<'kk' | 'ru' | 'en', string> }[];
				};
			}
		).application;
		const notice = view.notices.find((n) => n.kind === c.code);
		expect(notice?.message).toEqual(view.refusal.message);
		for (const lang of ['kk', 'ru', 'en'] as const) {
			const text = view.refusal.message[lang];
			expect(text).toContain(ground[lang]);
			expect(text).toContain(c.certificate[lang]);
			for (const other of cases.filter((o) => o.kind !== c.kind)) expect(text).not.toContain(other.certificate[lang]);
		}
	});
});
