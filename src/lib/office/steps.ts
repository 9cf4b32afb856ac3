/**
 * A step's name for the office pages, from its id alone (the queue lists only ids): the
 * catalogue's own steps first, then the steps the workflow adds (PSC transfer and hand-over,
 * the office hand-over, the date agreed for a waiting period).
 */
import { findService } from '$lib/domain/catalog/index.ts';
import { almatyToday } from '$lib/domain/dates.ts';
import { workflowPlan } from '$lib/domain/office/workflow.ts';
import type { Text } from '$lib/domain/text.ts';

const cache = new Map<string, Text | null>();

export function stepName(serviceId: string, stepId: string): Text | null {
	const key = `${serviceId}/${stepId}`;
	if (cache.has(key)) return cache.get(key)!;
	const service = findService(serviceId);
	let name: Text | null = service?.steps.find((s) => s.id === stepId)?.name ?? null;
	if (!name && service) {
		// The PSC channel's plan holds every added step but the date-setting one, whose name the page knows.
		name = workflowPlan(service, {}, 'psc', almatyToday()).find((s) => s.id === stepId)?.name ?? null;
	}
	cache.set(key, name);
	return name;
}
