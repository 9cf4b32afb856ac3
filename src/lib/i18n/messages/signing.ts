// Signing a request with the applicant's EDS (ЭЦҚ/ЭЦП) on "check your answers". Kazakh first; ru and
// en must have exactly the same keys.
const kk = {
	'sign.title': 'ЭЦҚ-мен қол қою',
	'sign.lead':
		'Сұрауды жіберу үшін оған электрондық цифрлық қолтаңбаңызбен қол қойыңыз. Кілт осы беттен шықпайды: қолтаңба осы құрылғыда жасалады, кілт қол қойылған соң жадтан өшіріледі.',
	'sign.file': 'Кілт файлы (.p12)',
	'sign.file.hint': 'Қол қою кілтін таңдаңыз (RSA немесе GOST), AUTH кілтін емес.',
	'sign.password': 'Кілттің құпия сөзі',
	'sign.submit': 'Қол қою және жіберу',
	'sign.signing': 'Қол қойылуда…',
	'sign.signedBy': 'Қол қойған: {name}',
	'sign.error.blank_file': 'Кілт файлын таңдаңыз',
	'sign.error.blank_password': 'Құпия сөзді енгізіңіз',
	'sign.error.not_pkcs12': 'Бұл файл кілт файлы (PKCS#12, .p12) емес',
	'sign.error.wrong_password': 'Құпия сөз қате. Қайта енгізіңіз',
	'sign.error.no_key': 'Файлда кілт немесе тіркеу куәлігі жоқ',
	'sign.error.unsupported_key':
		'Бұл кілт түрін браузер қолдамайды (мысалы, ГОСТ). NCALayer арқылы қол қойыңыз немесе RSA кілтін таңдаңыз',
	'sign.error.iin_mismatch': 'Кілттегі ЖСН сұраудағы ЖСН-ге сәйкес келмейді. Өз кілтіңізді таңдаңыз',
	'sign.error.expired': 'Кілттің тіркеу куәлігінің мерзімі өтіп кеткен'
};

const ru: Record<keyof typeof kk, string> = {
	'sign.title': 'Подписание ЭЦП',
	'sign.lead':
		'Чтобы отправить запрос, подпишите его своей электронной цифровой подписью. Ключ не покидает эту страницу: подпись создаётся на этом устройстве, а ключ стирается из памяти сразу после подписания.',
	'sign.file': 'Файл ключа (.p12)',
	'sign.file.hint': 'Выберите ключ для подписи (RSA или GOST), а не ключ AUTH.',
	'sign.password': 'Пароль ключа',
	'sign.submit': 'Подписать и отправить',
	'sign.signing': 'Подписание…',
	'sign.signedBy': 'Подписал: {name}',
	'sign.error.blank_file': 'Выберите файл ключа',
	'sign.error.blank_password': 'Введите пароль',
	'sign.error.not_pkcs12': 'Этот файл не является файлом ключа (PKCS#12, .p12)',
	'sign.error.wrong_password': 'Неверный пароль. Введите ещё раз',
	'sign.error.no_key': 'В файле нет ключа или регистрационного свидетельства',
	'sign.error.unsupported_key':
		'Браузер не поддерживает этот тип ключа (например, ГОСТ). Подпишите через NCALayer или выберите ключ RSA',
	'sign.error.iin_mismatch': 'ИИН в ключе не совпадает с ИИН в запросе. Выберите свой ключ',
	'sign.error.expired': 'Срок действия регистрационного свидетельства ключа истёк'
};

const en: Record<keyof typeof kk, string> = {
	'sign.title': 'Sign with your EDS',
	'sign.lead':
		'To send the request, sign it with your electronic digital signature. The key never leaves this page: the signature is made on this device and the key is dropped from memory right after signing.',
	'sign.file': 'Key file (.p12)',
	'sign.file.hint': 'Choose your signing key (RSA or GOST), not the AUTH key.',
	'sign.password': 'Key password',
	'sign.submit': 'Sign and send',
	'sign.signing': 'Signing…',
	'sign.signedBy': 'Signed by: {name}',
	'sign.error.blank_file': 'Choose your key file',
	'sign.error.blank_password': 'Enter the password',
	'sign.error.not_pkcs12': 'This file is not a key file (PKCS#12, .p12)',
	'sign.error.wrong_password': 'Wrong password. Enter it again',
	'sign.error.no_key': 'The file holds no key or certificate',
	'sign.error.unsupported_key':
		'This browser cannot use this kind of key (GOST, for example). Sign through NCALayer or choose an RSA key',
	'sign.error.iin_mismatch': 'The IIN in this key is not the IIN in the request. Choose your own key',
	'sign.error.expired': 'The key’s certificate has expired'
};

export const signing = { kk, ru, en } as const;
