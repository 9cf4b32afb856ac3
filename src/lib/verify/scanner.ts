/**
 * Reading QR codes in the browser: from the camera, from an uploaded photo, from a PDF.
 *
 * - Decoding runs in a Web Worker (decode-worker.ts → qr-decode.ts → @zxing/library), started
 *   on demand (`getDecoder()`: when /v is idle without a fragment, on intent to use the camera, at
 *   the latest when it starts), so zxing is never part of the page's initial JavaScript and never
 *   blocks it. The worker warms up on a real certificate-sized symbol (warm-up-qr.ts) while the
 *   camera starts, so the first frame is not decoded by cold code. If a worker cannot start, the
 *   decoder is imported lazily on the main thread instead.
 * - Where the browser has a native `BarcodeDetector` with QR support (Chrome on Android,
 *   Safari 17+ on some devices) it is tried first; Linux Chromium has none, so zxing does it.
 * - The camera loop decodes the first frame as soon as the video plays, then one frame every
 *   ~120 ms (only one decode in flight, capped at 150 ms of strategies), alternates a
 *   full-resolution centre crop with the whole frame, and reports "slow" after 8 s without a
 *   code so the page can say so instead of staying silent.
 * - A code the fast strategies cannot read (typically a blurred one) escalates: after 1 s of frames
 *   without a read, the current frame also goes to a second worker with the still-image strategies
 *   (the deblurring rescue included, 0.3–1 s a frame), one frame at a time, while the fast loop goes
 *   on in the first worker (see `shouldEscalate`).
 *
 * @example
 *   const session = await startCameraScan({ video, onText, onSlow, onError });
 *   …
 *   session.stop();  // also stops the camera's light
 */
import type { DecodeRequest, DecodeResponse } from './decode-worker.ts';
import { warmUpFrame } from './warm-up-qr.ts';

export interface ImageLike {
	data: Uint8ClampedArray;
	width: number;
	height: number;
}

export interface Decoder {
	decode(image: ImageLike, options: { still: boolean; budgetMs?: number }): Promise<string | null>;
	dispose(): void;
}

// ---------------------------------------------------------------------------------------------
// Decoders
// ---------------------------------------------------------------------------------------------

class WorkerDecoder implements Decoder {
	private nextId = 1;
	private pending = new Map<number, (text: string | null) => void>();
	private worker: Worker;
	constructor(worker: Worker) {
		this.worker = worker;
		worker.addEventListener('message', (event: MessageEvent<DecodeResponse>) => {
			const resolve = this.pending.get(event.data.id);
			this.pending.delete(event.data.id);
			resolve?.(event.data.text);
		});
	}
	decode(image: ImageLike, options: { still: boolean; budgetMs?: number }): Promise<string | null> {
		const id = this.nextId++;
		return new Promise((resolve) => {
			this.pending.set(id, resolve);
			const request: DecodeRequest = {
				id,
				width: image.width,
				height: image.height,
				data: image.data,
				...options
			};
			this.worker.postMessage(request, [image.data.buffer]);
		});
	}
	dispose(): void {
		this.worker.terminate();
		for (const resolve of this.pending.values()) resolve(null);
		this.pending.clear();
	}
}

class MainThreadDecoder implements Decoder {
	private module = import('./qr-decode.ts');
	async decode(image: ImageLike, options: { still: boolean; budgetMs?: number }): Promise<string | null> {
		const { decodeQrFromImageData } = await this.module;
		return decodeQrFromImageData(image, options);
	}
	dispose(): void {}
}

/** Starts a decoding worker and checks it answers (by decoding the warm-up symbol); null if it cannot. */
async function startWorkerDecoder(): Promise<Decoder | null> {
	try {
		const worker = new Worker(new URL('./decode-worker.ts', import.meta.url), {
			type: 'module'
		});
		const decoder = new WorkerDecoder(worker);
		const ok = await Promise.race([
			decoder.decode(warmUpFrame(), { still: false }).then(() => true),
			new Promise<boolean>((resolve) => {
				worker.addEventListener('error', () => resolve(false));
				setTimeout(() => resolve(false), 15_000);
			})
		]);
		if (ok) return decoder;
		decoder.dispose();
	} catch {
		// CSP or an old browser without module workers
	}
	return null;
}

let sharedDecoder: Promise<Decoder> | null = null;

/** The page's decoder, started (and warmed up) on first use and kept for later scans; the main thread if no worker starts. */
export function getDecoder(): Promise<Decoder> {
	sharedDecoder ??= startWorkerDecoder().then((worker) => worker ?? new MainThreadDecoder());
	return sharedDecoder;
}

export function disposeDecoder(): void {
	const decoder = sharedDecoder;
	sharedDecoder = null;
	void decoder?.then((d) => d.dispose());
}

// ---------------------------------------------------------------------------------------------
// Native BarcodeDetector
// ---------------------------------------------------------------------------------------------

interface NativeBarcodeDetector {
	detect(source: ImageBitmapSource): Promise<Array<{ rawValue: string }>>;
}

interface NativeBarcodeDetectorClass {
	new (options: { formats: string[] }): NativeBarcodeDetector;
	getSupportedFormats(): Promise<string[]>;
}

let nativeDetector: Promise<NativeBarcodeDetector | null> | null = null;

export function getNativeDetector(): Promise<NativeBarcodeDetector | null> {
	nativeDetector ??= (async () => {
		const Detector = (globalThis as { BarcodeDetector?: NativeBarcodeDetectorClass }).BarcodeDetector;
		if (!Detector) return null;
		try {
			const formats = await Detector.getSupportedFormats();
			return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null;
		} catch {
			return null;
		}
	})();
	return nativeDetector;
}

async function detectNative(source: ImageBitmapSource): Promise<string | null> {
	const detector = await getNativeDetector();
	if (!detector) return null;
	try {
		const codes = await detector.detect(source);
		return codes.find((code) => code.rawValue)?.rawValue ?? null;
	} catch {
		return null;
	}
}

// ---------------------------------------------------------------------------------------------
// Camera
// ---------------------------------------------------------------------------------------------

export type CameraError = 'denied' | 'missing' | 'unavailable' | 'failed';

export interface CameraScanOptions {
	video: HTMLVideoElement;
	onText: (text: string) => void;
	/** No code read for `slowAfterMs`: tell the person to move closer or use a photo. */
	onSlow: () => void;
	onError: (error: CameraError) => void;
	intervalMs?: number;
	slowAfterMs?: number;
}

export interface CameraSession {
	stop(): void;
}

function cameraError(error: unknown): CameraError {
	const name = (error as { name?: string })?.name;
	if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'denied';
	if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'missing';
	return 'failed';
}

/** Asks old phones to keep focusing; ignored where the camera cannot. */
async function preferContinuousFocus(track: MediaStreamTrack): Promise<void> {
	try {
		const capabilities = (track.getCapabilities?.() ?? {}) as {
			focusMode?: string[];
		};
		if (capabilities.focusMode?.includes('continuous')) {
			await track.applyConstraints({
				advanced: [{ focusMode: 'continuous' } as MediaTrackConstraintSet]
			});
		}
	} catch {
		// not supported: the camera keeps its own focus
	}
}

/** Escalate after this long without a read (see `shouldEscalate`). */
export const escalationQuietMs = 1000;
/** Escalated frames are scaled to this: the deblurring rescue's FFT stops at 1024 px, and a blur shrinks with the frame. */
export const escalationFrameSide = 1024;

/**
 * When the camera loop also hands the current frame to the still-image decoder. Pure, for tests.
 *
 * After `quietMs` of frames without a read: an easy code is read on the first frame or within a
 * few (first frame → verdict 120 ms median, p90 ≈ 300 ms in `bench/camera.ts`), so by 1 s some
 * eight fast attempts, both crops, have failed and the code is either out of view or hard. Sooner
 * would start the second worker and its 0.3–1 s decodes while an easy code is still being read;
 * later only delays a hard one. One slow decode at a time: the next starts when it has answered.
 */
export function shouldEscalate(state: {
	/** Since the first frame was decoded (a read ends the scan, so this is also the time without one). */
	scanningMs: number;
	slowDecodeInFlight: boolean;
	/** false when the second worker could not start: no escalation on the main thread. */
	available: boolean;
	quietMs?: number;
}): boolean {
	return state.available && !state.slowDecodeInFlight && state.scanningMs >= (state.quietMs ?? escalationQuietMs);
}

/**
 * Grabs one frame scaled to at most `maxSide`: the centre square (where the viewfinder is), or the
 * whole frame (a code off-centre).
 */
function grabFrame(
	video: HTMLVideoElement,
	canvas: HTMLCanvasElement,
	region: 'centre' | 'whole',
	maxSide: number
): ImageLike | null {
	const vw = video.videoWidth;
	const vh = video.videoHeight;
	if (!vw || !vh) return null;
	let sx = 0;
	let sy = 0;
	let sw = vw;
	let sh = vh;
	if (region === 'centre') {
		const side = Math.min(vw, vh);
		sx = Math.floor((vw - side) / 2);
		sy = Math.floor((vh - side) / 2);
		sw = side;
		sh = side;
	}
	const scale = Math.min(1, maxSide / Math.max(sw, sh));
	const width = Math.max(1, Math.round(sw * scale));
	const height = Math.max(1, Math.round(sh * scale));
	canvas.width = width;
	canvas.height = height;
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return null;
	context.drawImage(video, sx, sy, sw, sh, 0, 0, width, height);
	return context.getImageData(0, 0, width, height);
}

export async function startCameraScan(options: CameraScanOptions): Promise<CameraSession> {
	const { video, onText, onSlow, onError } = options;
	const intervalMs = options.intervalMs ?? 120;
	const slowAfterMs = options.slowAfterMs ?? 8000;
	let stopped = false;
	let stream: MediaStream | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	// The still-image decoder for escalation: a second worker, started on the first escalation and
	// ended with the session (a slow decode still running when the fast path reads is wasted CPU).
	let slowDecoder: Promise<Decoder | null> | null = null;

	const session: CameraSession = {
		stop() {
			stopped = true;
			clearTimeout(timer);
			void slowDecoder?.then((d) => d?.dispose());
			slowDecoder = null;
			for (const track of stream?.getTracks() ?? []) track.stop();
			stream = null;
			video.pause();
			video.srcObject = null;
		}
	};

	if (!globalThis.navigator?.mediaDevices?.getUserMedia) {
		onError('unavailable');
		return session;
	}
	const decoderReady = getDecoder(); // start the worker while the person answers the permission prompt
	try {
		stream = await navigator.mediaDevices.getUserMedia({
			audio: false,
			// 1080p where the camera has it: a 34 mm code held 15 cm away gets ~5 px modules instead of ~3 at 720p.
			video: {
				facingMode: { ideal: 'environment' },
				width: { ideal: 1920 },
				height: { ideal: 1080 }
			}
		});
	} catch (error) {
		if (!stopped) onError(cameraError(error));
		return session;
	}
	if (stopped) {
		session.stop();
		return session;
	}
	const [track] = stream.getVideoTracks();
	if (track) void preferContinuousFocus(track);
	video.muted = true;
	video.playsInline = true;
	video.setAttribute('playsinline', '');
	video.srcObject = stream;
	try {
		await video.play();
	} catch (error) {
		// Autoplay refusals do not happen for muted inline video after a click; anything else is fatal.
		if ((error as { name?: string })?.name !== 'AbortError') {
			session.stop();
			onError('failed');
			return session;
		}
	}

	const canvas = document.createElement('canvas');
	const decoder = await decoderReady;
	const native = await getNativeDetector();
	let started = performance.now();
	const scanStarted = started;
	let tick = 0;
	let slowDecodeInFlight = false;
	let escalationAvailable = true;

	const found = (text: string) => {
		if (stopped) return;
		session.stop();
		onText(text);
	};

	/** The whole frame to the still-image decoder in the second worker; not awaited by the loop. */
	const escalate = () => {
		const frame = grabFrame(video, canvas, 'whole', escalationFrameSide);
		if (!frame) return;
		slowDecodeInFlight = true;
		slowDecoder ??= startWorkerDecoder();
		const decoding = slowDecoder;
		void decoding
			.then(async (slow) => {
				if (!slow) escalationAvailable = false;
				return slow && !stopped ? slow.decode(frame, { still: true }) : null;
			})
			.then((text) => {
				slowDecodeInFlight = false;
				if (text) found(text);
			});
	};

	const loop = async () => {
		if (stopped) return;
		let text: string | null = null;
		if (video.readyState >= 2) {
			if (native) text = await detectNative(video);
			if (
				!text &&
				shouldEscalate({
					scanningMs: performance.now() - scanStarted,
					slowDecodeInFlight,
					available: escalationAvailable
				})
			)
				escalate();
			if (!text) {
				const frame =
					tick++ % 2 === 0 ? grabFrame(video, canvas, 'centre', 1080) : grabFrame(video, canvas, 'whole', 1280);
				if (frame) text = await decoder.decode(frame, { still: false, budgetMs: 150 });
			}
		}
		if (stopped) return;
		if (text) {
			found(text);
			return;
		}
		if (performance.now() - started > slowAfterMs) {
			started = performance.now(); // say it again after another quiet stretch
			onSlow();
		}
		timer = setTimeout(loop, intervalMs);
	};
	// The video is playing, so a frame is there: decode it now rather than after a tick's wait.
	void loop();
	return session;
}

// ---------------------------------------------------------------------------------------------
// Files: photos and PDFs
// ---------------------------------------------------------------------------------------------

export type FileReadResult =
	{ kind: 'text'; text: string } | { kind: 'no-code'; source: 'image' | 'pdf' } | { kind: 'bad-image' };

const maxImageSide = 2048;

export function isPdf(file: File, head: Uint8Array): boolean {
	return (
		file.type === 'application/pdf' ||
		/\.pdf$/i.test(file.name) ||
		String.fromCharCode(...head.subarray(0, 5)) === '%PDF-'
	);
}

async function loadBitmap(file: Blob): Promise<ImageBitmap | HTMLImageElement | null> {
	try {
		return await createImageBitmap(file, { imageOrientation: 'from-image' });
	} catch {
		// Some formats (SVG, or older Safari with options) only load through <img>.
	}
	const url = URL.createObjectURL(file);
	try {
		const image = new Image();
		image.decoding = 'async';
		image.src = url;
		await image.decode();
		return image;
	} catch {
		return null;
	} finally {
		URL.revokeObjectURL(url);
	}
}

function drawScaled(source: ImageBitmap | HTMLImageElement, maxSide: number): ImageLike | null {
	const sw = 'naturalWidth' in source ? source.naturalWidth : source.width;
	const sh = 'naturalHeight' in source ? source.naturalHeight : source.height;
	if (!sw || !sh) return null;
	const scale = Math.min(1, maxSide / Math.max(sw, sh));
	const canvas = document.createElement('canvas');
	canvas.width = Math.max(1, Math.round(sw * scale));
	canvas.height = Math.max(1, Math.round(sh * scale));
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) return null;
	context.fillStyle = '#fff'; // transparent PNGs: a QR on transparency reads as black on black otherwise
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.imageSmoothingQuality = 'high';
	context.drawImage(source, 0, 0, canvas.width, canvas.height);
	return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The still-image path shared by photos and scanned PDF pages: the native detector, then zxing's still strategies. */
async function readQrFromBitmap(bitmap: ImageBitmap | HTMLImageElement): Promise<string | null | 'bad-image'> {
	const native = await detectNative(bitmap);
	if (native) return native;
	const decoder = await getDecoder();
	const image = drawScaled(bitmap, maxImageSide);
	if (!image) return 'bad-image';
	return decoder.decode(image, { still: true });
}

/** A PDF: its vector QR code rebuilt (our certificates), else its page images (a scan). */
async function readQrFromPdf(file: File): Promise<string | null> {
	const { qrTextFromPdf, pdfImages } = await import('./pdf-qr.ts');
	const bytes = new Uint8Array(await file.arrayBuffer());
	const vector = await qrTextFromPdf(bytes);
	if (vector) return vector;
	for (const image of await pdfImages(bytes)) {
		const bitmap =
			image.kind === 'jpeg'
				? await loadBitmap(new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: 'image/jpeg' }))
				: await createImageBitmap(
						new ImageData(image.data as Uint8ClampedArray<ArrayBuffer>, image.width, image.height)
					).catch(() => null);
		if (!bitmap) continue;
		try {
			const text = await readQrFromBitmap(bitmap);
			if (text && text !== 'bad-image') return text;
		} finally {
			if ('close' in bitmap) bitmap.close();
		}
	}
	return null;
}

/** Reads the QR code from an uploaded photo, screenshot or PDF. Never throws. */
export async function readQrFromFile(file: File): Promise<FileReadResult> {
	let head: Uint8Array;
	try {
		head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
	} catch {
		return { kind: 'bad-image' };
	}
	if (isPdf(file, head)) {
		try {
			const text = await readQrFromPdf(file);
			return text ? { kind: 'text', text } : { kind: 'no-code', source: 'pdf' };
		} catch {
			return { kind: 'no-code', source: 'pdf' };
		}
	}
	const bitmap = await loadBitmap(file);
	if (!bitmap) return { kind: 'bad-image' };
	try {
		const text = await readQrFromBitmap(bitmap);
		if (text === 'bad-image') return { kind: 'bad-image' };
		return text ? { kind: 'text', text } : { kind: 'no-code', source: 'image' };
	} finally {
		if ('close' in bitmap) bitmap.close();
	}
}
