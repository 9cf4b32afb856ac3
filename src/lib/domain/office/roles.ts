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
