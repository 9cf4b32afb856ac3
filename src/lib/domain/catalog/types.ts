import type { FieldDefinition } from '../fields/types.ts';
import type { Text } from '../text.ts';

/**
 * A condition on the answers, so that pages, fields, documents, fees and step durations can
 * depend on what the person chose (e.g. «which certificate», «on what grounds») — as data.
 */
export type Condition =
	| { field: string; equals: string }
	| { field: string; in: string[] }
	/** The date answer lies more than `months` before the submission (e.g. a birth registered late). */
	| { field: string; olderThanMonths: number }
	| { all: Condition[] }
	| { any: Condition[] };

/** How long a step may take; minutes and hours count working time, days as named. */
export interface Duration {
	minutes?: number;
	hours?: number;
	workingDays?: number;
	calendarDays?: number;
	months?: number;
}

/** Who acts in a step (the office roles are those of the Almaty regulations). */
export type StepActor =
	'applicant' | 'portal' | 'information-system' | 'psc-operator' | 'office-clerk' | 'head' | 'responsible-officer';

export interface ServiceStep {
	id: string;
	actor: StepActor;
	name: Text;
	duration: Duration;
	/** Other durations of the same step, the first whose condition holds wins (e.g. changes to a record: 15 days). */
	variants?: { when: Condition; duration: Duration; source: string }[];
	/** Where the regulation states this step; `silent` notes say why a value is configurable. */
	source: string;
}

/** An electronic copy of a document the regulation asks for. */
export interface DocumentRequirement {
	id: string;
	name: Text;
	hint?: Text;
	/** Required when the condition holds (always when absent); `optional: true` makes it never required. */
	when?: Condition;
	optional?: boolean;
	/** How many files may be attached for this document (pages of a scan). */
	maxFiles: number;
	source: string;
}

/** The state duty: a multiple of the МРП paid within a window, with the cases where none is due. */
export interface StateDuty {
	mrpMultiple: number;
	paymentWindowHours: number;
	/** True where the source gives no amount (Standard No. 219 holds it): staff may change it in configuration. */
	configurable?: boolean;
	exemptions?: { when: Condition; reason: Text; source: string }[];
	source: string;
}

export type Channel = 'portal' | 'kiosk' | 'psc' | 'office';

/** A public service as its regulation defines it. Pages, forms, fees and deadlines derive from this. */
export interface ServiceDefinition {
	id: string;
	/** The official name, verbatim from the source in Kazakh; Russian and English translations. */
	name: Text;
	/** Short name for lists and buttons; the official name is `name`. */
	shortName: Text;
	description: Text;
	group: 'civil-registration' | 'civil-records' | 'registry-certificates';
	/** The act and its annex (or regulation) in each language; `source` is where our copy has it. */
	regulation: { document: Text; annex: Text; source: string };
	provider: Text;
	/** Channels named by the source. Every service can be prepared from the kiosk and the web. */
	channels: Channel[];
	/** For services the source accepts only in person: what the applicant brings and where. */
	inPerson?: Text;
	automation: 'automated' | 'partially-automated' | 'manual';
	result: Text;
	/** null: the service is free by its source. */
	stateDuty: StateDuty | null;
	steps: ServiceStep[];
	/** Extension of the deadline where extra checks are needed (Almaty regulations: up to 30 calendar days, notice within 3). */
	extension?: { maxCalendarDays: number; noticeWithinCalendarDays: number; source: string };
	/** A waiting period before the registration itself (marriage, divorce by mutual consent: one month). */
	waitingPeriod?: { duration: Duration; when?: Condition; source: string };
	fields: FieldDefinition[];
	documents: DocumentRequirement[];
	/** One question, or a small group that belongs together, per page; `when` skips a page. */
	pages: { id: string; title: Text; fields: string[]; when?: Condition }[];
	/** Which registry record answers the request at once; otherwise the provider's staff process it. */
	/**
	 * Answered at once from the civil registry: the act record of the type the answer to
	 * `kindField` names ('birth', 'marriage', 'divorce', 'name-change'), matched against the answers.
	 */
	registryCheck?: { record: 'act-record'; kindField: string };
}
