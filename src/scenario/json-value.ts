// A value as the --json document writes it, by hand: byte for byte jsonSafe(JSON.stringify(value,
// null, 2)) at a given depth. The report's parts (report-json-parts.ts) are written with it, each
// string through the sanitizer's jsonString, so that they need no pass of the encoder over
// wrapped batches nor of jsonSafe over the whole text. test/scenario/json-value.test.ts holds it
// to JSON.stringify over any value, hostile strings included.
import { jsonSafe, jsonString } from '../text/sanitize';

const breaks: string[] = [];

/** A newline and the indentation of a line at `depth` (two spaces a level, as the encoder's). */
export function lineAt(depth: number): string {
  return (breaks[depth] ??= '\n' + '  '.repeat(depth));
}

/** A number as JSON writes it: -0 as 0 (as String does), NaN and the infinities as null. */
export const numberText = (n: number): string => (Number.isFinite(n) ? String(n) : 'null');

/**
 * A string, number, boolean or null as JSON writes it; undefined for anything else (an object,
 * or a value JSON leaves out), which jsonValue then writes. The writers of known shapes try this
 * first: nearly every value they meet is one of these.
 */
export function scalarText(value: unknown): string | undefined {
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'number':
      return numberText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      return value === null ? 'null' : undefined;
    default:
      return undefined;
  }
}

/**
 * `value`'s text when its first line stands at `depth` (its inner lines one level deeper), or
 * undefined where JSON.stringify leaves it out (undefined, a function, a symbol). `key` is its
 * name in its parent, handed to a toJSON method as the encoder hands it.
 */
export function jsonValue(value: unknown, depth: number, key = ''): string | undefined {
  if (value !== null && (typeof value === 'object' || typeof value === 'bigint')) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') value = toJSON.call(value, key);
  }
  switch (typeof value) {
    case 'string':
      return jsonString(value);
    case 'number':
      return numberText(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'bigint':
      // As the encoder: a BigInt has no JSON text.
      return JSON.stringify(value);
    case 'object':
      if (value === null) return 'null';
      // Wrapped primitives are written as what they wrap (and a wrapped BigInt throws).
      if (value instanceof Number || value instanceof String || value instanceof Boolean || value instanceof BigInt) return jsonSafe(JSON.stringify(value));
      return Array.isArray(value) ? arrayText(value, depth) : objectText(value as Record<string, unknown>, depth);
    default:
      return undefined;
  }
}

function arrayText(items: readonly unknown[], depth: number): string {
  if (items.length === 0) return '[]';
  const line = lineAt(depth + 1);
  let text = '[';
  for (let i = 0; i < items.length; i++) text += (i === 0 ? line : ',' + line) + (jsonValue(items[i], depth + 1, String(i)) ?? 'null');
  return text + lineAt(depth) + ']';
}

function objectText(object: Record<string, unknown>, depth: number): string {
  const line = lineAt(depth + 1);
  let text = '';
  for (const key of Object.keys(object)) {
    const value = jsonValue(object[key], depth + 1, key);
    if (value !== undefined) text += (text === '' ? line : ',' + line) + keyText(key) + value;
  }
  return text === '' ? '{}' : '{' + text + lineAt(depth) + '}';
}

/** `"key": `, remembered for the few thousand keys met first: the report's objects have the same
 * few keys (a result's `unit`, `sku`…), many thousands of times. */
const keyTexts = new Map<string, string>();
function keyText(key: string): string {
  let text = keyTexts.get(key);
  if (text === undefined) {
    text = jsonString(key) + ': ';
    if (keyTexts.size < 4096) keyTexts.set(key, text);
  }
  return text;
}
