// Address validation (PRODUCT.md): name 1–20 characters, mainland mobile 1[3-9] + 9 digits,
// a region, detail 5–120 characters; control characters and escape sequences are refused.
import type { Address } from './types';

export type AddressField = 'name' | 'phone' | 'region' | 'detail';
export type AddressProblem = { field: AddressField; problem: 'empty' | 'length' | 'format' | 'control' };

/**
 * C0/C1 controls, DEL, bidi marks (LRM, RLM, ALM), overrides and isolates, and the line and
 * paragraph separators: never allowed in text that reaches a screen.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}

/** Length in user-perceived characters (so an emoji counts once). */
export function charLength(text: string): number {
  // Latin and CJK text without combining marks or emoji is one unit per character: no need
  // to segment it (the engine measures every 赠言 and chat line).
  if (SIMPLE.test(text)) return text.length;
  let n = 0;
  for (const _ of (segmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' })).segment(text)) n++;
  return n;
}
// Made when first needed: making one loads ICU's break rules, which a run that measures only
// plain text never needs.
let segmenter: Intl.Segmenter | undefined;
const SIMPLE = /^[\u0000-\u02ff\u3000-\u9fff\uff00-\uffef]*$/;

const PHONE = /^1[3-9]\d{9}$/;

export function addressProblems(a: unknown): AddressProblem[] {
  if (typeof a !== 'object' || a === null) return [{ field: 'name', problem: 'empty' }];
  const r = a as Record<string, unknown>;
  const out: AddressProblem[] = [];
  const check = (field: AddressField, min: number, max: number) => {
    const v = r[field];
    if (typeof v !== 'string' || v.trim() === '') return out.push({ field, problem: 'empty' });
    if (hasControl(v)) return out.push({ field, problem: 'control' });
    const len = charLength(v.trim());
    if (len < min || len > max) return out.push({ field, problem: 'length' });
    return undefined;
  };
  check('name', 1, 20);
  const phone = r.phone;
  if (typeof phone !== 'string' || phone.trim() === '') out.push({ field: 'phone', problem: 'empty' });
  else if (!PHONE.test(phone.trim())) out.push({ field: 'phone', problem: 'format' });
  check('region', 1, 40);
  check('detail', 5, 120);
  return out;
}

export function isValidAddress(a: unknown): a is Address {
  return addressProblems(a).length === 0;
}

/** Trimmed copy with only the four fields (drops anything else a caller sent). */
export function cleanAddress(a: Address): Address {
  return { name: a.name.trim(), phone: a.phone.trim(), region: a.region.trim(), detail: a.detail.trim() };
}

/** For screens that may show that an address exists but not what it is. */
export function maskPhone(phone: string): string {
  return phone.length === 11 ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '***';
}
