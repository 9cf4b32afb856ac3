/**
 * Every error the API returns, and every reason a field is rejected, in kk/ru/en.
 * Shared by the Worker (response bodies) and the pages (inline messages), so a person
 * sees the same words whether the browser or the server caught the mistake.
 */
import type { Text } from './text.ts';

export const fieldErrors = {
	blank: {
		kk: 'Бұл жолды толтырыңыз',
		ru: 'Заполните это поле',
		en: 'Fill in this field'
	},
	invalid_format: {
		kk: 'ЖСН 12 цифрдан тұруы керек',
		ru: 'ИИН должен состоять из 12 цифр',
		en: 'An IIN has exactly 12 digits'
	},
	invalid_checksum: {
		kk: 'ЖСН-де қате бар: соңғы бақылау цифры сәйкес келмейді. Цифрларды қайта тексеріңіз',
		ru: 'В ИИН ошибка: не совпадает контрольная цифра. Проверьте цифры',
		en: 'This IIN has a mistake: its check digit does not match. Check the digits'
	},
	invalid_century: {
		kk: 'ЖСН-нің 7-цифры 1-ден 6-ға дейін болуы керек',
		ru: '7-я цифра ИИН должна быть от 1 до 6',
		en: 'The 7th digit of an IIN must be between 1 and 6'
	},
	impossible_date: {
		kk: 'ЖСН-нің алғашқы 6 цифры нақты туған күнді білдірмейді',
		ru: 'Первые 6 цифр ИИН не образуют существующую дату рождения',
		en: 'The first 6 digits of the IIN are not a real date of birth'
	},
	invalid_date: {
		kk: 'Күнді КК.АА.ЖЖЖЖ түрінде енгізіңіз, мысалы 21.03.1990',
		ru: 'Введите дату в виде ДД.ММ.ГГГГ, например 21.03.1990',
		en: 'Enter the date as DD.MM.YYYY, for example 21.03.1990'
	},
	future_date: {
		kk: 'Күн болашақта болмауы керек',
		ru: 'Дата не может быть в будущем',
		en: 'The date cannot be in the future'
	},
	too_early: {
		kk: 'Күн 1900 жылдан ерте болмауы керек',
		ru: 'Дата не может быть раньше 1900 года',
		en: 'The date cannot be before 1900'
	},
	birth_date_mismatch: {
		kk: 'Туған күн ЖСН-дегі күнмен сәйкес келмейді',
		ru: 'Дата рождения не совпадает с датой в ИИН',
		en: 'The date of birth does not match the date in the IIN'
	},
	invalid_name: {
		kk: 'Тек әріптер, бос орын, дефис және апостроф қолданыңыз',
		ru: 'Используйте только буквы, пробел, дефис и апостроф',
		en: 'Use only letters, spaces, hyphens and apostrophes'
	},
	too_long: {
		kk: 'Мәтін тым ұзын',
		ru: 'Слишком длинный текст',
		en: 'The text is too long'
	},
	invalid_text: {
		kk: 'Мәтінде рұқсат етілмеген таңбалар бар',
		ru: 'В тексте есть недопустимые символы',
		en: 'The text contains characters that are not allowed'
	},
	no_such_date: {
		kk: 'Мұндай күн жоқ. Күн мен айды тексеріңіз',
		ru: 'Такой даты нет. Проверьте день и месяц',
		en: 'There is no such date. Check the day and the month'
	},
	too_far_ahead: {
		kk: 'Бұл күн тым алыс. Жақынырақ күнді таңдаңыз',
		ru: 'Эта дата слишком далеко. Выберите дату ближе',
		en: 'This date is too far ahead. Choose an earlier one'
	},
	past_date: {
		kk: 'Күн бүгіннен ерте болмауы керек',
		ru: 'Дата не может быть в прошлом',
		en: 'The date cannot be in the past'
	},
	invalid_bin_format: {
		kk: 'БСН 12 цифрдан тұруы керек',
		ru: 'БИН должен состоять из 12 цифр',
		en: 'A BIN has exactly 12 digits'
	},
	invalid_bin: {
		kk: 'БСН-де қате бар: бақылау цифры немесе 5-цифры сәйкес келмейді. Цифрларды қайта тексеріңіз',
		ru: 'В БИН ошибка: не совпадает контрольная цифра или 5-я цифра. Проверьте цифры',
		en: 'This BIN has a mistake: its check digit or 5th digit does not match. Check the digits'
	},
	invalid_act_record_number: {
		kk: 'Акт жазбасының нөмірін куәліктегідей енгізіңіз, мысалы 10-101-09-0000007 немесе 125',
		ru: 'Введите номер актовой записи как в свидетельстве, например 10-101-09-0000007 или 125',
		en: 'Enter the act record number as on the certificate, for example 10-101-09-0000007 or 125'
	},
	not_an_option: {
		kk: 'Ұсынылған нұсқалардың бірін таңдаңыз',
		ru: 'Выберите один из предложенных вариантов',
		en: 'Choose one of the options'
	},
	document_missing: {
		kk: 'Осы құжаттың электрондық көшірмесін тіркеңіз',
		ru: 'Приложите электронную копию этого документа',
		en: 'Attach an electronic copy of this document'
	},
	too_many_files: {
		kk: 'Бұл құжат үшін файлдар тым көп',
		ru: 'Слишком много файлов для этого документа',
		en: 'Too many files for this document'
	},
	file_too_large: {
		kk: 'Файл тым үлкен (5 МБ-тан аспауы керек)',
		ru: 'Файл слишком большой (не более 5 МБ)',
		en: 'The file is too large (5 MB at most)'
	},
	file_type: {
		kk: 'Тек PDF, JPEG немесе PNG файлдары қабылданады',
		ru: 'Принимаются только файлы PDF, JPEG или PNG',
		en: 'Only PDF, JPEG or PNG files are accepted'
	},
	attachment_not_uploaded: {
		kk: 'Тіркелген файл серверге жетпеді. Өтінішті қайта жіберіңіз',
		ru: 'Приложенный файл не дошёл до сервера. Отправьте заявку ещё раз',
		en: 'An attached file did not reach the server. Send the request again'
	},
	invalid: {
		kk: 'Мән дұрыс емес',
		ru: 'Неверное значение',
		en: 'This value is not valid'
	},
	// Registry corrections: the values of register fields.
	positive_number: {
		kk: 'Оң санды енгізіңіз, мысалы 64,3',
		ru: 'Введите положительное число, например 64,3',
		en: 'Enter a positive number, for example 64.3'
	},
	whole_number: {
		kk: 'Бүтін санды енгізіңіз',
		ru: 'Введите целое число',
		en: 'Enter a whole number'
	},
	invalid_share: {
		kk: 'Үлесті бірден кіші бөлшек түрінде енгізіңіз, мысалы 1/3',
		ru: 'Введите долю дробью меньше единицы, например 1/3',
		en: 'Enter the share as a fraction less than one, for example 1/3'
	},
	invalid_activity_code: {
		kk: 'ЭҚЖЖ коды 5 цифрдан тұрады',
		ru: 'Код ОКЭД состоит из 5 цифр',
		en: 'An economic activity code (OKED) has 5 digits'
	},
	invalid_address_code: {
		kk: 'Мекенжай тіркелімінің коды 16 цифрдан тұрады',
		ru: 'Код адресного регистра состоит из 16 цифр',
		en: 'An address register code has 16 digits'
	},
	invalid_litera: {
		kk: 'Литерлерді үтір арқылы жазыңыз, мысалы А, Г1',
		ru: 'Укажите литеры через запятую, например А, Г1',
		en: 'Write the plan letters separated by commas, for example А, Г1'
	},
	same_value: {
		kk: 'Жаңа мән қазіргі мәнмен бірдей',
		ru: 'Новое значение совпадает с текущим',
		en: 'The new value is the same as the current one'
	},
	// Revocation of an issued certificate: the number as printed (reference-number.ts).
	invalid_certificate_number: {
		kk: 'Нөмір дұрыс емес: онда 9 таңба болады, мысалы KX7F-M3PA-2. Таңбаларды қайта тексеріңіз',
		ru: 'Неверный номер: в нём 9 знаков, например KX7F-M3PA-2. Проверьте знаки',
		en: 'This number is not valid: it has 9 characters, e.g. KX7F-M3PA-2. Check the characters'
	},
	must_confirm: {
		kk: 'Растау үшін белгілеңіз',
		ru: 'Отметьте, чтобы подтвердить',
		en: 'Tick the box to confirm'
	},
	not_shared_ownership: {
		kk: 'Үлес тек ортақ үлестік меншік құқығында болады',
		ru: 'Доля есть только у права общей долевой собственности',
		en: 'Only a right of shared ownership has a share'
	}
} satisfies Record<string, Text>;

export type FieldErrorKey = keyof typeof fieldErrors;

export const apiErrors = {
	// Condition 2 of the portal flow (Order 236): the EDS certificate's validity, its absence from
	// the revocation list and the IIN in it against the request's. The source's refusal is "the
	// authenticity of the EDS is not confirmed"; each message adds which check failed.
	signature_required: {
		kk: 'Сұрауға ЭЦҚ-мен қол қойыңыз',
		ru: 'Подпишите запрос ЭЦП',
		en: 'Sign the request with your electronic signature (EDS)'
	},
	eds_malformed: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: қолтаңба оқылмайды. Сұрауға қайта қол қойыңыз',
		ru: 'Подлинность ЭЦП не подтверждена: подпись не читается. Подпишите запрос заново',
		en: 'Electronic signature not confirmed: the signature cannot be read. Sign the request again'
	},
	eds_altered: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: қолтаңба осы сұрауға сәйкес келмейді (қол қойылғаннан кейін өзгертілген)',
		ru: 'Подлинность ЭЦП не подтверждена: подпись не соответствует этому запросу (он изменён после подписания)',
		en: 'Electronic signature not confirmed: the signature does not match this request (it was changed after signing)'
	},
	eds_untrusted: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігін Ұлттық куәландырушы орталық бермеген',
		ru: 'Подлинность ЭЦП не подтверждена: регистрационное свидетельство выдано не Национальным удостоверяющим центром',
		en: 'Electronic signature not confirmed: the certificate was not issued by the National Certification Authority'
	},
	eds_expired: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігінің қолданылу мерзімі өтіп кеткен',
		ru: 'Подлинность ЭЦП не подтверждена: срок действия регистрационного свидетельства истёк',
		en: 'Electronic signature not confirmed: the certificate has expired'
	},
	eds_not_yet_valid: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігінің қолданылу мерзімі әлі басталмаған',
		ru: 'Подлинность ЭЦП не подтверждена: срок действия регистрационного свидетельства ещё не начался',
		en: 'Electronic signature not confirmed: the certificate is not valid yet'
	},
	eds_revoked: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігі қайтарып алынған (күші жойылған) куәліктер тізімінде',
		ru: 'Подлинность ЭЦП не подтверждена: регистрационное свидетельство в списке отозванных',
		en: 'Electronic signature not confirmed: the certificate is on the revocation list'
	},
	eds_revocation_unavailable: {
		kk: 'ЭЦҚ-ны қазір тексеру мүмкін емес: қайтарып алынған куәліктер тізімі ескірген немесе қолжетімсіз. Кейінірек қайталаңыз',
		ru: 'Проверить ЭЦП сейчас нельзя: список отозванных свидетельств устарел или недоступен. Повторите позже',
		en: 'The signature cannot be checked now: the revocation list is out of date or unreachable. Try again later'
	},
	eds_key_usage: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: бұл кілт қол қоюға емес, аутентификацияға арналған. Қол қою кілтін (RSA немесе GOST) таңдаңыз',
		ru: 'Подлинность ЭЦП не подтверждена: этот ключ для аутентификации, а не для подписи. Выберите ключ подписи (RSA или GOST)',
		en: 'Electronic signature not confirmed: this key is for authentication, not signing. Choose your signing key'
	},
	eds_iin_mismatch: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: тіркеу куәлігіндегі ЖСН (БСН) сұраудағы ЖСН (БСН) емес',
		ru: 'Подлинность ЭЦП не подтверждена: ИИН (БИН) в регистрационном свидетельстве не совпадает с ИИН (БИН) в запросе',
		en: 'Electronic signature not confirmed: the IIN (BIN) in the certificate is not the one in the request'
	},
	eds_signing_time: {
		kk: 'ЭЦҚ түпнұсқалығы расталмады: қол қою уақыты дұрыс емес немесе тым ескі. Сұрауға қайта қол қойыңыз',
		ru: 'Подлинность ЭЦП не подтверждена: время подписания неверно или слишком давнее. Подпишите запрос заново',
		en: 'Electronic signature not confirmed: the signing time is wrong or too old. Sign the request again'
	},
	crl_too_large: {
		kk: 'Тізім тым үлкен (16 МБ-тан аспауы керек)',
		ru: 'Список слишком большой (не более 16 МБ)',
		en: 'The list is too large (16 MB at most)'
	},
	crl_rejected: {
		kk: 'Тізім қабылданбады: оны сенімді куәландырушы орталық шығармаған немесе ол сақталғаннан ескі',
		ru: 'Список не принят: он выпущен не доверенным удостоверяющим центром или старше сохранённого',
		en: 'The list was not accepted: it is not from a trusted certification authority or is older than the one held'
	},
	invalid_json: {
		kk: 'Сұрау денесі дұрыс JSON емес',
		ru: 'Тело запроса не является корректным JSON',
		en: 'The request body is not valid JSON'
	},
	body_too_large: {
		kk: 'Сұрау тым үлкен (64 КБ-тан аспауы керек)',
		ru: 'Запрос слишком большой (не более 64 КБ)',
		en: 'The request is too large (64 KB at most)'
	},
	validation_failed: {
		kk: 'Кейбір жолдар дұрыс толтырылмаған',
		ru: 'Некоторые поля заполнены неверно',
		en: 'Some fields are not filled in correctly'
	},
	unknown_service: {
		kk: 'Мұндай мемлекеттік қызмет жоқ',
		ru: 'Такой государственной услуги нет',
		en: 'There is no such public service'
	},
	idempotency_conflict: {
		kk: 'Бұл нөмірмен басқа мазмұнды өтініш бұрын жіберілген',
		ru: 'С этим идентификатором уже отправлена заявка с другим содержанием',
		en: 'A request with this id was already sent with different content'
	},
	not_found: {
		kk: 'Табылмады',
		ru: 'Не найдено',
		en: 'Not found'
	},
	unauthorized: {
		kk: 'Бұл өтінішке қол жеткізу құқығы жоқ',
		ru: 'Нет доступа к этой заявке',
		en: 'No access to this request'
	},
	not_payable: {
		kk: 'Бұл өтініш бойынша төлем қабылданбайды',
		ru: 'По этой заявке оплата не принимается',
		en: 'This request does not accept a payment'
	},
	request_expired: {
		kk: 'Сұрау салу мерзімі өтіп кетті. Сұрау салуды қайтадан жіберуге болады',
		ru: 'Срок запроса истёк. Запрос можно отправить заново',
		en: 'The request has expired. You may make the request again'
	},
	bad_signature: {
		kk: 'Төлем шлюзінің қолтаңбасы дұрыс емес',
		ru: 'Неверная подпись платёжного шлюза',
		en: 'The payment gateway signature is not valid'
	},
	unknown_payment: {
		kk: 'Мұндай төлем жоқ',
		ru: 'Такого платежа нет',
		en: 'There is no such payment'
	},
	replay: {
		kk: 'Бұл хабарлама бұрын өңделген',
		ru: 'Это уведомление уже было обработано',
		en: 'This notification was already processed'
	},
	stale_callback: {
		kk: 'Хабарлама уақыты рұқсат етілген аралықтан тыс',
		ru: 'Время уведомления вне допустимого окна',
		en: 'The notification time is outside the accepted window'
	},
	amount_mismatch: {
		kk: 'Төлем сомасы мемлекеттік баж сомасына сәйкес келмейді',
		ru: 'Сумма платежа не совпадает с суммой госпошлины',
		en: 'The paid amount does not match the state duty'
	},
	currency_mismatch: {
		kk: 'Төлем валютасы теңге емес',
		ru: 'Валюта платежа не тенге',
		en: 'The payment currency is not tenge'
	},
	payment_closed: {
		kk: 'Бұл төлем енді қабылданбайды',
		ru: 'Этот платёж больше не принимается',
		en: 'This payment is no longer accepted'
	},
	not_issued: {
		kk: 'Құжат әлі берілмеген',
		ru: 'Документ ещё не выдан',
		en: 'The document has not been issued yet'
	},
	certificate_not_found: {
		kk: 'Осы нөмір мен ЖСН бойынша құжат табылмады',
		ru: 'Документ с таким номером и ИИН не найден',
		en: 'No document was found for this number and IIN'
	},
	too_many_checks: {
		kk: 'Бұл құжат тым жиі тексерілді. Бір минуттан кейін қайталаңыз',
		ru: 'Этот документ проверяли слишком часто. Повторите через минуту',
		en: 'This document has been checked too often. Please try again in a minute'
	},
	// The provider's office (staff API).
	unauthenticated: {
		kk: 'Қызметкер ретінде жүйеге кіріңіз',
		ru: 'Войдите в систему как сотрудник',
		en: 'Please log in as a member of staff'
	},
	invalid_credentials: {
		kk: 'Логин немесе құпиясөз дұрыс емес',
		ru: 'Неверный логин или пароль',
		en: 'The login or password is not correct'
	},
	account_locked: {
		kk: 'Тым көп сәтсіз әрекет: тіркелгі 15 минутқа бұғатталды. Кейінірек қайталаңыз немесе әкімшіге хабарласыңыз',
		ru: 'Слишком много неудачных попыток: учётная запись заблокирована на 15 минут. Повторите позже или обратитесь к администратору',
		en: 'Too many failed attempts: the account is locked for 15 minutes. Try again later or ask the administrator'
	},
	forbidden: {
		kk: 'Сіздің рөліңіз бұл әрекетке рұқсат бермейді',
		ru: 'Ваша роль не позволяет это действие',
		en: 'Your role does not allow this action'
	},
	other_office: {
		kk: 'Бұл өтініш басқа бөлімде қаралады',
		ru: 'Эта заявка рассматривается в другом отделе',
		en: 'This application is processed by another office'
	},
	version_conflict: {
		kk: 'Бұл өтініш бойынша басқа қызметкер әрекет жасап үлгерді. Не өзгергенін көру үшін бетті жаңартыңыз',
		ru: 'Другой сотрудник только что выполнил действие по этой заявке. Обновите страницу, чтобы увидеть изменения',
		en: 'Another member of staff has just acted on this application. Reload it to see what changed'
	},
	action_not_allowed: {
		kk: 'Өтініштің қазіргі кезеңінде бұл әрекет мүмкін емес',
		ru: 'На текущем этапе заявки это действие невозможно',
		en: 'This action is not possible at the current step of the application'
	},
	slot_taken: {
		kk: 'Бұл уақыт бос емес. Басқа уақытты таңдаңыз',
		ru: 'Это время уже занято. Выберите другое',
		en: 'This time is already taken. Please choose another'
	},
	act_record_missing: {
		kk: 'Өтініште көрсетілген акт жазбасы тізілімде жоқ. Өтінішті дәлелді түрде қайтарыңыз',
		ru: 'Указанной в заявлении актовой записи нет в реестре. Откажите в заявлении с обоснованием',
		en: 'The act record named in the application is not in the registry. Refuse the application with reasons'
	},
	before_ceremony: {
		kk: 'Нәтиже тіркеу күні ғана беріледі',
		ru: 'Результат выдаётся только в день регистрации',
		en: 'The result is handed over only on the registration day'
	},
	stale_value: {
		kk: 'Бұл жазбаны сіз ашқаннан бері оны басқа біреу түзетіп үлгерді. Жазбаны қайта жүктеп, қазіргі мәнді тексеріңіз',
		ru: 'С тех пор как вы открыли запись, её уже исправил кто-то другой. Загрузите запись заново и проверьте текущее значение',
		en: 'Someone else has corrected this record since you opened it. Reload the record and check the current value'
	},
	record_not_found: {
		kk: 'Тізілімде мұндай жазба жоқ. Нөмірді тексеріңіз',
		ru: 'Такой записи в реестре нет. Проверьте номер',
		en: 'There is no such record in the register. Check the number'
	},
	// Revoking an issued certificate (a head of the issuing department).
	certificate_unknown: {
		kk: 'Мұндай нөмірмен құжат берілмеген. Нөмірді тексеріңіз',
		ru: 'Документ с таким номером не выдавался. Проверьте номер',
		en: 'No document with this number has been issued. Check the number'
	},
	other_department: {
		kk: 'Бұл құжатты басқа департамент берген: оны сол департамент бөлімінің басшысы ғана кері қайтара алады',
		ru: 'Этот документ выдан другим департаментом: отозвать его может только руководитель отдела того департамента',
		en: 'Another department issued this document: only a head of an office of that department may revoke it'
	},
	already_revoked: {
		kk: 'Бұл құжат бұрын кері қайтарылған. Оның қазіргі күйін көру үшін қайта іздеңіз',
		ru: 'Этот документ уже отозван. Найдите его заново, чтобы увидеть текущее состояние',
		en: 'This document has already been revoked. Look it up again to see its current state'
	},
	channel_not_allowed: {
		kk: 'Бұл қызмет ХҚКО арқылы көрсетілмейді',
		ru: 'Эта услуга не оказывается через ЦОН',
		en: 'This service is not provided through a PSC'
	},
	// An upload's own problems read the same as the field's.
	file_type: fieldErrors.file_type,
	file_too_large: fieldErrors.file_too_large,
	unsupported_media_type: {
		kk: 'Сұрау JSON түрінде жіберілуі керек',
		ru: 'Запрос должен быть в формате JSON',
		en: 'The request must be sent as JSON'
	},
	crl_media_type: {
		kk: 'Кері қайтарылған сертификаттар тізімі application/pkix-crl түрінде жіберілуі керек',
		ru: 'Список отозванных сертификатов должен быть отправлен как application/pkix-crl',
		en: 'The revocation list must be sent as application/pkix-crl'
	},
	invalid_form: {
		kk: 'Форма дұрыс жіберілмеді. Бетті қайта ашып, қайталаңыз',
		ru: 'Форма отправлена неверно. Откройте страницу заново и повторите',
		en: 'The form was not sent correctly. Open the page again and retry'
	}
} satisfies Record<string, Text>;

export type ApiErrorCode = keyof typeof apiErrors;

/** The JSON body of every 4xx: `{ error: { code, message: { kk, ru, en }, fields? } }`. */
export interface ApiErrorBody {
	error: {
		code: ApiErrorCode;
		message: Text;
		fields?: Record<string, { code: FieldErrorKey; message: Text }>;
	};
}

export function apiErrorBody(code: ApiErrorCode, fields?: Record<string, FieldErrorKey>): ApiErrorBody {
	const body: ApiErrorBody = { error: { code, message: apiErrors[code] } };
	if (fields) {
		body.error.fields = Object.fromEntries(
			Object.entries(fields).map(([name, key]) => [name, { code: key, message: fieldErrors[key] }])
		);
	}
	return body;
}
