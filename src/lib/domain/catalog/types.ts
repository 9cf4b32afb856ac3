import type { FieldDefinition } from '../fields/types.ts';
import type { Text } from '../text.ts';

export interface ServiceStep {
	id: string;
	/** Who acts: the portal, an information system, or a member of staff. */
	actor: string;
	name: Text;
	duration: { minutes?: number; hours?: number; workingDays?: number; calendarDays?: number };
	source: string;
}

/** A public service as its regulation defines it. Pages, forms, fees and deadlines derive from this. */
export interface ServiceDefinition {
	id: string;
	name: Text;
	/** Short name for lists and buttons; the official name is `name`. */
	shortName: Text;
	description: Text;
	regulation: { document: string; annex: string; source: string };
	provider: Text;
	channels: ('portal' | 'kiosk')[];
	automation: 'automated' | 'partially-automated';
	result: Text;
	stateDuty: { mrpMultiple: number; paymentWindowHours: number; source: string } | null;
	steps: ServiceStep[];
	fields: FieldDefinition[];
	/** One question, or a small group that belongs together, per page. */
	pages: { id: string; title: Text; fields: string[] }[];
	/** Whom the result is about and therefore which registry record it needs. */
	registryCheck: 'birth-act-record';
}
