/**
 * Messages the regulations require the applicant to receive. The sources give the reasons
 * (Order 236 annex 3, para 6 items 11–12) but no verbatim wording; these texts follow them.
 */
import type { Text } from './text.ts';

/**
 * Process 9's refusal of a civil reference: the regulation's ground, «the requested data are
 * absent in the civil registry IS», then what to compare the answers with — the certificate of
 * the kind of record asked about (a marriage is checked against the marriage certificate, not
 * the birth certificate).
 */
function civilDataNotFound(certificate: Text): Text {
	return {
		kk: `Сұратылған деректердің «АХАЖ» ақпараттық жүйесінде болмауына байланысты электрондық мемлекеттік қызмет көрсетуден бас тартылды. Енгізілген деректерді ${certificate.kk} салыстырып, қайта сұрау салуға болады.`,
		ru: `Отказ в оказании электронной государственной услуги в связи с отсутствием запрашиваемых данных в ИС «ЗАГС». Сверьте введённые данные со ${certificate.ru}; запрос можно подать снова.`,
		en: `The e-service is refused because the requested data are not in the civil registry system. Compare what you entered with your ${certificate.en}; you may make the request again.`
	};
}

export const notices = {
	// Process 9: refusal because the requested data are absent, one per kind of reference (annex 3);
	// the birth reference's keeps its first code.
	data_not_found: civilDataNotFound({
		kk: 'туу туралы куәлікпен',
		ru: 'свидетельством о рождении',
		en: 'birth certificate'
	}),
	marriage_data_not_found: civilDataNotFound({
		kk: 'неке қию туралы куәлікпен',
		ru: 'свидетельством о заключении брака',
		en: 'marriage certificate'
	}),
	divorce_data_not_found: civilDataNotFound({
		kk: 'некені бұзу туралы куәлікпен',
		ru: 'свидетельством о расторжении брака',
		en: 'divorce certificate'
	}),
	name_change_data_not_found: civilDataNotFound({
		kk: 'тегін, атын, әкесінің атын ауыстыру туралы куәлікпен',
		ru: 'свидетельством о перемене фамилии, имени, отчества',
		en: 'certificate of change of name'
	}),
	// Annexes 4–6, process 8: refusal because the requested data are absent in the state database
	// (the register of real estate, or of legal entities); the source gives the reason, not the wording.
	register_data_not_found: {
		kk: 'Сұрау салынған деректердің мемлекеттік деректер қорында болмауына байланысты электрондық мемлекеттік қызмет көрсетуден бас тартылды. Енгізілген ЖСН, БСН мен өңірді тексеріп, қайта сұрау салуға болады.',
		ru: 'Отказ в оказании электронной государственной услуги в связи с отсутствием запрашиваемых данных в государственной базе данных. Проверьте введённые ИИН, БИН и регион; запрос можно подать снова.',
		en: 'The e-service is refused because the requested data are not in the state database. Check the IIN, BIN and region you entered; you may make the request again.'
	},
	// Annexes 1 and 2: the notice of acceptance, or of the registration's time, date and place.
	notice_document_ready: {
		kk: 'Хабарлама дайын. Оны ашып, PDF түрінде сақтауға болады.',
		ru: 'Уведомление готово. Его можно открыть и сохранить в PDF.',
		en: 'The notice is ready. You can open it and save it as a PDF.'
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
	// A payment made within the 24 hours whose confirmation reached us after the request expired.
	payment_received_late: {
		kk: 'Мемлекеттік баж 24 сағат ішінде төленген, бірақ банктің растауы кешірек келді. Сұрау салу мерзімінің өткені туралы хабарлама күшін жойды: сұрау салу әрі қарай қаралады.',
		ru: 'Государственная пошлина оплачена в течение 24 часов, но подтверждение банка пришло позже. Уведомление об истечении срока запроса отменено: запрос рассматривается дальше.',
		en: "The state duty was paid within 24 hours, but the bank's confirmation came later. The notice that the request expired is withdrawn: the request goes on."
	},
	// The bank's own reason is in its words and language: it stays in the audit (payments.failure_reason).
	payment_failed: {
		kk: 'Төлем өтпеді: банк төлемді қабылдамады. 24 сағат ішінде қайта төлеуге болады.',
		ru: 'Платёж не прошёл: банк его не принял. Оплатить можно повторно в течение 24 часов.',
		en: 'The payment did not go through: the bank did not accept it. You may pay again within 24 hours.'
	},
	payment_cancelled: {
		kk: 'Төлем банк бетінде тоқтатылды. 24 сағат ішінде қайта төлеуге болады.',
		ru: 'Оплата отменена на странице банка. Оплатить можно в течение 24 часов.',
		en: "The payment was cancelled on the bank's page. You may pay within 24 hours."
	},
	// Said the same on the web (open, save) and at a kiosk (print): the page offers what the device allows.
	result_ready: {
		kk: 'Анықтама дайын. Оны осы беттен алуға болады.',
		ru: 'Справка готова. Получить её можно на этой странице.',
		en: 'The reference is ready. You can get it on this page.'
	},
	// The provider's office (Almaty regulations; issue 4). Parameters are filled in per language.
	registration_date_set: {
		kk: 'Тіркеу күні белгіленді: {date}, {place}.{solemn}',
		ru: 'Назначена дата регистрации: {date}, {place}.{solemn}',
		en: 'The registration date is set: {date}, {place}.{solemn}'
	},
	documents_requested: {
		kk: 'Өтінішті қарау үшін мына құжаттарды ұсыну қажет: {documents}. {note} Құжаттарды ұсынғанға дейін мерзім тоқтатыла тұрады.',
		ru: 'Для рассмотрения заявления необходимо представить: {documents}. {note} До их представления срок приостанавливается.',
		en: 'To review the application we need: {documents}. {note} The term waits until you provide them.'
	},
	extended: {
		kk: 'Қосымша тексеру қажет болғандықтан, мерзім {days} күнтізбелік күнге ұзартылды, жаңа мерзім: {date}. Себебі: {reason}',
		ru: 'В связи с необходимостью дополнительной проверки срок продлён на {days} календарных дней, новый срок: {date}. Причина: {reason}',
		en: 'Because further checks are needed, the term is extended by {days} calendar days, to {date}. Reason: {reason}'
	},
	refused_reasoned: {
		kk: 'Мемлекеттік қызмет көрсетуден дәлелді бас тарту. Себебі: {reason}',
		ru: 'Мотивированный отказ в оказании государственной услуги. Причина: {reason}',
		en: 'The public service is refused, with reasons: {reason}'
	},
	incomplete_documents: {
		kk: 'Құжаттар топтамасы толық емес болғандықтан, өтінішті қабылдаудан бас тартылды. Жетіспейтіні: {documents}.',
		ru: 'В приёме заявления отказано: пакет документов неполный. Не хватает: {documents}.',
		en: 'The application was not accepted because the documents are incomplete. Missing: {documents}.'
	},
	ready_for_collection: {
		kk: 'Нәтиже дайын. Оны {date} бастап мына мекенжайдан алуға болады: {place}. Жеке басыңызды куәландыратын құжатты (немесе өкілдің нотариат куәландырған сенімхатын) алып келіңіз.',
		ru: 'Результат готов. Получить его можно с {date} по адресу: {place}. Возьмите удостоверение личности (или нотариально удостоверенную доверенность представителя).',
		en: "The result is ready. You can collect it from {date} at: {place}. Bring your identity document (or your representative's notarised power of attorney)."
	},
	// Issue 6: a head of the issuing department revoked the certificate (reason: revocation.ts).
	certificate_revoked: {
		kk: 'Сізге берілген № {number} құжат {date} кері қайтарылды. Себебі: {reason}. Ол енді жарамсыз; қажет болса, жаңасын сұратыңыз.',
		ru: 'Выданный вам документ № {number} отозван {date}. Причина: {reason}. Он больше не действителен; при необходимости запросите новый.',
		en: 'The document No. {number} issued to you was revoked on {date}. Reason: {reason}. It is no longer valid; request a new one if you need it.'
	},
	handed_over: {
		kk: 'Нәтиже {date} берілді.',
		ru: 'Результат выдан {date}.',
		en: 'The result was handed over on {date}.'
	}
} satisfies Record<string, Text>;

export type NoticeKind = keyof typeof notices;

/** The refusal «data not found» of a civil reference, by the kind of act record asked about. */
export const civilRefusalByRecord = {
	birth: 'data_not_found',
	marriage: 'marriage_data_not_found',
	divorce: 'divorce_data_not_found',
	'name-change': 'name_change_data_not_found'
} as const satisfies Record<string, NoticeKind>;
