// «Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтама» — the certificate of the absence
// (presence) of real estate, Order No. 236 annex 5, sub-annex 5 in the edition of Order No. 132
// (seeds/000, L2663–2769), as a bilingual A4 PDF: the subject's current rights, one block per
// right under «Тіркелді:» (L2692–2728), and the previous ones with the basis and the moment of
// their termination under «Бұрын осы тұлғаға тіркелген:» (L2729–2760).
//
// The template has no wording for absence (order-236-registries.md §2.9): with no current right the
// certificate says that none is registered, and «ЖОҚ / НЕТ» stands for an empty history (the
// reading of ../shared/spec/services.md: a person known to the databases gets the certificate,
// never a refusal). Kazakh labels are the template's (line numbers below); Russian ones are ours.
import type { RealEstateHoldings } from '../db/property.ts';
import { NBSP } from './pdf-kit.ts';
import {
	CLAIM_TYPE,
	CONTENT_W,
	ENCUMBRANCE_TYPE,
	GREY,
	LABEL_FILL,
	noneParas,
	OBJECT_TYPE,
	RIGHT_TYPE,
	biParas,
	claimFromRow,
	encumbranceFromRow,
	labelParas,
	layRow,
	objectFromRow,
	ownershipText,
	registryDateTime,
	renderRegistryCertificate,
	rightFromRow,
	t,
	tidy,
	type Bilingual,
	type CertificateLayout,
	type RealEstateObject,
	type RegisteredClaim,
	type RegisteredEncumbrance,
	type RegisteredRight,
	type RegistryCertificateHead,
	type RegistryParty,
	type RenderOptions
} from './real-estate-common.ts';
import type { Para } from './pdf-kit.ts';

export interface PresenceCurrentRight {
	object: RealEstateObject;
	right: RegisteredRight; // termination is null
	/** Current encumbrances and claims on the object. */
	encumbrances: RegisteredEncumbrance[];
	claims: RegisteredClaim[];
}

export interface PresencePreviousRight {
	object: RealEstateObject;
	right: RegisteredRight & { termination: NonNullable<RegisteredRight['termination']> };
}

export interface RealEstatePresenceDocument extends RegistryCertificateHead {
	current: PresenceCurrentRight[];
	previous: PresencePreviousRight[];
}

export const REAL_ESTATE_PRESENCE_TITLE: Bilingual = {
	kk: 'Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтама', // [L2680]
	ru: 'Справка об отсутствии (наличии) недвижимого имущества'
};

/** The certificate from what `findRealEstateHoldings` returned: every right of the subject, current and previous. */
export function realEstatePresenceFromHoldings(
	holdings: RealEstateHoldings,
	head: RegistryCertificateHead
): RealEstatePresenceDocument {
	const current: PresenceCurrentRight[] = [];
	const previous: PresencePreviousRight[] = [];
	for (const row of holdings.rights) {
		const right = rightFromRow(row);
		const object = objectFromRow(row);
		if (right.termination) previous.push({ object, right: { ...right, termination: right.termination } });
		else
			current.push({
				object,
				right,
				encumbrances: holdings.encumbrances.filter((e) => e.object_id === row.object_id).map(encumbranceFromRow),
				claims: holdings.claims.filter((c) => c.object_id === row.object_id).map(claimFromRow)
			});
	}
	return { ...head, current, previous };
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------
const LABEL_W = 190;
const VALUE_W = CONTENT_W - LABEL_W;

const ROWS = {
	// [L2697] (and [L2734])
	object: {
		kk: 'Жылжымайтын мүлік объектісі (объект түрі, нысаналы мақсаты, кадастрлық нөмірі)',
		ru: 'Объект недвижимости (вид объекта, целевое назначение, кадастровый номер)'
	},
	// [L2702] (and [L2739])
	right: {
		kk: 'Құқықтың түрі, меншік нысаны (дара немесе жалпы, үлес)',
		ru: 'Вид права, форма собственности (единоличная или общая, доля)'
	},
	// [L2707] (and [L2744])
	basis: {
		kk: 'Құқықтың пайда болу негізі, тіркеу күні және уақыты',
		ru: 'Основание возникновения права, дата и время регистрации'
	},
	// [L2712]
	encumbrances: {
		kk: 'Тіркелген ауыртпалықтардың болуы (ауыртпалықтың түрі, мүдделі тұлға, ауыртпалықтың туындау негізі, тіркеу күні және уақыты)',
		ru: 'Наличие зарегистрированных обременений (вид обременения, заинтересованное лицо, основание возникновения обременения, дата и время регистрации)'
	},
	// [L2717]
	claims: {
		kk: 'Жылжымайтын мүлікке құқықтардың немесе құқықтық ауыртпалықтардың туындауына әкеп соқтырмайтын заңдық талаптар мен мәмілелердің тіркелуі',
		ru: 'Регистрация правопритязаний и сделок, не влекущих возникновения прав или обременений прав на недвижимое имущество'
	},
	// [L2749]
	termination: {
		kk: 'Құқықтың тоқтату негізі, тіркеу күні және уақыты',
		ru: 'Основание прекращения права, дата и время регистрации'
	}
} satisfies Record<string, Bilingual>;

const SECTIONS = {
	current: { kk: 'Тіркелді:', ru: 'Зарегистрировано:' }, // [L2692]
	previous: { kk: 'Бұрын осы тұлғаға тіркелген:', ru: 'Ранее зарегистрировано за данным лицом:' }, // [L2729]
	absence: {
		kk: 'Жылжымайтын мүлікке тіркелген құқықтар жоқ.',
		ru: 'Зарегистрированные права на недвижимое имущество отсутствуют.'
	}
} satisfies Record<string, Bilingual>;

// [L2694] «1) Мекен-жайда орналасқан жылжымайтын мүлікке құқық: ____» with the caption [L2696]
// «(мекен-жай, мекен-жайдың тіркеу коды - бар болған жағдайда)».
const AT_ADDRESS: Bilingual = {
	kk: 'Мекен-жайда орналасқан жылжымайтын мүлікке құқық:',
	ru: 'Право на недвижимое имущество, расположенное по адресу:'
};

const SIZE = 7.8;
const SIZE_RU = 7.3;

/** One paragraph per language, each the same items joined by «; »; Russian in grey. */
function twoLanguages(kk: Run2[], ru: Run2[]): Para[] {
	return [
		{ runs: kk.map(([text, bold]) => t(text, bold)), size: SIZE },
		{ runs: ru.map(([text, bold]) => t(text, bold)), size: SIZE_RU, color: GREY, gap: 1.5 }
	];
}
type Run2 = [string, boolean?];

const ids = (p: RegistryParty, lang: 'kk' | 'ru') =>
	p.iin
		? ` (${lang === 'kk' ? 'ЖСН' : 'ИИН'}${NBSP}${p.iin})`
		: p.bin
			? ` (${lang === 'kk' ? 'БСН' : 'БИН'}${NBSP}${p.bin})`
			: '';

function objectValue(o: RealEstateObject): Para[] {
	const litera = (lang: 'kk' | 'ru') => (o.litera ? `, ${lang === 'kk' ? 'литер' : 'литер'}${NBSP}${o.litera}` : '');
	return twoLanguages(
		[
			[`${OBJECT_TYPE[o.type].kk}, ${tidy(o.purpose.kk)}${litera('kk')}, кадастрлық нөмірі `],
			[o.cadastralNumber, true]
		],
		[[`${OBJECT_TYPE[o.type].ru}, ${tidy(o.purpose.ru)}${litera('ru')}, кадастровый номер `], [o.cadastralNumber, true]]
	);
}

function rightValue(r: RegisteredRight): Para[] {
	const form = ownershipText(r.ownershipForm, r.share);
	return twoLanguages(
		[[`${RIGHT_TYPE[r.type].kk}, ${form.kk}`, true], [` (${tidy(r.content.kk)})`]],
		[[`${RIGHT_TYPE[r.type].ru}, ${form.ru}`, true], [` (${tidy(r.content.ru)})`]]
	);
}

function basisValue(basis: Bilingual, at: string): Para[] {
	const when = registryDateTime(at);
	return twoLanguages(
		[[`${tidy(basis.kk)}; тіркелген күні мен уақыты: `], [when, true]],
		[[`${tidy(basis.ru)}; дата и время регистрации: `], [when, true]]
	);
}

function encumbranceValue(e: RegisteredEncumbrance): Para[] {
	const when = registryDateTime(e.registeredAt);
	const share = (lang: 'kk' | 'ru') =>
		e.share ? `; ${lang === 'kk' ? 'үлесі' : 'доля'}${NBSP}${e.share[0]}/${e.share[1]}` : '';
	return twoLanguages(
		[
			[`${ENCUMBRANCE_TYPE[e.type].kk}: `, true],
			[`${tidy(e.content.kk)}${share('kk')}; мүдделі тұлға: ${tidy(e.party.name.kk)}${ids(e.party, 'kk')}; `],
			[`негізі: ${tidy(e.basis.kk)}; тіркелген күні мен уақыты: `],
			[when, true]
		],
		[
			[`${ENCUMBRANCE_TYPE[e.type].ru}: `, true],
			[`${tidy(e.content.ru)}${share('ru')}; заинтересованное лицо: ${tidy(e.party.name.ru)}${ids(e.party, 'ru')}; `],
			[`основание: ${tidy(e.basis.ru)}; дата и время регистрации: `],
			[when, true]
		]
	);
}

function claimValue(c: RegisteredClaim): Para[] {
	const when = registryDateTime(c.registeredAt);
	return twoLanguages(
		[
			[`${CLAIM_TYPE[c.type].kk}: `, true],
			[`${tidy(c.content.kk)}; өтініш беруші: ${tidy(c.applicant.name.kk)}${ids(c.applicant, 'kk')}; `],
			[`негізі: ${tidy(c.basis.kk)}; тіркелген күні мен уақыты: `],
			[when, true]
		],
		[
			[`${CLAIM_TYPE[c.type].ru}: `, true],
			[`${tidy(c.content.ru)}; заявитель: ${tidy(c.applicant.name.ru)}${ids(c.applicant, 'ru')}; `],
			[`основание: ${tidy(c.basis.ru)}; дата и время регистрации: `],
			[when, true]
		]
	);
}

/** Several entries in one cell, a little apart; «ЖОҚ / НЕТ» when there are none. */
function list(entries: Para[][]): Para[] {
	if (!entries.length) return noneParas();
	return entries.flatMap((paras, i) => paras.map((p, j) => (i > 0 && j === 0 ? { ...p, gap: 5 } : p)));
}

/** A section heading (Kazakh bold, Russian grey) as the first paragraphs of a stack. */
const sectionParas = (v: Bilingual): Para[] => [
	{ runs: [t(v.kk, true)], size: 10 },
	{ runs: [t(v.ru)], size: 9.2, color: GREY, gap: 1 }
];

/**
 * One right: «n) Мекен-жайда орналасқан …» with the address, then its label–value rows, kept on one
 * page; the section's heading, when given, goes with it.
 */
function planBlock(
	l: CertificateLayout,
	n: number,
	o: RealEstateObject,
	rows: [Bilingual, Para[]][],
	section?: Bilingual
): void {
	const title = (continued: boolean) =>
		l.stack([
			...(section && !continued ? sectionParas(section) : []),
			{
				runs: [
					t(`${n}) ${AT_ADDRESS.kk} `, true),
					t(tidy(o.address.kk)),
					t(o.addressCode ? `, мекен-жайдың тіркеу коды ${o.addressCode}` : ''),
					t(continued ? ' (жалғасы)' : '')
				],
				size: 8.4,
				gap: section && !continued ? 8 : 0
			},
			{
				runs: [
					t(`${n}) ${AT_ADDRESS.ru} `),
					t(tidy(o.address.ru)),
					t(o.addressCode ? `, регистрационный код адреса ${o.addressCode}` : ''),
					t(continued ? ' (продолжение)' : '')
				],
				size: 7.8,
				color: GREY,
				gap: 1.5
			}
		]);
	l.rows(
		rows.map(([label, value]) =>
			layRow(
				[
					{ width: LABEL_W, paras: labelParas(label), fill: LABEL_FILL },
					{ width: VALUE_W, paras: value }
				],
				l.fonts
			)
		),
		{ heading: title, after: 12, keepTogether: true }
	);
}

/** A section with nothing in it: its heading and one full-width row. */
function planEmpty(l: CertificateLayout, section: Bilingual, value: Para[]): void {
	l.rows([layRow([{ width: CONTENT_W, paras: value }], l.fonts)], {
		heading: () => l.stack(sectionParas(section)),
		after: 12
	});
}

/** Renders the certificate; `options.fonts` defaults to the bundled DejaVu faces (Worker). */
export async function renderRealEstatePresencePdf(
	doc: RealEstatePresenceDocument,
	options: RenderOptions
): Promise<Uint8Array> {
	return renderRegistryCertificate(doc, REAL_ESTATE_PRESENCE_TITLE, options, (l) => {
		l.header(doc, REAL_ESTATE_PRESENCE_TITLE, { form: true });
		l.issuedTo(doc, { kk: 'Берілді', ru: 'Выдана' });

		if (!doc.current.length)
			planEmpty(l, SECTIONS.current, biParas(SECTIONS.absence, { bold: true, size: 9, sizeRu: 8.6 }));
		doc.current.forEach((c, i) =>
			planBlock(
				l,
				i + 1,
				c.object,
				[
					[ROWS.object, objectValue(c.object)],
					[ROWS.right, rightValue(c.right)],
					[ROWS.basis, basisValue(c.right.basis, c.right.registeredAt)],
					[ROWS.encumbrances, list(c.encumbrances.map(encumbranceValue))],
					[ROWS.claims, list(c.claims.map(claimValue))]
				],
				i === 0 ? SECTIONS.current : undefined
			)
		);

		if (!doc.previous.length) planEmpty(l, SECTIONS.previous, noneParas());
		doc.previous.forEach((p, i) =>
			planBlock(
				l,
				i + 1,
				p.object,
				[
					[ROWS.object, objectValue(p.object)],
					[ROWS.right, rightValue(p.right)],
					[ROWS.basis, basisValue(p.right.basis, p.right.registeredAt)],
					[ROWS.termination, basisValue(p.right.termination.basis, p.right.termination.at)]
				],
				i === 0 ? SECTIONS.previous : undefined
			)
		);
	});
}
