import type { ServiceDefinition } from '../../src/lib/domain/catalog/index.ts';
import { stepDuration, type Answers } from '../../src/lib/domain/catalog/rules.ts';
import type { WorkingCalendar } from '../../src/lib/domain/calendar/index.ts';
import { almatyToday } from '../../src/lib/domain/dates.ts';

const hour = 3_600_000;

export function addHours(at: Date, hours: number): Date {
	return new Date(at.getTime() + hours * hour);
}

/**
 * When an automated service's result is due once its clock starts: the sum of the
 * regulation's step durations. The portal runs around the clock, so these minutes are
 * calendar minutes.
 */
function automatedServiceDue(service: ServiceDefinition, start: Date): Date {
	const minutes = service.steps.reduce(
		(sum, step) => sum + (step.duration.minutes ?? 0) + (step.duration.hours ?? 0) * 60,
		0
	);
	return new Date(start.getTime() + minutes * 60_000);
}

/**
 * When the provider's result is due: the steps of the catalogue one after another, each
 * with the duration that applies to these answers (minutes and hours in working time,
 * working days skipping weekends and holidays, calendar days as they come).
 */
export function serviceDue(service: ServiceDefinition, answers: Answers, start: Date, calendar: WorkingCalendar): Date {
	if (service.automation === 'automated') return automatedServiceDue(service, start);
	const today = almatyToday(start);
	return calendar.addDurations(
		start,
		service.steps.map((step) => stepDuration(step, answers, today))
	);
}
