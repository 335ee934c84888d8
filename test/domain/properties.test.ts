// Property tests: random command sequences over the test world, every invariant checked after
// every command. Seeds are fixed, so a run is the same on every machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidAddress } from '../../src/domain/address';
import type { AddressChoice, Command, SendItem } from '../../src/domain/commands';
import { decide, execute, nextDeadline, packetDeadlines, type Deadline, type Outcome } from '../../src/domain/engine';
import { invariantViolations } from '../../src/domain/invariants';
import { drawWithoutReplacement, sha256, voucherCode } from '../../src/domain/random';
import { isLive, isMember, stockKey } from '../../src/domain/rules';
import { evolve } from '../../src/domain/evolve';
import { beijingDay, DAY, HOUR, MINUTE } from '../../src/domain/time';
import type { Address, DomainEvent, Mode, Packet, State } from '../../src/domain/types';
import { companyWorld, testState, USERS, worldWith } from '../support/world';
import { moneyIn, moneyOf, moneyOut } from '../../src/insights/model';
import { feedFor } from '../../src/insights/feed';
import { HOURLY_SPAN, TIMELINE_DAYS } from '../../src/domain/tallies';
import { bucketsByPackets, feedByEvents, moneyByPackets, unitsByPackets } from '../support/walk';

// ---- what a random step is: an intent, turned into a command against the current state -------

const GIFTABLE = ['tea', 'tea', 'nuts', 'scarf', 'coffee', 'card', 'card', 'watch'];
/** With a creator's parcel and sticker: the second edition's mix. */
const GIFTABLE_2 = [...GIFTABLE, 'art', 'sticker'];
const SKUS = [...GIFTABLE, 'ring', 'course', 'secret', 'nosuch'];
const GOOD_MESSAGES = ['', '', '新年快乐', '🧧'.repeat(100)];
const MESSAGES = [...GOOD_MESSAGES, '福'.repeat(101), 'a\u0007b', 'x\u202ey'];

const goodAddress: fc.Arbitrary<Address> = fc.record({
  name: fc.constantFrom('王丽', 'Li Ming', '张三丰', 'a', '名'.repeat(20)),
  phone: fc.tuple(fc.integer({ min: 3, max: 9 }), fc.stringMatching(/^\d{9}$/)).map(([d, rest]) => `1${d}${rest}`),
  region: fc.constantFrom('上海市 浦东新区', '北京市', 'X'),
  detail: fc.constantFrom('世纪大道100号', '12345', '路'.repeat(120)),
});
const badAddress: fc.Arbitrary<Address> = fc.tuple(goodAddress, fc.integer({ min: 0, max: 8 })).map(([a, k]) => {
  switch (k) {
    case 0: return { ...a, phone: '12345678901' };
    case 1: return { ...a, phone: a.phone + '0' };
    case 2: return { ...a, name: '' };
    case 3: return { ...a, name: '名'.repeat(21) };
    case 4: return { ...a, detail: '1234' };
    case 5: return { ...a, detail: a.detail + '\u001b[0m' };
    case 6: return { ...a, name: '王\u202e丽' };
    case 7: return { ...a, region: '  ' };
    default: return { ...a, detail: '路'.repeat(121) };
  }
});
const addressChoice: fc.Arbitrary<AddressChoice | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 1 }) },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constantFrom(5, -1) },
  { weight: 2, arbitrary: goodAddress },
  { weight: 2, arbitrary: badAddress },
);

const sendIntent = fc.record({
  k: fc.constant('send' as const),
  /** 0–7: a well-formed send (may still be refused for funds, stock, count…); 8–9: anything goes. */
  chaos: fc.integer({ min: 0, max: 9 }),
  mode: fc.constantFrom<Mode>('direct', 'grab', 'lottery', 'luckybag'),
  as: fc.nat(),
  to: fc.nat(),
  friendly: fc.integer({ min: 0, max: 9 }),
  group: fc.constantFrom('fam', 'big', 'big', 'fam', 'big', 'nogroup'),
  sku: fc.nat(),
  spec: fc.nat(),
  omitSpec: fc.boolean(),
  count: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 5 }) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(101, -1, 2.5) },
  ),
  drawIn: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 24 * 60 }).map((m) => m * MINUTE) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, DAY, DAY + 1) },
  ),
  eligible: fc.option(fc.uniqueArray(fc.nat({ max: USERS.length }), { maxLength: 6 }), { freq: 3 }),
  message: fc.nat(),
  bag: fc.array(fc.record({ sku: fc.nat(), spec: fc.nat(), omitSpec: fc.boolean(), count: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 3 }),
  /** A red packet's money: mostly a fair amount, sometimes at or past the bounds. */
  amount: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 20_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 20_000, 20_001, 12.5) },
  ),
  split: fc.constantFrom('lucky' as const, 'lucky' as const, 'equal' as const),
  code: fc.constantFrom('4827', '4827', '0000', '48a7', '482'),
  secret: fc.boolean(),
  reply: fc.integer({ min: 0, max: 5 }),
  /** Pick from the catalog with the creator's products (the second edition's mix). */
  catalog2: fc.constant(false as boolean),
});
const packetIntent = fc.record({
  k: fc.constantFrom(
    ...(['open', 'join', 'join', 'join', 'claim', 'claim', 'claim', 'claim', 'spec', 'redeem', 'aftersale', 'aftersale'] as const),
  ),
  /** A code gift's claim: 0–4 the right code, 5–8 a wrong one, 9 none. */
  code: fc.integer({ min: 0, max: 9 }),
  who: fc.nat(),
  target: fc.integer({ min: 0, max: 9 }),
  packet: fc.nat(),
  address: addressChoice,
  specTo: fc.nat(),
});
const advanceIntent = fc.record({
  k: fc.constant('advance' as const),
  by: fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 1, max: 3 * 60 }).map((m) => m * MINUTE) },
    { weight: 3, arbitrary: fc.integer({ min: 1, max: 30 * 60 }).map((m) => m * MINUTE) },
    { weight: 1, arbitrary: fc.constantFrom(-1, 0) },
  ),
});
/** Land exactly on (or 1 ms before) the next deadline: the boundaries where off-by-ones live. */
const deadlineIntent = fc.record({ k: fc.constant('deadline' as const), delta: fc.constantFrom(0, 0, -1) });
/** The second edition's settings, switched mid-run (now and then out of range: BAD_SETTING). */
const settingsIntent = fc.record({
  k: fc.constant('settings' as const),
  changes: fc.record(
    {
      commission: fc.constantFrom(0, 20, 30, 31),
      codeDiscount: fc.constantFrom(0, 15, 50),
      dailySendLimit: fc.constantFrom(0, 0, 3, 8),
      mutualFriendsOnly: fc.constantFrom(false, false, false, true),
      shipAfterMs: fc.constantFrom(0, HOUR, 2 * HOUR, 5 * HOUR),
      deliverAfterMs: fc.constantFrom(0, 3 * HOUR, 48 * HOUR),
    },
    { requiredKeys: [] },
  ),
});
/** Someone outside every group trying codes on the newest code gift: locks happen. */
const hammerIntent = fc.record({ k: fc.constant('hammer' as const), right: fc.integer({ min: 0, max: 9 }) });
const policyIntent = fc.record({
  k: fc.constant('policy' as const),
  grabPolicy: fc.constantFrom('first-address' as const, 'reserve-on-open' as const),
  holdMs: fc.option(fc.constantFrom(MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 30 * HOUR, 0), { freq: 2 }),
});

/** A company's 年会福利: mostly `acme` to its whole group or a list of its staff; now and then a
 * person, another company, a list with strangers, twice the same person, or a count. */
const bulkIntent = fc.record({
  k: fc.constant('bulk' as const),
  chaos: fc.integer({ min: 0, max: 9 }),
  as: fc.nat(),
  list: fc.option(fc.uniqueArray(fc.nat({ max: 9 }), { minLength: 1, maxLength: 5 }), { freq: 2 }),
  twice: fc.boolean(),
  sku: fc.nat(),
  spec: fc.nat(),
  secret: fc.boolean(),
  showPrice: fc.boolean(),
});
/** 晒礼物 of a recent packet: mostly by someone who took a unit of it. */
const shareIntent = fc.record({ k: fc.constant('share' as const), who: fc.nat(), packet: fc.nat(), target: fc.integer({ min: 0, max: 9 }) });

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Intent =
  | ValueOf<typeof sendIntent>
  | ValueOf<typeof packetIntent>
  | ValueOf<typeof advanceIntent>
  | ValueOf<typeof deadlineIntent>
  | ValueOf<typeof policyIntent>
  | ValueOf<typeof settingsIntent>
  | ValueOf<typeof hammerIntent>
  | ValueOf<typeof bulkIntent>
  | ValueOf<typeof shareIntent>;

const intent: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 5, arbitrary: sendIntent },
  { weight: 10, arbitrary: packetIntent },
  { weight: 3, arbitrary: advanceIntent },
  { weight: 2, arbitrary: deadlineIntent },
  { weight: 1, arbitrary: policyIntent },
);
/** 5–40 steps, starting with a send or two so the rest has packets to act on. */
const sequence = fc
  .tuple(fc.array(sendIntent, { minLength: 1, maxLength: 3 }), fc.array(intent, { minLength: 4, maxLength: 37 }))
  .map(([a, b]) => [...a, ...b] as Intent[]);

// The second edition's mix: every mode (red packets and code gifts most), claims and after-sales
// often, the clock pushed past deliveries and after-sales windows, settings switched.
const anySendIntent = sendIntent.chain((it) =>
  fc.constantFrom<Mode>('redpacket', 'redpacket', 'code', 'code', 'direct', 'direct', 'direct', 'grab', 'lottery', 'luckybag').map((mode) => ({ ...it, mode, catalog2: true })),
);
const secondIntent: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 5, arbitrary: anySendIntent },
  { weight: 12, arbitrary: packetIntent.map((p) => ({ ...p, k: p.target >= 8 ? ('aftersale' as const) : p.k === 'join' ? ('claim' as const) : p.k })) },
  { weight: 3, arbitrary: advanceIntent },
  { weight: 2, arbitrary: deadlineIntent },
  { weight: 1, arbitrary: settingsIntent },
  { weight: 4, arbitrary: hammerIntent },
);
const secondSequence = fc
  .tuple(
    fc.option(settingsIntent.map((st) => ({ ...st, changes: { ...st.changes, dailySendLimit: 2 } })), { freq: 3 }),
    fc.array(anySendIntent, { minLength: 1, maxLength: 3 }),
    fc.array(secondIntent, { minLength: 4, maxLength: 45 }),
  )
  .map(([first, a, b]) => [...(first ? [first] : []), ...a, ...b] as Intent[]);

// Bulk gifts and shares beside the first edition's modes: a company in the test world, gifts
// accepted and shared, the clock pushed past the 24 h.
const thirdIntent: fc.Arbitrary<Intent> = fc.oneof(
  { weight: 4, arbitrary: bulkIntent },
  { weight: 2, arbitrary: sendIntent },
  { weight: 10, arbitrary: packetIntent.map((p) => ({ ...p, k: p.k === 'join' ? ('claim' as const) : p.k === 'open' || p.k === 'redeem' ? ('spec' as const) : p.k })) },
  { weight: 4, arbitrary: shareIntent },
  { weight: 3, arbitrary: advanceIntent },
  { weight: 2, arbitrary: deadlineIntent },
);
const thirdSequence = fc
  .tuple(fc.array(bulkIntent, { minLength: 1, maxLength: 2 }), fc.array(thirdIntent, { minLength: 4, maxLength: 40 }))
  .map(([a, b]) => [...a, ...b] as Intent[]);
/** Who a bulk list may name: the company's staff, and now and then a stranger, itself, nobody. */
const BULK_NAMES = ['dad', 'ming', 'c1', 'c2', 'c3', 'dad', 'ming', 'mom', 'acme', 'ghost'];

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;
/** Whose 朋友圈 is checked after each step: senders, takers, their friends, a company. */
const FEED_VIEWERS = ['mom', 'dad', 'ming', 'hong', 'c1', 'acme'];
const userOf = (n: number) => (n % 25 === 24 ? 'ghost' : pick(USERS, n));

function specFor(state: State, sku: string, n: number, omit: boolean): string | undefined {
  const p = state.catalog[sku];
  if (!p || omit) return undefined;
  return n % 11 === 10 ? 'nosuch' : pick(p.specs, n).id;
}

function suited(p: Packet, k: 'open' | 'join' | 'claim' | 'spec' | 'redeem' | 'aftersale'): boolean {
  if (k === 'aftersale') return p.units.some((u) => u.state === 'claimed');
  if (p.settled && k !== 'redeem') return false;
  switch (k) {
    case 'join':
      return p.mode === 'lottery' && !p.lottery!.drawn;
    case 'spec':
      return p.mode === 'direct' || p.mode === 'lottery' || p.mode === 'bulk';
    case 'redeem':
      return p.units.some((u) => u.voucher !== null);
    case 'open':
      return p.mode === 'grab';
    default:
      return p.mode !== 'lottery' || p.lottery!.drawn;
  }
}

function toCommand(state: State, it: Intent): Command {
  switch (it.k) {
    case 'send': {
      const wild = it.chaos >= 8;
      const group = wild ? it.group : it.group === 'nogroup' ? 'big' : it.group;
      const as = wild
        ? userOf(it.as)
        : it.mode === 'direct'
          ? pick(['mom', 'mom', 'dad', 'ming', 'hong'], it.as)
          : pick(state.groups[group]!.members, it.as);
      const sku = pick(wild ? SKUS : it.catalog2 ? GIFTABLE_2 : GIFTABLE, it.sku);
      const base = {
        type: 'send' as const,
        as,
        mode: it.mode,
        message: pick(wild ? MESSAGES : GOOD_MESSAGES, it.message),
        ...(it.secret ? { secret: true } : {}),
      };
      const spec = wild ? specFor(state, sku, it.spec, it.omitSpec) : pick(state.catalog[sku]!.specs, it.spec).id;
      if (it.mode === 'redpacket') {
        const count = wild ? it.count : Math.min(it.count, 4);
        const amount = wild ? it.amount : Math.max(count, Math.floor(it.amount));
        return { ...base, group, amount, count, split: it.split };
      }
      if (it.mode === 'code') {
        const code = wild ? it.code : '4827';
        return { ...base, sku, count: wild ? it.count : Math.min(it.count, 3), code, ...(spec ? { spec } : {}) };
      }
      if (it.mode === 'direct') {
        // now and then a 回礼: to the sender of a packet this user claimed from (or a wrong one)
        const answered = it.reply >= 4 ? state.order.slice(-8).find((id) => state.packets[id]!.units.some((u) => u.holder === as && u.state === 'claimed')) : undefined;
        if (answered !== undefined) {
          const to = it.reply === 5 || wild ? userOf(it.to) : state.packets[answered]!.sender;
          return { ...base, to, sku, replyTo: answered, ...(spec ? { spec } : {}) };
        }
        const friends = state.users[as]?.friends ?? [];
        const to = !wild && friends.length > 0 ? pick(friends, it.to) : userOf(it.to);
        return { ...base, to, sku, ...(spec ? { spec } : {}), ...(wild && it.friendly === 9 ? { count: it.count } : {}) };
      }
      if (it.mode === 'luckybag') {
        const items: SendItem[] = it.bag.map((b) => {
          const s = pick(wild ? SKUS : it.catalog2 ? GIFTABLE_2 : GIFTABLE, b.sku);
          const sp = wild ? specFor(state, s, b.spec, b.omitSpec) : pick(state.catalog[s]!.specs, b.spec).id;
          return { sku: s, count: b.count, ...(sp ? { spec: sp } : {}) };
        });
        return { ...base, group, items };
      }
      const cmd = { ...base, group, sku, count: wild ? it.count : Math.min(it.count, 4), ...(spec ? { spec } : {}) };
      if (it.mode === 'grab') return cmd;
      return {
        ...cmd,
        drawAt: state.now + it.drawIn,
        ...(it.eligible && (wild || it.eligible.length >= 2)
          ? {
              eligible: it.eligible
                .map((i) => (i === USERS.length ? 'ghost' : USERS[i]!))
                .filter((u) => wild || state.groups[group]!.members.includes(u)),
            }
          : {}),
      };
    }
    case 'bulk': {
      const wild = it.chaos >= 8;
      const as = wild ? pick(['dad', 'beta', 'acme'], it.as) : 'acme';
      // Tea and scarves most: variants at one price, so recipients can switch before accepting;
      // now and then a broadcast (its 朋友圈 post), in two variants at one price too.
      const sku = it.chaos === 7 ? 'rocket' : pick(['tea', 'tea', 'tea', 'scarf', ...GIFTABLE_2], it.sku);
      const spec = pick(state.catalog[sku]!.specs, it.spec).id;
      const names = (it.list ?? []).map((i) => (wild ? BULK_NAMES[i]! : BULK_NAMES[i % 5]!));
      const to = it.list === null ? { group: wild && it.twice ? 'fam' : 'work' } : { recipients: wild && it.twice ? [...names, names[0]!] : names };
      return {
        type: 'send',
        as,
        mode: 'bulk',
        ...to,
        sku,
        spec,
        ...(it.secret ? { secret: true } : {}),
        ...(it.showPrice ? { showPrice: true } : {}),
        ...(wild && it.chaos === 9 ? { count: 2 } : {}),
      };
    }
    case 'share': {
      const recent = state.order.slice(-8);
      const packet = recent.length === 0 ? 'p9999' : pick(recent, it.packet);
      const p = state.packets[packet];
      const takers = p ? p.units.filter((u) => u.state === 'claimed').map((u) => u.holder!) : [];
      const as = it.target < 7 && takers.length > 0 ? pick(takers, it.who) : p && it.target === 7 ? p.sender : userOf(it.who);
      return { type: 'share', as, packet };
    }
    case 'advance':
      return { type: 'advance', by: it.by };
    case 'deadline': {
      const d = nextDeadline(state);
      return d === null ? { type: 'advance', by: MINUTE } : { type: 'advanceTo', to: Math.max(state.now, d.at + it.delta) };
    }
    case 'policy':
      return it.holdMs === null ? { type: 'policy', grabPolicy: it.grabPolicy } : { type: 'policy', grabPolicy: it.grabPolicy, holdMs: it.holdMs };
    case 'settings':
      return { type: 'settings', changes: it.changes };
    case 'hammer': {
      const packet = [...state.order].reverse().find((id) => state.packets[id]!.mode === 'code') ?? 'p9999';
      const code = it.right === 0 ? (state.packets[packet]?.code?.code ?? '4827') : '1111';
      return { type: 'claim', as: 'uncle', packet, code, address: { name: '舅舅', phone: '13700000000', region: '江苏省', detail: '玄武区中山路1号' } };
    }
    default: {
      // mostly a recent packet this command suits (a lottery to join, a voucher to redeem…)
      const recent = state.order.slice(-8);
      const suits = recent.filter((id) => suited(state.packets[id]!, it.k));
      const pool = it.target < 8 && suits.length > 0 ? suits : recent.slice(-4);
      const packet = pool.length === 0 || it.packet % 12 === 11 ? 'p9999' : pick(pool, it.packet);
      const p = state.packets[packet];
      let as = userOf(it.who);
      if (p && it.target < 8) {
        const lot = p.lottery;
        const holders = p.units.filter((u) => u.state === 'claimed').map((u) => u.holder!);
        const candidates =
          it.k === 'aftersale'
            ? [...holders, ...holders, ...holders, p.sender, ...(p.to ? [p.to] : [])]
            : p.mode === 'direct'
              ? [p.to!, p.to!, p.to!, p.sender]
              : p.mode === 'bulk'
                ? [...p.units.map((u) => u.holder!), p.sender, 'mom']
              : it.k === 'redeem'
                ? [...p.units.filter((u) => u.voucher !== null).map((u) => u.holder!), p.sender]
                : lot?.drawn
                  ? [...lot.winners!, ...lot.winners!, ...lot.entrants, p.sender]
                  : p.mode === 'code'
                    ? ['uncle', 'uncle', 'c1', 'dad', p.sender]
                    : state.groups[p.group!]!.members;
        if (candidates.length > 0) as = pick(candidates, it.who);
      }
      if (it.k === 'claim') {
        const code = p?.code && it.code < 5 ? p.code.code : it.code < 9 ? '1111' : undefined;
        return { type: 'claim', as, packet, ...(it.address === undefined ? {} : { address: it.address }), ...(code === undefined ? {} : { code }) };
      }
      if (it.k === 'spec') {
        const sku = p?.units[0]?.sku;
        const specs = sku ? state.catalog[sku]!.specs.map((s) => s.id) : ['red'];
        return { type: 'spec', as, packet, to: it.specTo % 9 === 8 ? 'nosuch' : pick(specs, it.specTo) };
      }
      return { type: it.k, as, packet };
    }
  }
}

// ---- the checks ------------------------------------------------------------------------------

interface Tally {
  steps: number;
  accepted: number;
  events: Record<string, number>;
  refusals: Record<string, number>;
}

class Checker {
  private readonly claimed = new Set<string>();
  private readonly claimedBy = new Set<string>();
  private readonly refunded = new Set<string>();
  /** Units refunded by after-sales, and the creator shares paid and taken back, per unit. */
  private readonly returned = new Set<string>();
  private readonly sharePaid = new Map<string, number>();
  private readonly shareTaken = new Set<string>();
  private readonly initialStock: Record<string, number>;
  constructor(
    readonly state: State,
    readonly tally?: Tally,
  ) {
    this.initialStock = { ...state.stock };
  }

  step(cmd: Command): Outcome {
    const s = this.state;
    const beforeJson = JSON.stringify(s);
    const before: State = JSON.parse(beforeJson);
    let decided: Outcome | null = null;
    if (cmd.type !== 'advance' && cmd.type !== 'advanceTo') {
      decided = decide(s, cmd);
      expect(JSON.stringify(s), 'decide() is pure').toBe(beforeJson);
    }
    const out = execute(s, cmd);
    if (decided) expect(out).toEqual(decided);
    if (this.tally) {
      this.tally.steps++;
      if (out.ok) this.tally.accepted++;
      else this.tally.refusals[out.code] = (this.tally.refusals[out.code] ?? 0) + 1;
      if (out.ok) for (const e of out.events) this.tally.events[e.type] = (this.tally.events[e.type] ?? 0) + 1;
    }
    if (!out.ok) {
      if (!out.events) expect(JSON.stringify(s), `refused ${out.code} must change nothing`).toBe(beforeJson);
      else {
        // The one refusal with a trace: a wrong code, counted by exactly one codeTried event.
        expect(out.code).toBe('BAD_CODE');
        expect(out.events).toHaveLength(1);
        const e = out.events[0]!;
        if (e.type !== 'codeTried') throw new Error(`a refusal left a ${e.type}`);
        const was = before.packets[e.packet]!.code!.wrong[e.user] ?? 0;
        expect(e.wrong).toBe(was + 1);
        expect(was).toBeLessThan(5);
        expect(e.seq).toBe(before.nextEvent);
        const expected: State = JSON.parse(beforeJson);
        evolve(expected, e);
        expect(JSON.stringify(s)).toBe(JSON.stringify(expected));
        if (this.tally) this.tally.events.codeTried = (this.tally.events.codeTried ?? 0) + 1;
      }
      return out;
    }
    this.checkEvents(before, cmd, out.events);
    this.checkState(before);
    return out;
  }

  private checkEvents(before: State, cmd: Command, events: DomainEvent[]) {
    const s = this.state;
    const isAdvance = cmd.type === 'advance' || cmd.type === 'advanceTo';
    let seq = before.nextEvent;
    let lastAt = before.now;
    for (const e of events) {
      expect(e.seq, 'events are numbered in order').toBe(seq++);
      expect(e.at, 'time never goes back').toBeGreaterThanOrEqual(lastAt);
      lastAt = e.at;
      if (!isAdvance) expect(e.at, 'a command happens now').toBe(before.now);
      else if (e.type !== 'clock') expect(e.at, 'a deadline falls due after the previous instant').toBeGreaterThan(before.now);
      if (!('packet' in e) || typeof e.packet !== 'string') continue;
      const p = s.packets[e.packet]!;
      const pre: Packet | undefined = before.packets[e.packet];
      const key = 'unit' in e ? `${e.packet}/${e.unit}` : '';
      switch (e.type) {
        case 'claimed': {
          expect(pre, 'claims are of existing packets').toBeDefined();
          const was = pre!.units[e.unit]!;
          expect(this.claimed.has(key), `unit ${key} taken twice`).toBe(false);
          expect(this.refunded.has(key), `unit ${key} claimed after its refund`).toBe(false);
          expect(this.claimedBy.has(`${e.packet}/${e.user}`), `${e.user} took two units of ${e.packet}`).toBe(false);
          expect(e.user).not.toBe(p.sender);
          expect(was.state === 'open' || (was.state === 'assigned' && was.holder === e.user), `claimed a unit that was ${was.state} by ${was.holder}`).toBe(true);
          expect(e.at, 'claimed before the expiry').toBeLessThan(p.expiresAt!);
          if (p.mode === 'direct') expect(e.user).toBe(p.to);
          else if (p.mode === 'bulk') expect(was.holder, 'a bulk unit goes to its recipient').toBe(e.user);
          else if (p.group !== null) expect(isMember(s.groups[p.group]!, e.user)).toBe(true);
          if (p.mode === 'code') {
            expect((pre!.code!.wrong[e.user] ?? 0) < 5, 'a locked user never claims').toBe(true);
            expect(cmd.type === 'claim' && cmd.code).toBe(p.code!.code);
          }
          if (p.mode === 'redpacket') {
            // the double-mean bound at this claim: r fen and n claims left
            expect(e.unit, 'a red packet fills the first open unit').toBe(pre!.units.findIndex((u) => u.state === 'open'));
            const r = pre!.red!.amount - pre!.units.reduce((n, u) => n + (u.state === 'claimed' ? u.amount! : 0), 0);
            const n = pre!.units.filter((u) => u.state === 'open').length;
            const amount = e.amount!;
            if (pre!.red!.split === 'equal') {
              const each = Math.floor(pre!.red!.amount / pre!.units.length);
              expect(amount).toBe(e.unit === pre!.units.length - 1 ? pre!.red!.amount - each * (pre!.units.length - 1) : each);
            } else if (n === 1) expect(amount, 'the last claim takes the rest').toBe(r);
            else {
              expect(amount).toBeGreaterThanOrEqual(1);
              expect(amount).toBeLessThanOrEqual(Math.max(1, Math.floor((2 * r) / n) - 1));
            }
            expect(e.address).toBeNull();
            this.claimed.add(key);
            this.claimedBy.add(`${e.packet}/${e.user}`);
            break;
          }
          if (p.mode === 'lottery') expect(p.lottery!.winners!.indexOf(e.user)).toBe(e.unit);
          if (p.mode === 'grab' && was.state === 'open') expect(e.unit, 'a grab takes the first open unit').toBe(pre!.units.findIndex((u) => u.state === 'open'));
          const delivery = s.catalog[was.sku]!.delivery;
          if (delivery === 'address') expect(e.address !== null && isValidAddress(e.address)).toBe(true);
          else expect(e.address).toBeNull();
          expect(e.voucher).toBe(delivery === 'voucher' ? voucherCode(p.seed, e.unit) : null);
          this.claimed.add(key);
          this.claimedBy.add(`${e.packet}/${e.user}`);
          break;
        }
        case 'settled': {
          expect(this.claimed.has(key), 'settled right after its claim').toBe(true);
          const u = p.units[e.unit]!;
          expect(e.amount).toBe(u.price);
          expect(e.fee).toBe(Math.floor((u.price * (before.settings.commission ?? 0)) / 100));
          expect(e.merchant + e.fee + e.share).toBe(e.amount);
          const creator = s.catalog[u.sku]!.creator ?? null;
          expect(e.creator).toBe(creator);
          if (creator) {
            expect(this.sharePaid.has(key), `creator share of ${key} paid twice`).toBe(false);
            this.sharePaid.set(key, e.share);
          }
          break;
        }
        case 'received': {
          expect(this.claimed.has(key)).toBe(true);
          expect(e.amount).toBe(p.units[e.unit]!.amount);
          expect(e.user).toBe(p.units[e.unit]!.holder);
          break;
        }
        case 'redRefunded': {
          expect(p.mode).toBe('redpacket');
          expect(e.at).toBe(p.sentAt + DAY);
          expect(e.user).toBe(p.sender);
          const claimedSum = p.units.reduce((n, u) => n + (u.state === 'claimed' ? u.amount! : 0), 0);
          expect(e.amount + claimedSum, 'a red packet pays out exactly its amount').toBe(p.red!.amount);
          for (const i of e.units) {
            const k = `${e.packet}/${i}`;
            expect(this.refunded.has(k) || this.claimed.has(k)).toBe(false);
            this.refunded.add(k);
          }
          break;
        }
        case 'shipped':
        case 'delivered':
          for (const i of e.units) {
            const was = pre!.units[i]!;
            const now = p.units[i]!;
            // an offset of 0: shipped or delivered within the claim that accepted it
            const atOnce = was.order === undefined && !isAdvance && this.claimed.has(`${e.packet}/${i}`);
            expect(atOnce || was.order === 'accepted' || (e.type === 'delivered' && was.order === 'shipped'), `${e.type} from ${was.order}`).toBe(true);
            expect(e.at).toBe(e.type === 'shipped' ? now.shipAt : now.deliverAt);
          }
          break;
        case 'aftersale': {
          const was = pre!.units[e.unit]!;
          expect(this.claimed.has(key)).toBe(true);
          expect(this.refunded.has(key), `unit ${key} refunded at expiry and by after-sales`).toBe(false);
          expect(this.returned.has(key), `unit ${key} refunded twice by after-sales`).toBe(false);
          expect(was.holder).toBe(e.user);
          expect(s.catalog[was.sku]!.delivery).toBe('address');
          expect(e.at).toBeLessThan(was.deliverAt! + 7 * DAY);
          expect(e.refund + e.discount).toBe(was.price);
          expect(e.merchant + e.share + e.fee).toBe(was.price);
          expect(e.fee).toBe(was.fee ?? 0);
          if (e.creator) {
            expect(this.shareTaken.has(key), `creator share of ${key} taken back twice`).toBe(false);
            expect(e.share, 'the share taken back is the share paid').toBe(this.sharePaid.get(key));
            this.shareTaken.add(key);
          }
          this.returned.add(key);
          break;
        }
        case 'refunded': {
          expect(this.refunded.has(key), `unit ${key} refunded twice`).toBe(false);
          expect(this.claimed.has(key), `unit ${key} refunded after its claim`).toBe(false);
          expect(isAdvance, 'refunds happen only as the clock moves').toBe(true);
          expect(e.user).toBe(p.sender);
          expect(e.amount + (e.discount ?? 0)).toBe(p.units[e.unit]!.price);
          expect(e.discount ?? 0).toBe(p.code?.discount ?? 0);
          if (e.reason === 'surplus') {
            expect(p.mode).toBe('lottery');
            expect(e.at).toBe(p.lottery!.drawAt);
            expect(e.unit).toBeGreaterThanOrEqual(p.lottery!.winners!.length);
          } else if (p.mode === 'lottery') {
            expect(e.at).toBe(p.lottery!.drawAt + DAY);
          } else {
            expect(e.at).toBe(p.sentAt + DAY);
          }
          this.refunded.add(key);
          break;
        }
        case 'shared': {
          const u = p.units[e.unit]!;
          expect(u.holder, 'a share is of the sharer\'s own unit').toBe(e.user);
          expect(u.state).toBe('claimed');
          expect(u.order === 'refunded', 'after-sales took it back').toBe(false);
          expect(p.mode).not.toBe('redpacket');
          expect(before.packets[e.packet]!.shared ?? [], 'shared twice').not.toContain(e.user);
          break;
        }
        case 'sent': {
          if (p.mode !== 'bulk') break;
          // one unit to each recipient, each assigned from the start; one payment for them all
          const holders = p.units.map((u) => u.holder);
          expect(new Set(holders).size).toBe(holders.length);
          expect(p.units.every((u) => u.state === 'assigned')).toBe(true);
          expect(s.users[p.sender]!.company).toBe(true);
          if (p.group !== null) expect(holders).toEqual(s.groups[p.group]!.members.filter((m) => m !== p.sender));
          expect(events.filter((x) => x.type === 'paid')).toEqual([expect.objectContaining({ amount: p.units.reduce((n, u) => n + u.price, 0) })]);
          break;
        }
        case 'drawn': {
          const lot = p.lottery!;
          expect(e.at).toBe(lot.drawAt);
          expect(pre!.lottery!.drawn).toBe(false);
          expect(sha256(e.drawSeed)).toBe(lot.commitment);
          expect(e.winners).toEqual(drawWithoutReplacement(lot.entrants, p.units.length, e.drawSeed));
          expect(e.winners.length).toBe(Math.min(p.units.length, lot.entrants.length));
          expect(new Set(e.winners).size).toBe(e.winners.length);
          for (const w of e.winners) expect(lot.entrants).toContain(w);
          break;
        }
        case 'assigned':
          expect(p.mode).toBe('lottery');
          expect(p.lottery!.entrants).toContain(e.user);
          expect(e.user).not.toBe(p.sender);
          expect(e.at).toBe(p.lottery!.drawAt);
          break;
        case 'reserved':
          expect(p.mode).toBe('grab');
          // the packet's own rule, fixed when it was sent
          expect((p.policy ?? before.settings).grabPolicy).toBe('reserve-on-open');
          expect(pre!.opened).not.toContain(e.user); // only the first open holds a unit
          expect(e.user).not.toBe(p.sender);
          expect(pre!.units[e.unit]!.state).toBe('open');
          expect(pre!.units.some((u) => u.holder === e.user && (u.state === 'assigned' || u.state === 'claimed'))).toBe(false);
          break;
        case 'released': {
          const was = pre!.units[e.unit]!;
          expect(was.state).toBe('assigned');
          expect(was.holder).toBe(e.user);
          expect(e.at).toBe(was.holdUntil);
          break;
        }
        case 'joined': {
          const lot = pre!.lottery!;
          expect(e.user).not.toBe(p.sender);
          expect(lot.entrants).not.toContain(e.user);
          expect(e.at).toBeLessThan(lot.drawAt);
          if (lot.eligible !== 'all') expect(lot.eligible).toContain(e.user);
          break;
        }
        default:
          break;
      }
    }
  }

  private checkState(before: State) {
    const s = this.state;
    expect(invariantViolations(s)).toEqual([]);
    const wallets = Object.values(s.wallets).reduce((a, b) => a + b, 0);
    expect(wallets + s.escrow + s.merchant + (s.platform ?? 0)).toBe(s.total);
    // the insights' money split: what came in went somewhere, and agrees with the ledger
    const split = moneyOf(s);
    expect(moneyOut(split), 'the money bars add up').toBe(moneyIn(split));
    expect(split.merchants).toBe(s.merchant);
    expect(split.commission - split.subsidy).toBe(s.platform ?? 0);
    // the tallies and the 朋友圈's posts the engine keeps as it goes agree with the packets and
    // the events (a file store holds only some packets: the insights read these instead)
    expect(split).toEqual(moneyByPackets(s));
    expect(s.social?.tallies?.units ?? {}).toEqual(unitsByPackets(s));
    expect(s.social?.tallies?.days ?? []).toEqual(bucketsByPackets(s, DAY).slice(-TIMELINE_DAYS));
    expect(s.social?.tallies?.hours ?? []).toEqual(bucketsByPackets(s, HOUR, HOURLY_SPAN));
    if (s.feed) for (const viewer of FEED_VIEWERS) expect(feedFor(s, viewer), `${viewer}'s feed`).toEqual(feedByEvents(s, viewer));
    // the social counts the engine keeps agree with the packets
    const given: Record<string, number> = {};
    const gave: Record<string, number> = {};
    const sends: Record<string, Array<[number, number]>> = {};
    for (const id of s.order) {
      const p = s.packets[id]!;
      const day = beijingDay(p.sentAt);
      const days = (sends[p.sender] ??= []);
      if (days.length && days[days.length - 1]![0] === day) days[days.length - 1]![1]++;
      else days.push([day, 1]);
      if (p.mode === 'redpacket') continue;
      for (const u of p.units)
        if (u.state === 'claimed' && u.order !== 'refunded') {
          given[p.sender] = (given[p.sender] ?? 0) + u.price;
          gave[`${p.sender}>${u.holder}`] = (gave[`${p.sender}>${u.holder}`] ?? 0) + 1;
        }
    }
    const nonzero = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== 0));
    expect(nonzero(s.social?.given ?? {})).toEqual(given);
    expect(nonzero(s.social?.gave ?? {})).toEqual(gave);
    expect(s.social?.sends ?? {}).toEqual(sends);
    // the daily cap held: no sender has more sends on a day than the cap in force at each send
    if ((s.settings.dailySendLimit ?? 0) > 0)
      for (const [u, days] of Object.entries(sends)) {
        const last = days[days.length - 1]!;
        if (last[0] === beijingDay(s.now) && before.settings.dailySendLimit === s.settings.dailySendLimit && JSON.stringify(before.social?.sends?.[u]) !== JSON.stringify(days))
          expect(last[1], `${u} sent past the daily cap`).toBeLessThanOrEqual(s.settings.dailySendLimit!);
      }
    expect(s.now).toBeGreaterThanOrEqual(before.now);
    // nothing is overdue: every deadline at or before now has happened
    const d = nextDeadline(s);
    if (d !== null) expect(d.at, `deadline ${JSON.stringify(d)} overdue at ${s.now}`).toBeGreaterThan(s.now);
    // the deadline index gives what a walk over every packet gives, ties included
    expect(d).toEqual(scannedDeadline(s));
    // stock: what is left plus every unit not refunded (at expiry or by after-sales) is what there was
    const out: Record<string, number> = {};
    for (const id of s.order)
      for (const u of s.packets[id]!.units)
        if (u.state !== 'refunded' && u.order !== 'refunded') out[stockKey(u.sku, u.spec)] = (out[stockKey(u.sku, u.spec)] ?? 0) + 1;
    for (const [k, n] of Object.entries(this.initialStock)) expect(s.stock[k]! + (out[k] ?? 0), `stock ${k}`).toBe(n);
    for (const id of s.order) {
      const p = s.packets[id]!;
      expect(p.settled, `${id}.settled`).toBe((!p.lottery || p.lottery.drawn) && !p.units.some(isLive));
      // after a draw, unit i belongs to winner i and every unit beyond the winners went back
      if (p.lottery?.drawn) {
        const winners = p.lottery.winners!;
        p.units.forEach((u, i) => {
          if (i < winners.length) expect(u.holder, `${id}[${i}] holder`).toBe(winners[i]);
          else expect(u.state, `${id}[${i}] surplus`).toBe('refunded');
        });
      } else if (p.lottery) {
        expect(p.units.every((u) => u.state === 'open')).toBe(true);
      }
      // one unit per person per packet, counting refunded units too
      const holders = p.units.filter((u) => u.state === 'claimed' || u.state === 'assigned').map((u) => u.holder);
      expect(new Set(holders).size).toBe(holders.length);
    }
  }
}

/** The test world with a 20% commission: creator shares, fees and discounts all move. */
const WORLD = worldWith({ commission: 20 });

function play(intents: Intent[], seed = 'prop', tally?: Tally): State {
  const c = new Checker(testState(WORLD, seed), tally);
  for (const it of intents) c.step(toCommand(c.state, it));
  return c.state;
}

const tally: Tally = { steps: 0, accepted: 0, events: {}, refusals: {} };


/** The next deadline by walking every packet in send order (the first of equal times wins). */
function scannedDeadline(s: State): Deadline | null {
  let best: Deadline | null = null;
  for (const id of s.order) for (const d of packetDeadlines(s.packets[id]!)) if (best === null || d.at < best.at) best = d;
  return best;
}

describe('random command sequences', () => {
  it('keep every invariant after every command (700 sequences)', () => {
    fc.assert(
      fc.property(sequence, fc.constantFrom('s1', 's2', 's3'), fc.option(policyIntent, { freq: 3 }), (intents, seed, first) => {
        play(first ? [{ ...first, grabPolicy: 'reserve-on-open' as const }, ...intents] : intents, seed, tally);
      }),
      { seed: 42, numRuns: 700 },
    );
    if (process.env.TALLY) console.log(JSON.stringify(tally, null, 1));
    // the generator must reach the interesting places, or the property proves little
    for (const t of ['sent', 'claimed', 'refunded', 'drawn', 'assigned', 'reserved', 'released', 'joined', 'redeemed', 'specChanged', 'policy'])
      expect(tally.events[t] ?? 0, `too few ${t} events were generated`).toBeGreaterThanOrEqual(5);
    for (const code of ['SOLD_OUT', 'EXPIRED', 'DRAW_CLOSED', 'NOT_WINNER', 'INVALID_ADDRESS', 'ALREADY_CLAIMED', 'NOT_DRAWN', 'BAD_COUNT'])
      expect(tally.refusals[code] ?? 0, `no ${code} refusal was generated`).toBeGreaterThan(5);
    const refunds = tally.events.refunded ?? 0;
    expect(refunds).toBeGreaterThan(100);
    expect(tally.accepted / tally.steps).toBeGreaterThan(0.3);
    // Room for a loaded machine: 700 sequences take seconds alone, more beside other test files.
  }, 120_000);

  it('keep every invariant with red packets, code gifts, orders, after-sales and settings (700 sequences)', () => {
    const t: Tally = { steps: 0, accepted: 0, events: {}, refusals: {} };
    fc.assert(
      fc.property(secondSequence, fc.constantFrom('s1', 's2', 's3'), (intents, seed) => {
        play(intents, seed, t);
      }),
      { seed: 46, numRuns: 700 },
    );
    if (process.env.TALLY) console.log(JSON.stringify(t, null, 1));
    for (const e of ['subsidised', 'received', 'redRefunded', 'shipped', 'delivered', 'aftersale', 'codeTried', 'settings', 'claimed', 'refunded'])
      expect(t.events[e] ?? 0, `too few ${e} events were generated`).toBeGreaterThanOrEqual(10);
    for (const code of ['DAILY_LIMIT', 'BAD_AMOUNT', 'BAD_CODE', 'CODE_LOCKED', 'NOT_ACCEPTED', 'AFTERSALE_CLOSED', 'ALREADY_REFUNDED', 'BAD_REPLY', 'NOT_MUTUAL_FRIEND'])
      expect(t.refusals[code] ?? 0, `no ${code} refusal was generated`).toBeGreaterThan(2);
    expect(t.accepted / t.steps).toBeGreaterThan(0.3);
  }, 120_000);

  it('keep every invariant with bulk gifts and shares (250 sequences)', () => {
    const t: Tally = { steps: 0, accepted: 0, events: {}, refusals: {} };
    const world = companyWorld({ commission: 20 });
    const posts = { broadcast: 0, share: 0, secret: 0 };
    fc.assert(
      fc.property(thirdSequence, fc.constantFrom('s1', 's2'), (intents, seed) => {
        const c = new Checker(testState(world, seed), t);
        for (const it of intents) c.step(toCommand(c.state, it));
        for (const e of c.state.feed ?? []) (posts[e.kind]++, e.secret && posts.secret++);
      }),
      { seed: 47, numRuns: 250 },
    );
    if (process.env.TALLY) console.log(JSON.stringify(t, null, 1));
    for (const [e, least] of [['sent', 10], ['claimed', 10], ['settled', 10], ['refunded', 10], ['shared', 10], ['specChanged', 5], ['aftersale', 3]] as const)
      expect(t.events[e] ?? 0, `too few ${e} events were generated`).toBeGreaterThanOrEqual(least);
    // The 朋友圈's posts were checked against the events: some of each kind, some secret.
    for (const [kind, n] of Object.entries(posts)) expect(n, `too few ${kind} posts`).toBeGreaterThanOrEqual(5);
    for (const code of ['NOT_COMPANY', 'NOT_MEMBER', 'BAD_COUNT', 'OWN_PACKET', 'NOT_RECIPIENT', 'EXPIRED', 'ALREADY_SHARED', 'NOT_ACCEPTED'])
      expect(t.refusals[code] ?? 0, `no ${code} refusal was generated`).toBeGreaterThan(2);
    expect(t.accepted / t.steps).toBeGreaterThan(0.3);
  }, 120_000);

  it('are deterministic: the same seed and commands give the same state (150 sequences)', () => {
    fc.assert(
      fc.property(fc.oneof(sequence, secondSequence), (intents) => {
        const a = testState(WORLD, 'det');
        const b = testState(WORLD, 'det');
        for (const it of intents) {
          const ca = toCommand(a, it);
          const cb = toCommand(b, it);
          expect(execute(b, cb)).toEqual(execute(a, ca));
        }
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { seed: 43, numRuns: 150 },
    );
  });

  it('survive a JSON round trip mid-way, as the store does (150 sequences)', () => {
    fc.assert(
      fc.property(fc.oneof(sequence, secondSequence), fc.nat(), (intents, cut) => {
        const a = testState(WORLD, 'store');
        let b = testState(WORLD, 'store');
        const at = cut % intents.length;
        intents.forEach((it, i) => {
          if (i === at) b = JSON.parse(JSON.stringify(b));
          expect(execute(b, toCommand(b, it))).toEqual(execute(a, toCommand(a, it)));
        });
        // The same data; the order of keys in memory may differ (a parsed unit has no key for a
        // field still unset, a cloned one has it `undefined`), and JSON keeps that order.
        expect(JSON.parse(JSON.stringify(b))).toEqual(JSON.parse(JSON.stringify(a)));
      }),
      { seed: 44, numRuns: 150 },
    );
  });

  it('a lottery-heavy mix keeps draws fair and refunds timely (200 sequences)', () => {
    const lotteryOnly = fc.array(
      fc.oneof(
        { weight: 2, arbitrary: sendIntent.map((s) => ({ ...s, mode: 'lottery' as const })) },
        { weight: 6, arbitrary: packetIntent.map((p) => ({ ...p, k: p.target % 2 === 0 ? ('join' as const) : p.k })) },
        { weight: 2, arbitrary: deadlineIntent },
        { weight: 1, arbitrary: advanceIntent },
      ),
      { minLength: 5, maxLength: 40 },
    );
    fc.assert(
      fc.property(lotteryOnly, (intents) => {
        play(intents, 'lot');
      }),
      { seed: 45, numRuns: 200 },
    );
  });
});
