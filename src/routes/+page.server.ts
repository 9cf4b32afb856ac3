import { catalog } from '$lib/domain/catalog/index.ts';

// Runs at build time (prerender): the catalogue page needs each service's names, group and fee
// rule, not its questions, so only that summary travels (as prerendered data, cached offline).
export function load() {
	return {
		services: catalog.map((service) => ({
			id: service.id,
			group: service.group,
			name: service.name,
			shortName: service.shortName,
			description: service.description,
			inPerson: service.inPerson !== undefined,
			stateDuty: service.stateDuty && {
				mrpMultiple: service.stateDuty.mrpMultiple,
				hasExemptions: (service.stateDuty.exemptions?.length ?? 0) > 0
			}
		}))
	};
}
