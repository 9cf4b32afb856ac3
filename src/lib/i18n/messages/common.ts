const kk = {
	'app.name': 'Qyzmet — мемлекеттік қызметтер',
	'lang.kk': 'Қазақша',
	'lang.ru': 'Русский',
	'lang.en': 'English'
};

export const common = {
	kk,
	ru: {
		'app.name': 'Qyzmet — государственные услуги',
		'lang.kk': 'Қазақша',
		'lang.ru': 'Русский',
		'lang.en': 'English'
	} satisfies typeof kk,
	en: {
		'app.name': 'Qyzmet — public services',
		'lang.kk': 'Қазақша',
		'lang.ru': 'Русский',
		'lang.en': 'English'
	} satisfies typeof kk
};
