// What a world must be, for the schema in world.ts and for a quick check beside it. The schema
// (zod) is the definition, and the only one that says what is wrong with a world; but it spends
// tens of milliseconds on a scenario's 500-member world, more than the engine spends playing
// thousands of steps. quickWorld() answers only "this plainly is a world" and makes the same
// World the schema would; anything else goes to the schema (test/domain/world-check.test.ts
// holds the two to the same answers).
import { addressProblems } from './address';
import { MAX_GROUP_MEMBERS } from './money';
import { CODE_DISCOUNT_MAX, COMMISSION_MAX, durationSetting } from './settings';
import type { World } from './world';

export const ID = /^[A-Za-z0-9_-]{1,40}$/;
/** A text field's length range, [min, max] in UTF-16 units. */
export const LENGTHS = {
  userName: [1, 40],
  groupName: [1, 60],
  specLabel: [1, 40],
  productTitle: [1, 80],
  category: [1, 40],
  brand: [0, 40],
  emoji: [0, 8],
} as const satisfies Record<string, readonly [number, number]>;
export const DELIVERIES = ['address', 'voucher', 'virtual'] as const;
export const TIERS = ['basic', 'custom', 'privilege'] as const;
export const GRAB_POLICIES = ['first-address', 'reserve-on-open'] as const;
export const HOLD_MINUTES_MAX = 24 * 60;

/** What the fields alone cannot say: ids unique, references to users, addresses valid, groups
 * within their size. Each problem is reported with its path, in the order of the world. */
export function worldProblems(w: World, report: (path: Array<string | number>, message: string) => void): void {
  const users = new Set<string>();
  w.users.forEach((u, i) => {
    if (users.has(u.id)) report(['users', i, 'id'], `duplicate user id "${u.id}"`);
    users.add(u.id);
  });
  w.users.forEach((u, i) => {
    u.friends.forEach((f, j) => {
      if (!users.has(f)) report(['users', i, 'friends', j], `unknown user "${f}"`);
    });
    u.addresses.forEach((a, j) => {
      const p = addressProblems(a)[0];
      if (p) report(['users', i, 'addresses', j, p.field], `invalid address (${p.problem})`);
    });
  });
  const groups = new Set<string>();
  w.groups.forEach((g, i) => {
    if (groups.has(g.id)) report(['groups', i, 'id'], `duplicate group id "${g.id}"`);
    groups.add(g.id);
    if (g.members.length > MAX_GROUP_MEMBERS) report(['groups', i, 'members'], `a group holds at most ${MAX_GROUP_MEMBERS} members`);
    if (new Set(g.members).size !== g.members.length) report(['groups', i, 'members'], 'a member is listed twice');
    g.members.forEach((m, j) => {
      if (!users.has(m)) report(['groups', i, 'members', j], `unknown user "${m}"`);
    });
  });
  const skus = new Set<string>();
  w.catalog.forEach((p, i) => {
    if (skus.has(p.id)) report(['catalog', i, 'id'], `duplicate product id "${p.id}"`);
    skus.add(p.id);
    if (p.creator !== undefined && !users.has(p.creator)) report(['catalog', i, 'creator'], `product "${p.id}": its creator "${p.creator}" is not a user`);
    const specs = new Set<string>();
    p.specs.forEach((s, j) => {
      if (specs.has(s.id)) report(['catalog', i, 'specs', j, 'id'], `duplicate variant id "${s.id}"`);
      specs.add(s.id);
    });
  });
}

// ---- the quick check ------------------------------------------------------------------------

/** Thrown inside quickWorld at the first thing it cannot vouch for. */
class NotPlain {}
const no = (): never => {
  throw new NotPlain();
};

type Obj = Record<string, unknown>;
const object = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : no());
const array = (v: unknown, min = 0): unknown[] => (Array.isArray(v) && v.length >= min ? v : no());
/** A field that may be absent: present with the value undefined is left to the schema (it keeps such a key). */
const has = (o: Obj, key: string): boolean => (key in o ? (o[key] === undefined ? no() : true) : false);
/** A string, of a length within `range` when one is given. (The range is read by index, not
 * destructured: a world of 500 users checks some 3,000 strings while the code is still cold, where
 * destructuring an array steps through its iterator.) */
const string = (v: unknown, range?: readonly [number, number]): string =>
  typeof v === 'string' && (range === undefined || (v.length >= range[0] && v.length <= range[1])) ? v : no();
const id = (v: unknown): string => (typeof v === 'string' && ID.test(v) && v !== '__proto__' ? v : no());
const int = (v: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= min && v <= max ? v : no();
const boolean = (v: unknown): boolean => (typeof v === 'boolean' ? v : no());
const oneOf = <T extends string>(v: unknown, values: readonly T[]): T => (values.includes(v as T) ? (v as T) : no());
const list = <T>(o: Obj, key: string, item: (v: unknown) => T): T[] => (has(o, key) ? array(o[key]).map(item) : []);

function user(v: unknown): World['users'][number] {
  const u = object(v);
  return {
    id: id(u.id),
    name: string(u.name, LENGTHS.userName),
    wallet: int(u.wallet, 0),
    friends: list(u, 'friends', id),
    addresses: list(u, 'addresses', (a) => {
      const x = object(a);
      return { name: string(x.name), phone: string(x.phone), region: string(x.region), detail: string(x.detail) };
    }),
    ...(has(u, 'bot') ? { bot: boolean(u.bot) } : {}),
    ...(has(u, 'company') ? { company: boolean(u.company) } : {}),
  };
}

function group(v: unknown): World['groups'][number] {
  const g = object(v);
  return { id: id(g.id), name: string(g.name, LENGTHS.groupName), members: array(g.members, 1).map(id) };
}

function product(v: unknown): World['catalog'][number] {
  const p = object(v);
  const out: World['catalog'][number] = {
    id: id(p.id),
    title: string(p.title, LENGTHS.productTitle),
    category: string(p.category, LENGTHS.category),
    delivery: oneOf(p.delivery, DELIVERIES),
    specs: array(p.specs, 1).map((s) => {
      const x = object(s);
      return { id: id(x.id), label: string(x.label, LENGTHS.specLabel), price: int(x.price, 1), ...(has(x, 'stock') ? { stock: int(x.stock, 0) } : {}) };
    }),
  };
  if (has(p, 'giftable')) out.giftable = boolean(p.giftable);
  if (has(p, 'brand')) out.brand = string(p.brand, LENGTHS.brand);
  if (has(p, 'emoji')) out.emoji = string(p.emoji, LENGTHS.emoji);
  if (has(p, 'tier')) out.tier = oneOf(p.tier, TIERS);
  if (has(p, 'merchant')) out.merchant = id(p.merchant);
  if (has(p, 'creator')) out.creator = id(p.creator);
  return out;
}

function settings(v: unknown): NonNullable<World['settings']> {
  const s = object(v);
  const out: NonNullable<World['settings']> = {};
  const duration = (d: unknown) => (durationSetting(d) !== null ? (d as string) : no());
  if (has(s, 'grabPolicy')) out.grabPolicy = oneOf(s.grabPolicy, GRAB_POLICIES);
  if (has(s, 'holdMinutes')) out.holdMinutes = int(s.holdMinutes, 1, HOLD_MINUTES_MAX);
  if (has(s, 'crowd')) out.crowd = int(s.crowd, 0);
  if (has(s, 'commission')) out.commission = int(s.commission, 0, COMMISSION_MAX);
  if (has(s, 'codeDiscount')) out.codeDiscount = int(s.codeDiscount, 0, CODE_DISCOUNT_MAX);
  if (has(s, 'dailySendLimit')) out.dailySendLimit = int(s.dailySendLimit, 0);
  if (has(s, 'mutualFriendsOnly')) out.mutualFriendsOnly = boolean(s.mutualFriendsOnly);
  if (has(s, 'shipAfter')) out.shipAfter = duration(s.shipAfter);
  if (has(s, 'deliverAfter')) out.deliverAfter = duration(s.deliverAfter);
  return out;
}

/** The World the schema makes of `input` when `input` plainly is one, else null. */
export function quickWorld(input: unknown): World | null {
  try {
    const w = object(input);
    const world: World = {
      users: array(w.users, 1).map(user),
      groups: list(w, 'groups', group),
      catalog: list(w, 'catalog', product),
      ...(has(w, 'settings') ? { settings: settings(w.settings) } : {}),
    };
    let plain = true;
    worldProblems(world, () => (plain = false));
    return plain ? world : null;
  } catch (e) {
    if (e instanceof NotPlain) return null;
    throw e;
  }
}
