// The applicant's EDS (ЭЦҚ/ЭЦП): signing a request on "check your answers", and reading the IIN from
// the key on the IIN question (`sign.prefill.*`). Kazakh first; ru and en must have exactly the same keys.
const kk = {
	'sign.title': 'ЭЦҚ-мен қол қою',
	'sign.lead':
		'Сұрауды жіберу үшін оған электрондық цифрлық қолтаңбаңызбен қол қойыңыз. Кілт осы беттен шықпайды: қолтаңба осы құрылғыда жасалады, кілт қол қойылған соң жадтан өшіріледі.',
	'sign.file': 'Кілт файлы (.p12)',
	'sign.file.hint':
		'Қол қоюға арналған кілт файлын таңдаңыз: оның аты RSA немесе GOST деп басталады (AUTH деп басталатын файл емес).',
	'sign.file.choose': 'Кілт файлын таңдау',
	'sign.file.none': 'Файл таңдалмаған',
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
	'sign.error.expired': 'Кілттің тіркеу куәлігінің мерзімі өтіп кеткен',
	'sign.error.no_iin': 'Кілттің тіркеу куәлігінде ЖСН көрсетілмеген',
	'sign.prefill.title': 'ЭЦҚ кілтімнен толтыру',
	'sign.prefill.lead':
		'Кілт файлын таңдап, құпия сөзін енгізіңіз: ЖСН кілттің тіркеу куәлігінен алынады. Кілттің өзі сақталмайды — сұрауға қол қойғанда оны қайта таңдайсыз.',
	'sign.prefill.file.hint': 'Сұрауға қол қоятын кілтіңіз. Одан тек ЖСН мен аты-жөніңіз оқылады.',
	'sign.prefill.submit': 'ЖСН-ді толтыру',
	'sign.prefill.reading': 'Кілт оқылуда…',
	'sign.prefill.done': 'ЖСН кілттен толтырылды (кілт иесі: {name}). Тексеріңіз, қажет болса өзгертуге болады.'
};

const ru: Record<keyof typeof kk, string> = {
	'sign.title': 'Подписание ЭЦП',
	'sign.lead':
		'Чтобы отправить запрос, подпишите его своей электронной цифровой подписью. Ключ не покидает эту страницу: подпись создаётся на этом устройстве, а ключ стирается из памяти сразу после подписания.',
	'sign.file': 'Файл ключа (.p12)',
	'sign.file.hint':
		'Выберите файл ключа для подписи: его имя начинается с RSA или GOST (не файл, имя которого начинается с AUTH).',
	'sign.file.choose': 'Выбрать файл ключа',
	'sign.file.none': 'Файл не выбран',
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
	'sign.error.expired': 'Срок действия регистрационного свидетельства ключа истёк',
	'sign.error.no_iin': 'В регистрационном свидетельстве ключа не указан ИИН',
	'sign.prefill.title': 'Заполнить из моего ключа ЭЦП',
	'sign.prefill.lead':
		'Выберите файл ключа и введите пароль: ИИН будет взят из регистрационного свидетельства ключа. Сам ключ не сохраняется — при подписании запроса вы выберете его снова.',
	'sign.prefill.file.hint': 'Ключ, которым вы подпишете запрос. Из него читаются только ИИН и ФИО.',
	'sign.prefill.submit': 'Заполнить ИИН',
	'sign.prefill.reading': 'Чтение ключа…',
	'sign.prefill.done': 'ИИН заполнен из ключа (владелец: {name}). Проверьте его, при необходимости его можно изменить.'
};

const en: Record<keyof typeof kk, string> = {
	'sign.title': 'Sign with your EDS',
	'sign.lead':
		'To send the request, sign it with your electronic digital signature. The key never leaves this page: the signature is made on this device and the key is dropped from memory right after signing.',
	'sign.file': 'Key file (.p12)',
	'sign.file.hint':
		'Choose your signing key file: its name starts with RSA or GOST (not the file whose name starts with AUTH).',
	'sign.file.choose': 'Choose the key file',
	'sign.file.none': 'No file chosen',
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
	'sign.error.expired': 'The key’s certificate has expired',
	'sign.error.no_iin': 'The key’s certificate gives no IIN',
	'sign.prefill.title': 'Fill in from my EDS key',
	'sign.prefill.lead':
		'Choose your key file and type its password: the IIN is taken from the key’s certificate. The key itself is not kept; you will choose it again to sign the request.',
	'sign.prefill.file.hint': 'The key you will sign the request with. Only your IIN and name are read from it.',
	'sign.prefill.submit': 'Fill in the IIN',
	'sign.prefill.reading': 'Reading the key…',
	'sign.prefill.done': 'The IIN was filled in from the key (holder: {name}). Check it; you can still change it.'
};

export const signing = { kk, ru, en } as const;
