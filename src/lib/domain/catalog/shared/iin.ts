import type { FieldDefinition } from '../../fields/types.ts';
import type { Text } from '../../text.ts';
import type { ServiceDefinition } from '../types.ts';

/**
 * The applicant's IIN: the first question of every service, on its own page. Pure data builders:
 * each call returns new objects; the citation is the service's own.
 */

/** The `iin` field; `hint` replaces the usual one where a service says more (e.g. who applies). */
export function iinField(source: string, hint?: Text): FieldDefinition {
	return {
		id: 'iin',
		type: 'iin',
		label: {
			kk: 'Жеке сәйкестендіру нөміріңіз (ЖСН)',
			ru: 'Ваш индивидуальный идентификационный номер (ИИН)',
			en: 'Your individual identification number (IIN)'
		},
		hint: hint ?? {
			kk: '12 цифр, жеке куәлігіңізде жазылған',
			ru: '12 цифр, указан в удостоверении личности',
			en: '12 digits, printed on your identity card'
		},
		source
	};
}

/** The first page: the IIN alone. */
export function iinPage(): ServiceDefinition['pages'][number] {
	return { id: 'iin', title: { kk: 'ЖСН', ru: 'ИИН', en: 'IIN' }, fields: ['iin'] };
}
