// The display settings beside the language switch: large text and high contrast.
const kk = {
	'display.label': 'Көрініс',
	'display.largeText': 'Үлкен қаріп',
	'display.highContrast': 'Жоғары контраст'
};

const ru: Record<keyof typeof kk, string> = {
	'display.label': 'Отображение',
	'display.largeText': 'Крупный шрифт',
	'display.highContrast': 'Высокий контраст'
};

const en: Record<keyof typeof kk, string> = {
	'display.label': 'Display',
	'display.largeText': 'Large text',
	'display.highContrast': 'High contrast'
};

export const display = { kk, ru, en } as const;
