// Every string a person reads, in Chinese (the default) and English. One table per area; the
// type makes a missing translation a compile error.
export type Lang = 'zh' | 'en';

export type Table = Record<string, { zh: string; en: string }>;

/** Fill `{name}` placeholders. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

export function translator<T extends Table>(table: T) {
  return (lang: Lang, key: keyof T, params?: Record<string, string | number>) => fill(table[key]![lang], params);
}

export function isLang(x: unknown): x is Lang {
  return x === 'zh' || x === 'en';
}

/** One phrase in both languages; `{name}` marks where a parameter goes. */
export interface Words {
  zh: string;
  en: string;
}

export type Params = Record<string, string | number>;

/** A phrase in a language, its parameters filled. */
export function say(lang: Lang, words: Words, params?: Params): string {
  return fill(words[lang], params);
}

/** `say` bound to a language: `const t = sayer(lang); t(CHAT.empty)`. */
export const sayer =
  (lang: Lang) =>
  (words: Words, params?: Params): string =>
    fill(words[lang], params);
