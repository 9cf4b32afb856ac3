// The kiosk in a PSC hall: the language choice, "start again", the idle warning and the staff's
// enrolment page. Kazakh first; ru and en must have exactly the same keys.
const kk = {
	'kiosk.startAgain': 'Қайта бастау',
	'kiosk.startAgain.hint': 'Енгізілгеннің бәрі осы құрылғыдан өшіріледі',
	'kiosk.language.title': 'Тілді таңдаңыз',
	'kiosk.language.lead': 'Мемлекеттік қызметтер: АХАЖ, жылжымайтын мүлік, заңды тұлғалар',
	'kiosk.language.continue': 'Қазақ тілінде жалғастыру',
	'kiosk.idle.title': 'Сіз әлі осындасыз ба?',
	'kiosk.idle.body':
		'Экранға біраз уақыт тиген жоқсыз. Төмендегі санау біткенде енгізгеніңіз осы құрылғыдан өшіріледі және келесі келушіге бет басынан ашылады.',
	'kiosk.idle.announce': '{seconds} секундтан кейін деректеріңіз өшіріледі',
	'kiosk.idle.stay': 'Мен осындамын',
	'kiosk.staff.title': 'Киоскті баптау',
	'kiosk.staff.lead':
		'Бұл бет ХҚКО қызметкерлеріне арналған: құрылғыны залдағы киоск ретінде тіркеу немесе киоск режимінен шығару.',
	'kiosk.staff.notAllowed': 'Киоскті тек ХҚКО операторы немесе әкімші баптай алады.',
	'kiosk.staff.signedInAs': '{name}, {office}',
	'kiosk.staff.kioskId': 'Киоск нөмірі',
	'kiosk.staff.kioskIdHint': 'Латын әріптері, цифрлар және сызықша, мысалы psc-alm-03',
	'kiosk.staff.office': 'Орналасқан ХҚКО',
	'kiosk.staff.idle': 'Әрекетсіз кезең, секунд',
	'kiosk.staff.warning': 'Ескерту уақыты, секунд',
	'kiosk.staff.rangeHint': '{min}-ден {max}-ге дейін',
	'kiosk.staff.range': '{min}-ден {max}-ге дейінгі бүтін сан енгізіңіз',
	'kiosk.staff.badId': 'Киоск нөмірін латын әріптерімен, цифрлармен және сызықшамен енгізіңіз (2–40 таңба)',
	'kiosk.staff.enrol': 'Киоск ретінде тіркеу',
	'kiosk.staff.save': 'Өзгерістерді сақтау',
	'kiosk.staff.afterEnrol':
		'Тіркегеннен кейін сіздің сессияңыз жабылады, құрылғыдағы деректер өшіріледі және тіл таңдау беті ашылады.',
	'kiosk.staff.enrolled': 'Бұл құрылғы — {office} киоскі «{id}», {date} бастап.',
	'kiosk.staff.leave': 'Киоск режимінен шығу',
	'kiosk.staff.left': 'Киоск режимі өшірілді. Құрылғы кәдімгі браузер сияқты жұмыс істейді.',
	'kiosk.staff.logout': 'Шығу'
};

const ru: Record<keyof typeof kk, string> = {
	'kiosk.startAgain': 'Начать заново',
	'kiosk.startAgain.hint': 'Всё введённое будет удалено с этого устройства',
	'kiosk.language.title': 'Выберите язык',
	'kiosk.language.lead': 'Государственные услуги: ЗАГС, недвижимость, юридические лица',
	'kiosk.language.continue': 'Продолжить на русском',
	'kiosk.idle.title': 'Вы ещё здесь?',
	'kiosk.idle.body':
		'Вы давно не касались экрана. Когда отсчёт ниже закончится, всё, что вы ввели, будет удалено с этого устройства, и следующий посетитель начнёт с начала.',
	'kiosk.idle.announce': 'Ваши данные будут удалены через {seconds} с',
	'kiosk.idle.stay': 'Я здесь',
	'kiosk.staff.title': 'Настройка киоска',
	'kiosk.staff.lead':
		'Страница для сотрудников ЦОН: включить на этом устройстве режим киоска в зале или выйти из него.',
	'kiosk.staff.notAllowed': 'Настраивать киоск может только оператор ЦОН или администратор.',
	'kiosk.staff.signedInAs': '{name}, {office}',
	'kiosk.staff.kioskId': 'Номер киоска',
	'kiosk.staff.kioskIdHint': 'Латинские буквы, цифры и дефис, например psc-alm-03',
	'kiosk.staff.office': 'ЦОН',
	'kiosk.staff.idle': 'Время бездействия, секунд',
	'kiosk.staff.warning': 'Время предупреждения, секунд',
	'kiosk.staff.rangeHint': 'от {min} до {max}',
	'kiosk.staff.range': 'Введите целое число от {min} до {max}',
	'kiosk.staff.badId': 'Введите номер киоска латинскими буквами, цифрами и дефисом (2–40 знаков)',
	'kiosk.staff.enrol': 'Включить режим киоска',
	'kiosk.staff.save': 'Сохранить изменения',
	'kiosk.staff.afterEnrol':
		'После этого ваш сеанс будет завершён, данные на устройстве удалены и откроется страница выбора языка.',
	'kiosk.staff.enrolled': 'Это устройство — киоск «{id}» в {office} с {date}.',
	'kiosk.staff.leave': 'Выйти из режима киоска',
	'kiosk.staff.left': 'Режим киоска выключен. Устройство работает как обычный браузер.',
	'kiosk.staff.logout': 'Выйти'
};

const en: Record<keyof typeof kk, string> = {
	'kiosk.startAgain': 'Start again',
	'kiosk.startAgain.hint': 'Everything entered is cleared from this device',
	'kiosk.language.title': 'Choose a language',
	'kiosk.language.lead': 'Public services: civil registry, real estate, legal entities',
	'kiosk.language.continue': 'Continue in English',
	'kiosk.idle.title': 'Are you still there?',
	'kiosk.idle.body':
		'You have not touched the screen for a while. When the countdown below ends, everything you entered will be cleared from this device and the next visitor starts afresh.',
	'kiosk.idle.announce': 'Your data will be cleared in {seconds} s',
	'kiosk.idle.stay': 'I’m still here',
	'kiosk.staff.title': 'Kiosk setup',
	'kiosk.staff.lead': 'For PSC staff: make this device a kiosk in the hall, or take it out of kiosk mode.',
	'kiosk.staff.notAllowed': 'Only a PSC operator or an administrator can set up a kiosk.',
	'kiosk.staff.signedInAs': '{name}, {office}',
	'kiosk.staff.kioskId': 'Kiosk id',
	'kiosk.staff.kioskIdHint': 'Latin letters, digits and hyphens, e.g. psc-alm-03',
	'kiosk.staff.office': 'PSC',
	'kiosk.staff.idle': 'Idle period, seconds',
	'kiosk.staff.warning': 'Warning countdown, seconds',
	'kiosk.staff.rangeHint': '{min} to {max}',
	'kiosk.staff.range': 'Enter a whole number from {min} to {max}',
	'kiosk.staff.badId': 'Enter the kiosk id in Latin letters, digits and hyphens (2–40 characters)',
	'kiosk.staff.enrol': 'Enrol as a kiosk',
	'kiosk.staff.save': 'Save changes',
	'kiosk.staff.afterEnrol': 'Your session then ends, the data on the device are cleared and the language choice opens.',
	'kiosk.staff.enrolled': 'This device is kiosk “{id}” at {office} since {date}.',
	'kiosk.staff.leave': 'Leave kiosk mode',
	'kiosk.staff.left': 'Kiosk mode is off. The device works as an ordinary browser.',
	'kiosk.staff.logout': 'Sign out'
};

export const kiosk = { kk, ru, en } as const;
