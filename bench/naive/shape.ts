// What makes a scenario file invalid (exit 2) for the naive interpreter: the contract's top level
// and steps, and the project's stricter step shapes (docs/scenarios.md: unknown fields, a label
// only on a send and not of the form p0001, `as` on every verb but advance/policy/settings).
// Everything well-formed but not allowed is a refusal, decided in interpreter.ts.
import { duration, isoTime } from './time';
import { settingProblem } from './world';

export class Invalid extends Error {
  constructor(
    readonly step: number | null,
    readonly field: string,
    readonly why: string,
  ) {
    super(`${step === null ? '' : `step ${step}: `}${field}: ${why}`);
  }
}

export type RawStep = Record<string, unknown>;
export type Verb = 'send' | 'open' | 'join' | 'claim' | 'spec' | 'redeem' | 'advance' | 'aftersale' | 'say' | 'policy' | 'settings' | 'share';

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
type Check = (v: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const num: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const bool: Check = (v) => typeof v === 'boolean';
const strList: Check = (v) => Array.isArray(v) && v.every(str);
const item: Check = (v) => isObj(v) && only(v, { sku: str, spec: str, count: num }) === null && str(v.sku) && num(v.count);
const address: Check = (v) =>
  (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) || (isObj(v) && only(v, { name: str, phone: str, region: str, detail: str }) === null);

const SEND: Record<string, Check> = {
  mode: (v) => ['direct', 'grab', 'lottery', 'luckybag', 'redpacket', 'code', 'bulk'].includes(v as string),
  // EXTENSION: a bulk gift's staff may be a list; a list on another mode is a refusal (WRONG_MODE).
  to: (v) => str(v) || strList(v),
  group: str,
  sku: str,
  spec: str,
  count: num,
  message: str,
  drawAt: (v) => str(v) && ((v as string).startsWith('+') ? duration((v as string).slice(1)) !== null : isoTime(v) !== null),
  eligible: (v) => v === 'all' || strList(v),
  items: (v) => Array.isArray(v) && v.every(item),
  amount: num,
  split: (v) => v === 'lucky' || v === 'equal',
  code: str,
  secret: bool,
  replyTo: str,
  showPrice: bool, // EXTENSION: the 朋友圈 may show the price
};

const COMMON: Record<string, Check> = { as: str, label: str, note: str, mark: str };
const VERBS: Record<Verb, Record<string, Check>> = {
  send: { send: (v) => isObj(v) && v.mode !== undefined && only(v, SEND) === null },
  open: { open: str },
  join: { join: str },
  claim: { claim: str, address, code: str },
  spec: { spec: str, to: str },
  redeem: { redeem: str },
  advance: { advance: (v) => duration(v) !== null },
  aftersale: { aftersale: str },
  say: { say: str, chat: str },
  policy: { policy: (v) => v === 'first-address' || v === 'reserve-on-open', hold: (v) => duration(v) !== null },
  settings: { settings: (v) => isObj(v) && Object.entries(v).every(([k, x]) => settingProblem(k, x) === null) },
  share: { share: str }, // EXTENSION: 晒礼物
};

/** The first field of `obj` that is unknown or fails its check, or null. */
function only(obj: Record<string, unknown>, fields: Record<string, Check>): string | null {
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    if (!Object.hasOwn(fields, k) || !fields[k]!(v)) return k;
  }
  return null;
}

export interface CheckedFile {
  name?: string;
  seed: string;
  start?: string;
  world?: unknown;
  steps: Array<{ verb: Verb; raw: RawStep }>;
}

export function checkFile(file: unknown): CheckedFile {
  if (!isObj(file)) throw new Invalid(null, 'file', 'not an object');
  if (typeof file.seed !== 'string') throw new Invalid(null, 'seed', 'required, a string');
  if (!Array.isArray(file.steps)) throw new Invalid(null, 'steps', 'required, a list');
  for (const k of ['name', 'start', 'description']) if (file[k] !== undefined && typeof file[k] !== 'string') throw new Invalid(null, k, 'a string');
  if (file.world !== undefined && file.world !== 'default' && !isObj(file.world)) throw new Invalid(null, 'world', '"default" or a world');
  const labels = new Set<string>();
  const steps = (file.steps as unknown[]).map((raw, i) => {
    if (!isObj(raw)) throw new Invalid(i, `steps[${i}]`, 'not an object');
    const verbs = (Object.keys(VERBS) as Verb[]).filter((v) => Object.hasOwn(raw, v));
    if (verbs.length !== 1) throw new Invalid(i, `steps[${i}]`, 'needs exactly one verb');
    const verb = verbs[0]!;
    const bad = only(raw, { ...COMMON, ...VERBS[verb] });
    if (bad !== null) throw new Invalid(i, bad, 'unknown or wrong');
    if (verb === 'send' && raw.send !== undefined && !isObj(raw.send)) throw new Invalid(i, 'send', 'an object');
    if (verb === 'say' && raw.chat === undefined) throw new Invalid(i, 'chat', 'required');
    if (verb !== 'advance' && verb !== 'policy' && verb !== 'settings' && raw.as === undefined) throw new Invalid(i, 'as', 'required');
    if (raw.label !== undefined) {
      const label = raw.label as string;
      if (verb !== 'send') throw new Invalid(i, 'label', 'only on a send');
      if (/^p\d{4,}$/.test(label)) throw new Invalid(i, 'label', 'the form of an automatic id');
      if (labels.has(label)) throw new Invalid(i, 'label', 'used twice');
      labels.add(label);
    }
    return { verb, raw };
  });
  return { ...(file as object), steps } as CheckedFile;
}
