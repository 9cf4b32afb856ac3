import type { ServiceDefinition } from '../../src/lib/domain/catalog/index.ts';

const hour = 3_600_000;

export function addHours(at: Date, hours: number): Date {
	return new Date(at.getTime() + hours * hour);
}

/**
 * When an automated service's result is due once its clock starts: the sum of the
 * regulation's step durations. The portal runs around the clock, so these minutes are
 * calendar minutes; staff steps (working time and days) arrive with the office workflow.
 */
export function automatedServiceDue(service: ServiceDefinition, start: Date): Date {
	const minutes = service.steps.reduce(
		(sum, step) => sum + (step.duration.minutes ?? 0) + (step.duration.hours ?? 0) * 60,
		0
	);
	return new Date(start.getTime() + minutes * 60_000);
}
