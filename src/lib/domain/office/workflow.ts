/**
 * The provider's procedure for one application: the catalogue's staff steps for these answers,
 * what each step lets its role do, and which step follows. Pure data in, data out — the Worker
 * applies it to D1, the office pages use it to show the plan and the buttons.
 *
 * Where the sources add to the catalogue's office steps:
 * - PSC channel (Almaty regulations para 13, e.g. [003 reg. 1] L91–94): the PSC checks completeness and
 *   gives a receipt, then sends the documents to the provider within 1 working day; the provider
 *   prepares the result and sends it back to the PSC, where it is handed over.
 * - A waiting period (marriage, divorce by mutual consent: one month) needs a date agreed with the
 *   applicants; where the catalogue has no date-setting step for it, one is added before the act record.
 * - A paper result prepared by an officer (a duplicate) must still be handed over: a hand-over step is
 *   added after it ([003 reg. 1] para 14, L97: identity document or notarised power of attorney).
 */
import { stepDuration, holds, type Answers } from '../catalog/rules.ts';
import type { Duration, ServiceDefinition } from '../catalog/types.ts';
import type { Text } from '../text.ts';
import { isStepRole, type StepRole } from './roles.ts';

/** What a step asks of its role; several catalogue steps share one kind. */
export type StepKind =
	| 'psc-transfer'
	| 'register'
	| 'assign'
	| 'review'
	| 'set-date'
	| 'act-record'
	| 'prepare-result'
	| 'sign'
	| 'issue'
	| 'psc-handover';

/** Catalogue step ids → kinds. A staff step missing here fails the catalogue test, not an application. */
export const stepKinds: Record<string, StepKind> = {
	'psc-transfer': 'psc-transfer',
	registration: 'register',
	resolution: 'assign',
	review: 'review',
	'data-check': 'review',
	acceptance: 'review',
	'date-setting': 'set-date',
	'registration-notice': 'set-date',
	'act-record': 'act-record',
	'result-drawing-up': 'prepare-result',
	'paper-duplicate': 'prepare-result',
	signature: 'sign',
	issue: 'issue',
	dispatch: 'issue',
	ceremony: 'issue',
	'psc-handover': 'psc-handover'
};

export const actionNames = [
	'transfer',
	'register',
	'assign',
	'approve',
	'refuse',
	'request-documents',
	'documents-received',
	'extend',
	'set-date',
	'enter-act-record',
	'prepare-result',
	'sign',
	'hand-over',
	'send-to-psc'
] as const;
export type ActionName = (typeof actionNames)[number];

const actionsOfKind: Record<StepKind, readonly ActionName[]> = {
	'psc-transfer': ['transfer'],
	register: ['register'],
	assign: ['assign'],
	review: ['approve', 'refuse', 'request-documents', 'documents-received', 'extend'],
	'set-date': ['set-date'],
	'act-record': ['enter-act-record'],
	'prepare-result': ['prepare-result'],
	sign: ['sign'],
	issue: ['hand-over', 'send-to-psc'],
	'psc-handover': ['hand-over']
};

export interface PlannedStep {
	/** Position in this application's plan, from 0. */
	seq: number;
	id: string;
	kind: StepKind;
	actor: StepRole;
	name: Text;
	/** null: no deadline (the step waits for the applicant, e.g. collecting the result at the PSC). */
	duration: Duration | null;
	source: string;
}

export type IntakeChannel = 'portal' | 'kiosk' | 'psc' | 'office';

const pscTransfer: Omit<PlannedStep, 'seq'> = {
	id: 'psc-transfer',
	kind: 'psc-transfer',
	actor: 'psc-operator',
	name: {
		kk: 'Құжаттарды көрсетілетін қызметті берушіге жолдау',
		ru: 'Передача документов услугодателю',
		en: 'Sending the documents to the provider'
	},
	duration: { workingDays: 1 },
	source: '[003 reg. 1] para 13, L93 («1 (бір) жұмыс күні ішінде жолданады»); the same in every Almaty regulation'
};

const pscHandover: Omit<PlannedStep, 'seq'> = {
	id: 'psc-handover',
	kind: 'psc-handover',
	actor: 'psc-operator',
	name: {
		kk: 'Нәтижені ХҚКО-да беру',
		ru: 'Выдача результата в ЦОН',
		en: 'Handing the result over at the PSC'
	},
	duration: null,
	source: '[003 reg. 1] para 13, L94 («нәтижесін әзірлейді және ХҚКО-на жолдайды»); no term for the collection'
};

const handOver: Omit<PlannedStep, 'seq'> = {
	id: 'issue',
	kind: 'issue',
	actor: 'office-clerk',
	name: {
		kk: 'Нәтижені беру',
		ru: 'Выдача результата',
		en: 'Handing over the result'
	},
	duration: null,
	source:
		'[003 reg. 1] para 14, L97 (hand-over on an identity document or a notarised power of attorney); no term given'
};

const dateSetting: Omit<PlannedStep, 'seq' | 'source'> = {
	id: 'date-setting',
	kind: 'set-date',
	actor: 'responsible-officer',
	name: {
		kk: 'Тіркеу күнін өтініш берушілермен келісу',
		ru: 'Согласование даты регистрации с заявителями',
		en: 'Agreeing the registration date with the applicants'
	},
	duration: { minutes: 20 }
};

function isEmpty(duration: Duration): boolean {
	return Object.values(duration).every((v) => !v);
}

/**
 * The steps the provider's staff (and the PSC) take for this application, in order.
 * @example
 * workflowPlan(findService('birth-registration')!, answers, 'psc', '2026-11-23').map((s) => s.id);
 * // ['psc-transfer', 'registration', 'resolution', 'review', 'act-record', 'signature', 'issue', 'psc-handover']
 */
export function workflowPlan(
	service: ServiceDefinition,
	answers: Answers,
	channel: IntakeChannel,
	today: string
): PlannedStep[] {
	const steps: Omit<PlannedStep, 'seq'>[] = [];
	if (channel === 'psc') steps.push(pscTransfer);
	for (const step of service.steps) {
		if (!isStepRole(step.actor)) continue; // the portal's and the information system's steps are done at once
		const kind = stepKinds[step.id];
		if (!kind) throw new Error(`${service.id}: step ${step.id} has no kind (office/workflow.ts stepKinds)`);
		const duration = stepDuration(step, answers, today);
		// A date-setting step that takes no time for these answers does not happen (changes to a record).
		if (kind === 'set-date' && isEmpty(duration)) continue;
		if (kind === 'act-record' && needsDate(service, answers, today) && !steps.some((s) => s.kind === 'set-date')) {
			steps.push({ ...dateSetting, source: service.waitingPeriod!.source });
		}
		steps.push({ id: step.id, kind, actor: step.actor, name: step.name, duration, source: step.source });
	}
	if (steps.at(-1)?.kind === 'prepare-result') steps.push(handOver);
	if (channel === 'psc' && steps.at(-1)?.kind === 'issue') steps.push(pscHandover);
	return steps.map((step, seq) => ({ ...step, seq }));
}

/** Whether this application waits for an agreed date (marriage, divorce by mutual consent). */
export function needsDate(service: ServiceDefinition, answers: Answers, today: string): boolean {
	return service.waitingPeriod !== undefined && holds(service.waitingPeriod.when, answers, today);
}

/** Where an application stands, as far as the allowed actions depend on it. */
export interface StepState {
	kind: StepKind;
	/** The clock waits for the applicant: documents were requested. */
	hold: 'documents_requested' | null;
	/** Calendar days the deadline has already been extended by. */
	extendedDays: number;
	/** The application came through a PSC, which hands the result over. */
	viaPsc: boolean;
}

/**
 * The actions open at this step. While documents are awaited only their receipt (or a refusal) can be
 * recorded; an extension is possible where the service has one, up to its maximum in all; a result
 * goes back to the PSC that took the application, and is handed over in the office otherwise.
 */
export function availableActions(service: ServiceDefinition, state: StepState): ActionName[] {
	if (state.hold === 'documents_requested') return state.kind === 'review' ? ['documents-received', 'refuse'] : [];
	return actionsOfKind[state.kind].filter((action) => {
		if (action === 'documents-received') return false;
		if (action === 'extend') return !!service.extension && state.extendedDays < service.extension.maxCalendarDays;
		if (state.kind === 'issue') return action === (state.viaPsc ? 'send-to-psc' : 'hand-over');
		return true;
	});
}

/** Whether an action ends the procedure: a refusal, or the result handed over. */
export function endsProcedure(action: ActionName, plan: readonly PlannedStep[], seq: number): boolean {
	return action === 'refuse' || (action === 'hand-over' && seq === plan.length - 1);
}

/** Actions that complete the current step (the others keep the application where it is). */
export function completesStep(action: ActionName): boolean {
	return action !== 'request-documents' && action !== 'documents-received' && action !== 'extend';
}
