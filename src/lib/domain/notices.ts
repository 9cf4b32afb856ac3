/**
 * Messages the regulations require the applicant to receive. The sources give the reasons
 * (Order 236 annex 3, para 6 items 11–12) but no verbatim wording; these texts follow them.
 */
import type { Text } from './text.ts';

export const notices = {
	// Process 9: refusal because the requested data are absent.
	data_not_found: {
		kk: 'Сұратылған деректердің «АХАЖ» ақпараттық жүйесінде болмауына байланысты электрондық мемлекеттік қызмет көрсетуден бас тартылды. Енгізілген деректерді туу туралы куәлікпен салыстырып, қайта сұрау салуға болады.',
		ru: 'Отказ в оказании электронной государственной услуги в связи с отсутствием запрашиваемых данных в ИС «ЗАГС». Сверьте введённые данные со свидетельством о рождении; запрос можно подать снова.',
		en: 'The e-service is refused because the requested data are not in the civil registry system. Compare what you entered with your birth certificate; you may make the request again.'
	},
	// Process 8: unpaid within 24 hours.
	request_expired: {
		kk: 'Мемлекеттік баж 24 сағат ішінде төленбеді, сондықтан сұрау салу мерзімі өтіп кетті. Сұрау салуды қайтадан жіберуге болады.',
		ru: 'Государственная пошлина не оплачена в течение 24 часов, поэтому срок запроса истёк. Запрос можно подать заново.',
		en: 'The state duty was not paid within 24 hours, so the request has expired. You may make the request again.'
	},
	payment_received: {
		kk: 'Мемлекеттік баж төленді. Чек төлемді жүзеге асырғаныңызды растайды.',
		ru: 'Государственная пошлина оплачена. Чек подтверждает оплату.',
		en: 'The state duty has been paid. The receipt confirms the payment.'
	},
	payment_failed: {
		kk: 'Төлем өтпеді. Банк хабарлаған себеп: {reason}. 24 сағат ішінде қайта төлеуге болады.',
		ru: 'Платёж не прошёл. Причина от банка: {reason}. Оплатить можно повторно в течение 24 часов.',
		en: 'The payment did not go through. The bank gave this reason: {reason}. You may pay again within 24 hours.'
	},
	result_ready: {
		kk: 'Анықтама дайын. Оны ашып, PDF түрінде сақтауға болады.',
		ru: 'Справка готова. Её можно открыть и сохранить в PDF.',
		en: 'The reference is ready. You can open it and save it as a PDF.'
	}
} satisfies Record<string, Text>;

export type NoticeKind = keyof typeof notices;
