// Renders the two real-estate certificates (Order No. 236 annexes 4 and 5) for the demo register
// outside the Worker and rasterises every page with Poppler, for a look at the layout. The demo
// seed is loaded into an in-memory SQLite (node:sqlite) behind a minimal D1 shim, so the documents
// come from the same look-up (findRealEstateHoldings) and mapping as in the Worker.
//
//   npx node scripts/render-sample-real-estate.ts [dpi]     (Node ≥ 22.18 strips the types)
//
// Writes bench/out/re-<name>.pdf and -<page>.png, and the documents as bench/out/re-documents.json
// (the render benches' input: bench/registry-render.ts). Needs `pdftoppm` (poppler-utils).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { findRealEstateHoldings, type Subject } from '../worker/db/property.ts';
import type { LegalEntityRow, RegionRow } from '../worker/db/rows.ts';
import {
	issuedToEntity,
	issuedToPerson,
	regionName,
	type PersonSubjectRow,
	type RegistryCertificateHead
} from '../worker/certificates/real-estate-common.ts';
import {
	realEstatePresenceFromHoldings,
	renderRealEstatePresencePdf
} from '../worker/certificates/real-estate-presence.ts';
import { realEstateRightsFromHoldings, renderRealEstateRightsPdf } from '../worker/certificates/real-estate-rights.ts';
import { buildDemoRegisters, gulnurIin, nurlanIin, registersSql } from '../worker/seed/registers.ts';
import { longName, stretchHoldings } from '../tests/fixtures/real-estate.ts';
import { buildRegistry, registrySql } from '../worker/seed/registry.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'bench/out');
const ttf = (file: string) => new Uint8Array(readFileSync(join(root, 'node_modules/dejavu-fonts-ttf/ttf', file)));
const fonts = { regular: ttf('DejaVuSans.ttf'), bold: ttf('DejaVuSans-Bold.ttf') };
const dpi = process.argv[2] ?? '60';

// ─── The demo registers in SQLite, behind the part of D1 the look-ups use ─────────────────────
const sqlite = new DatabaseSync(':memory:');
const migrations = join(root, 'worker/db/migrations');
for (const file of readdirSync(migrations).sort()) sqlite.exec(readFileSync(join(migrations, file), 'utf8'));
const registry = buildRegistry();
sqlite.exec(registrySql(registry));
for (const sql of registersSql(buildDemoRegisters(registry))) sqlite.exec(sql);

function statement(sql: string, params: unknown[] = []) {
	const prepared = sqlite.prepare(sql);
	const args = params as (string | number | null)[];
	return {
		bind: (...p: unknown[]) => statement(sql, p),
		all: async () => ({ results: prepared.all(...args) }),
		first: async () => prepared.get(...args) ?? null
	};
}
const db = {
	prepare: (sql: string) => statement(sql),
	batch: (list: ReturnType<typeof statement>[]) => Promise.all(list.map((s) => s.all()))
} as unknown as D1Database;
const one = <T>(sql: string, ...p: (string | number)[]) => sqlite.prepare(sql).get(...p) as T;

// ─── The certificates ─────────────────────────────────────────────────────────────────────────
let serial = 0;
async function head(subject: Subject, region: string | null): Promise<RegistryCertificateHead> {
	const issuedTo =
		'iin' in subject
			? issuedToPerson(one<PersonSubjectRow>('SELECT * FROM persons WHERE iin = ?', subject.iin))
			: issuedToEntity(one<LegalEntityRow>('SELECT * FROM legal_entities WHERE bin = ?', subject.bin));
	return {
		number: `RE-2026-${String(++serial).padStart(6, '0')}`,
		issuedAt: '2026-11-23T09:05:00Z',
		issuer: {
			kk: 'Алматы қаласының Әділет департаменті',
			ru: 'Департамент юстиции города Алматы'
		},
		issuedTo,
		region: region ? regionName(one<RegionRow>('SELECT * FROM regions WHERE code = ?', region)) : null
	};
}

const barcodeText = 'QZ1.RE.' + 'A'.repeat(330);
mkdirSync(outDir, { recursive: true });

async function write(name: string, pdf: Uint8Array) {
	const base = join(outDir, `re-${name}`);
	for (const old of readdirSync(outDir))
		if (old.startsWith(`re-${name}-`) && old.endsWith('.png')) rmSync(join(outDir, old));
	writeFileSync(`${base}.pdf`, pdf);
	execFileSync('pdftoppm', ['-r', dpi, '-png', `${base}.pdf`, base]);
	console.log(`${base}.pdf (${(pdf.length / 1024).toFixed(1)} KB)`);
}

const documents: { name: string; documentType: string; content: string; barcodeText: string }[] = [];
async function both(name: string, subject: Subject, region: string | null = null, stretch = false) {
	const found = await findRealEstateHoldings(db, subject, region);
	const holdings = stretch ? stretchHoldings(found) : found;
	const h = await head(subject, region);
	if (stretch) h.issuedTo = { ...h.issuedTo, name: longName };
	const rights = realEstateRightsFromHoldings(holdings, h);
	const presence = realEstatePresenceFromHoldings(holdings, h);
	await write(`${name}-rights`, await renderRealEstateRightsPdf(rights, { barcodeText, fonts }));
	await write(`${name}-presence`, await renderRealEstatePresencePdf(presence, { barcodeText, fonts }));
	documents.push(
		{ name: `re-${name}-rights`, documentType: 'real-estate-rights', content: JSON.stringify(rights), barcodeText },
		{
			name: `re-${name}-presence`,
			documentType: 'real-estate-presence',
			content: JSON.stringify(presence),
			barcodeText
		}
	);
}

await both('gulnur', { iin: gulnurIin });
await both('nurlan', { iin: nurlanIin });
const garden = one<{ object_id: number }>(
	'SELECT object_id FROM re_rights WHERE terminated_at IS NULL GROUP BY object_id HAVING count(*) = 10'
);
const coOwner = one<{ holder_iin: string }>(
	'SELECT holder_iin FROM re_rights WHERE object_id = ? AND terminated_at IS NULL ORDER BY id LIMIT 1',
	garden.object_id
);
await both('ten-co-owners', { iin: coOwner.holder_iin });
await both('stretched', { iin: coOwner.holder_iin }, null, true);
const nobody = one<{ iin: string }>(
	`SELECT iin FROM persons WHERE iin NOT IN (SELECT holder_iin FROM re_rights WHERE holder_iin IS NOT NULL) ORDER BY iin LIMIT 1`
);
await both('nobody', { iin: nobody.iin });
const llp = one<{ bin: string }>(`SELECT bin FROM legal_entities WHERE name_kk LIKE '%Инжиниринг%'`);
await both('long-name-entity', { bin: llp.bin });
const longAddress = one<{ holder_iin: string }>(
	`SELECT r.holder_iin FROM re_rights r JOIN re_objects o ON o.id = r.object_id
	  WHERE o.address_kk LIKE '%Тәуелсіздігінің жиырма%' LIMIT 1`
);
await both('long-address', { iin: longAddress.holder_iin }, 'almaty-region');
writeFileSync(join(outDir, 're-documents.json'), JSON.stringify(documents));
