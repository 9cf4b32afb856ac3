/**
 * How the order of `strategies` in src/lib/verify/qr-decode.ts was chosen: every
 * (preparation × binarizer) pair is run on three *training* suites (other texts and seeds
 * than bench/qr-decode.ts, which reports on frames the order was not chosen on), then a
 * greedy cover picks, at each step, the pair that reads the most frames still unread.
 *
 *   npx node bench/qr-decode-select.ts      (≈ 3 minutes)
 */
import { decodeOnce, preparations } from '../src/lib/verify/qr-decode.ts';
import { benchmarkSuite, sampleCertificateText } from '../tests/fixtures/qr/frames.ts';

const training = [2, 3, 4].flatMap((seed) => {
	const text = sampleCertificateText(seed);
	return benchmarkSuite(text, 1000 + seed).map((item) => ({ text, item }));
});

type Candidate = { name: string; reads: boolean[]; ms: number };
const candidates: Candidate[] = [];
for (const [prep, prepare] of Object.entries(preparations)) {
	for (const binarizer of ['hybrid', 'global'] as const) {
		const reads: boolean[] = [];
		const start = performance.now();
		for (const { text, item } of training) {
			const image = prepare({
				lum: item.frame.data,
				width: item.frame.width,
				height: item.frame.height
			});
			reads.push(image !== null && decodeOnce(image, binarizer) === text);
		}
		candidates.push({
			name: `${prep}/${binarizer}`,
			reads,
			ms: (performance.now() - start) / training.length
		});
	}
}

const read = new Array<boolean>(training.length).fill(false);
console.log(`${training.length} training frames`);
for (;;) {
	const gain = (c: Candidate) => c.reads.filter((ok, i) => ok && !read[i]).length;
	const best = candidates.reduce((a, b) => (gain(b) > gain(a) ? b : a));
	if (gain(best) === 0) break;
	const added = gain(best);
	best.reads.forEach((ok, i) => ok && (read[i] = true));
	console.log(
		`${best.name.padEnd(24)} +${String(added).padStart(3)}  total ${read.filter(Boolean).length}  ${best.ms.toFixed(1)} ms/frame`
	);
}
console.log(
	'never read:',
	training
		.filter((_, i) => !read[i])
		.map(({ item }) => item.name)
		.join('; ')
);
