/**
 * The two demo people of the README, with their birth act records' facts as a person types them
 * into the birth reference's form.
 */
export const gulnur = {
	name: 'Әбілқасымова Гүлнұр Өмірқызы',
	iin: '900321401236',
	birthDate: '21.03.1990',
	place: 'Алматы',
	father: 'Әбілқасымов Өмір Серікұлы',
	mother: 'Жақсыбекова Сәуле Ерланқызы'
};

export const nurlan = {
	name: 'Сейітқали Нұрлан Ерболұлы',
	iin: '010715504561',
	birthDate: '15.07.2001',
	place: 'Шымкент',
	father: 'Сейітқали Ербол Асқарұлы',
	mother: 'Тұрсынбаева Айгүл Қанатқызы'
};

export type DemoPerson = typeof gulnur;
