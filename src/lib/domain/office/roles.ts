import type { StepActor } from '../catalog/types.ts';
import type { Text } from '../text.ts';

/**
 * The staff roles: the office roles of the Almaty regulations, the PSC operator, an administrator,
 * and the registry officer who corrects register records on documented grounds.
 */
export const staffRoles = [
	'psc-operator',
	'office-clerk',
	'head',
	'responsible-officer',
	'administrator',
	'registry-officer'
] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Roles that act on an application's steps (the administrator manages accounts and the calendar only). */
export type StepRole = Extract<StepActor, StaffRole>;

export function isStepRole(actor: string): actor is StepRole {
	return actor === 'psc-operator' || actor === 'office-clerk' || actor === 'head' || actor === 'responsible-officer';
}

/**
 * Who may revoke an issued certificate: a head (басшы) of a registry office of the department
 * that issued it — the department whose key signed it. The head signs the results of the office's
 * procedures, so withdrawing a signed document, the reverse act, is the head's as well; a
 * responsible officer or a registry officer who finds a reason asks the head. The department,
 * not the office, bounds it, because the department is the issuer the trust list names.
 */
export const certificateRevokerRoles = ['head'] as const satisfies readonly StaffRole[];

export function mayRevokeCertificates(role: StaffRole): boolean {
	return (certificateRevokerRoles as readonly StaffRole[]).includes(role);
}

export const roleNames: Record<StaffRole, Text> = {
	'psc-operator': { kk: 'ХҚКО операторы', ru: 'Оператор ЦОН', en: 'PSC operator' },
	'office-clerk': { kk: 'Кеңсе қызметкері', ru: 'Сотрудник канцелярии', en: 'Office clerk' },
	head: { kk: 'Басшы', ru: 'Руководитель', en: 'Head' },
	'responsible-officer': { kk: 'Жауапты орындаушы', ru: 'Ответственный исполнитель', en: 'Responsible officer' },
	administrator: { kk: 'Әкімші', ru: 'Администратор', en: 'Administrator' },
	'registry-officer': { kk: 'Тізілім тіркеушісі', ru: 'Регистратор реестра', en: 'Registry officer' }
};

/** Where a member of staff starts after signing in: the registry officer has no queue of applications. */
export function homePath(role: StaffRole): string {
	return role === 'registry-officer' ? '/office/registry' : '/office/queue';
}
