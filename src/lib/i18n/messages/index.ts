// UI copy lives here, one namespace file per area, each with kk, ru and en.
// `satisfies` makes the compiler reject a namespace whose languages disagree on keys.
import { common } from './common.ts';
import { form } from './form.ts';
import { kiosk } from './kiosk.ts';
import { office } from './office.ts';
import { officeCertificates } from './office-certificates.ts';
import { officeRegistry } from './office-registry.ts';
import { signing } from './signing.ts';
import { verify } from './verify.ts';

const namespaces = [common, form, verify, office, officeRegistry, officeCertificates, signing, kiosk] as const;

export type MessageKey =
	| keyof (typeof common)['kk']
	| keyof (typeof form)['kk']
	| keyof (typeof verify)['kk']
	| keyof (typeof office)['kk']
	| keyof (typeof officeRegistry)['kk']
	| keyof (typeof officeCertificates)['kk']
	| keyof (typeof signing)['kk']
	| keyof (typeof kiosk)['kk'];

function merge(lang: 'kk' | 'ru' | 'en'): Record<MessageKey, string> {
	return Object.assign({}, ...namespaces.map((ns) => ns[lang]));
}

export const messages = { kk: merge('kk'), ru: merge('ru'), en: merge('en') };
