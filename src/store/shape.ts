// The long lists of a data file (packets, messages, events) checked by hand: the same rules a
// zod schema states for the rest of the file, without zod's cost per item, which on a main file
// of a thousand packets was most of a session's time before its first frame. Deep enough that
// the engine and the screens will not trip over a wrong type; the invariants and the reference
// checks catch what is well typed but wrong.

import { PACKET_MODES } from '../domain/types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown) => Number.isSafeInteger(v);

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

const expected = (path: string, what: string, v: unknown) => `${path}: expected ${what}, received ${kind(v)}`;

/** The first issue of a list's items, each checked at `path[i]`, or null. */
function itemsIssue(items: readonly unknown[], path: string, check: (v: unknown, path: string) => string | null): string | null {
  for (let i = 0; i < items.length; i++) {
    const x = check(items[i], `${path}[${i}]`);
    if (x) return x;
  }
  return null;
}

function field(o: Obj, key: string, path: string, what: string, ok: (v: unknown) => boolean): string | null {
  return ok(o[key]) ? null : expected(`${path}.${key}`, what, o[key]);
}

const MODES = new Set<string>(PACKET_MODES);
const UNIT_STATES = new Set(['open', 'assigned', 'claimed', 'refunded']);
const str = (v: unknown) => typeof v === 'string';
const strOrNull = (v: unknown) => v === null || typeof v === 'string';
const names = (v: unknown) => Array.isArray(v) && v.every(str);

function unitIssue(u: unknown, path: string): string | null {
  if (!isObj(u)) return expected(path, 'object', u);
  return (
    field(u, 'state', path, `one of ${[...UNIT_STATES].join(', ')}`, (v) => UNIT_STATES.has(v as string)) ??
    field(u, 'price', path, 'a whole number', isInt) ??
    field(u, 'holder', path, 'string or null', strOrNull)
  );
}

/** A [position, packet] entry. */
function packetEntryIssue(e: unknown, path: string): string | null {
  if (!Array.isArray(e) || e.length !== 2) return expected(path, '[position, packet]', e);
  if (!isInt(e[0]) || (e[0] as number) < 0) return expected(`${path}[0]`, 'a position (a whole number, 0 or more)', e[0]);
  const p = e[1] as unknown;
  const at = `${path}[1]`;
  if (!isObj(p)) return expected(at, 'object', p);
  const issue =
    field(p, 'id', at, 'string', str) ??
    field(p, 'mode', at, `one of ${[...MODES].join(', ')}`, (v) => MODES.has(v as string)) ??
    field(p, 'sender', at, 'string', str) ??
    field(p, 'group', at, 'string or null', strOrNull) ??
    field(p, 'units', at, 'array', Array.isArray) ??
    field(p, 'opened', at, 'array of strings', names) ??
    field(p, 'settled', at, 'boolean', (v) => typeof v === 'boolean') ??
    field(p, 'lottery', at, 'object or null', (v) => v === null || isObj(v)) ??
    field(p, 'shared', at, 'array of strings', (v) => v === undefined || names(v));
  if (issue) return issue;
  if (isObj(p.lottery)) {
    const lot = p.lottery;
    const x =
      field(lot, 'entrants', `${at}.lottery`, 'array of strings', names) ??
      field(lot, 'winners', `${at}.lottery`, 'array of strings or null', (v) => v === null || names(v)) ??
      field(lot, 'eligible', `${at}.lottery`, '"all" or an array of strings', (v) => v === 'all' || names(v)) ??
      field(lot, 'drawn', `${at}.lottery`, 'boolean', (v) => typeof v === 'boolean');
    if (x) return x;
  }
  return itemsIssue(p.units as unknown[], `${at}.units`, unitIssue);
}

function messageIssue(m: unknown, path: string): string | null {
  if (!isObj(m)) return expected(path, 'object', m);
  return field(m, 'id', path, 'a whole number', isInt) ?? field(m, 'at', path, 'number', (v) => typeof v === 'number') ?? field(m, 'chat', path, 'string', str) ?? field(m, 'text', path, 'string', str);
}

function eventIssue(e: unknown, path: string): string | null {
  if (!isObj(e)) return expected(path, 'object', e);
  return field(e, 'seq', path, 'a whole number', isInt) ?? field(e, 'at', path, 'number', (v) => typeof v === 'number') ?? field(e, 'type', path, 'string', str);
}

const FEED_KINDS = new Set(['broadcast', 'share']);

function giftIssue(g: unknown, path: string): string | null {
  if (!isObj(g)) return expected(path, 'object', g);
  return field(g, 'sku', path, 'string', str) ?? field(g, 'spec', path, 'string', str) ?? field(g, 'count', path, 'a whole number', isInt);
}

/** A 朋友圈 post (state.feed): what the feed reads of it. */
function feedEntryIssue(e: unknown, path: string): string | null {
  if (!isObj(e)) return expected(path, 'object', e);
  const issue =
    field(e, 'at', path, 'number', (v) => typeof v === 'number') ??
    field(e, 'kind', path, `one of ${[...FEED_KINDS].join(', ')}`, (v) => FEED_KINDS.has(v as string)) ??
    field(e, 'by', path, 'string', str) ??
    field(e, 'sender', path, 'string', str) ??
    field(e, 'to', path, 'string or null', strOrNull) ??
    field(e, 'group', path, 'string or null', strOrNull) ??
    field(e, 'packet', path, 'string', str) ??
    field(e, 'gifts', path, 'a non-empty array', (v) => Array.isArray(v) && v.length > 0) ??
    field(e, 'price', path, 'a whole number', isInt) ??
    field(e, 'secret', path, 'array of strings', (v) => v === undefined || names(v));
  if (issue) return issue;
  return itemsIssue(e.gifts as unknown[], `${path}.gifts`, giftIssue);
}

const counts = (v: unknown) => isObj(v) && Object.values(v).every(isInt);
const buckets = (v: unknown) => Array.isArray(v) && v.every((b) => Array.isArray(b) && b.length === 2 && isInt(b[0]) && isInt(b[1]));
const MONEY = ['paid', 'subsidy', 'merchants', 'commission', 'creators', 'redPackets', 'refunds'];

/** The insights' tallies (state.social.tallies): what the insights read of them. */
export function talliesIssue(t: unknown, path: string): string | null {
  if (!isObj(t)) return expected(path, 'object', t);
  return (
    field(t, 'units', path, 'an object of per-product counts', (v) => isObj(v) && Object.values(v).every(counts)) ??
    field(t, 'hours', path, 'a list of [hour, count]', buckets) ??
    field(t, 'days', path, 'a list of [day, count]', buckets) ??
    field(t, 'money', path, `an object of whole numbers (${MONEY.join(', ')})`, (v) => isObj(v) && MONEY.every((k) => isInt(v[k]))) ??
    (t.since === undefined || isInt(t.since) ? null : expected(`${path}.since`, 'a time in ms', t.since))
  );
}

/** The first issue with what the insights and the feed read of a stored state, or null. */
export function insightsIssue(state: Obj, path: string): string | null {
  if (state.feed !== undefined) {
    if (!Array.isArray(state.feed)) return expected(`${path}.feed`, 'array', state.feed);
    const x = itemsIssue(state.feed, `${path}.feed`, feedEntryIssue);
    if (x) return x;
  }
  const social = state.social;
  if (isObj(social) && social.tallies !== undefined) return talliesIssue(social.tallies, `${path}.social.tallies`);
  return null;
}

/** The first issue with the packets, messages and events lists of `o` (a stored state or a
 * segment), or null. */
export function listsIssue(o: Obj, path: string): string | null {
  const lists: Array<[string, (v: unknown, p: string) => string | null]> = [
    ['packets', packetEntryIssue],
    ['messages', messageIssue],
    ['events', eventIssue],
  ];
  for (const [key, check] of lists) {
    const list = o[key];
    const at = path ? `${path}.${key}` : key;
    if (!Array.isArray(list)) return expected(at, 'array', list);
    const x = itemsIssue(list, at, check);
    if (x) return x;
  }
  return null;
}
