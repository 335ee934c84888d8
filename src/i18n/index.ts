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
