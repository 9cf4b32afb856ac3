// Prints the SQL that creates (or re-keys) one staff account, for a real D1 where the demo seed
// never runs. The password comes from the environment so it stays out of shell history and logs:
//   STAFF_PASSWORD='…' npx node scripts/staff-account.ts <login> <role> <office code> "<full name>" > account.sql
//   npx wrangler d1 execute DB --remote --file account.sql && rm account.sql
import { staffRoles, type StaffRole } from '../src/lib/domain/office/roles.ts';
import { hashPassword } from '../worker/office/auth/password.ts';

const [login, role, officeCode, fullName] = process.argv.slice(2);
const password = process.env.STAFF_PASSWORD ?? '';
if (!login || !officeCode || !fullName || !staffRoles.includes(role as StaffRole)) {
	console.error(
		`usage: STAFF_PASSWORD=… staff-account.ts <login> <${staffRoles.join('|')}> <office code> "<full name>"`
	);
	process.exit(2);
}
// NIST SP 800-63B: length is what makes a memorised secret strong; 12 is the floor here.
if (password.length < 12) {
	console.error('STAFF_PASSWORD must be at least 12 characters');
	process.exit(2);
}
const q = (value: string) => `'${value.replace(/'/g, "''")}'`;
console.log(
	`INSERT INTO staff (login, full_name, role, office_code, password_hash) VALUES (${[login, fullName, role, officeCode, await hashPassword(password)].map(q).join(', ')}) ON CONFLICT (login) DO UPDATE SET full_name = excluded.full_name, role = excluded.role, office_code = excluded.office_code, password_hash = excluded.password_hash, failed_logins = 0, locked_until = NULL;`
);
