// UI copy lives here, one namespace file per area, each with kk, ru and en.
// `satisfies` makes the compiler reject a namespace whose languages disagree on keys.
//
// The namespaces every page can show are bundled with the app. An area's own namespaces (the
// verification page's, the office's, with its registry and certificates) join when that area's code
// loads, through `addMessages` in its route: they are most of all the copy, and keeping them out of
// the catalogue's and the form pages' first download keeps those within their budgets. Their keys
// are in `MessageKey` all the same.
import { common } from './common.ts';
import { display } from './display.ts';
import { documents } from './documents.ts';
import { form } from './form.ts';
import { keyboard } from './keyboard.ts';
import { kiosk } from './kiosk.ts';
import type { office } from './office.ts';
import type { officeCertificates } from './office-certificates.ts';
import type { officeRegistry } from './office-registry.ts';
import { printing } from './printing.ts';
import { signing } from './signing.ts';
import type { verify } from './verify.ts';

type Namespace = Record<'kk' | 'ru' | 'en', Record<string, string>>;

const bundled = [common, form, signing, printing, keyboard, display, kiosk, documents] as const;

export type MessageKey =
	| keyof (typeof common)['kk']
	| keyof (typeof form)['kk']
	| keyof (typeof verify)['kk']
	| keyof (typeof office)['kk']
	| keyof (typeof officeRegistry)['kk']
	| keyof (typeof officeCertificates)['kk']
	| keyof (typeof signing)['kk']
	| keyof (typeof printing)['kk']
	| keyof (typeof keyboard)['kk']
	| keyof (typeof display)['kk']
	| keyof (typeof kiosk)['kk']
	| keyof (typeof documents)['kk'];

function merge(lang: 'kk' | 'ru' | 'en'): Record<MessageKey, string> {
	return Object.assign({}, ...bundled.map((ns) => ns[lang]));
}

export const messages = { kk: merge('kk'), ru: merge('ru'), en: merge('en') };

/**
 * Adds an area's namespaces; call it at the top level of the area's route module, so the copy is
 * there before the first render.
 *
 * @example
 *   import { verify } from '$lib/i18n/messages/verify.ts';
 *   addMessages(verify);
 */
export function addMessages(...namespaces: Namespace[]): void {
	for (const lang of ['kk', 'ru', 'en'] as const)
		for (const namespace of namespaces) Object.assign(messages[lang], namespace[lang]);
}
