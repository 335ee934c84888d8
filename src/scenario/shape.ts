// A small shape checker for scenario steps. A 10,000-step file is checked step by step before
// it plays, and a general schema library spent longer on that than the engine spends playing;
// this does only what steps need, and names the field at fault the same way.
import { quoted } from '../text/sanitize';

export type Shape = (
  | { t: 'string' }
  | { t: 'number' }
  | { t: 'boolean' }
  | { t: 'index' }
  | { t: 'enum'; values: readonly string[] }
  | { t: 'array'; of: Shape }
  | { t: 'object'; fields: Record<string, Field>; entries: Array<[string, Field]>; required: number }
  | { t: 'either'; options: readonly Shape[]; describe: string }
) & {
  /**
   * Whether a value fits: the question check() answers for nearly every step, asked without
   * making the paths and messages an answer would need. Made once for each shape, when it is
   * declared, so that checking a step calls one function per field and interprets nothing.
   */
  fits: (value: unknown) => boolean;
};

interface Field {
  shape: Shape;
  optional?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** An object's fields fit: no field it does not know, each known one fits, none required is missing. */
function objectFits(entries: ReadonlyArray<[string, Field]>, required: number): (value: unknown) => boolean {
  const fields = new Map(entries);
  return (value) => {
    if (!isObject(value)) return false;
    let present = 0;
    for (const key in value) {
      const f = fields.get(key);
      if (f === undefined) return false;
      const v = value[key];
      if (v === undefined) continue;
      if (!f.shape.fits(v)) return false;
      if (!f.optional) present++;
    }
    return present === required;
  };
}

export const S = {
  string: { t: 'string', fits: (v) => typeof v === 'string' } as Shape,
  number: { t: 'number', fits: (v) => typeof v === 'number' && Number.isFinite(v) } as Shape,
  boolean: { t: 'boolean', fits: (v) => typeof v === 'boolean' } as Shape,
  /** A whole number ≥ 0. */
  index: { t: 'index', fits: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 } as Shape,
  enum: (...values: string[]): Shape => ({ t: 'enum', values, fits: (v) => typeof v === 'string' && values.includes(v) }),
  array: (of: Shape): Shape => ({ t: 'array', of, fits: (v) => Array.isArray(v) && v.every(of.fits) }),
  object: (fields: Record<string, Shape | [Shape, 'optional']>): Shape => {
    const entries = Object.entries(fields).map(([k, v]): [string, Field] => [k, Array.isArray(v) ? { shape: v[0], optional: true } : { shape: v }]);
    const required = entries.filter(([, f]) => !f.optional).length;
    return { t: 'object', fields: Object.fromEntries(entries), entries, required, fits: objectFits(entries, required) };
  },
  either: (describe: string, ...options: Shape[]): Shape => ({
    t: 'either',
    options,
    describe,
    fits: (v) => {
      for (const o of options) if (o.fits(v)) return true;
      return false;
    },
  }),
};

export const optional = (s: Shape): [Shape, 'optional'] => [s, 'optional'];

export interface ShapeIssue {
  path: string;
  message: string;
}

const kind = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`);

/** The first place `value` does not fit `shape`, or null when it fits. Objects are strict: unknown fields are at fault. */
export function check(shape: Shape, value: unknown, path = ''): ShapeIssue | null {
  return shape.fits(value) ? null : firstIssue(shape, value, path);
}

/** Where `value` does not fit `shape` first: unknown fields in the value's order, then the
 * shape's fields in its order. */
function firstIssue(shape: Shape, value: unknown, path: string): ShapeIssue | null {
  const at = (message: string): ShapeIssue => ({ path, message });
  switch (shape.t) {
    case 'string':
      return typeof value === 'string' ? null : at(`expected a string, got ${kind(value)}`);
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return null;
      // A JSON number beyond a double's range (1e400) reads as Infinity.
      return at(typeof value === 'number' ? 'expected a number, got one too large to hold' : `expected a number, got ${kind(value)}`);
    case 'boolean':
      return typeof value === 'boolean' ? null : at(`expected true or false, got ${kind(value)}`);
    case 'index':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? null : at('expected a whole number ≥ 0');
    case 'enum':
      return typeof value === 'string' && shape.values.includes(value) ? null : at(`expected one of ${shape.values.map((v) => `"${v}"`).join(', ')}`);
    case 'array': {
      if (!Array.isArray(value)) return at(`expected an array, got ${kind(value)}`);
      for (let i = 0; i < value.length; i++) {
        const issue = firstIssue(shape.of, value[i], `${path}[${i}]`);
        if (issue) return issue;
      }
      return null;
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return at(`expected an object, got ${kind(value)}`);
      const obj = value as Record<string, unknown>;
      for (const key in obj) if (!Object.hasOwn(shape.fields, key)) return { path: join(path, key), message: `unknown field ${quoted(key)}` };
      for (const [key, f] of shape.entries) {
        if (obj[key] === undefined) {
          if (!f.optional) return { path: join(path, key), message: 'required' };
          continue;
        }
        const issue = firstIssue(f.shape, obj[key], join(path, key));
        if (issue) return issue;
      }
      return null;
    }
    case 'either':
      return shape.fits(value) ? null : at(`expected ${shape.describe}`);
  }
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);
