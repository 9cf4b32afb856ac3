import { error } from '@sveltejs/kit';
import { catalog, findService } from '$lib/domain/catalog/index.ts';

export const entries = () => catalog.map((s) => ({ service: s.id }));

export function load({ params }) {
	const service = findService(params.service);
	if (!service) error(404);
	return { service };
}
