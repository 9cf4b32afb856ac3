/**
 * One-touch printing of a document's PDF itself (not a screenshot of the page): the bytes are
 * checked, loaded into a hidden iframe from a blob URL and printed with the iframe's `print()`.
 * On a kiosk started with Chromium's `--kiosk --kiosk-printing` that prints silently to the
 * default printer; an ordinary browser shows its print dialog for the PDF.
 *
 * The iframe carries `data-print-state` (loading → printing → sent) and `data-document`, so
 * staff tools and browser tests can see what was printed without reading the document.
 *
 * @example
 *   await printPdf(await api.certificatePdf(path, token), 'receipt');
 */
import { ApiFailure } from '$lib/api.ts';

export type PrintFailureReason = 'unreachable' | 'refused' | 'not-pdf' | 'printer';

export class PrintFailure extends Error {
	constructor(readonly reason: PrintFailureReason) {
		super(`print failed: ${reason}`);
	}
}

const frameId = 'qyzmet-print-frame';
/** The printed document stays in memory only until the next print, a wipe, or this long. */
const keepFrameMs = 60_000;
/** A PDF viewer that never finishes loading is a kiosk fault to report, not a wait forever. */
const loadLimitMs = 20_000;

const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);

/**
 * A well-formed PDF as far as printing needs: the `%PDF-x.y` header near the start and a
 * cross-reference offset with the end-of-file marker at the end, so a truncated download or an
 * HTML error page is refused before it reaches the printer.
 */
export function isWellFormedPdf(bytes: Uint8Array): boolean {
	if (bytes.length < 64) return false;
	const head = latin1(bytes.subarray(0, 1024));
	const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 1024)));
	return /%PDF-\d\.\d/.test(head) && /startxref\s+\d+\s+%%EOF\s*$/.test(tail);
}

let cleanupTimer: ReturnType<typeof setTimeout> | undefined;

/** Removes the last printed document from the page (also called by the kiosk's wipe). */
export function clearPrintFrame(): void {
	clearTimeout(cleanupTimer);
	const frame = document.getElementById(frameId) as HTMLIFrameElement | null;
	if (!frame) return;
	URL.revokeObjectURL(frame.src);
	frame.remove();
}

function loadFrame(frame: HTMLIFrameElement, url: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const limit = setTimeout(() => reject(new PrintFailure('printer')), loadLimitMs);
		frame.addEventListener('load', () => (clearTimeout(limit), resolve()), { once: true });
		frame.src = url;
		document.body.append(frame);
	});
}

/** Checks the PDF and prints it through a hidden iframe; resolves once it is sent to printing. */
export async function printPdf(pdf: Blob, documentName: string): Promise<void> {
	const bytes = new Uint8Array(await pdf.arrayBuffer());
	if (!isWellFormedPdf(bytes)) throw new PrintFailure('not-pdf');
	clearPrintFrame();
	const frame = document.createElement('iframe');
	frame.id = frameId;
	// Not display:none: a browser may skip rendering, and so printing, a frame it does not lay out.
	frame.style.cssText = 'position:fixed;right:0;bottom:0;width:1px;height:1px;border:0;opacity:0;pointer-events:none';
	frame.tabIndex = -1;
	frame.setAttribute('aria-hidden', 'true');
	frame.dataset.document = documentName;
	frame.dataset.printState = 'loading';
	await loadFrame(frame, URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' })));
	const view = frame.contentWindow;
	// A browser that downloads PDFs instead of showing them would print an empty page.
	let shown: string | undefined;
	try {
		shown = frame.contentDocument?.contentType;
	} catch {
		shown = undefined; // not readable here: trust the browser
	}
	if (!view || (shown && shown !== 'application/pdf')) {
		frame.dataset.printState = 'failed';
		throw new PrintFailure('printer');
	}
	frame.dataset.printState = 'printing';
	view.focus();
	view.print();
	frame.dataset.printState = 'sent';
	cleanupTimer = setTimeout(clearPrintFrame, keepFrameMs);
}

/** Fetches a document with `load` and prints it; every failure comes back as a PrintFailure. */
export async function fetchAndPrint(load: () => Promise<Blob>, documentName: string): Promise<void> {
	let pdf: Blob;
	try {
		pdf = await load();
	} catch (error) {
		throw new PrintFailure(error instanceof ApiFailure ? 'refused' : 'unreachable');
	}
	await printPdf(pdf, documentName);
}
