// The --json document as text. JSON.stringify prints an object's integer-like keys ("9", "10")
// first, in numeric order, whatever order they were set in; ids and labels may be digits, and the
// page fixes some orders (`users` sorted by id, packets in send order). Those collections are
// built as OrderedKeys and printed here in their given order; every value is still laid out by
// JSON.stringify itself, so the text is byte for byte what JSON.stringify(doc, null, 2) gives
// wherever key order is not at stake.
import { jsonString } from '../text/sanitize';

/** An object whose keys print in the order given. JSON.stringify sees a plain object (toJSON). */
export class OrderedKeys<T = unknown> {
  constructor(readonly entries: ReadonlyArray<readonly [string, T]>) {}
  toJSON(): Record<string, T> {
    return Object.fromEntries(this.entries);
  }
}

/** The inside of a non-empty object or array whose braces stand at `depth` (its members' lines,
 * without the braces), laid out by JSON.stringify inside `depth` wrappers, which are then cut
 * away: no re-indenting of a large value by hand. */
export function insideText(value: object, depth: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = { '': wrapped };
  const text = JSON.stringify(wrapped, null, 2);
  let from = 0;
  for (let i = 0; i <= depth; i++) from = text.indexOf('\n', from) + 1;
  let to = text.length;
  for (let i = 0; i <= depth; i++) to = text.lastIndexOf('\n', to - 1);
  return text.slice(from, to);
}

/** `"key": value` at `depth` (its indentation), without a trailing comma or newline. */
const entryText = (key: string, value: unknown, depth: number): string => insideText({ [key]: value }, depth - 1);

function objectText(entries: ReadonlyArray<readonly [string, unknown]>, depth: number): string {
  const lines: string[] = [];
  for (const [k, v] of entries) {
    if (v === undefined) continue;
    if (v instanceof OrderedKeys) {
      const inner = objectText(v.entries, depth + 1);
      lines.push(`${'  '.repeat(depth + 1)}${JSON.stringify(k)}: ${inner}`);
    } else lines.push(entryText(k, v, depth + 1));
  }
  return lines.length === 0 ? '{}' : `{\n${lines.join(',\n')}\n${'  '.repeat(depth)}}`;
}

/** A key JSON.stringify writes before the others, whatever the order it was set in: an array index. */
const indexLike = (key: string) => /^(?:0|[1-9][0-9]{0,9})$/.test(key) && Number(key) < 2 ** 32 - 1;

/**
 * The inside of a non-empty object at `depth` with these entries in this order, as documentText
 * writes it. Entries whose order JSON.stringify keeps (no index-like or repeated key, no nested
 * OrderedKeys) go through the encoder in one call.
 */
export function membersText(entries: ReadonlyArray<readonly [string, unknown]>, depth: number): string {
  const plain: Record<string, unknown> = Object.create(null);
  let n = 0;
  for (const [k, v] of entries) {
    if (indexLike(k) || v instanceof OrderedKeys || Object.hasOwn(plain, k)) {
      const text = objectText(entries, depth);
      return text.slice(2, text.lastIndexOf('\n'));
    }
    plain[k] = v;
    if (v !== undefined) n++;
  }
  return n === 0 ? '' : insideText(plain, depth);
}

/** The document's text: JSON.stringify(doc, null, 2), with OrderedKeys values in their order. */
export function documentText(doc: Record<string, unknown>): string {
  return objectText(Object.entries(doc), 0);
}

/** A newline and the indentation of a line at depth 2 to 5 (two spaces a level, as the encoder's),
 * for the text the long report writes by hand (report-json-parts.ts, report-json-entries.ts). */
export const IN2 = '\n    ';
export const IN3 = IN2 + '  ';
export const IN4 = IN3 + '  ';
export const IN5 = IN4 + '  ';
const IN = ['\n', '\n  ', IN2, IN3, IN4, IN5];

/** A list of strings as the encoder lays out a member's value on a line at `depth` (3 or 4):
 * `[]` when empty, else one string a line a level deeper. */
export function stringListText(list: readonly string[], depth: 3 | 4): string {
  if (list.length === 0) return '[]';
  const item = IN[depth + 1]!;
  let text = '[';
  for (let k = 0; k < list.length; k++) text += (k === 0 ? item : ',' + item) + jsonString(list[k]!);
  return text + IN[depth]! + ']';
}
