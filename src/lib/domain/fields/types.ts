import type { Condition } from '../catalog/types.ts';
import type { FieldErrorKey } from '../errors.ts';
import type { Text } from '../text.ts';

/** What a field type may know about its definition while parsing. */
export interface ParseOptions {
	notInFuture?: boolean;
	notInPast?: boolean;
	monthsAhead?: number;
	options?: readonly ChoiceOption[];
	/** Today in Asia/Almaty as YYYY-MM-DD (tests pin it). */
	today?: string;
}

/**
 * One kind of question (after GOV.UK Forms' question models): it owns how typed input
 * becomes a stored answer, the named reasons it is rejected, and how an answer is shown
 * on "check your answers". Pages and the Worker's schema both go through it.
 */
export interface FieldType {
	/** What the person typed → the stored answer, or the reason it cannot be one. */
	parse(input: string, options: ParseOptions): { ok: true; value: string } | { ok: false; error: FieldErrorKey };
	/** The stored answer → the text people read (it may differ from the typed form, e.g. dates, choices). */
	display(value: string, options: ParseOptions): string | Text;
	/** The stored answer → the text put back into the input when the person changes it. */
	toInput(value: string): string;
	inputMode: 'numeric' | 'text' | 'choice';
	autocomplete?: 'off' | 'name' | 'bday' | 'street-address';
	maxLength: number;
}

export interface ChoiceOption {
	value: string;
	label: Text;
	hint?: Text;
}

export type FieldKind =
	'iin' | 'bin' | 'date' | 'personName' | 'place' | 'address' | 'actRecordNumber' | 'text' | 'choice';

export interface FieldDefinition {
	id: string;
	type: FieldKind;
	label: Text;
	hint?: Text;
	optional?: boolean;
	/** Asked only when the condition holds; otherwise not asked, not stored, not accepted. */
	when?: Condition;
	/** Dates: the law forbids dates after today (birth, registration) or before it (a wished date). */
	notInFuture?: boolean;
	notInPast?: boolean;
	/** Dates: no later than this many months after today (a wished date is a plan, not a decade away). */
	monthsAhead?: number;
	/** Dates: must equal the date of birth encoded in this IIN field. */
	matchesBirthDateOf?: string;
	/** Choices: the allowed answers. */
	options?: ChoiceOption[];
	/** Where the regulation asks for this field. */
	source: string;
}
