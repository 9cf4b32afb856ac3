// The names of the documents Qyzmet issues, by document type: the status page calls a result by
// its kind, and the verification page names what it checked.
const kk = {
	'document.birth-reference': 'Туу туралы анықтама',
	'document.name-change-reference': 'Тегін, атын, әкесінің атын ауыстырғаны туралы анықтама',
	'document.divorce-reference': 'Некені бұзу туралы анықтама',
	'document.marriage-reference': 'Некеге тұрғаны туралы анықтама',
	'document.duplicate-acceptance-notice': 'Қайталама куәлік туралы өтінішті қабылдау туралы хабарлама',
	'document.marriage-registration-notice': 'Некені тіркеу уақыты, күні және орны туралы хабарлама',
	'document.real-estate-rights':
		'Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама',
	'document.real-estate-presence': 'Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтама',
	'document.legal-entity-registered': 'Заңды тұлғаны тіркеу туралы анықтама',
	'document.legal-entity-branches': 'Заңды тұлғаның филиалдары мен өкілдіктері туралы анықтама',
	'document.person-participation': 'Жеке тұлғаның заңды тұлғаларға қатысуы туралы анықтама',
	'document.entity-participation': 'Заңды тұлғаның басқа заңды тұлғаларға қатысуы туралы анықтама'
};

export const documents = {
	kk,
	ru: {
		'document.birth-reference': 'Справка о рождении',
		'document.name-change-reference': 'Справка о перемене фамилии, имени, отчества',
		'document.divorce-reference': 'Справка о расторжении брака',
		'document.marriage-reference': 'Справка о заключении брака',
		'document.duplicate-acceptance-notice': 'Уведомление о принятии заявления о повторном свидетельстве',
		'document.marriage-registration-notice': 'Уведомление о времени, дате и месте регистрации брака',
		'document.real-estate-rights':
			'Справка о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках',
		'document.real-estate-presence': 'Справка об отсутствии (наличии) недвижимого имущества',
		'document.legal-entity-registered': 'Справка о зарегистрированном юридическом лице',
		'document.legal-entity-branches': 'Справка о филиалах и представительствах юридического лица',
		'document.person-participation': 'Справка об участии физического лица в юридических лицах',
		'document.entity-participation': 'Справка об участии юридического лица в других юридических лицах'
	},
	en: {
		'document.birth-reference': 'Birth reference',
		'document.name-change-reference': 'Reference on a change of name',
		'document.divorce-reference': 'Reference on a divorce',
		'document.marriage-reference': 'Reference on a marriage',
		'document.duplicate-acceptance-notice': 'Notice of acceptance of a request for a duplicate certificate',
		'document.marriage-registration-notice': 'Notice of the time, date and place of the marriage registration',
		'document.real-estate-rights':
			'Certificate on registered rights (encumbrances) to real estate and its technical characteristics',
		'document.real-estate-presence': 'Certificate on the absence (presence) of real estate',
		'document.legal-entity-registered': 'Certificate on a registered legal entity',
		'document.legal-entity-branches': 'Certificate on a legal entity’s branches and representative offices',
		'document.person-participation': 'Certificate on an individual’s participation in legal entities',
		'document.entity-participation': 'Certificate on a legal entity’s participation in other legal entities'
	}
} satisfies Record<'kk' | 'ru' | 'en', Record<keyof typeof kk, string>>;
