/**
 * Demo staff of two Almaty registry offices and their PSCs: every role of the workflow, two
 * responsible officers in Almaly (so the head has someone to choose between), an
 * administrator, and one registry officer (corrections of register records) in every registry
 * office. The ids are fixed so that tests can name the members they act as.
 */
import type { StaffRole } from '../../src/lib/domain/office/roles.ts';
import { hashPassword } from '../office/auth/password.ts';

export interface DemoStaffMember {
	id: number;
	login: string;
	fullName: string;
	role: StaffRole;
	officeCode: string;
}

/** The password of every demo account: printed in the README, never used outside a demo. */
export const demoStaffPassword = 'Qyzmet-demo-2026';

export const demoStaff: DemoStaffMember[] = [
	{
		id: 1,
		login: 'operator.alm',
		fullName: 'Жұмабаева Айгерім Сәрсенбайқызы',
		role: 'psc-operator',
		officeCode: 'PSC-ALA-ALM'
	},
	{ id: 2, login: 'clerk.alm', fullName: 'Тоқтарова Гүлназ Ерғалиқызы', role: 'office-clerk', officeCode: 'ALA-ALM' },
	{ id: 3, login: 'head.alm', fullName: 'Нұрғалиев Бауыржан Қайратұлы', role: 'head', officeCode: 'ALA-ALM' },
	{
		id: 4,
		login: 'officer.alm',
		fullName: 'Сейітқалиева Мөлдір Болатқызы',
		role: 'responsible-officer',
		officeCode: 'ALA-ALM'
	},
	{
		id: 5,
		login: 'officer2.alm',
		fullName: 'Өтепбергенов Дәурен Ғаниұлы',
		role: 'responsible-officer',
		officeCode: 'ALA-ALM'
	},
	{ id: 6, login: 'admin.alm', fullName: 'Құрманғалиев Ерлан Сұлтанұлы', role: 'administrator', officeCode: 'ALA-ALM' },
	{
		id: 7,
		login: 'operator.bos',
		fullName: 'Әлімжанова Дана Нұрланқызы',
		role: 'psc-operator',
		officeCode: 'PSC-ALA-BOS'
	},
	{
		id: 8,
		login: 'clerk.bos',
		fullName: 'Бекмұхаметова Ләззат Серікқызы',
		role: 'office-clerk',
		officeCode: 'ALA-BOS'
	},
	{ id: 9, login: 'head.bos', fullName: 'Ысқақов Асқар Жеңісұлы', role: 'head', officeCode: 'ALA-BOS' },
	{
		id: 10,
		login: 'officer.bos',
		fullName: 'Мұратбекова Жанар Төлеуқызы',
		role: 'responsible-officer',
		officeCode: 'ALA-BOS'
	},
	{
		id: 11,
		login: 'registrar.alm',
		fullName: 'Әміржанова Сәуле Қуанышқызы',
		role: 'registry-officer',
		officeCode: 'ALA-ALM'
	},
	{
		id: 12,
		login: 'registrar.bos',
		fullName: 'Ілиясов Мұхтар Бекұлы',
		role: 'registry-officer',
		officeCode: 'ALA-BOS'
	},
	{
		id: 13,
		login: 'registrar.med',
		fullName: 'Тәжібаева Әсел Ғалымқызы',
		role: 'registry-officer',
		officeCode: 'ALA-MED'
	},
	{
		id: 14,
		login: 'registrar.alf',
		fullName: 'Оспанов Нұрболат Әділұлы',
		role: 'registry-officer',
		officeCode: 'SHY-ALF'
	},
	{
		id: 15,
		login: 'registrar.aba',
		fullName: 'Құдайбергенова Үміт Серікқызы',
		role: 'registry-officer',
		officeCode: 'SHY-ABA'
	}
];

const q = (value: string | number) => (typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`);

/**
 * SQL that (re)loads the demo staff, one statement a line. A member already there keeps their
 * password, failure count and lock: re-seeding corrects names, roles and offices only. Each
 * member gets their own salt, so the fifteen PBKDF2 runs take a second or two; compute it once.
 */
export async function staffSql(staff: DemoStaffMember[] = demoStaff): Promise<string> {
	const statements = await Promise.all(
		staff.map(
			async (s) =>
				`INSERT INTO staff (id, login, full_name, role, office_code, password_hash) VALUES (${[s.id, s.login, s.fullName, s.role, s.officeCode, await hashPassword(demoStaffPassword)].map(q).join(', ')}) ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name, role = excluded.role, office_code = excluded.office_code;`
		)
	);
	return statements.join('\n');
}
