import { catalog } from '$lib/domain/catalog/index.ts';
import type { Text } from '$lib/domain/text.ts';

// Runs at build time (prerender): the list needs each service's short name, and the labels of
// its questions and documents to name the field a server refusal points at — not the services' code.
export function load() {
	return {
		services: Object.fromEntries(
			catalog.map((s) => [
				s.id,
				{
					shortName: s.shortName,
					labels: Object.fromEntries<Text>([
						...s.fields.map((f) => [f.id, f.label] as const),
						...s.documents.map((d) => [`documents.${d.id}`, d.name] as const)
					])
				}
			])
		)
	};
}
