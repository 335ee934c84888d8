// The State a world starts a session or scenario with. Apart from the world's schema (world.ts),
// so that building a state does not load the schema library: the headless runner plays on a world
// checked when the package was built, or checks an inline one only when a scenario has one.
import { stockKey } from './rules';
import { durationSetting } from './settings';
import { MINUTE } from './time';
import type { GrabPolicy, Millis, Product, Settings, State, User } from './types';
import type { World } from './world';

export const DEFAULT_HOLD: Millis = 5 * MINUTE;

/** The settings a world starts with. The second edition's are set only where the world gives
 * them: absent, the default applies (rules in settings.ts). */
function settingsOf(world: World): Settings {
  const w = world.settings;
  const grabPolicy: GrabPolicy = w?.grabPolicy ?? 'first-address';
  const out: Settings = { grabPolicy, holdMs: (w?.holdMinutes ?? DEFAULT_HOLD / MINUTE) * MINUTE };
  if (w?.commission !== undefined) out.commission = w.commission;
  if (w?.codeDiscount !== undefined) out.codeDiscount = w.codeDiscount;
  if (w?.dailySendLimit !== undefined) out.dailySendLimit = w.dailySendLimit;
  if (w?.mutualFriendsOnly !== undefined) out.mutualFriendsOnly = w.mutualFriendsOnly;
  if (w?.shipAfter !== undefined) out.shipAfterMs = durationSetting(w.shipAfter)!;
  if (w?.deliverAfter !== undefined) out.deliverAfterMs = durationSetting(w.deliverAfter)!;
  return out;
}

/** The state at the start of a session or scenario. Friendship is made symmetric here. */
export function initialState(world: World, seed: string, start: Millis): State {
  const users: Record<string, User> = {};
  const wallets: Record<string, number> = {};
  for (const u of world.users) {
    // `lists`: the user's own list as written (without themselves or repeats), for mutualFriendsOnly.
    const lists = [...new Set(u.friends)].filter((f) => f !== u.id);
    users[u.id] = { id: u.id, name: u.name, friends: [], lists, addresses: u.addresses.map((a) => ({ ...a })), ...(u.bot ? { bot: true } : {}), ...(u.company ? { company: true } : {}) };
    wallets[u.id] = u.wallet;
  }
  for (const u of world.users)
    for (const f of u.friends) {
      if (f === u.id) continue;
      if (!users[u.id]!.friends.includes(f)) users[u.id]!.friends.push(f);
      if (!users[f]!.friends.includes(u.id)) users[f]!.friends.push(u.id);
    }
  const catalog: Record<string, Product> = {};
  const stock: Record<string, number> = {};
  for (const p of world.catalog) {
    catalog[p.id] = structuredClone(p) as Product;
    for (const s of p.specs) if (s.stock !== undefined) stock[stockKey(p.id, s.id)] = s.stock;
  }
  const total = Object.values(wallets).reduce((a, b) => a + b, 0);
  return {
    seed,
    now: start,
    start,
    settings: settingsOf(world),
    users,
    groups: Object.fromEntries(world.groups.map((g) => [g.id, { id: g.id, name: g.name, members: g.members.slice() }])),
    catalog,
    wallets,
    escrow: 0,
    merchant: 0,
    platform: 0,
    total,
    stock,
    packets: {},
    order: [],
    nextPacket: 1,
    nextMessage: 1,
    nextEvent: 1,
    messages: [],
    events: [],
  };
}
