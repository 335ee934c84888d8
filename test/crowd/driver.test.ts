// The crowd played through the runner on a virtual clock: the same seed gives the same
// winners in the same order, a 10-unit grab in the 40-member work group sells out in a few
// seconds, the grab rule changes who wins, lotteries fill and their bot winners accept, and the
// ledger stays whole throughout.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/usage';
import { sessionCommand } from '../../src/cli/session-command';
import { invariantViolations } from '../../src/domain/invariants';
import { percentOf } from '../../src/domain/ledger';
import { DEFAULT_START, HOUR, parseIso } from '../../src/domain/time';
import { describeEvent } from '../../src/i18n/events';
import { CrowdDriver } from '../../src/crowd';
import { claimers, crowdRig, grabRace, PANES, workState } from './helpers';

describe('a grab raced by the crowd', () => {
  it('same seed → the same winners in the same order, and the same steps at the same times', async () => {
    const a = await grabRace('same', 'first-address');
    const b = await grabRace('same', 'first-address');
    expect(a.winners).toHaveLength(10);
    expect(b.winners).toEqual(a.winners);
    const log = (r: typeof a) => r.played.map((p) => [p.step.at, p.step.as, p.step.command.type, p.outcome.ok ? 'ok' : p.outcome.code]);
    expect(log(b)).toEqual(log(a));
    const c = await grabRace('other', 'first-address');
    expect(c.winners).not.toEqual(a.winners);
  });

  it('10 units in the work group sell out within a few virtual seconds; the rest get SOLD_OUT; money is conserved', async () => {
    for (const policy of ['first-address', 'reserve-on-open'] as const) {
      const r = await grabRace('sellout', policy);
      expect(r.soldOutAt).not.toBeNull();
      expect(r.soldOutAt!).toBeGreaterThan(1500);
      expect(r.soldOutAt!).toBeLessThanOrEqual(8000);
      const p = r.state().packets[r.packet]!;
      expect(p.units.every((u) => u.state === 'claimed')).toBe(true);
      expect(new Set(r.winners).size).toBe(10);
      for (const w of r.winners) expect(r.state().users[w]!.bot).toBe(true);
      const refused = r.played.filter((x) => !x.outcome.ok).map((x) => (x.outcome.ok ? '' : x.outcome.code));
      expect(refused.length).toBeGreaterThan(5);
      expect(new Set(refused)).toEqual(new Set(['SOLD_OUT']));
      expect(invariantViolations(r.state())).toEqual([]);
      const s = r.state();
      expect(Object.values(s.wallets).reduce((x, y) => x + y, 0) + s.escrow + s.merchant + s.platform!).toBe(s.total);
      // every unit paid out of escrow: the platform's commission (the bundled world's), the rest to the merchant
      expect(s.platform).toBe(10 * percentOf(1990, s.settings.commission ?? 0));
      expect(s.merchant + s.platform!).toBe(10 * 1990);
    }
  });

  it('the grab rule shows: under reserve on open every unit is held within ~2 s, and some who opened early but filled late win', async () => {
    const first = await grabRace('policy', 'first-address');
    const reserve = await grabRace('policy', 'reserve-on-open');
    expect(new Set(reserve.winners)).not.toEqual(new Set(first.winners));
    expect(reserve.reservedOutAt!).toBeLessThan(2500);
    expect(reserve.reservedOutAt!).toBeLessThan(first.soldOutAt!);
    // Under reserve on open the units go to the earliest openers: a winner there who lost under
    // first-address opened before someone who won there, and finished the form after them.
    const times = (r: typeof reserve, type: 'open' | 'claim') => new Map(r.played.filter((x) => x.step.command.type === type).map((x) => [x.step.as, x.step.at]));
    const opened = times(reserve, 'open');
    const filled = times(reserve, 'claim');
    const onlyReserve = reserve.winners.filter((w) => !first.winners.includes(w));
    const onlyFirst = first.winners.filter((w) => !reserve.winners.includes(w));
    expect(onlyReserve.length).toBeGreaterThan(0);
    const slowFillerWins = onlyReserve.some((x) => onlyFirst.some((y) => opened.get(x)! < opened.get(y)! && filled.get(x)! > filled.get(y)!));
    expect(slowFillerWins).toBe(true);
  });

  it('crowd 0 does nothing; stop() clears every timer', async () => {
    const none = crowdRig(workState('zero'), 0);
    await none.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    expect(none.driver.pending).toBe(0);
    expect(none.clock.pending).toBe(0);

    const rig = crowdRig(workState('stop'), 30);
    await rig.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    expect(rig.driver.pending).toBeGreaterThan(0);
    expect(rig.clock.pending).toBe(1);
    rig.driver.stop();
    expect(rig.driver.pending).toBe(0);
    expect(rig.clock.pending).toBe(0);
    await rig.advance(60_000);
    expect(rig.played).toEqual([]);
    expect(rig.state().packets.p0001!.units.every((u) => u.state === 'open')).toBe(true);
  });

  it('packets already there when the crowd starts are left alone', async () => {
    const s = workState('resume');
    const before = crowdRig(s, 0);
    await before.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    const rig = crowdRig(s, 30);
    await rig.advance(60_000);
    expect(rig.played).toEqual([]);
  });
});

describe('the crowd on the simulated clock', () => {
  it('each bot acts at its own moment: the clock is brought to the plan start + the step delay, and the crowd ticks stay off the timeline', async () => {
    const r = await grabRace('sim', 'first-address');
    const start = parseIso(DEFAULT_START)!;
    const claims = r.state().events.filter((e) => e.type === 'claimed' && e.packet === r.packet);
    const ats = claims.map((e) => e.at);
    expect(new Set(ats).size).toBe(ats.length);
    expect(ats).toEqual([...ats].sort((a, b) => a - b));
    // The grab was sent at the start, with the virtual clock at 0: a bot's claim is at start + its delay.
    for (const x of r.played.filter((p) => p.outcome.ok)) {
      const e = claims.find((c) => (c as { user: string }).user === x.step.as)!;
      expect(e.at).toBe(start + x.step.at);
    }
    expect(r.state().now).toBeGreaterThan(start);
    const ticks = r.state().events.filter((e) => e.type === 'clock');
    expect(ticks.length).toBeGreaterThan(5);
    for (const e of ticks) {
      expect(e).toMatchObject({ mover: { crowd: true } });
      expect(describeEvent(r.state(), e, 'zh')).toBeNull();
    }
  });

  it('a presenter who moved the clock on is not pulled back: later bots act at the clock’s time', async () => {
    const rig = crowdRig(workState('ahead'), 30);
    await rig.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    await rig.advance(2_000);
    await rig.run({ type: 'advance', by: HOUR });
    const later = rig.state().now;
    await rig.advance(20_000);
    expect(rig.state().now).toBe(later);
    const claims = rig.state().events.filter((e) => e.type === 'claimed');
    expect(claims).toHaveLength(10);
    const start = parseIso(DEFAULT_START)!;
    // Before the presenter's hour: each at its own second; after it: at the clock's time.
    for (const e of claims) expect(e.at < start + 3_000 || e.at === later).toBe(true);
    expect(claims.some((e) => e.at === later)).toBe(true);
    expect(invariantViolations(rig.state())).toEqual([]);
  });

  it('a session taking over the crowd plays the steps still to come on open packets (and only those)', async () => {
    const rig = crowdRig(workState('takeover'), 30);
    await rig.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    while (claimers(rig.state(), 'p0001').length < 3) await rig.advance(100);
    const before = claimers(rig.state(), 'p0001');
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThan(10);
    rig.driver.stop(); // the driving session died
    const played: string[] = [];
    const next = new CrowdDriver(rig.c, { size: 30, scheduler: rig.clock, exclude: PANES, onStep: (st, o) => o.ok && played.push(st.as) });
    next.start({ takeOver: true });
    await rig.clock.advance(30_000, () => next.idle());
    const all = claimers(rig.state(), 'p0001');
    expect(all).toHaveLength(10);
    expect(all.slice(0, before.length)).toEqual(before);
    for (const b of before) expect(played).not.toContain(b);
    next.stop();
  });
});

describe('a file started afresh', () => {
  it('after a --reset in another terminal the packets are new to the crowd, though their ids are not', async () => {
    const rig = crowdRig(workState('round-1'), 30);
    await rig.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    await rig.advance(30_000);
    expect(claimers(rig.state(), 'p0001')).toHaveLength(10);
    // What the store's reload of a reset file does: the one State object takes the new file's fields.
    Object.assign(rig.state(), workState('round-2'));
    rig.c.publish({ world: true });
    await rig.run({ type: 'send', as: 'dad', mode: 'grab', group: 'work', sku: 'luckin', spec: '6cups', count: 10 });
    await rig.advance(30_000);
    expect(claimers(rig.state(), 'p0001')).toHaveLength(10);
    expect(invariantViolations(rig.state())).toEqual([]);
  });
});

describe('a lottery with the crowd', () => {
  it('bots join within a few seconds, the draw picks among them, bot winners accept after the draw', async () => {
    const rig = crowdRig(workState('lottery'), 30);
    const sent = await rig.run({ type: 'send', as: 'dad', mode: 'lottery', group: 'work', sku: 'luckin', spec: '6cups', count: 5, drawAt: rig.state().now + HOUR });
    expect(sent.ok).toBe(true);
    await rig.run({ type: 'join', as: 'ming', packet: 'p0001' });
    await rig.advance(10_000);
    const lot = () => rig.state().packets.p0001!.lottery!;
    expect(lot().entrants.length).toBeGreaterThanOrEqual(19);
    expect(lot().entrants[0]).toBe('ming');
    expect(rig.driver.pending).toBe(0);
    // The presenter's clock key: the draw.
    await rig.run({ type: 'advance', by: HOUR });
    expect(lot().drawn).toBe(true);
    const botWinners = lot().winners!.filter((w) => w !== 'ming');
    expect(botWinners.length).toBeGreaterThanOrEqual(4);
    expect(rig.driver.pending).toBe(botWinners.length);
    await rig.advance(1_500);
    expect(rig.state().packets.p0001!.units.filter((u) => u.state === 'claimed')).toHaveLength(0);
    await rig.advance(20_000);
    const p = rig.state().packets.p0001!;
    for (const w of botWinners) expect(p.units[lot().winners!.indexOf(w)]).toMatchObject({ state: 'claimed', holder: w });
    expect(rig.played.every((x) => x.outcome.ok)).toBe(true);
    expect(invariantViolations(rig.state())).toEqual([]);
  });

  it('a direct gift to a bot is accepted after a few seconds', async () => {
    const rig = crowdRig(workState('direct'), 30);
    const sent = await rig.run({ type: 'send', as: 'ming', mode: 'direct', to: 'liuyang', sku: 'luckin', spec: '6cups' });
    expect(sent.ok).toBe(true);
    await rig.advance(2_000);
    expect(rig.state().packets.p0001!.units[0]!.state).toBe('assigned');
    await rig.advance(12_000);
    expect(rig.state().packets.p0001!.units[0]).toMatchObject({ state: 'claimed', holder: 'liuyang' });
  });
});

describe('--crowd', () => {
  it('takes a number of bots; anything else is a usage error', async () => {
    await expect(sessionCommand(['--crowd', 'many'])).rejects.toThrow(UsageError);
    await expect(sessionCommand(['--crowd', '-1'])).rejects.toThrow();
  });
});
