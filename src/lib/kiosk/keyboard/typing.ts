/**
 * How an on-screen key edits the field that has focus: at the caret, within maxlength, and
 * announced with an `input` event, so Svelte's bind:value and the draft autosave see it exactly
 * as they see a physical key.
 */
import { keysAttribute, type KeysKind } from './layouts.ts';

export type TextField = HTMLInputElement | HTMLTextAreaElement;

// Input types a visitor types text into; the others have pickers of their own (date, file…).
const textTypes = new Set(['text', 'search', 'tel', 'url', 'email', 'password', 'number']);
// Only these let a script read and move the caret; into the others the keyboard types at the end.
const caretTypes = new Set(['text', 'search', 'tel', 'url', 'password']);

export function isTextField(element: EventTarget | null): element is TextField {
	if (element instanceof HTMLTextAreaElement) return !element.readOnly && !element.disabled;
	return element instanceof HTMLInputElement && textTypes.has(element.type) && !element.readOnly && !element.disabled;
}

export function keysKind(field: TextField): KeysKind {
	if (field.getAttribute(keysAttribute) === 'date') return 'date';
	const numeric = field.inputMode === 'numeric' || field.type === 'number';
	return numeric ? 'numeric' : 'text';
}

function caret(field: TextField): [number, number] {
	if (field instanceof HTMLInputElement && !caretTypes.has(field.type)) return [field.value.length, field.value.length];
	return [field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length];
}

function replace(field: TextField, start: number, end: number, text: string, inputType: string): void {
	if (field instanceof HTMLInputElement && !caretTypes.has(field.type))
		field.value = field.value.slice(0, start) + text;
	else field.setRangeText(text, start, end, 'end');
	field.dispatchEvent(new InputEvent('input', { bubbles: true, inputType, data: text || null }));
}

/** Types `text` over the selection; false (and nothing changes) when maxlength would be passed. */
export function insertText(field: TextField, text: string): boolean {
	const [start, end] = caret(field);
	const max = field.maxLength;
	if (max >= 0 && field.value.length - (end - start) + text.length > max) return false;
	replace(field, start, end, text, 'insertText');
	return true;
}

/** Deletes the selection, or the character before the caret. */
export function deleteBackward(field: TextField): void {
	const [start, end] = caret(field);
	if (start === end && start === 0) return;
	replace(field, start === end ? start - 1 : start, end, '', 'deleteContentBackward');
}

/**
 * Whether the next letter starts in upper case, as a phone keyboard decides it from the field's
 * `autocapitalize` (https://html.spec.whatwg.org/#autocapitalization): `words` (names) after a
 * space or hyphen, `sentences` (the default) at the start and after a full stop.
 */
export function capitalizeNext(before: string, mode: string): boolean {
	switch (mode) {
		case 'none':
		case 'off':
			return false;
		case 'characters':
			return true;
		case 'words':
			return before === '' || /[\s\-]$/.test(before);
		default:
			return before.trim() === '' || /[.!?]\s+$/.test(before);
	}
}

/** `capitalizeNext` for a field at its caret; never in passwords, addresses of mail or the web. */
export function fieldCapitalizes(field: TextField): boolean {
	if (field instanceof HTMLInputElement && ['password', 'email', 'url'].includes(field.type)) return false;
	return capitalizeNext(field.value.slice(0, caret(field)[0]), field.getAttribute('autocapitalize') ?? '');
}
