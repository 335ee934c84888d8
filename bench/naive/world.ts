// Reading a world (inline or the bundled one) for the naive interpreter: the contract's fields and
// the second edition's settings. A world that is wrong stops the file (exit 2).
import { Invalid } from './shape';
import { duration, HOUR } from './time';

export interface Spec {
  id: string;
  price: number;
  stock: number | null;
}
export interface Product {
  id: string;
  category: string;
  delivery: 'address' | 'voucher' | 'virtual';
  giftable: boolean;
  creator: string | null;
  specs: Spec[];
}
export interface User {
  id: string;
  wallet: number;
  friends: string[];
  addresses: unknown[];
  /** EXTENSION: a company's account, which may send a `bulk` gift (年会福利) to its staff. */
  company: boolean;
}
export interface Group {
  id: string;
  members: string[];
}
export interface Settings {
  /** EXTENSION: the project's grab rule and hold time (docs/scenarios.md). */
  grabPolicy: 'first-address' | 'reserve-on-open';
  holdMs: number;
  commission: number;
  codeDiscount: number;
  dailySendLimit: number;
  mutualFriendsOnly: boolean;
  shipAfter: number;
  deliverAfter: number;
}
export interface World {
  users: User[];
  groups: Group[];
  catalog: Product[];
  settings: Settings;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/** The second edition's ranges, shared with the `settings` step (EXTENSION). Null when fine. */
export function settingProblem(key: string, v: unknown): string | null {
  switch (key) {
    case 'commission':
      return isInt(v) && v >= 0 && v <= 30 ? null : 'an integer 0..30';
    case 'codeDiscount':
      return isInt(v) && v >= 0 && v <= 50 ? null : 'an integer 0..50';
    case 'dailySendLimit':
      return isInt(v) && v >= 0 ? null : 'an integer >= 0';
    case 'mutualFriendsOnly':
      return typeof v === 'boolean' ? null : 'a boolean';
    case 'shipAfter':
    case 'deliverAfter':
      return duration(v) === null ? 'a duration' : null;
    default:
      return 'not a setting';
  }
}

function readSettings(raw: unknown): Settings {
  const s: Settings = { grabPolicy: 'first-address', holdMs: 5 * 60_000, commission: 0, codeDiscount: 15, dailySendLimit: 0, mutualFriendsOnly: false, shipAfter: 2 * HOUR, deliverAfter: 48 * HOUR };
  if (raw === undefined) return s;
  if (!isObj(raw)) throw new Invalid(null, 'world.settings', 'not an object');
  for (const [k, v] of Object.entries(raw)) {
    if (v === undefined) continue;
    if (k === 'grabPolicy') {
      if (v !== 'first-address' && v !== 'reserve-on-open') throw new Invalid(null, 'world.settings.grabPolicy', 'a grab policy');
      s.grabPolicy = v;
    } else if (k === 'holdMinutes') {
      if (!isInt(v) || v < 1 || v > 1440) throw new Invalid(null, 'world.settings.holdMinutes', '1..1440');
      s.holdMs = v * 60_000;
    } else if (k === 'crowd') {
      if (!isInt(v) || v < 0) throw new Invalid(null, 'world.settings.crowd', 'an integer >= 0');
    } else {
      const problem = settingProblem(k, v);
      if (problem) throw new Invalid(null, `world.settings.${k}`, problem);
      if (k === 'shipAfter' || k === 'deliverAfter') s[k] = duration(v)!;
      else Object.assign(s, { [k]: v });
    }
  }
  return s;
}

/** A world's list (`users`, `groups`, `catalog`): absent is empty, anything else stops the file. */
function list(raw: Record<string, unknown>, key: string): unknown[] {
  const v = raw[key] ?? [];
  if (!Array.isArray(v)) throw new Invalid(null, `world.${key}`, 'not a list');
  return v;
}

export function readWorld(raw: unknown): World {
  if (!isObj(raw)) throw new Invalid(null, 'world', 'not "default" nor a world object');
  const users: User[] = [];
  if (raw.users === undefined) throw new Invalid(null, 'world.users', 'required');
  list(raw, 'users').forEach((u, i) => {
    const f = `world.users[${i}]`;
    if (!isObj(u) || typeof u.id !== 'string' || u.id === '') throw new Invalid(null, `${f}.id`, 'not a string');
    if (!isInt(u.wallet) || u.wallet < 0) throw new Invalid(null, `${f}.wallet`, 'not fen');
    const friends = u.friends ?? [];
    if (!Array.isArray(friends) || friends.some((x) => typeof x !== 'string')) throw new Invalid(null, `${f}.friends`, 'not a list of ids');
    const addresses = u.addresses ?? [];
    if (!Array.isArray(addresses)) throw new Invalid(null, `${f}.addresses`, 'not a list');
    if (users.some((v) => v.id === u.id)) throw new Invalid(null, `${f}.id`, 'duplicate');
    if (u.company !== undefined && typeof u.company !== 'boolean') throw new Invalid(null, `${f}.company`, 'not true or false');
    users.push({ id: u.id, wallet: u.wallet, friends: friends as string[], addresses, company: u.company === true });
  });
  const groups: Group[] = [];
  list(raw, 'groups').forEach((g, i) => {
    const f = `world.groups[${i}]`;
    if (!isObj(g) || typeof g.id !== 'string') throw new Invalid(null, `${f}.id`, 'not a string');
    if (!Array.isArray(g.members) || g.members.some((m) => typeof m !== 'string' || !users.some((u) => u.id === m)))
      throw new Invalid(null, `${f}.members`, 'not a list of users');
    groups.push({ id: g.id, members: g.members as string[] });
  });
  const catalog: Product[] = [];
  list(raw, 'catalog').forEach((p, i) => {
    const f = `world.catalog[${i}]`;
    if (!isObj(p) || typeof p.id !== 'string') throw new Invalid(null, `${f}.id`, 'not a string');
    if (p.delivery !== 'address' && p.delivery !== 'voucher' && p.delivery !== 'virtual') throw new Invalid(null, `${f}.delivery`, 'not a delivery kind');
    if (!Array.isArray(p.specs) || p.specs.length === 0) throw new Invalid(null, `${f}.specs`, 'not a list');
    const specs: Spec[] = p.specs.map((s, j) => {
      if (!isObj(s) || typeof s.id !== 'string') throw new Invalid(null, `${f}.specs[${j}].id`, 'not a string');
      if (!isInt(s.price) || s.price < 0) throw new Invalid(null, `${f}.specs[${j}].price`, 'not fen');
      if (s.stock !== undefined && (!isInt(s.stock) || s.stock < 0)) throw new Invalid(null, `${f}.specs[${j}].stock`, 'not a count');
      return { id: s.id, price: s.price, stock: s.stock === undefined ? null : (s.stock as number) };
    });
    let creator: string | null = null;
    if (p.creator !== undefined) {
      if (typeof p.creator !== 'string' || !users.some((u) => u.id === p.creator)) throw new Invalid(null, `${f}.creator`, `${p.id}: the creator is not a user`);
      creator = p.creator;
    }
    catalog.push({ id: p.id, category: String(p.category ?? ''), delivery: p.delivery, giftable: p.giftable !== false, creator, specs });
  });
  return { users, groups, catalog, settings: readSettings(raw.settings) };
}
