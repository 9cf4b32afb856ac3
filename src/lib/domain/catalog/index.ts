import { civilStatusReference } from './civil-status-reference.ts';
import type { ServiceDefinition } from './types.ts';

/** Every service Qyzmet offers, one file per service beside this one. */
export const catalog: readonly ServiceDefinition[] = [civilStatusReference];

export const serviceIds = catalog.map((s) => s.id) as [string, ...string[]];

export function findService(id: string): ServiceDefinition | undefined {
	return catalog.find((s) => s.id === id);
}

export type { ServiceDefinition, ServiceStep } from './types.ts';
