// «Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары
// туралы анықтама» — the certificate of registered rights (encumbrances) to real estate and its
// technical characteristics, Order No. 236 annex 4, sub-annex 5 in the edition of Order No. 132
// (seeds/000, L1966–2152), as a bilingual A4 PDF.
//
// The template is one table of objects (10 columns, L1987–1996) followed by the tables of rights
// (L2041–2047), encumbrances (L2076–2082) and claims and transactions (L2111–2116). Ten columns do
// not fit a portrait page in two languages, and one flat table of rights cannot say which object a
// right is on; so each object gets its own block: its characteristics as a grid of the template's
// labels, then its three tables under the template's headings. An empty table prints «ЖОҚ / НЕТ».
// Kazakh labels are the template's (line numbers below); the Russian ones are ours.
import type { RealEstateHoldings } from '../db/property.ts';
import { NBSP } from './pdf-kit.ts';
import {
	CLAIM_TYPE,
	CONTENT_W,
	ENCUMBRANCE_TYPE,
	HEAD_FILL,
	CELL,
	CELL_RU,
	GREY,
	noneParas,
	OBJECT_TYPE,
	RIGHT_TYPE,
	biParas,
	claimFromRow,
	divisibleText,
	encumbranceFromRow,
	formatNumber,
	formatShare,
	labelParas,
	layRow,
	measureText,
	objectFromRow,
	ownershipText,
	partyParas,
	registryDateTime,
	renderRegistryCertificate,
	rightFromRow,
	storeysText,
	t,
	type Bilingual,
	type CellSpec,
	type CertificateLayout,
	type RealEstateObject,
	type RegisteredClaim,
	type RegisteredEncumbrance,
	type RegisteredRight,
	type RegistryCertificateHead,
	type RenderOptions
} from './real-estate-common.ts';
import type { Para } from './pdf-kit.ts';

export interface RealEstateRightsObject {
	object: RealEstateObject;
	/** Every current right on the object: the subject's and the co-owners'. */
	rights: RegisteredRight[];
	encumbrances: RegisteredEncumbrance[];
	claims: RegisteredClaim[];
}

export interface RealEstateRightsDocument extends RegistryCertificateHead {
	/** The objects the subject holds a current right to, in the register's order. */
	objects: RealEstateRightsObject[];
}

export const REAL_ESTATE_RIGHTS_TITLE: Bilingual = {
	// [L1980–1982]
	kk: 'Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама',
	ru: 'Справка о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках'
};

/**
 * The certificate from what `findRealEstateHoldings` returned: one block per object the subject
 * holds now, with every current right, encumbrance and claim on it. Previous rights are not part
 * of this certificate (annex 5 prints them).
 */
export function realEstateRightsFromHoldings(
	holdings: RealEstateHoldings,
	head: RegistryCertificateHead
): RealEstateRightsDocument {
	const seen = new Set<number>();
	const objects: RealEstateRightsObject[] = [];
	for (const row of holdings.rights) {
		if (row.terminated_at !== null || seen.has(row.object_id)) continue;
		seen.add(row.object_id);
		objects.push({
			object: objectFromRow(row),
			rights: holdings.currentRightsOnObjects.filter((r) => r.object_id === row.object_id).map(rightFromRow),
			encumbrances: holdings.encumbrances.filter((e) => e.object_id === row.object_id).map(encumbranceFromRow),
			claims: holdings.claims.filter((c) => c.object_id === row.object_id).map(claimFromRow)
		});
	}
	return { ...head, objects };
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

// Table 1 [L1987–1996] (split words of the PDF conversion re-joined: «мүлікті ң», «Кадастр лық» …).
const L = {
	type: { kk: 'Жылжымайтын мүліктің түрі', ru: 'Вид недвижимого имущества' },
	cadastral: { kk: 'Кадастрлық нөмірі', ru: 'Кадастровый номер' },
	purpose: { kk: 'Нысаналы мақсаты (жоспары бойынша литер)', ru: 'Целевое назначение (литер по плану)' },
	address: {
		kk: 'Мекен-жай, мекен-жайдың тіркеу коды (бар болған жағдайда)',
		ru: 'Адрес, регистрационный код адреса (при наличии)'
	},
	components: { kk: 'Құрамдарының саны', ru: 'Количество составляющих' },
	storeys: { kk: 'Қабат саны, қабаты', ru: 'Этажность, этаж' },
	// [fix] The source reads «Жалпы ауданы,көлемі ұзындығы»: the spaces and the second comma are ours.
	measure: { kk: 'Жалпы ауданы, көлемі, ұзындығы', ru: 'Общая площадь, объём, протяжённость' },
	useful: { kk: 'Пайдалы алаңы', ru: 'Полезная площадь' },
	divisible: { kk: 'Бөлінуі (ЖУ)', ru: 'Делимость (ЗУ)' },
	note: { kk: 'Ескертпе', ru: 'Примечание' }
} satisfies Record<string, Bilingual>;

const REGISTERED_AT: Bilingual = { kk: 'Тіркелген күні, уақыты', ru: 'Дата, время регистрации' };
const SHARE: Bilingual = { kk: 'Ортақ меншік нысаны, үлесі', ru: 'Форма общей собственности, доля' };
const CONTENT: Bilingual = { kk: 'Мазмұны', ru: 'Содержание' };

// Table 2 [L2042–2047]
const RIGHT_COLUMNS: [Bilingual, number][] = [
	[{ kk: 'Құқықтық түрі', ru: 'Вид права' }, 78],
	[CONTENT, 78],
	[{ kk: 'Құқық иесі', ru: 'Правообладатель' }, 106],
	[SHARE, 60],
	[{ kk: 'Құқықтық туындау негіздемесі', ru: 'Основание возникновения права' }, 0],
	[REGISTERED_AT, 54]
];
// Table 3 [L2077–2082]
const ENCUMBRANCE_COLUMNS: [Bilingual, number][] = [
	[{ kk: 'Ауыртпалықтың түрі', ru: 'Вид обременения' }, 74],
	[CONTENT, 82],
	[
		{
			kk: 'Құқық иесі немесе уәкілетті орган (мүдделі тұлға)',
			ru: 'Правообладатель или уполномоченный орган (заинтересованное лицо)'
		},
		104
	],
	[SHARE, 60],
	[{ kk: 'Ауыртпалықтың пайда болуының негіздемесі', ru: 'Основание возникновения обременения' }, 0],
	[REGISTERED_AT, 54]
];
// Table 4 [L2112–2116]
const CLAIM_COLUMNS: [Bilingual, number][] = [
	[{ kk: 'Заңдық талаптар және мәмілелер', ru: 'Правопритязания и сделки' }, 74],
	[CONTENT, 92],
	[{ kk: 'Өтініш беруші (мүдделі тұлға)', ru: 'Заявитель (заинтересованное лицо)' }, 110],
	[{ kk: 'Туындау негіздемесі', ru: 'Основание возникновения' }, 0],
	[REGISTERED_AT, 54]
];

const SECTIONS = {
	// [L1986], lowercase there because it goes on from «Берілді (…)» [fix]: here it heads its own
	// line below the «Берілді» table, so it starts with a capital.
	objects: {
		kk: 'Жылжымайтын мүліктің мына объектілеріне растама:',
		ru: 'Подтверждение в отношении следующих объектов недвижимого имущества:'
	},
	rights: { kk: '1) құқығы тіркелді:', ru: '1) зарегистрировано право:' }, // [L2041]
	encumbrances: { kk: '2) құқықтық ауыртпалығы тіркелді:', ru: '2) зарегистрировано обременение права:' }, // [L2076]
	claims: {
		// [L2111]
		kk: '3) жылжымайтын мүлікке құқықтардың немесе құқықтық ауыртпалықтардың туындауына әкеп соқтырмайтын заңдық талаптар және мәмілелер тіркелді:',
		ru: '3) зарегистрированы правопритязания и сделки, не влекущие возникновения прав или обременений прав на недвижимое имущество:'
	}
} satisfies Record<string, Bilingual>;

/** Column widths: the one given as 0 takes what the others leave of the page. */
function widths(columns: [Bilingual, number][]): number[] {
	const fixed = columns.reduce((s, [, w]) => s + w, 0);
	return columns.map(([, w]) => w || CONTENT_W - fixed);
}

const plain = (text: string, bold = false): Para[] => [{ runs: [t(text, bold)], size: CELL }];
const dateTime = (instant: string): Para[] => plain(registryDateTime(instant));

/** A field of the object's grid: the template's label over the value, as on a form. */
function field(label: Bilingual, value: Para[], width: number): CellSpec {
	return {
		width,
		paras: [
			{ runs: [t(label.kk, true)], size: 6.3 },
			{ runs: [t(label.ru)], size: 6.1, color: GREY, gap: 0.5 },
			...value.map((p, i) => (i === 0 ? { ...p, gap: 2.5 } : p))
		]
	};
}

function objectGrid(l: CertificateLayout, o: RealEstateObject) {
	const purpose = biParas(o.purpose);
	if (o.litera) purpose.push({ runs: [t('литер: '), t(o.litera, true)], size: CELL_RU, gap: 1 });
	const address = biParas(o.address);
	address.push({
		runs: [t('тіркеу коды / регистрационный код: '), t(o.addressCode ?? '—', true)],
		size: CELL_RU,
		gap: 1
	});
	const fifth = CONTENT_W / 5;
	return [
		[
			field(L.type, biParas(OBJECT_TYPE[o.type]), 2 * fifth),
			field(L.cadastral, plain(o.cadastralNumber, true), fifth),
			field(L.purpose, purpose, 2 * fifth)
		],
		[field(L.address, address, CONTENT_W)],
		[
			field(L.components, plain(o.components === null ? '—' : String(o.components)), fifth),
			field(L.storeys, plain(storeysText(o)), fifth),
			field(L.measure, plain(measureText(o)), fifth),
			field(L.useful, plain(o.usefulArea === null ? '—' : `${formatNumber(o.usefulArea)}${NBSP}м²`), fifth),
			field(L.divisible, biParas(divisibleText(o)), fifth)
		],
		[field(L.note, o.note ? biParas(o.note) : plain('—'), CONTENT_W)]
	].map((cells) => layRow(cells, l.fonts));
}

function table(
	l: CertificateLayout,
	heading: Bilingual,
	objectNo: number,
	columns: [Bilingual, number][],
	rows: Para[][][]
): void {
	const ws = widths(columns);
	const headingStack = (continued: boolean) =>
		l.stack([
			{
				runs: [t(continued ? heading.kk.replace(/:$/, ` (${objectNo}-объект, жалғасы):`) : heading.kk, true)],
				size: 8.2
			},
			{
				runs: [t(continued ? heading.ru.replace(/:$/, ` (объект ${objectNo}, продолжение):`) : heading.ru)],
				size: 7.6,
				color: GREY,
				gap: 1
			}
		]);
	if (!rows.length) {
		l.rows([layRow([{ width: CONTENT_W, paras: noneParas() }], l.fonts)], { heading: headingStack, after: 8 });
		return;
	}
	const header = layRow(
		columns.map(([label], i) => ({ width: ws[i], paras: labelParas(label), fill: HEAD_FILL })),
		l.fonts
	);
	l.rows(
		rows.map((cells) =>
			layRow(
				cells.map((paras, i) => ({ width: ws[i], paras })),
				l.fonts
			)
		),
		{ heading: headingStack, header, after: 8 }
	);
}

function rightCells(r: RegisteredRight): Para[][] {
	return [
		biParas(RIGHT_TYPE[r.type]),
		biParas(r.content),
		partyParas(r.holder, true),
		biParas(ownershipText(r.ownershipForm, r.share)),
		biParas(r.basis),
		dateTime(r.registeredAt)
	];
}

function encumbranceCells(e: RegisteredEncumbrance): Para[][] {
	return [
		biParas(ENCUMBRANCE_TYPE[e.type]),
		biParas(e.content),
		partyParas(e.party),
		plain(formatShare(e.share)),
		biParas(e.basis),
		dateTime(e.registeredAt)
	];
}

function claimCells(c: RegisteredClaim): Para[][] {
	return [
		biParas(CLAIM_TYPE[c.type]),
		biParas(c.content),
		partyParas(c.applicant),
		biParas(c.basis),
		dateTime(c.registeredAt)
	];
}

function planObject(l: CertificateLayout, item: RealEstateRightsObject, n: number): void {
	const o = item.object;
	const title = (continued: boolean) =>
		l.stack(
			[
				{
					runs: [
						t(`${n}-объект / Объект ${n}: `, true),
						t(`${OBJECT_TYPE[o.type].kk} / ${OBJECT_TYPE[o.type].ru}, `),
						t(o.cadastralNumber, true),
						t(continued ? ' (жалғасы / продолжение)' : '')
					],
					size: 9.4
				}
			],
			CONTENT_W - 10
		);
	const grid = objectGrid(l, o);
	// The title keeps the whole grid of characteristics with it (about 120 pt).
	l.band(
		title(false),
		grid.reduce((h, r) => h + r.height, 0)
	);
	l.rows(grid, { heading: (continued) => (continued ? title(true) : null), after: 10 });
	table(l, SECTIONS.rights, n, RIGHT_COLUMNS, item.rights.map(rightCells));
	table(l, SECTIONS.encumbrances, n, ENCUMBRANCE_COLUMNS, item.encumbrances.map(encumbranceCells));
	table(l, SECTIONS.claims, n, CLAIM_COLUMNS, item.claims.map(claimCells));
	l.space(8);
}

/** Renders the certificate; `options.fonts` defaults to the bundled DejaVu faces (Worker). */
export async function renderRealEstateRightsPdf(
	doc: RealEstateRightsDocument,
	options: RenderOptions
): Promise<Uint8Array> {
	return renderRegistryCertificate(doc, REAL_ESTATE_RIGHTS_TITLE, options, (l) => {
		l.header(doc, REAL_ESTATE_RIGHTS_TITLE);
		l.issuedTo(doc, { kk: 'Берілді', ru: 'Выдана' });
		l.heading(SECTIONS.objects, 9, 120);
		if (!doc.objects.length) {
			l.rows([layRow([{ width: CONTENT_W, paras: noneParas() }], l.fonts)], { after: 8 });
			return;
		}
		doc.objects.forEach((item, i) => planObject(l, item, i + 1));
	});
}
