// Renders the four legal-entity extracts from the demo registers (worker/seed/registers.ts) outside
// the Worker, and rasterises every page with Poppler, for a look at the layout.
//
//   npx node scripts/render-sample-legal-entity.ts [dpi]     (Node ≥ 22.18 strips the types)
//
// The look-ups of worker/db/legal-entities.ts are replayed in memory over the seed's rows (same
// filters, same order). Writes bench/out/le-<sample>.pdf and -<page>.png, and the documents as
// bench/out/le-documents.json (the render benches' input: bench/registry-render.ts). Needs `pdftoppm`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	fromBranchesExtract,
	fromEntityExtract,
	fromEntityParticipations,
	fromPersonParticipations,
	renderLegalEntityExtractPdf
} from '../worker/certificates/legal-entity-extract.ts';
import type { IdentityDocument, LegalEntityExtract, LeIssue } from '../worker/certificates/legal-entity-extract.ts';
import type { EntityExtract, ParticipationExtract } from '../worker/db/legal-entities.ts';
import { extractDocumentType } from '../worker/certificates/issued.ts';
import { buildDemoRegisters, gulnurIin, nurlanIin } from '../worker/seed/registers.ts';
import { buildRegistry } from '../worker/seed/registry.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
const ttf = (file: string) => new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf', file)));
const fonts = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };
const dpi = process.argv[2] ?? '60';

const registry = buildRegistry();
const { entities, participants } = buildDemoRegisters(registry);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function findEntityExtract(bin: string): EntityExtract {
	return {
		entity: entities.find((e) => e.bin === bin) ?? null,
		branches: entities
			.filter((e) => e.parent_bin === bin)
			.sort(
				(a, b) => cmp(a.kind, b.kind) || cmp(a.initial_registered_on, b.initial_registered_on) || cmp(a.bin, b.bin)
			),
		participants: participants.filter((p) => p.entity_bin === bin).sort((a, b) => a.id - b.id)
	};
}

function findParticipations(subject: { iin: string } | { bin: string }): ParticipationExtract {
	const mine = participants.filter((p) =>
		'iin' in subject ? p.participant_iin === subject.iin : p.participant_bin === subject.bin
	);
	const found = mine
		.map((p) => ({
			...entities.find((e) => e.bin === p.entity_bin)!,
			participation_share_num: p.share_num,
			participation_share_den: p.share_den
		}))
		.sort((a, b) => cmp(a.initial_registered_on, b.initial_registered_on) || cmp(a.bin, b.bin));
	const bins = new Set(found.map((e) => e.bin));
	return {
		entities: found,
		participants: participants
			.filter((p) => bins.has(p.entity_bin))
			.sort((a, b) => cmp(a.entity_bin, b.entity_bin) || a.id - b.id)
	};
}

const byName = (part: string) => entities.find((e) => e.kind === 'entity' && e.name_kk.includes(part))!;
const logistics = byName('Шаңырақ Логистик');
const cooperative = byName('Береке');
const longName = byName('Инжиниринг Компаниясы');
const person = (iin: string) => {
	const p = registry.persons.find((x) => x.iin === iin)!;
	return { iin: p.iin, full_name_kk: p.fullNameKk, full_name_ru: p.fullNameRu };
};
// A member of the cooperative who is also in the LLPs: three participations, one with fifty founders.
const busy = participants.find(
	(p) =>
		p.entity_bin === cooperative.bin && participants.filter((q) => q.participant_iin === p.participant_iin).length >= 3
)!.participant_iin!;

const idCard: IdentityDocument = {
	type: {
		kk: 'Қазақстан Республикасы азаматының жеке куәлігі',
		ru: 'Удостоверение личности гражданина Республики Казахстан'
	},
	number: '048123456',
	issuedOn: '2021-07-20',
	issuer: { kk: 'ҚР Ішкі істер министрлігі', ru: 'МВД РК' }
};
const issue = (n: number): LeIssue => ({
	certificateNumber: `LE7F-M3P${n}-R`,
	issuedAt: '2026-11-23T09:05:00Z',
	department: { kk: 'Шымкент қаласының Әділет департаменті', ru: 'Департамент юстиции города Шымкента' },
	verifyOrigin: 'http://127.0.0.1:8787'
});
const barcodeText = 'QZ1.LE.' + 'A'.repeat(343);

const samples: [string, LegalEntityExtract][] = [
	['registered', fromEntityExtract(findEntityExtract(logistics.bin), issue(1))],
	[
		'registered-branch',
		fromEntityExtract(findEntityExtract(findEntityExtract(logistics.bin).branches[0].bin), issue(2))
	],
	['registered-long', fromEntityExtract(findEntityExtract(longName.bin), issue(3))],
	['registered-cooperative', fromEntityExtract(findEntityExtract(cooperative.bin), issue(4))],
	['branches', fromBranchesExtract(findEntityExtract(logistics.bin), issue(5))],
	['branches-none', fromBranchesExtract(findEntityExtract(longName.bin), issue(6))],
	[
		'person',
		fromPersonParticipations(person(nurlanIin), idCard, findParticipations({ iin: nurlanIin }), {
			...issue(7),
			requestedBy: { name: { kk: 'Әбілқасымова Гүлнұр Өмірқызы', ru: 'Абилкасымова Гульнур Омиркызы' }, iin: gulnurIin }
		})
	],
	[
		'person-none',
		fromPersonParticipations(person(gulnurIin), idCard, findParticipations({ iin: gulnurIin }), issue(8))
	],
	['person-fifty', fromPersonParticipations(person(busy), null, findParticipations({ iin: busy }), issue(9))],
	[
		'entity',
		fromEntityParticipations(findEntityExtract(logistics.bin), findParticipations({ bin: logistics.bin }), issue(10))
	],
	[
		'entity-none',
		fromEntityParticipations(findEntityExtract(longName.bin), findParticipations({ bin: longName.bin }), issue(11))
	]
];

mkdirSync(outDir, { recursive: true });
for (const [name, doc] of samples) {
	const base = join(outDir, `le-${name}`);
	const pdf = await renderLegalEntityExtractPdf(doc, { barcodeText, fonts });
	writeFileSync(`${base}.pdf`, pdf);
	execFileSync('pdftoppm', ['-r', dpi, '-png', `${base}.pdf`, base]);
	console.log(`${base}.pdf (${(pdf.length / 1024).toFixed(1)} KB)`);
}
writeFileSync(
	join(outDir, 'le-documents.json'),
	JSON.stringify(
		samples.map(([name, doc]) => ({
			name: `le-${name}`,
			documentType: extractDocumentType[doc.variant],
			content: JSON.stringify(doc),
			barcodeText
		}))
	)
);
