// What is wrong with a step that has no verb, or several: a pointed message, naming the field
// that was meant as a verb ("dance", a misspelt "sned") rather than only listing the verbs.
import { quoted } from '../text/sanitize';
import type { Shape } from './shape';

export interface VerbProblem {
  /** The field at fault, when one is: the unknown field taken for a verb. */
  field?: string;
  message: string;
}

/** Unknown fields named in one message; the rest are counted. */
const LISTED = 5;

/** Why a step does not have exactly one verb. `found` are the verbs it has; `schemas` every verb's shape. */
export function verbProblem(step: Record<string, unknown>, found: readonly string[], schemas: Readonly<Record<string, Shape>>): VerbProblem {
  const verbs = Object.keys(schemas);
  const list = `the verbs are ${verbs.join(', ')}`;
  if (found.length > 1) return { message: `more than one verb (${found.join(', ')}): a step does one thing` };
  const known = new Set(Object.values(schemas).flatMap((s) => (s.t === 'object' ? Object.keys(s.fields) : [])));
  const unknown = Object.keys(step).filter((k) => !known.has(k));
  for (const field of unknown) {
    const near = closest(field, verbs);
    if (near !== null) return { field, message: `unknown verb ${quoted(field)} (did you mean "${near}"?); ${list}` };
  }
  if (unknown.length === 1) return { field: unknown[0]!, message: `unknown verb ${quoted(unknown[0]!)}; ${list}` };
  if (unknown.length > 1) {
    const named = unknown.slice(0, LISTED).map((k) => quoted(k)).join(', ');
    const more = unknown.length > LISTED ? ` and ${unknown.length - LISTED} more` : '';
    return { message: `no verb, and unknown fields ${named}${more}; ${list}` };
  }
  return { message: `no verb; ${list}` };
}

/** The verb a field name is a slip of (one edit up to five letters, two for longer), or null. */
function closest(field: string, verbs: readonly string[]): string | null {
  const word = field.toLowerCase();
  if (word.length > 12) return null;
  const allowed = word.length <= 5 ? 1 : 2;
  let best: string | null = null;
  let bestDistance = allowed + 1;
  for (const v of verbs) {
    const d = editDistance(word, v);
    if (d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best;
}

/** Edits (insert, delete, substitute, swap two neighbours) from a to b. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}
