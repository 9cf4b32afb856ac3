const kk = {
	'verify.title': 'Құжатты тексеру'
};

export const verify = {
	kk,
	ru: { 'verify.title': 'Проверка документа' } satisfies typeof kk,
	en: { 'verify.title': 'Verify a document' } satisfies typeof kk
};
