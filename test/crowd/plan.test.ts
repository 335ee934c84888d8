// The crowd's plan is a pure function of the state: the same seed plans the same bots, times and
// order; who acts is the group's first N bots; the times have the promised shape.
import { describe, expect, it } from 'vitest';
import { CROWD, crowdBots, crowdFor, crowdPlan, fillMs, reactionMs } from '../../src/crowd';
import { execute } from '../../src/domain/engine';
import { sourceFrom } from '../../src/domain/random';
import { HOUR } from '../../src/domain/time';
import type { State } from '../../src/domain/types';
import { PANES, workState } from './helpers';

function sendGrab(s: State, count = 10, sku = 'luckin', spec = '6cups'): string {
  const o = execute(s, { type: 'send', as: 'dad', mode: 'grab', group: 'work', sku, spec, count });
  if (!o.ok) throw new Error(o.code);
  return String(o.result!.packet);
}

const botsOfWork = (s: State) => s.groups.work!.members.filter((m) => s.users[m]!.bot);

describe('who is in the crowd', () => {
  it('the first N bot members of the group in member order; all of them when N is larger; none for 0', () => {
    const s = workState('x');
    const all = botsOfWork(s);
    expect(all).toHaveLength(35);
    expect(crowdBots(s, 'work', 5)).toEqual(all.slice(0, 5));
    expect(crowdBots(s, 'work', 30)).toEqual(all.slice(0, 30));
    expect(crowdBots(s, 'work', 99)).toEqual(all);
    expect(crowdBots(s, 'work', 0)).toEqual([]);
    // The family group has no bots; the people with a pane never act as bots.
    expect(crowdBots(s, 'family', 30)).toEqual([]);
    expect(crowdBots(s, 'work', 3, [all[0]!])).toEqual(all.slice(1, 4));
    expect(crowdBots(s, 'nope', 30)).toEqual([]);
  });

  it('a direct gift involves the crowd only when its recipient is a bot in a crowd', () => {
    const s = workState('x');
    const o = execute(s, { type: 'send', as: 'ming', mode: 'direct', to: 'liuyang', sku: 'heytea', spec: 'one' });
    expect(o.ok).toBe(true);
    expect(crowdFor(s, 'p0001', 30)).toEqual(['liuyang']);
    expect(crowdFor(s, 'p0001', 0)).toEqual([]);
    const o2 = execute(s, { type: 'send', as: 'ming', mode: 'direct', to: 'zhangwei', sku: 'heytea', spec: 'one' });
    expect(o2.ok).toBe(true);
    expect(crowdFor(s, 'p0002', 30)).toEqual([]);
  });
});

describe('the plan for a grab', () => {
  it('same seed → the same plan; another seed → another order', () => {
    const a = workState('seed-a');
    const b = workState('seed-a');
    const c = workState('seed-b');
    const [pa, pb, pc] = [a, b, c].map((s) => sendGrab(s));
    const plan = (s: State, p: string) => crowdPlan(s, p, crowdBots(s, 'work', 30, PANES));
    expect(plan(a, pa!)).toEqual(plan(b, pb!));
    expect(plan(a, pa!).map((x) => x.as)).not.toEqual(plan(c, pc!).map((x) => x.as));
  });

  it('most bots go for it; never the sender, never a pane; steps sorted by time then bot id', () => {
    const s = workState('grab');
    const p = sendGrab(s);
    const bots = crowdBots(s, 'work', 30, PANES);
    const steps = crowdPlan(s, p, [...bots, 'dad', 'ming', 'mom']);
    const who = new Set(steps.map((x) => x.as));
    expect(who.has('dad')).toBe(false); // the sender
    expect(who.has('ming')).toBe(false); // not a bot
    expect(who.has('mom')).toBe(false); // not a member
    expect(who.size).toBeGreaterThanOrEqual(20); // ~85% of 30
    expect(who.size).toBeLessThan(30);
    for (let i = 1; i < steps.length; i++) {
      const [x, y] = [steps[i - 1]!, steps[i]!];
      expect(x.delayMs < y.delayMs || (x.delayMs === y.delayMs && x.as <= y.as)).toBe(true);
    }
    // First to fill the address: one claim each, with the saved address, after 1.6–15 s.
    expect(steps.every((x) => x.command.type === 'claim' && 'address' in x.command && x.command.address === 0)).toBe(true);
    expect(Math.min(...steps.map((x) => x.delayMs))).toBeGreaterThanOrEqual(CROWD.minReactionMs + CROWD.fillMinMs);
    expect(Math.max(...steps.map((x) => x.delayMs))).toBeLessThanOrEqual(CROWD.minReactionMs + 9000 + CROWD.fillMinMs + CROWD.fillSpreadMs);
  });

  it('under reserve on open each bot opens at its reaction time and claims after filling; same bots, same times', () => {
    const first = workState('policy');
    const reserve = workState('policy', 'reserve-on-open');
    const [pf, pr] = [sendGrab(first), sendGrab(reserve)];
    const f = crowdPlan(first, pf, crowdBots(first, 'work', 30, PANES));
    const r = crowdPlan(reserve, pr, crowdBots(reserve, 'work', 30, PANES));
    expect(r.filter((x) => x.command.type === 'open')).toHaveLength(f.length);
    for (const claim of f) {
      const open = r.find((x) => x.as === claim.as && x.command.type === 'open')!;
      const claimR = r.find((x) => x.as === claim.as && x.command.type === 'claim')!;
      expect(claimR.delayMs).toBe(claim.delayMs);
      expect(open.delayMs).toBeLessThan(claimR.delayMs);
      expect(claimR.delayMs - open.delayMs).toBeGreaterThanOrEqual(CROWD.fillMinMs);
    }
  });

  it('bots without a saved address skip physical gifts, and still take virtual ones', () => {
    const s = workState('noaddr');
    for (const b of botsOfWork(s)) s.users[b]!.addresses = [];
    const physical = sendGrab(s, 10, 'luckin', '6cups');
    expect(crowdPlan(s, physical, crowdBots(s, 'work', 30))).toEqual([]);
    const virtual = sendGrab(s, 10, 'ecard', 'fu');
    const steps = crowdPlan(s, virtual, crowdBots(s, 'work', 30));
    expect(steps.length).toBeGreaterThan(0);
    expect(steps.every((x) => x.command.type === 'claim' && !('address' in x.command))).toBe(true);
  });

  it('an empty crowd plans nothing; a settled or unknown packet plans nothing', () => {
    const s = workState('empty');
    const p = sendGrab(s);
    expect(crowdPlan(s, p, [])).toEqual([]);
    expect(crowdPlan(s, 'p9999', crowdBots(s, 'work', 30))).toEqual([]);
    execute(s, { type: 'advance', by: 25 * HOUR });
    expect(s.packets[p]!.settled).toBe(true);
    expect(crowdPlan(s, p, crowdBots(s, 'work', 30))).toEqual([]);
  });
});

describe('the plan for a lottery', () => {
  it('~80% of the eligible bots join; after the draw the bot winners accept within 2–20 s', () => {
    const s = workState('lot');
    const o = execute(s, { type: 'send', as: 'dad', mode: 'lottery', group: 'work', sku: 'luckin', spec: '6cups', count: 5, drawAt: s.now + HOUR });
    expect(o.ok).toBe(true);
    const bots = crowdBots(s, 'work', 30, PANES);
    const joins = crowdPlan(s, 'p0001', bots);
    expect(joins.every((x) => x.command.type === 'join')).toBe(true);
    expect(joins.length).toBeGreaterThanOrEqual(18);
    expect(joins.length).toBeLessThan(30);
    for (const j of joins) execute(s, j.command);
    execute(s, { type: 'advance', by: HOUR });
    const winners = s.packets.p0001!.lottery!.winners!;
    expect(winners).toHaveLength(5);
    const accepts = crowdPlan(s, 'p0001', bots);
    expect(accepts.map((x) => x.as).sort()).toEqual([...winners].sort());
    for (const a of accepts) {
      expect(a.command).toMatchObject({ type: 'claim', address: 0 });
      expect(a.delayMs).toBeGreaterThanOrEqual(2000);
      expect(a.delayMs).toBeLessThanOrEqual(20000);
    }
  });

  it('only the bots the sender allowed join', () => {
    const s = workState('lot2');
    const allowed = ['liuyang', 'chenjing', 'ming'];
    const o = execute(s, { type: 'send', as: 'dad', mode: 'lottery', group: 'work', sku: 'ecard', spec: 'fu', count: 2, drawAt: s.now + HOUR, eligible: allowed });
    expect(o.ok).toBe(true);
    const joins = crowdPlan(s, 'p0001', crowdBots(s, 'work', 30, PANES));
    for (const j of joins) expect(['liuyang', 'chenjing']).toContain(j.as);
  });
});

describe('reaction and fill times', () => {
  it('reaction: 600 ms at the fastest, right-skewed, most within 1–4 s; fill: 1–5 s', () => {
    const src = sourceFrom('shape');
    const r = Array.from({ length: 5000 }, () => reactionMs(src)).sort((a, b) => a - b);
    const median = r[2500]!;
    expect(r[0]).toBeGreaterThanOrEqual(600);
    expect(median).toBeGreaterThan(1400);
    expect(median).toBeLessThan(2000);
    const mean = r.reduce((a, b) => a + b, 0) / r.length;
    expect(mean).toBeGreaterThan(median); // the tail is on the right
    expect(r.filter((x) => x >= 1000 && x <= 4000).length / r.length).toBeGreaterThan(0.7);
    expect(r[r.length - 1]).toBeLessThanOrEqual(9600);
    const f = Array.from({ length: 2000 }, () => fillMs(src));
    expect(Math.min(...f)).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...f)).toBeLessThanOrEqual(5000);
  });
});

describe('red packets and code gifts', () => {
  /** Run a plan's steps through the engine in order; the outcomes' codes. */
  const play = (s: State, id: string) => crowdPlan(s, id, crowdFor(s, id, 30)).map((st) => ({ st, o: execute(s, st.command) }));

  it('the bots open a red packet with the same claim the UI sends, until it runs out', () => {
    const s = workState('red');
    const o = execute(s, { type: 'send', as: 'dad', mode: 'redpacket', group: 'work', amount: 2000, count: 10 });
    if (!o.ok) throw new Error(o.code);
    const id = String(o.result!.packet);
    const played = play(s, id);
    expect(played.length).toBeGreaterThan(10);
    expect(played.every(({ st }) => st.command.type === 'claim' && !('code' in st.command) && !('address' in st.command))).toBe(true);
    expect(played.filter(({ o }) => o.ok)).toHaveLength(10);
    expect(played.filter(({ o }) => !o.ok).every(({ o }) => !o.ok && o.code === 'SOLD_OUT')).toBe(true);
    expect(s.packets[id]!.units.every((u) => u.state === 'claimed' && s.users[u.holder!]!.bot)).toBe(true);
  });

  it('the bots of the sender’s groups type a code gift’s code; a mistyped one counts as a wrong try, then they type it right', () => {
    const s = workState('code');
    const o = execute(s, { type: 'send', as: 'dad', mode: 'code', count: 5, sku: 'heytea', spec: 'one', code: '4827' });
    if (!o.ok) throw new Error(o.code);
    const id = String(o.result!.packet);
    expect(crowdFor(s, id, 30).length).toBe(30);
    const played = play(s, id);
    const codes = played.map(({ st }) => (st.command as { code?: string }).code);
    expect(codes.every((c) => typeof c === 'string' && /^[0-9]{4}$/.test(c))).toBe(true);
    const wrong = played.filter(({ o }) => !o.ok && o.code === 'BAD_CODE');
    expect(wrong.length).toBeGreaterThan(0);
    expect(Object.keys(s.packets[id]!.code!.wrong).sort()).toEqual([...new Set(wrong.map(({ st }) => st.as))].sort());
    expect(played.filter(({ o }) => o.ok)).toHaveLength(5);
    // The same seed plans the same: bots, times and codes.
    const again = workState('code');
    execute(again, { type: 'send', as: 'dad', mode: 'code', count: 5, sku: 'heytea', spec: 'one', code: '4827' });
    expect(crowdPlan(again, id, crowdFor(again, id, 30))).toEqual(played.map(({ st }) => st));
  });
});

describe('a company\'s 年会福利', () => {
  it('each bot of the crowd accepts its own unit after a few seconds; the panes\' people and bots outside the crowd do not', () => {
    const s = workState('bulk');
    const o = execute(s, { type: 'send', as: 'bluewhale', mode: 'bulk', group: 'work', sku: 'dfzx', spec: 'std' });
    const p = String(o.ok && o.result?.packet);
    const crowd = crowdBots(s, 'work', 10, PANES);
    const steps = crowdPlan(s, p, crowdFor(s, p, 10, PANES));
    expect(steps.map((x) => x.as).sort()).toEqual([...crowd].sort());
    for (const x of steps) {
      expect(x.command).toEqual({ type: 'claim', as: x.as, packet: p, address: 0 });
      expect(x.delayMs).toBeGreaterThanOrEqual(CROWD.directMinMs + CROWD.fillMinMs);
    }
  });

  it('to a list: only the bots it names', () => {
    const s = workState('bulk-list');
    const [a, b] = botsOfWork(s);
    const o = execute(s, { type: 'send', as: 'bluewhale', mode: 'bulk', recipients: ['dad', a!, b!], sku: 'ecard', spec: 'fu' });
    const p = String(o.ok && o.result?.packet);
    expect(crowdFor(s, p, 30, PANES)).toEqual([a, b]);
    expect(crowdPlan(s, p, crowdFor(s, p, 30, PANES)).map((x) => x.as).sort()).toEqual([a, b].sort());
  });
});
