import type { StepActor } from '../catalog/types.ts';
import type { Text } from '../text.ts';

/** The staff roles: the office roles of the Almaty regulations, the PSC operator and an administrator. */
export const staffRoles = ['psc-operator', 'office-clerk', 'head', 'responsible-officer', 'administrator'] as const;
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
	administrator: { kk: 'Әкімші', ru: 'Администратор', en: 'Administrator' }
};
