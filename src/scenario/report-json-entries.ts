// A long report's step entries and relations, written by hand as the encoder lays them out
// (report-json-parts.ts picks this writer from a threshold; test/scenario/json-parts.test.ts holds
// it to the encoder). No pass of jsonSafe runs over the text made here, and none is needed: every
// string in it, an engine's code as much as a user's label, goes through the sanitizer's
// jsonString, which is jsonSafe(JSON.stringify(s)) byte for byte; the rest is this file's own
// ASCII (keys, indentation, punctuation) and numbers as JSON writes them. A value the writer does
// not know how to write (a result with a nested object, a number JSON writes as null) sends its
// whole entry to the encoder and jsonSafe.
import type { Lang } from '../i18n';
import { refusalMessage } from '../i18n/refusals';
import type { RefusalCode } from '../domain/errors';
import { tieOf, type RelationTable, type Tie } from '../domain/social';
import { jsonSafe, jsonString } from '../text/sanitize';
import { IN2, IN3, IN4, insideText, stringListText } from './json-text';
import { entryOf, type StepRecord } from './report-json';

/** An entry of `steps` or `relations` opens at depth 2, its first line indented as the encoder's. */
const OPEN = '    {';
const ENTRY_HEAD = `${OPEN}${IN3}"i": `;
const OK_END = `,${IN3}"ok": true${IN2}}`;
const RESULT_HEAD = `,${IN3}"ok": true,${IN3}"result": `;
const RESULT_END = `${IN3}}${IN2}}`;

/**
 * Step entries' texts (see entryOf), each at depth 2 with its first line's indentation, as the
 * encoder writes an element of `steps`. What repeats is made once: a refusal's code and message
 * by code, a result's keys.
 */
export class EntryTexts {
  /** `,"ok": false, "code": …, "message": …}` by code. */
  private readonly refusals = new Map<RefusalCode, string>();
  /** A result's key as written, on its line at depth 4, by key. */
  private readonly keys = new Map<string, string>();

  constructor(private readonly lang: Lang) {}

  entry(i: number, record: StepRecord): string {
    if (record === null) return ENTRY_HEAD + i + OK_END;
    if (typeof record === 'string') return ENTRY_HEAD + i + this.refusal(record);
    const result = this.result(record);
    // The encoder's text for what this writer leaves to it, made safe.
    if (result === null) return jsonSafe(insideText([entryOf(i, record, this.lang)], 1));
    return ENTRY_HEAD + i + RESULT_HEAD + result;
  }

  private refusal(code: RefusalCode): string {
    let text = this.refusals.get(code);
    if (text === undefined) {
      text = `,${IN3}"ok": false,${IN3}"code": ${jsonString(code)},${IN3}"message": ${jsonString(refusalMessage(code, this.lang))}${IN2}}`;
      this.refusals.set(code, text);
    }
    return text;
  }

  /**
   * A result's text and the entry's end, or null for a result the encoder writes otherwise than
   * this: one that is not a plain object, or holds a value other than a string, a finite number,
   * a boolean, null, undefined (left out, as the encoder does) or a list of strings. Its keys come
   * in Object.keys' order, which is the encoder's.
   */
  private result(r: Record<string, unknown>): string | null {
    const proto: unknown = Object.getPrototypeOf(r);
    if ((proto !== Object.prototype && proto !== null) || typeof r.toJSON === 'function') return null;
    let text = '';
    for (const key of Object.keys(r)) {
      const v = r[key];
      let value: string;
      if (typeof v === 'string') value = jsonString(v);
      else if (typeof v === 'number') {
        if (!Number.isFinite(v)) return null;
        value = String(v);
      } else if (typeof v === 'boolean') value = v ? 'true' : 'false';
      else if (v === null) value = 'null';
      else if (v === undefined) continue;
      else if (Array.isArray(v)) {
        const list = stringsText(v);
        if (list === null) return null;
        value = list;
      } else return null;
      let keyText = this.keys.get(key);
      if (keyText === undefined) this.keys.set(key, (keyText = `${IN4}${jsonString(key)}: `));
      text += (text === '' ? '{' : ',') + keyText + value;
    }
    return text === '' ? `{}${IN2}}` : text + RESULT_END;
  }
}

/** A list of strings as the encoder lays out a member's value at depth 4, or null when it holds
 * anything else (a hole included). */
function stringsText(list: unknown[]): string | null {
  for (let k = 0; k < list.length; k++) if (typeof list[k] !== 'string') return null;
  return stringListText(list as string[], 4);
}

/** A relation's tier as written, with the entry's end. */
const TIER_END: Record<Tie, string> = {
  strong: `,${IN3}"tier": ${jsonString('strong')}${IN2}}`,
  medium: `,${IN3}"tier": ${jsonString('medium')}${IN2}}`,
  weak: `,${IN3}"tier": ${jsonString('weak')}${IN2}}`,
};

/**
 * The entries of `relations`, each at depth 2 with its first line's indentation, in the table's
 * order. Each user's id is made into text once, for all the pairs it is in.
 */
export function* relationTexts({ users, a, b, ab, ba }: RelationTable): Generator<string> {
  const asA = users.map((u) => `${OPEN}${IN3}"a": ${jsonString(u)},${IN3}"b": `);
  const asB = users.map((u) => `${jsonString(u)},${IN3}"ab": `);
  const mid = `,${IN3}"ba": `;
  for (let k = 0; k < a.length; k++) {
    const x = ab[k]!;
    const y = ba[k]!;
    yield asA[a[k]!]! + asB[b[k]!]! + numberText(x) + mid + numberText(y) + TIER_END[tieOf(x, y)];
  }
}

/** A number as JSON writes it. */
const numberText = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');
