// Reading a scenario file (SCENARIOS.md, a public contract): its shape is checked here, so a
// malformed file stops with the file, the step index and the field at fault (exit 2). What is
// well-formed but not allowed (a count of 0, an unknown user) is left to the engine: a refusal,
// which is a result. A step is named by its index everywhere: `step 3` is `steps[3]`, the step
// whose --json entry is `"i": 3` and whose line in the account is `#3`.
import type { AddressChoice, Command, SendCommand, SendItem } from '../domain/commands';
import { parseDrawAt, parseDuration, parseIso, DEFAULT_START, inClockRange, CLOCK_YEARS } from '../domain/time';
import type { World } from '../domain/world';
import { check, namedFits, optional, S } from './shape';
import { PACKET_MODES, type Address, type Millis, type Mode, type RedSplit, type SettingsChange } from '../domain/types';
import { dmChat, isPacketId } from '../domain/rules';
import { durationSetting, settingProblem, type Setting } from '../domain/settings';
import { quoted } from '../text/sanitize';
import { verbProblem } from './verbs';

export class ScenarioError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${file}: ${where}: ${detail}`);
  }
}

const str = S.string;
const sendShape = S.object({
  mode: S.enum(...PACKET_MODES),
  // A list only for a bulk gift (one unit each); a string keeps its first-edition message.
  to: optional(S.either('a user id, or a list of user ids (bulk)', str, S.array(str))),
  group: optional(str),
  sku: optional(str),
  spec: optional(str),
  count: optional(S.number),
  message: optional(str),
  drawAt: optional(str),
  eligible: optional(S.either('"all" or a list of user ids', S.enum('all'), S.array(str))),
  items: optional(S.array(S.object({ sku: str, spec: optional(str), count: S.number }))),
  amount: optional(S.number),
  split: optional(S.enum('lucky', 'equal')),
  code: optional(str),
  secret: optional(S.boolean),
  replyTo: optional(str),
  showPrice: optional(S.boolean),
});

interface SendFields {
  mode: Mode;
  to?: string | string[];
  group?: string;
  sku?: string;
  spec?: string;
  count?: number;
  message?: string;
  drawAt?: string;
  eligible?: 'all' | string[];
  items?: SendItem[];
  amount?: number;
  split?: RedSplit;
  code?: string;
  secret?: boolean;
  replyTo?: string;
  showPrice?: boolean;
}

/** This project's `settings` verb: the second edition's world settings, changed mid-story. */
const settingsShape = S.object({
  commission: optional(S.number),
  codeDiscount: optional(S.number),
  dailySendLimit: optional(S.number),
  mutualFriendsOnly: optional(S.boolean),
  shipAfter: optional(str),
  deliverAfter: optional(str),
});

const addressObject = S.object({ name: optional(str), phone: optional(str), region: optional(str), detail: optional(str) });

/** Fields every step may carry besides its verb. */
const common = { as: optional(str), label: optional(str), note: optional(str), mark: optional(str) };

export const VERB_SCHEMAS = {
  send: S.object({ ...common, send: sendShape }),
  open: S.object({ ...common, open: str }),
  join: S.object({ ...common, join: str }),
  claim: S.object({ ...common, claim: str, address: optional(S.either('a saved address index or an address object', S.index, addressObject)), code: optional(str) }),
  spec: S.object({ ...common, spec: str, to: str }),
  redeem: S.object({ ...common, redeem: str }),
  advance: S.object({ ...common, advance: str }),
  say: S.object({ ...common, say: str, chat: optional(str) }),
  policy: S.object({ ...common, policy: S.enum('first-address', 'reserve-on-open'), hold: optional(str) }),
  aftersale: S.object({ ...common, aftersale: str }),
  settings: S.object({ ...common, settings: settingsShape }),
  // This project's 晒礼物.
  share: S.object({ ...common, share: str }),
} as const;

export type Verb = keyof typeof VERB_SCHEMAS;
export const VERBS = Object.keys(VERB_SCHEMAS) as Verb[];
/** The verbs as a set, for finding a step's verb among its fields. */
const VERB_SET: ReadonlySet<string> = new Set(VERBS);
/** A well-formed step's verb, found and checked in one pass; null for any step that is not
 * plainly well-formed, which is then looked at field by field to say what is wrong. */
const plainVerb = namedFits(VERB_SCHEMAS) as (value: unknown) => Verb | null;

/** A step as played: the command it becomes, plus what the player and screens need. */
export interface Step {
  i: number;
  verb: Verb;
  as: string | null;
  /** The packet label or id a step refers to (open/join/claim/spec/redeem). */
  ref: string | null;
  label: string | null;
  note: string | null;
  mark: string | null;
  /** The raw step, for the account. */
  raw: Record<string, unknown>;
  /** Build the engine command at play time (drawAt `+1h` is relative to the clock then). */
  command(now: Millis, resolve: (ref: string) => string): Command;
}

export interface Scenario {
  file: string;
  name: string;
  seed: string;
  start: Millis;
  startText: string;
  /** The inline world, or null for the bundled one. */
  world: World | null;
  steps: Step[];
}

interface Top {
  name?: string;
  seed: string;
  start?: string;
  world?: unknown;
  steps: unknown[];
}

/** The file's top level. Fields this version does not know are left alone (a newer file may add some). */
function checkTop(json: unknown, file: string): Top {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new ScenarioError(file, 'file', 'a scenario is a JSON object');
  const t = json as Record<string, unknown>;
  const field = (k: string, message: string) => new ScenarioError(file, `field "${k}"`, message);
  if (typeof t.seed !== 'string') throw field('seed', t.seed === undefined ? 'required' : 'expected a string');
  if (!Array.isArray(t.steps)) throw field('steps', t.steps === undefined ? 'required' : 'expected an array of steps');
  for (const k of ['name', 'start', 'description'])
    if (t[k] !== undefined && typeof t[k] !== 'string') throw field(k, 'expected a string');
  if (t.world !== undefined && t.world !== 'default' && (typeof t.world !== 'object' || t.world === null || Array.isArray(t.world)))
    throw field('world', 'expected "default" or a world object');
  return t as unknown as Top;
}

/** How a world is checked: the schema's parseWorld (src/domain/world.ts). */
export type WorldParser = (input: unknown) => { ok: true; world: World } | { ok: false; problems: Array<{ path: string; message: string }> };

/** A scenario file read and checked up to its world: what is left to do is the world and the steps. */
export interface ScenarioSource {
  file: string;
  top: Top;
  start: Millis;
  startText: string;
  /** Whether the file holds an inline world, to be checked with a WorldParser. */
  hasWorld: boolean;
}

/** A scenario file's text, all of it checked: the top level, the world, every step. */
export function parseScenario(text: string, file: string, parseWorld: WorldParser): Scenario {
  return scenarioFrom(scenarioSource(text, file), parseWorld);
}

/** The first part of parseScenario: the JSON, the top-level fields, the start. */
export function scenarioSource(text: string, file: string): ScenarioSource {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ScenarioError(file, 'file', `not valid JSON (${(e as Error).message})`);
  }
  const t = checkTop(json, file);
  const startText = t.start ?? DEFAULT_START;
  const start = parseIso(startText);
  if (start === null) throw new ScenarioError(file, 'field "start"', `${quoted(startText)} is not an ISO 8601 time with an offset`);
  if (!inClockRange(start)) throw new ScenarioError(file, 'field "start"', `${quoted(startText)} is outside the clock's years ${CLOCK_YEARS} (Beijing time)`);
  return { file, top: t, start, startText, hasWorld: t.world !== undefined && t.world !== 'default' };
}

/** The rest: the inline world (checked by `parseWorld`, needed only when the file has one), then the steps. */
export function scenarioFrom(source: ScenarioSource, parseWorld: WorldParser | null): Scenario {
  const { file, top: t, start, startText } = source;
  let world: World | null = null;
  if (source.hasWorld) {
    if (parseWorld === null) throw new Error(`${file}: an inline world needs a WorldParser`);
    const w = parseWorld(t.world);
    if (!w.ok) throw new ScenarioError(file, `field "world.${w.problems[0]!.path}"`, w.problems[0]!.message);
    world = w.world;
  }
  const labels = new Set<string>();
  const steps: Step[] = new Array(t.steps.length);
  for (let i = 0; i < steps.length; i++) steps[i] = parseStep(t.steps[i], i, file, labels);
  const name = t.name ?? file.replace(/^.*\//, '').replace(/\.json$/, '');
  return { file, name, seed: t.seed, start, startText, world, steps };
}

/** Where in step `i` a field is, for a message. */
const stepField = (i: number, field: string) => `step ${i}, field ${quoted(field)}`;

function parseStep(raw: unknown, i: number, file: string, labels: Set<string>): Step {
  const verb = plainVerb(raw) ?? checkedVerb(raw, i, file);
  const obj = raw as Record<string, unknown>;
  const s = obj as RawStep;
  if (verb !== 'advance' && verb !== 'policy' && verb !== 'settings' && s.as === undefined) throw new ScenarioError(file, stepField(i, 'as'), `"${verb}" needs "as": the acting user`);
  if (s.label !== undefined) {
    if (verb !== 'send') throw new ScenarioError(file, stepField(i, 'label'), 'only a send names a packet');
    // Packets without a label are known by their automatic id (p0001…), in later steps and as
    // their key in --json: a label of that form could name another packet.
    if (isPacketId(s.label)) throw new ScenarioError(file, stepField(i, 'label'), `${quoted(s.label)} has the form of an automatic packet id (p and four or more digits): choose another label`);
    if (labels.has(s.label)) throw new ScenarioError(file, stepField(i, 'label'), `label ${quoted(s.label)} is used twice`);
    labels.add(s.label);
  }
  // What the shape alone does not say; the command is built from the raw step when it is played.
  switch (verb) {
    case 'send': {
      const send = s.send as SendFields;
      if (send.drawAt !== undefined && parseDrawAt(send.drawAt, 0) === null)
        throw new ScenarioError(file, stepField(i, 'send.drawAt'), `${quoted(send.drawAt)} is neither +Nm/+Nh nor an ISO time with an offset`);
      break;
    }
    case 'advance':
      if (parseDuration(s.advance as string) === null) throw new ScenarioError(file, stepField(i, 'advance'), `${quoted(s.advance as string)} is not a duration like 30s, 10m, 1h or 2d`);
      break;
    case 'say':
      if (s.chat === undefined) throw new ScenarioError(file, stepField(i, 'chat'), '"say" needs "chat": group:ID or a friend\'s user id');
      break;
    case 'settings':
      settingsChanges(s.settings as Record<string, unknown>, (field, message) => new ScenarioError(file, stepField(i, `settings.${field}`), message));
      break;
    case 'policy':
      if (s.hold !== undefined && parseDuration(s.hold as string) === null) throw new ScenarioError(file, stepField(i, 'hold'), `${quoted(s.hold as string)} is not a duration like 30s, 10m, 1h or 2d`);
      break;
  }
  return new ScenarioStep(i, verb, obj);
}

/** The verb of a step that is not plainly well-formed, or the ScenarioError that says what is
 * wrong with it: its verb first (none, several), then its fields. */
function checkedVerb(raw: unknown, i: number, file: string): Verb {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new ScenarioError(file, `step ${i}`, 'a step is an object');
  const obj = raw as Record<string, unknown>;
  // The step's verb: the one field that is a verb (a step has a few fields, there are many verbs).
  let verb: Verb | null = null;
  let found = 0;
  for (const key in obj)
    if (VERB_SET.has(key)) {
      verb = key as Verb;
      found++;
    }
  if (verb === null || found !== 1) {
    const problem = verbProblem(obj, VERBS.filter((v) => Object.hasOwn(obj, v)), VERB_SCHEMAS);
    throw new ScenarioError(file, problem.field === undefined ? `step ${i}` : stepField(i, problem.field), problem.message);
  }
  const issue = check(VERB_SCHEMAS[verb], obj);
  if (issue) throw new ScenarioError(file, stepField(i, issue.path), issue.message);
  return verb;
}

type RawStep = Record<string, unknown> & { as?: string; label?: string; note?: string; mark?: string; chat?: string };

/** The verbs whose value names a packet. */
const REF_VERBS: ReadonlySet<Verb> = new Set<Verb>(['open', 'join', 'claim', 'spec', 'redeem', 'aftersale', 'share']);

/**
 * A checked step. It keeps only its raw object (the file's own, as parsed): what a step says and
 * the command it becomes are read from it when asked, so a file of 100,000 steps costs little
 * more in memory than its JSON.
 */
class ScenarioStep implements Step {
  constructor(
    readonly i: number,
    readonly verb: Verb,
    readonly raw: Record<string, unknown>,
  ) {}
  get as(): string | null {
    return (this.raw as RawStep).as ?? null;
  }
  get label(): string | null {
    return (this.raw as RawStep).label ?? null;
  }
  get note(): string | null {
    return (this.raw as RawStep).note ?? null;
  }
  get mark(): string | null {
    return (this.raw as RawStep).mark ?? null;
  }
  get ref(): string | null {
    return REF_VERBS.has(this.verb) ? (this.raw[this.verb] as string) : null;
  }
  command(now: Millis, resolve: (ref: string) => string): Command {
    return commandOf(this.verb, this.raw as RawStep, now, resolve);
  }
}

/** The engine command a checked step becomes (drawAt `+1h` is relative to the clock `now`). */
function commandOf(verb: Verb, s: RawStep, now: Millis, resolve: (ref: string) => string): Command {
  const as = s.as ?? '';
  switch (verb) {
    case 'send': {
      // The fields the step gives, in the command's order; built field by field, since a command
      // is made for every step a scenario plays.
      const send = s.send as SendFields;
      const cmd: SendCommand = { type: 'send', as, mode: send.mode };
      // `to`: a direct gift's friend; a bulk gift's staff, one or a list (the engine refuses a
      // list on any other mode, WRONG_MODE).
      if (Array.isArray(send.to)) cmd.recipients = send.to.slice();
      else if (send.to !== undefined) {
        if (send.mode === 'bulk') cmd.recipients = [send.to];
        else cmd.to = send.to;
      }
      if (send.group !== undefined) cmd.group = send.group;
      if (send.sku !== undefined) cmd.sku = send.sku;
      if (send.spec !== undefined) cmd.spec = send.spec;
      if (send.count !== undefined) cmd.count = send.count;
      if (send.items !== undefined) cmd.items = send.items;
      if (send.message !== undefined) cmd.message = send.message;
      if (send.drawAt !== undefined) cmd.drawAt = parseDrawAt(send.drawAt, now)!;
      if (send.eligible !== undefined) cmd.eligible = send.eligible;
      if (send.amount !== undefined) cmd.amount = send.amount;
      if (send.split !== undefined) cmd.split = send.split;
      if (send.code !== undefined) cmd.code = send.code;
      if (send.secret !== undefined) cmd.secret = send.secret;
      if (send.replyTo !== undefined) cmd.replyTo = resolve(send.replyTo);
      if (send.showPrice !== undefined) cmd.showPrice = send.showPrice;
      if (s.label !== undefined) cmd.label = s.label;
      return cmd;
    }
    case 'open':
    case 'join':
    case 'redeem':
    case 'aftersale':
    case 'share':
      return { type: verb, as, packet: resolve(s[verb] as string) };
    case 'claim': {
      const cmd: Extract<Command, { type: 'claim' }> = { type: 'claim', as, packet: resolve(s.claim as string) };
      if (s.address !== undefined) cmd.address = s.address as AddressChoice;
      if (s.code !== undefined) cmd.code = s.code as string;
      return cmd;
    }
    case 'spec':
      return { type: 'spec', as, packet: resolve(s.spec as string), to: s.to as string };
    case 'advance':
      return { type: 'advance', by: parseDuration(s.advance as string)! };
    case 'say': {
      const chat = s.chat!;
      return { type: 'say', as, chat: chat.includes(':') ? chat : dmChat(as, chat), text: s.say as string };
    }
    case 'settings':
      return { type: 'settings', changes: settingsChanges(s.settings as Record<string, unknown>, (field, message) => new Error(`${field}: ${message}`)) };
    case 'policy': {
      const hold = s.hold === undefined ? undefined : parseDuration(s.hold as string)!;
      return { type: 'policy', grabPolicy: s.policy as 'first-address' | 'reserve-on-open', ...(hold !== undefined ? { holdMs: hold } : {}) };
    }
  }
}

/** A `settings` step's values, checked like the world's settings (a value out of range stops the
 * file, naming the setting); durations are written as in a world (`2h`). */
function settingsChanges(raw: Record<string, unknown>, fault: (field: string, message: string) => Error): SettingsChange {
  const out: SettingsChange = {};
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const setting = (key === 'shipAfter' || key === 'deliverAfter' ? `${key}Ms` : key) as Setting;
    const v = key === 'shipAfter' || key === 'deliverAfter' ? durationSetting(value) : value;
    const problem = v === null ? 'a duration like 2h or 48h' : settingProblem(setting, v);
    if (problem) throw fault(key, `expected ${problem}`);
    Object.assign(out, { [setting]: v });
  }
  return out;
}
