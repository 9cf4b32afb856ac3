/**
 * UI language: Kazakh by default, Russian and English follow. The choice is kept in
 * localStorage (it is not personal data) and can change at any step without touching
 * the draft, because pages read messages reactively through `t()`.
 *
 * @example
 *   import { t, locale } from '$lib/i18n/index.svelte';
 *   <h1>{t('catalog.title')}</h1>
 */
import { messages, type MessageKey } from './messages/index.ts';

export const languages = ['kk', 'ru', 'en'] as const;
export type Lang = (typeof languages)[number];

const storageKey = 'qyzmet.lang';

function initialLang(): Lang {
	if (typeof localStorage === 'undefined') return 'kk';
	const saved = localStorage.getItem(storageKey);
	return (languages as readonly string[]).includes(saved ?? '') ? (saved as Lang) : 'kk';
}

export const locale = $state({ lang: initialLang() });

export function setLang(lang: Lang): void {
	locale.lang = lang;
	localStorage.setItem(storageKey, lang);
	document.documentElement.lang = lang;
}

/** Back to Kazakh for the next person, forgetting the choice (the kiosk's «start again»). */
export function resetLang(): void {
	locale.lang = 'kk';
	localStorage.removeItem(storageKey);
	document.documentElement.lang = 'kk';
}

/** Translates `key`, replacing `{name}` placeholders with `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
	const text: string = messages[locale.lang][key] ?? messages.kk[key] ?? key;
	return text.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

/** Picks the current language's text from a `{ kk, ru, en }` object (catalogue data, API errors). */
export function pick(text: { kk: string; ru?: string; en?: string }): string {
	return text[locale.lang] ?? text.kk;
}
