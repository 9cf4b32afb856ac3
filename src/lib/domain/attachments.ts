/**
 * Electronic copies of documents: what is accepted, checked the same way by the page (before
 * a file enters the draft) and by the Worker (on upload, from the bytes themselves).
 */
import type { FieldErrorKey } from './errors.ts';

export const attachmentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

/** 5 MB: a phone photo of a page or a scanned PDF; enough for several pages at 300 dpi. */
export const maxAttachmentBytes = 5 * 1024 * 1024;

/** The type the bytes really are (magic numbers), so a renamed .exe is not a "PDF". */
export function sniffAttachmentType(head: Uint8Array): AttachmentType | null {
	const starts = (...bytes: number[]) => bytes.every((b, i) => head[i] === b);
	if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
	if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
	if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
	return null;
}

/** Why a file cannot be attached, or null when it can. */
export function attachmentProblem(file: { type: string; size: number }): FieldErrorKey | null {
	if (!(attachmentTypes as readonly string[]).includes(file.type)) return 'file_type';
	if (file.size > maxAttachmentBytes) return 'file_too_large';
	if (file.size === 0) return 'file_type';
	return null;
}
