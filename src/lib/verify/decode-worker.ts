/**
 * Web Worker that runs the multi-strategy QR decoder off the main thread, so the camera
 * preview and the page stay smooth while a frame (or a 12 MP photo) is being decoded.
 * Started by scanner.ts with `new Worker(new URL('./decode-worker.ts', import.meta.url))`,
 * which makes Vite bundle @zxing/library into this worker's own chunk.
 */
import { decodeQrDetailed } from './qr-decode.ts';

export interface DecodeRequest {
	id: number;
	width: number;
	height: number;
	data: Uint8ClampedArray;
	still: boolean;
	budgetMs?: number;
}

export interface DecodeResponse {
	id: number;
	text: string | null;
	strategy?: string;
}

const scope = globalThis as unknown as {
	addEventListener(type: 'message', listener: (event: MessageEvent<DecodeRequest>) => void): void;
	postMessage(message: DecodeResponse): void;
};

scope.addEventListener('message', (event) => {
	const { id, width, height, data, still, budgetMs } = event.data;
	let response: DecodeResponse = { id, text: null };
	try {
		const result = decodeQrDetailed({ data, width, height }, { still, budgetMs });
		if (result) response = { id, text: result.text, strategy: result.strategy };
	} catch {
		// A malformed frame is just a frame without a code.
	}
	scope.postMessage(response);
});
