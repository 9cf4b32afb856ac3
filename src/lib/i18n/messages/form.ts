// The form engine: pages, documents, fees. Kazakh first; ru and en must have exactly the same keys.
const kk = {
	'form.startNew': 'Жаңа өтініш бастау',
	'form.feeExemptions': 'Кейбір жағдайларда баж алынбайды.',
	'form.noFee': 'Бұл өтініш үшін мемлекеттік баж төленбейді.',
	'form.documents.title': 'Құжаттардың электрондық көшірмелері',
	'form.documents.lead':
		'Әр құжаттың фотосын немесе PDF файлын тіркеңіз (PDF, JPEG, PNG, әрқайсысы 5 МБ-қа дейін). Файлдар осы құрылғыда сақталады және өтінішпен бірге бір рет жіберіледі.',
	'catalog.group.civil-records': 'Куәліктер мен анықтамалар',
	'catalog.group.civil-registration': 'Азаматтық хал актілерін тіркеу',
	'catalog.group.registry-certificates': 'Жылжымайтын мүлік және заңды тұлғалар туралы анықтамалар',
	'catalog.feeFrom': 'Мемлекеттік баж {amount}, кейбір жағдайларда тегін',
	'catalog.inPerson': 'Құжаттардың түпнұсқаларымен келу қажет',
	'state.in_processing': 'Көрсетілетін қызметті берушіде қаралуда'
};

const ru = {
	'form.startNew': 'Начать новую заявку',
	'form.feeExemptions': 'В некоторых случаях пошлина не взимается.',
	'form.noFee': 'За эту заявку государственная пошлина не взимается.',
	'form.documents.title': 'Электронные копии документов',
	'form.documents.lead':
		'Приложите фото или PDF каждого документа (PDF, JPEG, PNG, до 5 МБ каждый). Файлы хранятся на этом устройстве и отправляются один раз вместе с заявкой.',
	'catalog.group.civil-records': 'Свидетельства и справки',
	'catalog.group.civil-registration': 'Регистрация актов гражданского состояния',
	'catalog.group.registry-certificates': 'Справки о недвижимости и юридических лицах',
	'catalog.feeFrom': 'Госпошлина {amount}, в некоторых случаях бесплатно',
	'catalog.inPerson': 'Нужно прийти с оригиналами документов',
	'state.in_processing': 'На рассмотрении у услугодателя'
} satisfies typeof kk;

const en = {
	'form.startNew': 'Start a new application',
	'form.feeExemptions': 'In some cases no duty is charged.',
	'form.noFee': 'No state duty is due for this application.',
	'form.documents.title': 'Electronic copies of documents',
	'form.documents.lead':
		'Attach a photo or a PDF of each document (PDF, JPEG, PNG, up to 5 MB each). The files are kept on this device and sent once, with the application.',
	'catalog.group.civil-records': 'Certificates and references',
	'catalog.group.civil-registration': 'Civil registration',
	'catalog.group.registry-certificates': 'Real estate and legal entity certificates',
	'catalog.feeFrom': 'State duty {amount}, free in some cases',
	'catalog.inPerson': 'You need to come with the original documents',
	'state.in_processing': 'Being processed by the provider'
} satisfies typeof kk;

export const form = { kk, ru, en };
