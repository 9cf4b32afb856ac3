import { error } from '@sveltejs/kit';
import { catalog, findService } from '$lib/domain/catalog/index.ts';

// Runs at build time (prerender): each form page gets its own service as data, so it does not
// ship the other fourteen in its JavaScript.
export const entries = () => catalog.map((s) => ({ service: s.id }));

export function load({ params }) {
	const service = findService(params.service);
	if (!service) error(404);
	return { service };
}
