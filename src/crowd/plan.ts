// The crowd's plan: what the bot members of a group do about one packet, and when. Pure: a
// function of the state (its session seed, the packet, the grab rule) and the bots asked, so the
// same seed gives the same bots, the same reaction times and the same order. No clock, no
// Math.random: every draw comes from sha256(session seed / crowd / packet / bot) through the
// engine's own unbiased sampler.
//
// Grab (群发礼物): ~85% of the bots go for it. Each has a reaction time (a right-skewed draw:
// 600 ms at the fastest, most within 1–4 s, a tail to ~10 s) and a time to fill the form
// (pick the saved address and tap, 1–5 s). Under "first to fill the address" a bot's claim lands
// at reaction + fill; under "reserve on open" it opens at its reaction time (which holds a unit)
// and claims after the fill, so a slow filler who opened early still wins: the policy switch
// shows its difference. Lucky bag: a claim at reaction + fill. Lottery: ~80% of the eligible
// bots join within a few seconds; once drawn, the bot winners accept within 2–20 s. A direct
// gift to a bot (a company's 年会福利 too): accepted after a few seconds. A bot with no saved
// address skips what needs one.
// A red packet (红包): ~85% open it at their reaction time, taking an amount in the same claim.
// A code gift (口令): its sender passes the 口令 on to their groups; ~85% of those groups' bots
// type the code in (reaction + typing), and some mistype it once first, which the engine counts
// against the five tries, then type it again.
import type { Command } from '../domain/commands';
import { sha256, sourceFrom, uniformInt, type Source } from '../domain/random';
import { isMember, unitOf } from '../domain/rules';
import type { GroupId, Millis, Packet, State, UserId } from '../domain/types';

export interface CrowdStep {
  /** After the packet is seen (or drawn), in milliseconds of the presenter's time. */
  delayMs: Millis;
  as: UserId;
  command: Command;
}

/** The crowd's tunables, in percent and milliseconds. */
export const CROWD = {
  /** Chance a bot goes for a grab packet or a lucky bag. */
  grabPercent: 85,
  /** Chance an eligible bot enters a lottery. */
  joinPercent: 80,
  /** The fastest reaction. */
  minReactionMs: 600,
  /** Filling the form with a saved address: 1–5 s (a triangle peaking at 3 s). */
  fillMinMs: 1000,
  fillSpreadMs: 4000,
  /** Entering a lottery once the card is seen: 0.5–2.5 s. */
  joinMinMs: 500,
  joinSpreadMs: 2000,
  /** A bot lottery winner opens the card 1–15 s after the draw, then fills: within 2–20 s. */
  acceptMinMs: 1000,
  acceptSpreadMs: 14000,
  /** A direct gift is opened 2–8 s after it arrives. */
  directMinMs: 2000,
  directSpreadMs: 6000,
  /** Typing a 口令's 4-digit code: 2–6 s; a mistyped code (this percent) is typed again 1–3 s later. */
  codeMinMs: 2000,
  codeSpreadMs: 4000,
  mistypePercent: 15,
  retypeMinMs: 1000,
  retypeSpreadMs: 2000,
} as const;

/**
 * The reaction time's tail above the fastest reaction, as an inverse CDF through these points
 * (cumulative probability in basis points → ms), linear between them: a lognormal-like shape
 * with its median at +1.1 s, 90% within +3 s, a few stragglers up to +9 s.
 */
const TAIL: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [1000, 300],
  [2500, 600],
  [5000, 1100],
  [7500, 1900],
  [9000, 3000],
  [9700, 5000],
  [10000, 9000],
];

/** A reaction time: 600 ms plus the skewed tail. Integer arithmetic only. */
export function reactionMs(source: Source): Millis {
  const u = uniformInt(source, 10000);
  for (let i = 1; i < TAIL.length; i++) {
    const [x1, y1] = TAIL[i]!;
    if (u < x1) {
      const [x0, y0] = TAIL[i - 1]!;
      return CROWD.minReactionMs + y0 + Math.floor(((u - x0) * (y1 - y0)) / (x1 - x0));
    }
  }
  return CROWD.minReactionMs + TAIL[TAIL.length - 1]![1];
}

/** Time to fill the address form with a saved address: the sum of two uniforms (a triangle). */
export function fillMs(source: Source): Millis {
  const half = CROWD.fillSpreadMs / 2;
  return CROWD.fillMinMs + uniformInt(source, half + 1) + uniformInt(source, half + 1);
}

/** One bot's own stream of draws for one packet (and one phase of it). */
export function botSource(state: State, packetId: string, bot: UserId, phase = ''): Source {
  return sourceFrom(sha256(`bluepacket/crowd/${state.seed}/${packetId}/${bot}${phase ? `/${phase}` : ''}`));
}

/**
 * The crowd of a group: its first `size` bot members in member order (all of them when `size`
 * is at least their count; none when it is 0), leaving out the users who have a pane.
 */
export function crowdBots(state: State, group: GroupId, size: number, exclude: readonly UserId[] = []): UserId[] {
  const g = Object.hasOwn(state.groups, group) ? state.groups[group] : undefined;
  if (!g || !(size > 0)) return [];
  const out: UserId[] = [];
  for (const m of g.members) {
    if (out.length >= size) break;
    if (state.users[m]?.bot === true && !exclude.includes(m)) out.push(m);
  }
  return out;
}

/** The bots that may act on a packet: its group's crowd; a code gift's, the crowds of its
 * sender's groups (who hear the 口令); or a direct gift's bot recipient when that bot is in the
 * crowd of a group it belongs to. */
export function crowdFor(state: State, packetId: string, size: number, exclude: readonly UserId[] = []): UserId[] {
  const p = Object.hasOwn(state.packets, packetId) ? state.packets[packetId] : undefined;
  if (!p) return [];
  if (p.group !== null) return crowdBots(state, p.group, size, exclude);
  if (p.mode === 'code') {
    const heard = Object.values(state.groups).filter((g) => isMember(g, p.sender));
    return [...new Set(heard.flatMap((g) => crowdBots(state, g.id, size, exclude)))];
  }
  // A direct gift's recipient, or a company's gift to a list: its recipients. Those who are bots
  // in a crowd act (a group's crowd holds only its members; every crowd is made once).
  const to = p.mode === 'bulk' ? p.units.map((u) => u.holder!) : p.to === null ? [] : [p.to];
  if (to.length === 0) return [];
  const crowd = new Set(Object.values(state.groups).flatMap((g) => crowdBots(state, g.id, size, exclude)));
  return to.filter((u) => crowd.has(u));
}

const hasAddress = (state: State, user: UserId) => (state.users[user]?.addresses.length ?? 0) > 0;
const physical = (state: State, sku: string) => state.catalog[sku]?.delivery === 'address';

function claimCommand(p: Packet, as: UserId, needsAddress: boolean): Extract<Command, { type: 'claim' }> {
  return needsAddress ? { type: 'claim', as, packet: p.id, address: 0 } : { type: 'claim', as, packet: p.id };
}

/** A code with its last digit slipped to the next key: never the code itself. */
const mistyped = (code: string): string => code.slice(0, -1) + String((Number(code.at(-1)) + 1) % 10);

/**
 * What the bots do about a packet, in the order it happens (ties: bot id, then step order).
 * Called when a packet appears, and again for a lottery once it is drawn (then it plans the
 * bot winners' accepts). Bots that are not members, the sender and bots already done are skipped.
 */
export function crowdPlan(state: State, packetId: string, bots: readonly UserId[]): CrowdStep[] {
  const p = Object.hasOwn(state.packets, packetId) ? state.packets[packetId]! : undefined;
  if (!p || p.settled) return [];
  const steps: Array<CrowdStep & { n: number }> = [];
  let n = 0;
  const add = (delayMs: Millis, as: UserId, command: Command) => steps.push({ delayMs, as, command, n: n++ });
  const group = p.group !== null ? state.groups[p.group] : undefined;
  const candidates = [...new Set(bots)].filter(
    (b) =>
      b !== p.sender &&
      state.users[b]?.bot === true &&
      (p.mode === 'code' || (p.mode === 'bulk' ? p.units.some((u) => u.holder === b) : p.group === null ? b === p.to : group !== undefined && isMember(group, b))),
  );

  if (p.mode === 'direct' || p.mode === 'bulk') {
    // A gift for the bot (a bulk gift's unit is a direct gift too): accepted after a few seconds.
    for (const b of candidates) {
      const u = p.units[p.mode === 'bulk' ? p.units.findIndex((x) => x.holder === b) : 0]!;
      if (u.state !== 'assigned') continue;
      const need = physical(state, u.sku);
      const src = botSource(state, p.id, b, 'accept');
      const open = CROWD.directMinMs + uniformInt(src, CROWD.directSpreadMs + 1);
      const fill = fillMs(src);
      if (need && !hasAddress(state, b)) continue;
      add(open + fill, b, claimCommand(p, b, need));
    }
  } else if (p.mode === 'grab' || p.mode === 'luckybag') {
    const reserve = p.mode === 'grab' && state.settings.grabPolicy === 'reserve-on-open';
    const need = p.mode === 'grab' ? physical(state, p.units[0]!.sku) : p.units.some((u) => u.state === 'open' && physical(state, u.sku));
    for (const b of candidates) {
      // Draw first, in a fixed order, so a bot's times do not depend on what is skipped.
      const src = botSource(state, p.id, b);
      const go = uniformInt(src, 100) < CROWD.grabPercent;
      const react = reactionMs(src);
      const fill = fillMs(src);
      if (!go || unitOf(p, b) >= 0 || (need && !hasAddress(state, b))) continue;
      if (reserve) add(react, b, { type: 'open', as: b, packet: p.id });
      add(react + fill, b, claimCommand(p, b, need));
    }
  } else if (p.mode === 'redpacket') {
    for (const b of candidates) {
      const src = botSource(state, p.id, b);
      const go = uniformInt(src, 100) < CROWD.grabPercent;
      const react = reactionMs(src);
      if (!go || unitOf(p, b) >= 0) continue;
      add(react, b, { type: 'claim', as: b, packet: p.id });
    }
  } else if (p.mode === 'code' && p.code) {
    const need = physical(state, p.units[0]!.sku);
    const code = p.code.code;
    for (const b of candidates) {
      const src = botSource(state, p.id, b);
      const go = uniformInt(src, 100) < CROWD.grabPercent;
      const react = reactionMs(src);
      const typing = CROWD.codeMinMs + uniformInt(src, CROWD.codeSpreadMs + 1);
      const mistype = uniformInt(src, 100) < CROWD.mistypePercent;
      const retype = CROWD.retypeMinMs + uniformInt(src, CROWD.retypeSpreadMs + 1);
      const fill = need ? fillMs(src) : 0;
      if (!go || unitOf(p, b) >= 0 || (need && !hasAddress(state, b))) continue;
      const at = react + typing + fill;
      if (mistype) add(at, b, { ...claimCommand(p, b, need), code: mistyped(code) });
      add(mistype ? at + retype : at, b, { ...claimCommand(p, b, need), code });
    }
  } else if (p.mode === 'lottery' && p.lottery) {
    const lot = p.lottery;
    const need = p.units.some((u) => physical(state, u.sku));
    if (!lot.drawn) {
      for (const b of candidates) {
        const src = botSource(state, p.id, b);
        const go = uniformInt(src, 100) < CROWD.joinPercent;
        const react = reactionMs(src);
        const join = CROWD.joinMinMs + uniformInt(src, CROWD.joinSpreadMs + 1);
        if (!go || lot.entrants.includes(b) || (lot.eligible !== 'all' && !lot.eligible.includes(b))) continue;
        if (need && !hasAddress(state, b)) continue;
        add(react + join, b, { type: 'join', as: b, packet: p.id });
      }
    } else {
      for (const b of candidates) {
        const i = lot.winners?.indexOf(b) ?? -1;
        if (i < 0 || p.units[i]?.state !== 'assigned') continue;
        const src = botSource(state, p.id, b, 'accept');
        const open = CROWD.acceptMinMs + uniformInt(src, CROWD.acceptSpreadMs + 1);
        const fill = fillMs(src);
        const unitNeeds = physical(state, p.units[i]!.sku);
        if (unitNeeds && !hasAddress(state, b)) continue;
        add(open + fill, b, claimCommand(p, b, unitNeeds));
      }
    }
  }
  steps.sort((a, b) => a.delayMs - b.delayMs || (a.as < b.as ? -1 : a.as > b.as ? 1 : 0) || a.n - b.n);
  return steps.map(({ delayMs, as, command }) => ({ delayMs, as, command }));
}
