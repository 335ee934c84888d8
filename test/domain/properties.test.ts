// Property tests: random command sequences over the test world, every invariant checked after
// every command. Seeds are fixed, so a run is the same on every machine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidAddress } from '../../src/domain/address';
import type { AddressChoice, Command, SendItem } from '../../src/domain/commands';
import { decide, execute, nextDeadline, type Outcome } from '../../src/domain/engine';
import { invariantViolations } from '../../src/domain/invariants';
import { drawWithoutReplacement, sha256, voucherCode } from '../../src/domain/random';
import { isLive, isMember, stockKey } from '../../src/domain/rules';
import { DAY, HOUR, MINUTE } from '../../src/domain/time';
import type { Address, DomainEvent, Mode, Packet, State } from '../../src/domain/types';
import { testState, USERS } from '../support/world';

// ---- what a random step is: an intent, turned into a command against the current state -------

const GIFTABLE = ['tea', 'tea', 'nuts', 'scarf', 'coffee', 'card', 'card', 'watch'];
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
});
const packetIntent = fc.record({
  k: fc.constantFrom(
    ...(['open', 'join', 'join', 'join', 'claim', 'claim', 'claim', 'claim', 'spec', 'redeem'] as const),
  ),
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
const policyIntent = fc.record({
  k: fc.constant('policy' as const),
  grabPolicy: fc.constantFrom('first-address' as const, 'reserve-on-open' as const),
  holdMs: fc.option(fc.constantFrom(MINUTE, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 30 * HOUR, 0), { freq: 2 }),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;
type Intent =
  | ValueOf<typeof sendIntent>
  | ValueOf<typeof packetIntent>
  | ValueOf<typeof advanceIntent>
  | ValueOf<typeof deadlineIntent>
  | ValueOf<typeof policyIntent>;

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

const pick = <T>(xs: readonly T[], n: number): T => xs[n % xs.length]!;
const userOf = (n: number) => (n % 25 === 24 ? 'ghost' : pick(USERS, n));

function specFor(state: State, sku: string, n: number, omit: boolean): string | undefined {
  const p = state.catalog[sku];
  if (!p || omit) return undefined;
  return n % 11 === 10 ? 'nosuch' : pick(p.specs, n).id;
}

function suited(p: Packet, k: 'open' | 'join' | 'claim' | 'spec' | 'redeem'): boolean {
  if (p.settled && k !== 'redeem') return false;
  switch (k) {
    case 'join':
      return p.mode === 'lottery' && !p.lottery!.drawn;
    case 'spec':
      return p.mode === 'direct' || p.mode === 'lottery';
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
      const sku = pick(wild ? SKUS : GIFTABLE, it.sku);
      const base = { type: 'send' as const, as, mode: it.mode, message: pick(wild ? MESSAGES : GOOD_MESSAGES, it.message) };
      const spec = wild ? specFor(state, sku, it.spec, it.omitSpec) : pick(state.catalog[sku]!.specs, it.spec).id;
      if (it.mode === 'direct') {
        const friends = state.users[as]?.friends ?? [];
        const to = !wild && friends.length > 0 ? pick(friends, it.to) : userOf(it.to);
        return { ...base, to, sku, ...(spec ? { spec } : {}), ...(wild && it.friendly === 9 ? { count: it.count } : {}) };
      }
      if (it.mode === 'luckybag') {
        const items: SendItem[] = it.bag.map((b) => {
          const s = pick(wild ? SKUS : GIFTABLE, b.sku);
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
    case 'advance':
      return { type: 'advance', by: it.by };
    case 'deadline': {
      const d = nextDeadline(state);
      return d === null ? { type: 'advance', by: MINUTE } : { type: 'advanceTo', to: Math.max(state.now, d.at + it.delta) };
    }
    case 'policy':
      return it.holdMs === null ? { type: 'policy', grabPolicy: it.grabPolicy } : { type: 'policy', grabPolicy: it.grabPolicy, holdMs: it.holdMs };
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
        const candidates =
          p.mode === 'direct'
            ? [p.to!, p.to!, p.to!, p.sender]
            : it.k === 'redeem'
              ? [...p.units.filter((u) => u.voucher !== null).map((u) => u.holder!), p.sender]
              : lot?.drawn
                ? [...lot.winners!, ...lot.winners!, ...lot.entrants, p.sender]
                : state.groups[p.group!]!.members;
        if (candidates.length > 0) as = pick(candidates, it.who);
      }
      if (it.k === 'claim') return it.address === undefined ? { type: 'claim', as, packet } : { type: 'claim', as, packet, address: it.address };
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
      expect(JSON.stringify(s), `refused ${out.code} must change nothing`).toBe(beforeJson);
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
          else expect(isMember(s.groups[p.group!]!, e.user)).toBe(true);
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
        case 'settled':
          expect(this.claimed.has(key), 'settled right after its claim').toBe(true);
          expect(e.amount).toBe(p.units[e.unit]!.price);
          break;
        case 'refunded': {
          expect(this.refunded.has(key), `unit ${key} refunded twice`).toBe(false);
          expect(this.claimed.has(key), `unit ${key} refunded after its claim`).toBe(false);
          expect(isAdvance, 'refunds happen only as the clock moves').toBe(true);
          expect(e.user).toBe(p.sender);
          expect(e.amount).toBe(p.units[e.unit]!.price);
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
    expect(wallets + s.escrow + s.merchant).toBe(s.total);
    expect(s.now).toBeGreaterThanOrEqual(before.now);
    // nothing is overdue: every deadline at or before now has happened
    const d = nextDeadline(s);
    if (d !== null) expect(d.at, `deadline ${JSON.stringify(d)} overdue at ${s.now}`).toBeGreaterThan(s.now);
    // stock: what is left plus every unit not refunded is what there was
    const out: Record<string, number> = {};
    for (const id of s.order)
      for (const u of s.packets[id]!.units) if (u.state !== 'refunded') out[stockKey(u.sku, u.spec)] = (out[stockKey(u.sku, u.spec)] ?? 0) + 1;
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

function play(intents: Intent[], seed = 'prop', tally?: Tally): State {
  const c = new Checker(testState(undefined, seed), tally);
  for (const it of intents) c.step(toCommand(c.state, it));
  return c.state;
}

const tally: Tally = { steps: 0, accepted: 0, events: {}, refusals: {} };

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
  });

  it('are deterministic: the same seed and commands give the same state (150 sequences)', () => {
    fc.assert(
      fc.property(sequence, (intents) => {
        const a = testState(undefined, 'det');
        const b = testState(undefined, 'det');
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
      fc.property(sequence, fc.nat(), (intents, cut) => {
        const a = testState(undefined, 'store');
        let b = testState(undefined, 'store');
        const at = cut % intents.length;
        intents.forEach((it, i) => {
          if (i === at) b = JSON.parse(JSON.stringify(b));
          expect(execute(b, toCommand(b, it))).toEqual(execute(a, toCommand(a, it)));
        });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
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
