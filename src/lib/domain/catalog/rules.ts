/**
 * What a service asks of this person, given their answers so far: which pages and fields are
 * asked, which documents are required, whether a state duty is due and how long a step takes.
 * Pages, the Worker and the deadline calculation all go through these, never their own copies.
 */
import { addCivilMonths, formatCivilDate, parseCivilDate } from '../calendar/civil.ts';
import type { FieldDefinition } from '../fields/types.ts';
import type { Condition, DocumentRequirement, Duration, ServiceDefinition, ServiceStep } from './types.ts';

export type Answers = Record<string, string>;

/** True when the condition holds for these (parsed) answers; no condition always holds. */
export function holds(condition: Condition | undefined, answers: Answers, today: string): boolean {
	if (!condition) return true;
	if ('all' in condition) return condition.all.every((c) => holds(c, answers, today));
	if ('any' in condition) return condition.any.some((c) => holds(c, answers, today));
	const answer = answers[condition.field];
	if ('equals' in condition) return answer === condition.equals;
	if ('in' in condition) return answer !== undefined && condition.in.includes(answer);
	return answer !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(answer)
		? formatCivilDate(addCivilMonths(parseCivilDate(answer), condition.olderThanMonths)) < today
		: false;
}

/** The pages asked of this person, in order. */
export function activePages(service: ServiceDefinition, answers: Answers, today: string) {
	return service.pages.filter((page) => holds(page.when, answers, today));
}

/** The fields asked of this person: their page is asked and their own condition holds. */
export function activeFields(service: ServiceDefinition, answers: Answers, today: string): FieldDefinition[] {
	const asked = new Set(activePages(service, answers, today).flatMap((p) => p.fields));
	return service.fields.filter((f) => asked.has(f.id) && holds(f.when, answers, today));
}

/** The documents this person must (or may) attach. */
export function activeDocuments(service: ServiceDefinition, answers: Answers, today: string): DocumentRequirement[] {
	return service.documents.filter((d) => holds(d.when, answers, today));
}

/** The МРП multiple due for this request, or the reason none is due. */
export function stateDutyDue(
	service: ServiceDefinition,
	answers: Answers,
	today: string
): { mrpMultiple: number; paymentWindowHours: number } | { mrpMultiple: null; exemption?: string } {
	const duty = service.stateDuty;
	if (!duty) return { mrpMultiple: null };
	const exemption = duty.exemptions?.find((e) => holds(e.when, answers, today));
	if (exemption) return { mrpMultiple: null, exemption: exemption.source };
	return { mrpMultiple: duty.mrpMultiple, paymentWindowHours: duty.paymentWindowHours };
}

/** A step's duration for this request: the first variant whose condition holds, else the default. */
export function stepDuration(step: ServiceStep, answers: Answers, today: string): Duration {
	return step.variants?.find((v) => holds(v.when, answers, today))?.duration ?? step.duration;
}
