// Issued documents and their revocation (a head's office page, /office/certificates). Kazakh first;
// ru and en must have exactly the same keys.
const kk = {
	'office.nav.certificates': 'Берілген құжаттар',
	'office.certificates.title': 'Берілген құжаттар',
	'office.certificates.lead':
		'Департаментіңіз берген құжатты нөмірі бойынша тауып, құжатпен расталған негізде кері қайтарыңыз. Кері қайтару түпкілікті: тексеру беті құжаттың қашан және неге кері қайтарылғанын айтады, ал сіздің түсініктемеңіз тек өтініштің аудит журналында сақталады.',
	'office.certificates.onlyHead': 'Берілген құжатты тек оны берген департамент бөлімінің басшысы кері қайтарады.',
	'office.certificates.number': 'Құжат нөмірі',
	'office.certificates.numberHint': 'Құжатта басылғандай, мысалы KX7F-M3PA-2',
	'office.certificates.search': 'Іздеу',
	'office.certificates.searching': 'Ізделуде…',
	'office.certificates.found': '№ {number} құжат',
	'office.certificates.application': 'Өтініш',
	'office.certificates.kid': 'Қолтаңба кілті',
	'office.certificates.state': 'Күйі',
	'office.certificates.valid': 'Жарамды: кері қайтарылмаған',
	'office.certificates.revoked': '{date} кері қайтарылды — {reason}',
	'office.certificates.revokedBy': 'Кері қайтарған: {name}',
	'office.certificates.form.title': 'Құжатты кері қайтару',
	'office.certificates.reason': 'Себебі',
	'office.certificates.reasonHint': 'Тексеру бетінде жария түрде көрсетіледі.',
	'office.certificates.note': 'Негіздеме (аудит журналы үшін)',
	'office.certificates.noteHint':
		'Шешім негізделетін құжат және не дұрыс емес екені — мысалы сот шешімінің немесе иесінің өтінішінің нөмірі мен күні. Мұны тек қызметкерлер көреді, жұртшылыққа көрсетілмейді.',
	'office.certificates.confirm': 'Кері қайтаруды болдырмау мүмкін емес екенін түсінемін',
	'office.certificates.submit': 'Құжатты кері қайтару',
	'office.certificates.submitting': 'Кері қайтарылуда…',
	'office.certificates.done': '№ {number} құжат кері қайтарылды. Тексеру беті енді мұны көрсетеді.',
	'office.certificates.reload': 'Қайта іздеу'
};

const ru = {
	'office.nav.certificates': 'Выданные документы',
	'office.certificates.title': 'Выданные документы',
	'office.certificates.lead':
		'Найдите документ, выданный вашим департаментом, по номеру и отзовите его на документально подтверждённом основании. Отзыв окончателен: страница проверки сообщает, когда и почему документ отозван, а ваш комментарий остаётся только в журнале аудита заявки.',
	'office.certificates.onlyHead':
		'Отозвать выданный документ может только руководитель отдела выдавшего его департамента.',
	'office.certificates.number': 'Номер документа',
	'office.certificates.numberHint': 'Как напечатан на документе, например KX7F-M3PA-2',
	'office.certificates.search': 'Найти',
	'office.certificates.searching': 'Поиск…',
	'office.certificates.found': 'Документ № {number}',
	'office.certificates.application': 'Заявка',
	'office.certificates.kid': 'Ключ подписи',
	'office.certificates.state': 'Состояние',
	'office.certificates.valid': 'Действителен: не отозван',
	'office.certificates.revoked': 'Отозван {date} — {reason}',
	'office.certificates.revokedBy': 'Отозвал(а): {name}',
	'office.certificates.form.title': 'Отзыв документа',
	'office.certificates.reason': 'Причина',
	'office.certificates.reasonHint': 'Показывается публично на странице проверки.',
	'office.certificates.note': 'Обоснование (для журнала аудита)',
	'office.certificates.noteHint':
		'Документ, на котором основано решение, и что было неверно — например номер и дата решения суда или заявления владельца. Это видят только сотрудники, публично не показывается.',
	'office.certificates.confirm': 'Понимаю, что отзыв нельзя отменить',
	'office.certificates.submit': 'Отозвать документ',
	'office.certificates.submitting': 'Отзыв…',
	'office.certificates.done': 'Документ № {number} отозван. Страница проверки теперь сообщает об этом.',
	'office.certificates.reload': 'Найти заново'
} satisfies typeof kk;

const en = {
	'office.nav.certificates': 'Issued documents',
	'office.certificates.title': 'Issued documents',
	'office.certificates.lead':
		'Find a document your department issued by its number and, on documented grounds, revoke it. A revocation is final: the verification page then says when and why the document was revoked; your note stays in the application’s audit trail only.',
	'office.certificates.onlyHead': 'Only a head of an office of the issuing department may revoke an issued document.',
	'office.certificates.number': 'Document number',
	'office.certificates.numberHint': 'As printed on the document, e.g. KX7F-M3PA-2',
	'office.certificates.search': 'Find',
	'office.certificates.searching': 'Searching…',
	'office.certificates.found': 'Document No. {number}',
	'office.certificates.application': 'Application',
	'office.certificates.kid': 'Signing key',
	'office.certificates.state': 'State',
	'office.certificates.valid': 'Valid: not revoked',
	'office.certificates.revoked': 'Revoked on {date} — {reason}',
	'office.certificates.revokedBy': 'Revoked by {name}',
	'office.certificates.form.title': 'Revoke the document',
	'office.certificates.reason': 'Reason',
	'office.certificates.reasonHint': 'Shown publicly on the verification page.',
	'office.certificates.note': 'Grounds (for the audit trail)',
	'office.certificates.noteHint':
		'The document the decision rests on and what was wrong — for example the number and date of the court decision or of the holder’s application. Seen by staff only, never shown publicly.',
	'office.certificates.confirm': 'I understand that a revocation cannot be undone',
	'office.certificates.submit': 'Revoke the document',
	'office.certificates.submitting': 'Revoking…',
	'office.certificates.done': 'Document No. {number} is revoked. The verification page now says so.',
	'office.certificates.reload': 'Look it up again'
} satisfies typeof kk;

export const officeCertificates = { kk, ru, en };
