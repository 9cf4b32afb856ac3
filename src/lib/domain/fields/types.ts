import type { FieldErrorKey } from '../errors.ts';
import type { Text } from '../text.ts';

/**
 * One kind of question (after GOV.UK Forms' question models): it owns how typed input
 * becomes a stored answer, the named reasons it is rejected, and how an answer is shown
 * on "check your answers". Pages and the Worker's schema both go through it.
 */
export interface FieldType<Options = object> {
	/** What the person typed → the stored answer, or the reason it cannot be one. */
	parse(input: string, options: Options): { ok: true; value: string } | { ok: false; error: FieldErrorKey };
	/** The stored answer → the text people read (it may differ from the typed form, e.g. dates). */
	display(value: string): string;
	/** The stored answer → the text put back into the input when the person changes it. */
	toInput(value: string): string;
	inputMode: 'numeric' | 'text';
	autocomplete?: 'off' | 'name' | 'bday';
	maxLength: number;
}

export interface FieldDefinition {
	id: string;
	type: 'iin' | 'date' | 'personName' | 'place';
	label: Text;
	hint?: Text;
	optional?: boolean;
	/** Dates only: the law forbids dates after today (birth, registration). */
	notInFuture?: boolean;
	/** Where the regulation asks for this field. */
	source: string;
}
