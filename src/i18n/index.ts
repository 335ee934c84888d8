// Every string a person reads, in Chinese (the default) and English. One table per area; the
// type makes a missing translation a compile error.
export type Lang = 'zh' | 'en';

export type Table = Record<string, { zh: string; en: string }>;

const PLACEHOLDER = /\{(\w+)\}/;
// Each template split once at its placeholders ([text, name, text, name, text…]): a long account
// fills hundreds of thousands of lines from a few hundred templates.
const splitTemplates = new Map<string, string[]>();

/** Fill `{name}` placeholders (one not in `params` stays as written). */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split(PLACEHOLDER);
    if (splitTemplates.size < 10_000) splitTemplates.set(template, parts);
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i]!;
    out += (k in params ? String(params[k]) : `{${k}}`) + parts[i + 1]!;
  }
  return out;
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
