// Every id a data file uses must name something in it: a file where a unit's holder, a packet's
// sender or a group member is not a user would load, then trip the engine or the screens at some
// later command. The ledger invariants cannot see this (the money may add up), so it is checked
// here, on the main file when it is read and on each archived packet when it is read back.
import type { ChatMessage, Packet, State } from '../domain/types';

type World = Pick<State, 'users' | 'groups'>;

const isUser = (w: World, id: unknown) => typeof id === 'string' && Object.hasOwn(w.users, id);
const show = (id: unknown) => JSON.stringify(id)?.slice(0, 40) ?? String(id);

/** What is wrong with the users, groups and wallets, or null. */
export function worldProblem(w: World, wallets: State['wallets']): string | null {
  for (const [key, u] of Object.entries(w.users)) {
    if (u.id !== key) return `has the user ${show(key)} recorded under the id ${show(u.id)}`;
    for (const f of u.friends) if (!isUser(w, f)) return `lists ${show(f)} as a friend of ${show(key)}, who is not a user`;
  }
  for (const [key, g] of Object.entries(w.groups)) {
    if (g.id !== key) return `has the group ${show(key)} recorded under the id ${show(g.id)}`;
    for (const m of g.members) if (!isUser(w, m)) return `lists ${show(m)} as a member of the group ${show(key)}, who is not a user`;
  }
  for (const owner of Object.keys(wallets)) if (!isUser(w, owner)) return `has a wallet for ${show(owner)}, who is not a user`;
  return null;
}

/** What is wrong with the ids one packet uses, or null. */
export function packetProblem(w: World, p: Packet): string | null {
  const at = `packet ${show(p.id)}`;
  if (!isUser(w, p.sender)) return `has ${at} sent by ${show(p.sender)}, who is not a user`;
  if (p.to !== null && p.to !== undefined && !isUser(w, p.to)) return `has ${at} sent to ${show(p.to)}, who is not a user`;
  if (p.group !== null && !Object.hasOwn(w.groups, p.group)) return `has ${at} in the group ${show(p.group)}, which is not a group`;
  for (let i = 0; i < p.units.length; i++) {
    const h = p.units[i]!.holder;
    if (h !== null && !isUser(w, h)) return `has unit ${i + 1} of ${at} held by ${show(h)}, who is not a user`;
  }
  for (const o of p.opened) if (!isUser(w, o)) return `has ${at} opened by ${show(o)}, who is not a user`;
  for (const s of p.shared ?? []) if (!isUser(w, s)) return `has ${at} shared by ${show(s)}, who is not a user`;
  const lot = p.lottery;
  if (lot) {
    for (const e of lot.entrants) if (!isUser(w, e)) return `has ${show(e)} as an entrant of ${at}, who is not a user`;
    for (const x of lot.winners ?? []) if (!isUser(w, x)) return `has ${show(x)} as a winner of ${at}, who is not a user`;
    if (lot.eligible !== 'all') for (const x of lot.eligible) if (!isUser(w, x)) return `lets ${show(x)} enter ${at}, who is not a user`;
  }
  return null;
}

/** What is wrong with the ids one message uses, or null. */
export function messageProblem(w: World, m: ChatMessage): string | null {
  if (m.from !== null && m.from !== undefined && !isUser(w, m.from)) return `has message ${m.id} from ${show(m.from)}, who is not a user`;
  if (m.for !== undefined && !isUser(w, m.for)) return `has message ${m.id} meant for ${show(m.for)}, who is not a user`;
  return null;
}

/** What is wrong with the ids the 朋友圈's posts use, or null. */
export function feedProblem(w: World, feed: State['feed']): string | null {
  for (const e of feed ?? []) {
    for (const [role, id] of [['posted', e.by], ['sent', e.sender]] as const)
      if (!isUser(w, id)) return `has a 朋友圈 post ${role} by ${show(id)}, who is not a user`;
    if (e.to !== null && !isUser(w, e.to)) return `has a 朋友圈 post of a gift to ${show(e.to)}, who is not a user`;
  }
  return null;
}

/** The first problem among packets and messages, or null. */
export function referenceProblem(w: World, packets: Iterable<Packet>, messages: Iterable<ChatMessage>): string | null {
  for (const p of packets) {
    const x = packetProblem(w, p);
    if (x) return x;
  }
  for (const m of messages) {
    const x = messageProblem(w, m);
    if (x) return x;
  }
  return null;
}
