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

/**
 * An object's fields fit: no field it does not know, each known one fits, none required is
 * missing. Nearly every step of a file is checked by one of these, so it is made into code of its
 * own once: one pass over the value's keys, a switch on the key and
 * the field's test written inline, where a general loop (a lookup and a call for each field) costs
 * a 10,000-step file twice as much while its code is still cold. A nested shape's test that is not
 * a plain expression (an array, an object) is called, as the `fits` its shape already has. The
 * code is made when the shape first checks a value: a file of a few verbs (or none) makes only
 * theirs.
 */
function objectFits(entries: ReadonlyArray<[string, Field]>, required: number): (value: unknown) => boolean {
  let fits: ((value: unknown) => boolean) | undefined;
  return (value) => (fits ??= objectFitsCode(entries, required))(value);
}

function objectFitsCode(entries: ReadonlyArray<[string, Field]>, required: number): (value: unknown) => boolean {
  const called: Array<(value: unknown) => boolean> = [];
  const cases = entries.map(([key, f]) => {
    const test = testSource(f.shape, 'v', called);
    // A field set to undefined counts as absent, as in the shape's check.
    return `case ${JSON.stringify(key)}: if (v === undefined) break; if (!(${test})) return false;${f.optional ? '' : ' present++;'} break;`;
  });
  const body = [
    "if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;",
    'let present = 0;',
    'for (const key in value) {',
    '  const v = value[key];',
    '  switch (key) {',
    ...cases.map((c) => `    ${c}`),
    '    default: return false;',
    '  }',
    '}',
    `return present === ${required};`,
  ].join('\n');
  return new Function('called', `return function objectFits(value) {\n${body}\n};`)(called) as (value: unknown) => boolean;
}

/** A JavaScript expression that is true when the variable `v` fits `shape`; a shape with no plain
 * expression is called as `called[n]`, its own fits. */
function testSource(shape: Shape, v: string, called: Array<(value: unknown) => boolean>): string {
  switch (shape.t) {
    case 'string':
      return `typeof ${v} === 'string'`;
    case 'number':
      return `typeof ${v} === 'number' && Number.isFinite(${v})`;
    case 'boolean':
      return `typeof ${v} === 'boolean'`;
    case 'index':
      return `typeof ${v} === 'number' && Number.isSafeInteger(${v}) && ${v} >= 0`;
    case 'enum':
      if (shape.values.length === 0) return 'false';
      return shape.values.map((value) => `${v} === ${JSON.stringify(value)}`).join(' || ');
    case 'either':
      if (shape.options.length === 0) return 'false';
      return shape.options.map((o) => `(${testSource(o, v, called)})`).join(' || ');
    case 'array':
    case 'object':
      called.push(shape.fits);
      return `called[${called.length - 1}](${v})`;
  }
}

/**
 * For object shapes each named by a field that only it has (a step's verb): the name of the one
 * shape `value` fits, found and checked in one pass over its keys. A scenario's every step is
 * asked this before it plays; finding the verb and then checking the verb's shape went over each
 * step's keys twice. Only a plain yes is answered: null means "not plainly so" (no name field, two,
 * a field that does not fit or does not belong to the named shape, a field set to undefined), and
 * the caller then asks the slow way, which says what is wrong. A field name the shapes give
 * different shapes to is never answered here. The code is made when it is first asked.
 */
export function namedFits(shapes: Readonly<Record<string, Shape>>): (value: unknown) => string | null {
  let fits: ((value: unknown) => string | null) | undefined;
  return (value) => (fits ??= namedFitsCode(shapes))(value);
}

function namedFitsCode(shapes: Readonly<Record<string, Shape>>): (value: unknown) => string | null {
  const names = Object.keys(shapes);
  // Every field of every shape, each with one bit; a field two shapes disagree on has none.
  const bits = new Map<string, number>();
  const fieldShape = new Map<string, Shape | null>();
  const note = (key: string, shape: Shape) => {
    if (!bits.has(key)) bits.set(key, bits.size);
    const known = fieldShape.get(key);
    fieldShape.set(key, known === undefined || known === shape ? shape : null);
  };
  for (const name of names) {
    const shape = shapes[name]!;
    if (shape.t !== 'object' || !Object.hasOwn(shape.fields, name) || shape.fields[name]!.optional) throw new Error(`namedFits: "${name}" is not an object shape that requires its own name`);
    for (const [key, f] of shape.entries) note(key, f.shape);
  }
  if (bits.size > 30) throw new Error('namedFits: too many fields for one bit each');
  const bit = (key: string) => 1 << bits.get(key)!;
  const called: Array<(value: unknown) => boolean> = [];
  const cases: string[] = [];
  for (const [key, shape] of fieldShape) {
    if (shape === null) continue;
    cases.push(`case ${JSON.stringify(key)}: if (v === undefined || !(${testSource(shape, 'v', called)})) return null; seen |= ${bit(key)}; break;`);
  }
  const nameBits = names.map(bit).reduce((a, b) => a | b, 0);
  const chosen = names.map((name) => {
    const shape = shapes[name] as Extract<Shape, { t: 'object' }>;
    const allowed = shape.entries.map(([key]) => bit(key)).reduce((a, b) => a | b, 0);
    const required = shape.entries.filter(([, f]) => !f.optional).map(([key]) => bit(key)).reduce((a, b) => a | b, 0);
    return `case ${bit(name)}: return (seen & ${~allowed}) === 0 && (seen & ${required}) === ${required} ? ${JSON.stringify(name)} : null;`;
  });
  const body = [
    "if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;",
    'let seen = 0;',
    'for (const key in value) {',
    '  const v = value[key];',
    '  switch (key) {',
    ...cases.map((c) => `    ${c}`),
    '    default: return null;',
    '  }',
    '}',
    `switch (seen & ${nameBits}) {`,
    ...chosen.map((c) => `  ${c}`),
    '  default: return null;',
    '}',
  ].join('\n');
  return new Function('called', `return function namedFits(value) {\n${body}\n};`)(called) as (value: unknown) => string | null;
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
export function firstIssue(shape: Shape, value: unknown, path = ''): ShapeIssue | null {
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
