import type { Text } from '../../text.ts';
import type { Duration, ServiceDefinition, ServiceStep, StepActor } from '../types.ts';

/**
 * The provider's office procedure of the Almaty regulations (resolution No. 4/646): the same actions,
 * by the same actors, under the same names in each regulation — register, the head's resolution,
 * review, the act record, signature, issue. Durations differ per regulation and are always given by
 * the caller, as are the citations. A service whose step is named otherwise (e.g. the signature of
 * «the result or the reasoned refusal») spells that step out itself.
 *
 * Pure data builders: each call returns new objects.
 */

const officeSteps = {
	registration: {
		actor: 'office-clerk',
		name: {
			kk: 'Өтінішті тіркеу және басшыға жолдау',
			ru: 'Регистрация заявления и передача руководителю',
			en: 'Registering the application and passing it to the head'
		}
	},
	resolution: {
		actor: 'head',
		name: {
			kk: 'Басшының қарауы және бұрыштама қоюы',
			ru: 'Рассмотрение руководителем и наложение резолюции',
			en: 'The head reviews the application and assigns it'
		}
	},
	review: {
		actor: 'responsible-officer',
		name: {
			kk: 'Құжаттардың толықтығы мен заңнамаға сәйкестігін тексеру',
			ru: 'Проверка полноты документов и их соответствия законодательству',
			en: 'Checking that the documents are complete and lawful'
		}
	},
	'act-record': {
		actor: 'responsible-officer',
		name: {
			kk: 'Ақпараттық жүйеде акт жазбасын жасау, тіркеу және нәтижені дайындау',
			ru: 'Составление актовой записи в информационной системе, регистрация и подготовка результата',
			en: 'Making the act record in the information system, registering it and preparing the result'
		}
	},
	signature: {
		actor: 'head',
		name: {
			kk: 'Басшының нәтижеге қол қоюы',
			ru: 'Подписание результата руководителем',
			en: 'The head signs the result'
		}
	},
	issue: {
		actor: 'office-clerk',
		name: {
			kk: 'Нәтижені беру немесе ХҚКО-ға жолдау',
			ru: 'Выдача результата или направление в ЦОН',
			en: 'Handing over the result or sending it to the PSC'
		}
	}
} satisfies Record<string, { actor: StepActor; name: Text }>;

export type OfficeStepId = keyof typeof officeSteps;

/** One office step by its id, e.g. `officeStep('registration', { duration: { minutes: 20 }, source })`. */
export function officeStep(
	id: OfficeStepId,
	o: { duration: Duration; variants?: ServiceStep['variants']; source: string }
): ServiceStep {
	const { actor, name } = officeSteps[id];
	return {
		id,
		actor,
		name: { ...name },
		duration: o.duration,
		...(o.variants ? { variants: o.variants } : {}),
		source: o.source
	};
}

/**
 * The extension clause: where extra checks of the documents or requests to other state bodies are
 * needed, the term is extended by up to 30 calendar days, the applicant told within 3 calendar days.
 */
export function extensionClause(source: string): NonNullable<ServiceDefinition['extension']> {
	return { maxCalendarDays: 30, noticeWithinCalendarDays: 3, source };
}
