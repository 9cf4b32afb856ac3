// The public certificate check, /v. Kazakh first; ru and en must have exactly the same keys.
const kk = {
	'verify.title': 'Құжатты тексеру',
	'verify.intro':
		'Анықтамадағы QR кодты камерамен оқыңыз немесе оның фотосын не PDF файлын жүктеңіз. Қолтаңба осы құрылғыда тексеріледі; серверден тек осы нөмірлі құжаттың кері қайтарылған-қайтарылмағаны сұралады.',

	'verify.scan.heading': 'QR кодты оқу',
	'verify.camera.start': 'Камераны қосып, QR кодты оқу',
	'verify.camera.startHint': 'Камераға рұқсат сұралады. Бейне ешқайда жіберілмейді.',
	'verify.camera.stop': 'Камераны өшіру',
	'verify.camera.starting': 'Камера қосылуда…',
	'verify.camera.aim': 'QR кодты рамканың ішіне әкеліп, анық көрінетіндей ұстаңыз.',
	'verify.camera.video': 'Камерадағы сурет',
	'verify.camera.denied':
		'Камераға рұқсат берілмеді. Браузер баптауларында рұқсат беріңіз немесе QR кодтың фотосын жүктеңіз.',
	'verify.camera.missing': 'Камера табылмады. QR кодтың фотосын немесе PDF файлын жүктеңіз.',
	'verify.camera.unavailable':
		'Бұл браузерде камераны пайдалану мүмкін емес (қорғалған байланыс қажет). QR кодтың фотосын жүктеңіз.',
	'verify.camera.failed': 'Камераны қосу мүмкін болмады. QR кодтың фотосын жүктеңіз.',
	'verify.or': 'немесе',
	'verify.upload.label': 'Фото немесе PDF жүктеу',
	'verify.upload.hint':
		'Анықтаманың не тек QR кодтың суреті (JPEG, PNG) немесе PDF файлы — Qyzmet берген не сканерленген.',
	'verify.upload.reading': 'Файл оқылуда…',

	'verify.result.heading': 'Тексеру нәтижесі',
	'verify.result.empty': 'Нәтиже осында көрсетіледі.',
	'verify.source.link': 'QR кодтағы сілтеме арқылы ашылды',
	'verify.source.camera': 'Камерамен оқылды',
	'verify.source.file': 'Файлдан оқылды: {name}',
	'verify.source.lookup': 'Тізілімнен нөмір мен ЖСН бойынша тексерілді',

	'verify.status.genuine': 'Құжат түпнұсқа',
	'verify.status.genuine.detail': 'Қолтаңба дұрыс: құжатты {department} берген, содан бері ол өзгертілмеген.',
	'verify.status.altered': 'Құжат өзгертілген',
	'verify.status.altered.detail':
		'Қолтаңба сәйкес келмейді: QR кодтағы деректер қол қойылғаннан кейін өзгертілген немесе код жасанды. Бұл құжатқа сенбеңіз.',
	'verify.status.unknownIssuer': 'Белгісіз беруші',
	'verify.status.unknownIssuer.detail':
		'Құжатқа сенімді кілттер тізімінде жоқ кілтпен қол қойылған. Оны Qyzmet бермеген болуы мүмкін.',
	'verify.status.unknownIssuer.stale':
		'Кілттер тізімі ескі: интернетке қосылып, тізімді жаңартыңыз да, қайта тексеріңіз.',
	'verify.status.keyNotValid': 'Қол қою кілті жарамсыз',
	'verify.status.keyNotValid.detail':
		'Қолтаңба дұрыс, бірақ құжат берілген уақытта — {issued} — бұл кілт жарамды болмаған немесе қолданыстан шығарылған. Құжатты берген органнан анықтаңыз.',
	'verify.status.revoked': 'Кері қайтарылған',
	'verify.status.revoked.detailNoDate': 'Құжат түпнұсқа, бірақ кері қайтарылған. Ол енді жарамсыз.',
	'verify.status.notQyzmet': 'Бұл QR код Qyzmet анықтамасы емес',
	'verify.status.notQyzmet.detail': 'Код оқылды, бірақ онда Qyzmet қол қойған құжат жоқ. Кодтағы мәтін:',
	'verify.status.unreadable': 'QR код оқылмады',
	'verify.status.unreadable.camera':
		'Камераны жақынырақ әкеліп, кодты рамкаға толық сыйғызыңыз, жарықты көбейтіңіз — немесе кодтың фотосын жүктеңіз.',
	'verify.status.unreadable.image':
		'Суретте QR код табылмады. Кодты жақыннан, анық әрі көлеңкесіз етіп қайта түсіріңіз.',
	'verify.status.unreadable.pdf':
		'PDF файлынан QR код табылмады. Qyzmet берген PDF пен JPEG не PNG ретінде сканерленген PDF оқылады; басқа файл үшін QR кодтың фотосын немесе скриншотын жүктеңіз.',
	'verify.status.unreadable.badImage': 'Бұл файлды сурет ретінде ашу мүмкін болмады. JPEG немесе PNG жүктеңіз.',
	'verify.status.noTrustList': 'Тексеру мүмкін болмады: кілттер тізімі жоқ',
	'verify.status.noTrustList.detail':
		'Бұл құрылғы сенімді кілттер тізімін әлі жүктемеген. Интернетке бір рет қосылыңыз — тізім сақталады, кейін желісіз де тексеруге болады.',
	'verify.status.lookupValid': 'Құжат тізілімде бар және жарамды',
	'verify.status.lookupValid.detail': 'Төменде тізілімдегі деректер. Оларды қолыңыздағы құжатпен салыстырыңыз.',
	'verify.status.lookupRevoked.detail': 'Құжат тізілімде бар, бірақ {date} кері қайтарылған. Ол енді жарамсыз.',
	'verify.status.lookupRevoked.detailReason':
		'Құжат тізілімде бар, бірақ {date} кері қайтарылған, себебі: {reason}. Ол енді жарамсыз.',
	'verify.untrusted': 'Төмендегі деректер расталмаған — оларға сенуге болмайды.',
	'verify.again': 'Басқа құжатты тексеру',
	'verify.retry': 'Қайта тексеру',

	'verify.field.documentType': 'Құжат',
	'verify.field.number': 'Құжат нөмірі',
	'verify.field.issuedAt': 'Берілген уақыты',
	'verify.field.department': 'Берген орган',
	'verify.field.departmentCode': 'департамент коды {code}',
	'verify.field.fullName': 'Тегі, аты, әкесінің аты',
	'verify.field.birthDate': 'Туған күні',
	'verify.field.actRecordNumber': 'Акт жазбасының нөмірі',
	'verify.field.actRecordDate': 'Акт жазбасының күні',
	'verify.field.subject': 'ЖСН / БСН',
	'verify.field.subjectName': 'Кім туралы',
	'verify.field.region': 'Өңір',
	'verify.field.objects': 'Объектілер саны',
	'verify.field.current': 'Қазіргі құқықтар саны',
	'verify.field.previous': 'Бұрынғы құқықтар саны',
	'verify.field.branches': 'Филиалдар мен өкілдіктер саны',
	'verify.field.participations': 'Қатысулар саны',
	'verify.field.digest': 'Мазмұнның цифрлық ізі',
	'verify.field.newName': 'Жаңа тегі, аты, әкесінің аты',
	'verify.field.husband': 'Күйеуі',
	'verify.field.wife': 'Әйелі',
	'verify.field.applicant': 'Өтініш беруші',
	'verify.field.certificate': 'Куәлік',
	'verify.field.requestNumber': 'Өтініштің нөмірі',
	'verify.field.submittedOn': 'Өтініш берілген күн',
	'verify.field.spouse': 'Болашақ жұбайы',
	'verify.field.registrationAt': 'Некені тіркеу уақыты',
	'verify.dateTime': '{time} (UTC+5)',

	'verify.revocation.checking': 'Құжаттың кері қайтарылған-қайтарылмағаны тексерілуде…',
	'verify.revocation.valid': 'Кері қайтарылмаған: тізілім бойынша құжат жарамды.',
	'verify.revocation.newerData':
		'Құжат берілген күйінде түпнұсқа, бірақ тізілімде {date} бастап жаңарақ деректер бар. Жаңа анықтама сұраңыз.',
	'verify.revocation.revoked': 'Кері қайтарылған: {date}',
	'verify.revocation.revokedReason': 'Кері қайтарылған: {date} — {reason}',
	'verify.revocation.revokedReasonNoDate': 'Кері қайтарылған — {reason}',
	'verify.revocation.revokedNoDate': 'Кері қайтарылған',
	'verify.revocation.unknown': 'Тізілімде бұл нөмір табылмады, сондықтан кері қайтарылуы тексерілмеді.',
	'verify.revocation.offline': 'Кері қайтарылуы тексерілмеді (желі жоқ). Қолтаңба желісіз тексерілді.',
	'verify.revocation.unchecked': 'Кері қайтарылуы тексерілмеді.',

	'verify.trust.label': 'Сенімді кілттер тізімі',
	'verify.trust.updated': 'Сенімді кілттер тізімінің күні: {date} ({age}).',
	'verify.trust.stale':
		'Сенімді кілттер тізімінің күні: {date} ({age}) — ескірген болуы мүмкін. Интернетке қосылып, тізімді жаңартыңыз. Тексеру бәрібір жүргізіледі.',
	'verify.trust.clock':
		'Сенімді кілттер тізімі сақталған, бірақ құрылғының сағаты дұрыс емес сияқты — тізімнің жасы белгісіз.',
	'verify.trust.none': 'Сенімді кілттер тізімі әлі жүктелмеген.',
	'verify.trust.loading': 'Сенімді кілттер тізімі жүктелуде…',
	'verify.trust.failed': 'Тізімді жаңарту мүмкін болмады — құрылғыдағы нұсқасы қолданылады.',
	'verify.trust.refresh': 'Тізімді жаңарту',
	'verify.age.now': 'жаңа ғана',
	'verify.age.minutes': '{n} мин бұрын',
	'verify.age.hours': '{n} сағ бұрын',
	'verify.age.days': '{n} күн бұрын',

	'verify.lookup.heading': 'Нөмір мен ЖСН бойынша тексеру',
	'verify.lookup.intro': 'QR код оқылмаса, құжатты тізілімнен онлайн тексеруге болады. Ол үшін интернет қажет.',
	'verify.lookup.number': 'Құжат нөмірі',
	'verify.lookup.numberHint': 'Анықтамада басылған, мысалы KX7F-M3PA-2',
	'verify.lookup.iin': 'Құжат иесінің ЖСН немесе БСН',
	'verify.lookup.iinHint': '12 цифр. ЖСН (БСН) тек сұрау денесінде жіберіледі, сілтемеде көрінбейді.',
	'verify.lookup.submit': 'Тізілімнен тексеру',
	'verify.lookup.checking': 'Тексерілуде…',
	'verify.lookup.badNumber': 'Нөмір дұрыс емес: онда 9 таңба болады, мысалы KX7F-M3PA-2. Таңбаларды қайта тексеріңіз.',
	'verify.lookup.offline': 'Желі жоқ: онлайн тексеру мүмкін емес. QR кодты оқыңыз — ол желісіз де тексеріледі.',
	'verify.lookup.failed': 'Сервер жауап бермеді. Кейінірек қайталап көріңіз.'
};

export const verify = {
	kk,
	ru: {
		'verify.title': 'Проверка документа',
		'verify.intro':
			'Считайте QR-код на справке камерой или загрузите её фото или PDF. Подпись проверяется на этом устройстве; у сервера запрашивается только, не отозван ли документ с этим номером.',

		'verify.scan.heading': 'Считать QR-код',
		'verify.camera.start': 'Включить камеру и считать QR-код',
		'verify.camera.startHint': 'Браузер спросит разрешение на камеру. Видео никуда не отправляется.',
		'verify.camera.stop': 'Выключить камеру',
		'verify.camera.starting': 'Камера включается…',
		'verify.camera.aim': 'Наведите камеру так, чтобы QR-код был внутри рамки и виден чётко.',
		'verify.camera.video': 'Изображение с камеры',
		'verify.camera.denied': 'Нет доступа к камере. Разрешите его в настройках браузера или загрузите фото QR-кода.',
		'verify.camera.missing': 'Камера не найдена. Загрузите фото QR-кода или PDF.',
		'verify.camera.unavailable':
			'В этом браузере камера недоступна (нужно защищённое соединение). Загрузите фото QR-кода.',
		'verify.camera.failed': 'Не удалось включить камеру. Загрузите фото QR-кода.',
		'verify.or': 'или',
		'verify.upload.label': 'Загрузить фото или PDF',
		'verify.upload.hint':
			'Снимок справки или только QR-кода (JPEG, PNG) либо PDF — выданный Qyzmet или отсканированный.',
		'verify.upload.reading': 'Файл читается…',

		'verify.result.heading': 'Результат проверки',
		'verify.result.empty': 'Здесь появится результат.',
		'verify.source.link': 'Открыто по ссылке из QR-кода',
		'verify.source.camera': 'Считано камерой',
		'verify.source.file': 'Считано из файла: {name}',
		'verify.source.lookup': 'Проверено в реестре по номеру и ИИН',

		'verify.status.genuine': 'Документ подлинный',
		'verify.status.genuine.detail': 'Подпись верна: документ выдал орган «{department}», после выдачи он не изменялся.',
		'verify.status.altered': 'Документ изменён',
		'verify.status.altered.detail':
			'Подпись не сходится: данные в QR-коде изменены после подписания, или код поддельный. Не доверяйте этому документу.',
		'verify.status.unknownIssuer': 'Неизвестный выдавший орган',
		'verify.status.unknownIssuer.detail':
			'Документ подписан ключом, которого нет в списке доверенных ключей. Возможно, его выдал не Qyzmet.',
		'verify.status.unknownIssuer.stale':
			'Список ключей старый: подключитесь к интернету, обновите список и проверьте снова.',
		'verify.status.keyNotValid': 'Ключ подписи недействителен',
		'verify.status.keyNotValid.detail':
			'Подпись верна, но на момент выдачи — {issued} — этот ключ не действовал или был выведен из употребления. Уточните у органа, выдавшего документ.',
		'verify.status.revoked': 'Отозван',
		'verify.status.revoked.detailNoDate': 'Документ подлинный, но отозван. Он больше не действителен.',
		'verify.status.notQyzmet': 'Этот QR-код — не справка Qyzmet',
		'verify.status.notQyzmet.detail': 'Код прочитан, но в нём нет документа, подписанного Qyzmet. Текст в коде:',
		'verify.status.unreadable': 'QR-код не прочитан',
		'verify.status.unreadable.camera':
			'Поднесите камеру ближе, чтобы код целиком был в рамке, добавьте света — или загрузите фото кода.',
		'verify.status.unreadable.image': 'На снимке не найден QR-код. Сфотографируйте код ближе, чётко и без тени.',
		'verify.status.unreadable.pdf':
			'В PDF не найден QR-код. Читаются PDF, выданные Qyzmet, и сканы, сохранённые в PDF как JPEG или PNG; для других файлов загрузите фото или снимок экрана с QR-кодом.',
		'verify.status.unreadable.badImage': 'Не удалось открыть файл как изображение. Загрузите JPEG или PNG.',
		'verify.status.noTrustList': 'Проверка невозможна: нет списка ключей',
		'verify.status.noTrustList.detail':
			'Это устройство ещё не загружало список доверенных ключей. Подключитесь к интернету один раз — список сохранится, и дальше можно проверять без сети.',
		'verify.status.lookupValid': 'Документ есть в реестре и действителен',
		'verify.status.lookupValid.detail': 'Ниже данные из реестра. Сверьте их с документом у вас в руках.',
		'verify.status.lookupRevoked.detail': 'Документ есть в реестре, но отозван {date}. Он больше не действителен.',
		'verify.status.lookupRevoked.detailReason':
			'Документ есть в реестре, но отозван {date}, причина: {reason}. Он больше не действителен.',
		'verify.untrusted': 'Данные ниже не подтверждены — на них нельзя полагаться.',
		'verify.again': 'Проверить другой документ',
		'verify.retry': 'Проверить снова',

		'verify.field.documentType': 'Документ',
		'verify.field.number': 'Номер документа',
		'verify.field.issuedAt': 'Выдан',
		'verify.field.department': 'Выдавший орган',
		'verify.field.departmentCode': 'код департамента {code}',
		'verify.field.fullName': 'Фамилия, имя, отчество',
		'verify.field.birthDate': 'Дата рождения',
		'verify.field.actRecordNumber': 'Номер актовой записи',
		'verify.field.actRecordDate': 'Дата актовой записи',
		'verify.field.subject': 'ИИН / БИН',
		'verify.field.subjectName': 'О ком',
		'verify.field.region': 'Регион',
		'verify.field.objects': 'Объектов',
		'verify.field.current': 'Текущих прав',
		'verify.field.previous': 'Прежних прав',
		'verify.field.branches': 'Филиалов и представительств',
		'verify.field.participations': 'Участий',
		'verify.field.digest': 'Цифровой отпечаток содержания',
		'verify.field.newName': 'Новые фамилия, имя, отчество',
		'verify.field.husband': 'Муж',
		'verify.field.wife': 'Жена',
		'verify.field.applicant': 'Заявитель',
		'verify.field.certificate': 'Свидетельство',
		'verify.field.requestNumber': 'Номер заявления',
		'verify.field.submittedOn': 'Дата заявления',
		'verify.field.spouse': 'Будущий супруг (супруга)',
		'verify.field.registrationAt': 'Время регистрации брака',
		'verify.dateTime': '{time} (UTC+5)',

		'verify.revocation.checking': 'Проверяем, не отозван ли документ…',
		'verify.revocation.valid': 'Не отозван: по данным реестра документ действителен.',
		'verify.revocation.newerData':
			'Документ подлинный в том виде, в каком был выдан, но с {date} в реестре есть более новые данные. Запросите новую справку.',
		'verify.revocation.revoked': 'Отозван: {date}',
		'verify.revocation.revokedReason': 'Отозван {date} — {reason}',
		'verify.revocation.revokedReasonNoDate': 'Отозван — {reason}',
		'verify.revocation.revokedNoDate': 'Отозван',
		'verify.revocation.unknown': 'Номер не найден в реестре, поэтому отзыв не проверен.',
		'verify.revocation.offline': 'Отзыв не проверен (нет сети). Подпись проверена без сети.',
		'verify.revocation.unchecked': 'Отзыв не проверялся.',

		'verify.trust.label': 'Список доверенных ключей',
		'verify.trust.updated': 'Список доверенных ключей от {date} ({age}).',
		'verify.trust.stale':
			'Список доверенных ключей от {date} ({age}) мог устареть. Подключитесь к интернету и обновите его. Проверка всё равно выполняется.',
		'verify.trust.clock':
			'Список доверенных ключей сохранён, но часы устройства, похоже, неверны — его возраст неизвестен.',
		'verify.trust.none': 'Список доверенных ключей ещё не загружен.',
		'verify.trust.loading': 'Загружается список доверенных ключей…',
		'verify.trust.failed': 'Не удалось обновить список — используется копия на этом устройстве.',
		'verify.trust.refresh': 'Обновить список',
		'verify.age.now': 'только что',
		'verify.age.minutes': '{n} мин назад',
		'verify.age.hours': '{n} ч назад',
		'verify.age.days': '{n} дн. назад',

		'verify.lookup.heading': 'Проверка по номеру и ИИН',
		'verify.lookup.intro': 'Если QR-код не читается, документ можно проверить в реестре онлайн. Нужен интернет.',
		'verify.lookup.number': 'Номер документа',
		'verify.lookup.numberHint': 'Напечатан на справке, например KX7F-M3PA-2',
		'verify.lookup.iin': 'ИИН или БИН владельца документа',
		'verify.lookup.iinHint': '12 цифр. ИИН (БИН) передаётся только в теле запроса и не попадает в адрес страницы.',
		'verify.lookup.submit': 'Проверить в реестре',
		'verify.lookup.checking': 'Проверяем…',
		'verify.lookup.badNumber': 'Неверный номер: в нём 9 знаков, например KX7F-M3PA-2. Проверьте знаки.',
		'verify.lookup.offline': 'Нет сети: онлайн-проверка невозможна. Считайте QR-код — он проверяется и без сети.',
		'verify.lookup.failed': 'Сервер не ответил. Попробуйте позже.'
	} satisfies typeof kk,
	en: {
		'verify.title': 'Verify a document',
		'verify.intro':
			'Scan the QR code on the certificate with your camera, or upload a photo or the PDF. The signature is checked on this device; the server is only asked whether the document with this number has been revoked.',

		'verify.scan.heading': 'Read the QR code',
		'verify.camera.start': 'Turn on the camera and scan the QR code',
		'verify.camera.startHint': 'The browser will ask for camera access. The video is not sent anywhere.',
		'verify.camera.stop': 'Turn off the camera',
		'verify.camera.starting': 'Starting the camera…',
		'verify.camera.aim': 'Hold the QR code inside the frame so that it is clearly visible.',
		'verify.camera.video': 'Camera preview',
		'verify.camera.denied':
			'Camera access was not allowed. Allow it in the browser settings, or upload a photo of the QR code.',
		'verify.camera.missing': 'No camera was found. Upload a photo of the QR code or the PDF.',
		'verify.camera.unavailable':
			'The camera cannot be used in this browser (a secure connection is needed). Upload a photo of the QR code.',
		'verify.camera.failed': 'The camera could not be started. Upload a photo of the QR code.',
		'verify.or': 'or',
		'verify.upload.label': 'Upload a photo or PDF',
		'verify.upload.hint':
			'A picture of the certificate or just its QR code (JPEG, PNG), or a PDF — issued by Qyzmet or scanned.',
		'verify.upload.reading': 'Reading the file…',

		'verify.result.heading': 'Result',
		'verify.result.empty': 'The result will appear here.',
		'verify.source.link': 'Opened from the link in the QR code',
		'verify.source.camera': 'Read with the camera',
		'verify.source.file': 'Read from the file: {name}',
		'verify.source.lookup': 'Checked in the registry by number and IIN',

		'verify.status.genuine': 'The document is genuine',
		'verify.status.genuine.detail':
			'The signature is valid: the document was issued by {department} and has not been changed since.',
		'verify.status.altered': 'The document has been altered',
		'verify.status.altered.detail':
			'The signature does not match: the data in the QR code was changed after signing, or the code is forged. Do not rely on this document.',
		'verify.status.unknownIssuer': 'Unknown issuer',
		'verify.status.unknownIssuer.detail':
			'The document is signed with a key that is not in the trust list. It may not have been issued by Qyzmet.',
		'verify.status.unknownIssuer.stale':
			'The trust list is old: connect to the internet, update the list and check again.',
		'verify.status.keyNotValid': 'Signing key not valid',
		'verify.status.keyNotValid.detail':
			'The signature is valid, but when the document was issued — {issued} — this key was not valid or had been retired. Check with the issuing office.',
		'verify.status.revoked': 'Revoked',
		'verify.status.revoked.detailNoDate': 'The document is genuine but has been revoked. It is no longer valid.',
		'verify.status.notQyzmet': 'This QR code is not a Qyzmet certificate',
		'verify.status.notQyzmet.detail': 'The code was read, but it holds no document signed by Qyzmet. Text in the code:',
		'verify.status.unreadable': 'The QR code could not be read',
		'verify.status.unreadable.camera':
			'Move closer so that the whole code is inside the frame, add light — or upload a photo of the code.',
		'verify.status.unreadable.image':
			'No QR code was found in the picture. Take the photo closer, in focus and without shadows.',
		'verify.status.unreadable.pdf':
			'No QR code was found in the PDF. PDFs issued by Qyzmet and scans saved as JPEG or PNG images in a PDF can be read; for other files, upload a photo or screenshot of the QR code.',
		'verify.status.unreadable.badImage': 'This file could not be opened as a picture. Upload a JPEG or PNG.',
		'verify.status.noTrustList': 'Cannot verify: no trust list',
		'verify.status.noTrustList.detail':
			'This device has not downloaded the trust list yet. Connect to the internet once — the list is saved, and after that you can verify offline.',
		'verify.status.lookupValid': 'The document is in the registry and valid',
		'verify.status.lookupValid.detail':
			"Below are the registry's details. Compare them with the document in front of you.",
		'verify.status.lookupRevoked.detail':
			'The document is in the registry but was revoked on {date}. It is no longer valid.',
		'verify.status.lookupRevoked.detailReason':
			'The document is in the registry but was revoked on {date}: {reason}. It is no longer valid.',
		'verify.untrusted': 'The details below are NOT confirmed — do not rely on them.',
		'verify.again': 'Check another document',
		'verify.retry': 'Check again',

		'verify.field.documentType': 'Document',
		'verify.field.number': 'Document number',
		'verify.field.issuedAt': 'Issued',
		'verify.field.department': 'Issued by',
		'verify.field.departmentCode': 'department code {code}',
		'verify.field.fullName': 'Full name',
		'verify.field.birthDate': 'Date of birth',
		'verify.field.actRecordNumber': 'Act record number',
		'verify.field.actRecordDate': 'Act record date',
		'verify.field.subject': 'IIN / BIN',
		'verify.field.subjectName': 'About',
		'verify.field.region': 'Region',
		'verify.field.objects': 'Objects',
		'verify.field.current': 'Current rights',
		'verify.field.previous': 'Previous rights',
		'verify.field.branches': 'Branches and representative offices',
		'verify.field.participations': 'Participations',
		'verify.field.digest': 'Content fingerprint',
		'verify.field.newName': 'New full name',
		'verify.field.husband': 'Husband',
		'verify.field.wife': 'Wife',
		'verify.field.applicant': 'Applicant',
		'verify.field.certificate': 'Certificate',
		'verify.field.requestNumber': 'Application number',
		'verify.field.submittedOn': 'Applied on',
		'verify.field.spouse': 'Future spouse',
		'verify.field.registrationAt': 'Time of the marriage registration',
		'verify.dateTime': '{time} (UTC+5)',

		'verify.revocation.checking': 'Checking whether the document has been revoked…',
		'verify.revocation.valid': 'Not revoked: the registry lists the document as valid.',
		'verify.revocation.newerData':
			'The document is genuine as issued, but the registry has newer data since {date}. Ask for a fresh certificate.',
		'verify.revocation.revoked': 'Revoked on {date}',
		'verify.revocation.revokedReason': 'Revoked on {date} — {reason}',
		'verify.revocation.revokedReasonNoDate': 'Revoked — {reason}',
		'verify.revocation.revokedNoDate': 'Revoked',
		'verify.revocation.unknown': 'This number is not in the registry, so revocation was not checked.',
		'verify.revocation.offline': 'Revocation not checked (offline). The signature was checked offline.',
		'verify.revocation.unchecked': 'Revocation was not checked.',

		'verify.trust.label': 'Trust list',
		'verify.trust.updated': 'Trust list of {date} ({age}).',
		'verify.trust.stale':
			'The trust list is of {date} ({age}) and may be out of date. Connect to the internet and update it. Verification still works.',
		'verify.trust.clock': 'The trust list is saved, but the device clock seems wrong, so its age is unknown.',
		'verify.trust.none': 'The trust list has not been downloaded yet.',
		'verify.trust.loading': 'Downloading the trust list…',
		'verify.trust.failed': 'Could not update the list — using the copy on this device.',
		'verify.trust.refresh': 'Update the list',
		'verify.age.now': 'just now',
		'verify.age.minutes': '{n} min ago',
		'verify.age.hours': '{n} h ago',
		'verify.age.days': '{n} days ago',

		'verify.lookup.heading': 'Check by number and IIN',
		'verify.lookup.intro':
			'If the QR code cannot be read, check the document in the registry online. This needs the internet.',
		'verify.lookup.number': 'Document number',
		'verify.lookup.numberHint': 'As printed on the certificate, e.g. KX7F-M3PA-2',
		'verify.lookup.iin': "Holder's IIN or BIN",
		'verify.lookup.iinHint': '12 digits. The IIN (BIN) is sent only in the request body, never in the page address.',
		'verify.lookup.submit': 'Check in the registry',
		'verify.lookup.checking': 'Checking…',
		'verify.lookup.badNumber': 'This number is not valid: it has 9 characters, e.g. KX7F-M3PA-2. Check the characters.',
		'verify.lookup.offline':
			'No connection: the online check is not possible. Scan the QR code — it can be checked offline.',
		'verify.lookup.failed': 'The server did not respond. Try again later.'
	} satisfies typeof kk
};
