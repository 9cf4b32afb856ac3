// The kiosk's on-screen keyboard: its name and the names of its function keys, read by screen
// readers (the keys show symbols). The alphabet switch keys name themselves (Қаз / Рус / Lat).
const kk = {
	'keyboard.name': 'Экрандағы пернетақта',
	'keyboard.backspace': 'Өшіру',
	'keyboard.shift': 'Бас әріп',
	'keyboard.space': 'Бос орын',
	'keyboard.done': 'Дайын',
	'keyboard.alphabet.kk': 'Қазақша әріптер',
	'keyboard.alphabet.ru': 'Орысша әріптер',
	'keyboard.alphabet.en': 'Латын әріптері'
};

const ru: Record<keyof typeof kk, string> = {
	'keyboard.name': 'Экранная клавиатура',
	'keyboard.backspace': 'Стереть',
	'keyboard.shift': 'Заглавная буква',
	'keyboard.space': 'Пробел',
	'keyboard.done': 'Готово',
	'keyboard.alphabet.kk': 'Казахские буквы',
	'keyboard.alphabet.ru': 'Русские буквы',
	'keyboard.alphabet.en': 'Латинские буквы'
};

const en: Record<keyof typeof kk, string> = {
	'keyboard.name': 'On-screen keyboard',
	'keyboard.backspace': 'Backspace',
	'keyboard.shift': 'Capital letter',
	'keyboard.space': 'Space',
	'keyboard.done': 'Done',
	'keyboard.alphabet.kk': 'Kazakh letters',
	'keyboard.alphabet.ru': 'Russian letters',
	'keyboard.alphabet.en': 'Latin letters'
};

export const keyboard = { kk, ru, en } as const;
